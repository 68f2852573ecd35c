"""The outlet's name from a URL's host or a file's name, for articles whose header names none.

One outlet must read as one name whatever the input: a Dawn page names itself "DAWN.COM"
(shown as "Dawn"), a JSON export from the same site only carries `https://www.dawn.com/...`,
and a desk's scrape folder holds `dawn-deportations.txt`. Counted as "Dawn", "dawn.com" and
"dawn-deportations", one outlet would agree with itself and miss from the omission matrix.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from xsource.ingest.clean import domain_of

# host (without "www.") -> outlet; the names are the ones the bundled samples and glossary use.
# A subdomain reads as its site (da.azadiradio.com, urdu.arynews.tv) unless listed itself.
HOSTS = {
    "dawn.com": "Dawn", "tribune.com.pk": "The Express Tribune", "thenews.com.pk": "The News",
    "jang.com.pk": "Jang", "geo.tv": "Geo News", "urdu.geo.tv": "Geo Urdu",
    "express.pk": "Express News", "dunyanews.tv": "Dunya News",
    "arynews.tv": "ARY News", "independenturdu.com":
    "Independent Urdu", "urdunews.com": "Urdu News", "arabnews.pk": "Arab News Pakistan",
    "aninews.in": "ANI", "app.com.pk": "APP", "urdu.voanews.com": "VOA Urdu",
    "voaurdu.com": "VOA Urdu", "urduvoa.com": "VOA Urdu", "urduvoanews.com": "VOA Urdu",
    "pashtovoa.com": "VOA Deewa",
    "voadeewanews.com": "VOA Deewa", "tolonews.com": "TOLOnews",
    "pajhwok.com": "Pajhwok Afghan News", "8am.media": "Hasht-e Subh",
    "etilaatroz.com": "Etilaatroz", "amu.tv": "Amu TV", "afintl.com": "Afghanistan International",
    "azadiradio.com": "Radio Azadi", "mashaalradio.com": "Radio Mashaal",
    "khaama.com": "Khaama Press", "shamshadnews.com": "Shamshad News",
    "bakhtarnews.af": "Bakhtar News Agency", "bakhtarnews.com.af": "Bakhtar News Agency",
    "ariananews.af": "Ariana News", "kabulnow.com": "KabulNow", "salamwatandar.com":
    "Salam Watandar", "reuters.com": "Reuters", "aljazeera.com": "Al Jazeera",
    "apnews.com": "AP", "afp.com": "AFP", "irna.ir": "IRNA",
    # more of the region's and the wires' sites, as they name themselves
    "dawnnews.tv": "DawnNews TV", "samaa.tv": "Samaa", "humnews.pk": "Hum News",
    "aaj.tv": "Aaj News", "nation.com.pk": "The Nation", "brecorder.com": "Business Recorder",
    "thefridaytimes.com": "The Friday Times", "voanews.com": "Voice of America",
    "rferl.org": "RFE/RL", "gandhara.rferl.org": "RFE/RL Gandhara", "aa.com.tr": "Anadolu Agency",
    "rta.af": "RTA", "nunn.asia": "Nunn Asia", "arabnews.com": "Arab News",
}
# one host, several language services: the first path segment says which
SERVICES = {
    ("bbc.com", "urdu"): "BBC Urdu", ("bbc.com", "pashto"): "BBC Pashto",
    ("bbc.com", "persian"): "BBC Persian", ("bbc.co.uk", "urdu"): "BBC Urdu",
    ("bbc.co.uk", "pashto"): "BBC Pashto", ("bbc.co.uk", "persian"): "BBC Persian",
    ("independent.co.uk", "urdu"): "Independent Urdu",
    ("dw.com", "ur"): "DW Urdu", ("dw.com", "ps"): "DW Pashto", ("dw.com", "fa-af"): "DW Dari",
}
_SERVICE_HOSTS = {host for host, _ in SERVICES}
# a service host's page outside the language services above: the broadcaster itself
_SERVICE_HOST_DEFAULT = {"bbc.com": "BBC", "bbc.co.uk": "BBC", "dw.com": "DW"}


def outlet_from_url(url: str | None) -> str:
    """The outlet a URL belongs to, when its site is a known one; else its host; else ""."""
    host = domain_of(url)
    if not host:
        return ""
    if host in _SERVICE_HOSTS:
        segment = urlsplit(url.strip()).path.strip("/").split("/", 1)[0].casefold()
        return SERVICES.get((host, segment), _SERVICE_HOST_DEFAULT.get(host, host))
    for candidate in (host, host.split(".", 1)[-1]):  # m.dawn.com, edition.dawn.com
        if candidate in HOSTS:
            return HOSTS[candidate]
    return host


KNOWN_NAMES = frozenset({*HOSTS.values(), *SERVICES.values()})


def known_outlet_from_url(url: str | None) -> str | None:
    """The outlet of a URL on a known site ("Arab News Pakistan" for arabnews.pk), else None."""
    outlet = outlet_from_url(url)
    return outlet if outlet in KNOWN_NAMES else None


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")


# file-name prefixes: the outlet's name ("bbc-urdu", "hasht-e-subh") or its site's first label
# ("tribune", "8am", "afintl"); longest first so "bbc-urdu-..." is not "bbc"
_PREFIXES = sorted({**{_slug(name): name for name in {*HOSTS.values(), *SERVICES.values()}},
                    **{_slug(host.split(".")[0]): name for host, name in HOSTS.items()
                       if host.split(".")[0] != "urdu"},  # "urdu-news-..." is no Geo Urdu
                    "the-express-tribune": "The Express Tribune", "azadi": "Radio Azadi",
                    "mashaal": "Radio Mashaal", "shamshad": "Shamshad News",
                    "bakhtar": "Bakhtar News Agency", "ariana": "Ariana News"}.items(),
                   key=lambda kv: -len(kv[0]))


def outlet_from_file_name(stem: str) -> str | None:
    """`dawn-deportations-begin` -> Dawn, `bbc_urdu_torkham` -> BBC Urdu; None when the name
    starts with no known outlet ("000_4681012913b4791f")."""
    slug = _slug(stem)
    for prefix, name in _PREFIXES:
        if slug == prefix or slug.startswith(prefix + "-"):
            return name
    return None
