"""Where a figure was counted: two sentences naming only places apart count two things.

"27 militants killed in Tank and Lakki Marwat" and "17 militants killed in North Waziristan"
are tallies of two districts, not one figure reported two ways; "1,200 held in Landi Kotal"
and "holding centres in Khyber Pakhtunkhwa" are not apart, since Landi Kotal is in Khyber
Pakhtunkhwa. `WITHIN` says which of the glossary's places lie inside which (a border crossing
inside both sides' districts); a place it does not list is inside nothing but itself.

Islamabad and Kabul stand for their governments as often as for the cities ("Islamabad
maintains that...", "Kabul has condemned"): they set two sentences apart only where the
sentence counts in the city ("only in Kabul", "residents of Kabul"). The Durand Line runs the
length of the border and never does.

Beyond places: a count for the whole country is not one place's inside it, and sentences
naming the two host countries apart (Pakistan, Iran), or two third countries apart, count
two things.
"""

from __future__ import annotations

import re
from functools import lru_cache

from xsource.compare.text import CAPITALS, english_form, statement
from xsource.records import Claim

_KP, _BALOCHISTAN = "place.khyber_pakhtunkhwa", "place.balochistan"

WITHIN: dict[str, tuple[str, ...]] = {
    # border crossings: on both sides of the line
    "place.torkham": ("place.khyber_district", "place.landi_kotal", "place.nangarhar",
                      "place.mohmand_dara"),
    "place.chaman": (_BALOCHISTAN, "place.spin_boldak"),
    "place.spin_boldak": ("place.kandahar", "place.chaman"),
    "place.angoor_adda": ("place.south_waziristan", "place.paktika"),
    "place.ghulam_khan": ("place.north_waziristan", "place.khost"),
    "place.kharlachi": ("place.kurram", "place.paktia"),
    "place.islam_qala": ("place.herat",),
    # Pakistan
    "place.khyber_district": (_KP,),
    "place.landi_kotal": ("place.khyber_district",),
    "place.peshawar": (_KP,),
    "place.board_bazaar": ("place.peshawar",),
    "place.bajaur": (_KP,),
    "place.north_waziristan": (_KP,),
    "place.miranshah": ("place.north_waziristan",),
    "place.south_waziristan": (_KP,),
    "place.wana": ("place.south_waziristan",),
    "place.kurram": (_KP,),
    "place.dera_ismail_khan": (_KP,),
    "place.daraban": ("place.dera_ismail_khan",),
    "place.bannu": (_KP,),
    "place.tank": (_KP,),
    "place.lakki_marwat": (_KP,),
    "place.kohat": (_KP,),
    "place.hangu": (_KP,),
    "place.swat": (_KP,),
    "place.chitral": (_KP,),
    "place.haripur": (_KP,),
    "place.nowshera": (_KP,),
    "place.mardan": (_KP,),
    "place.quetta": (_BALOCHISTAN,),
    "place.eastern_bypass_quetta": ("place.quetta",),
    "place.national_press_club": ("place.islamabad",),
    "place.haji_camp_quetta": ("place.quetta",),
    "place.zhob": (_BALOCHISTAN,),
    "place.gwadar": (_BALOCHISTAN,),
    "place.mastung": (_BALOCHISTAN,),
    "place.khuzdar": (_BALOCHISTAN,),
    "place.pishin": (_BALOCHISTAN,),
    "place.karachi": ("place.sindh",),
    "place.sohrab_goth": ("place.karachi",),
    "place.lahore": ("place.punjab",),
    "place.rawalpindi": ("place.punjab",),
    "place.attock": ("place.punjab",),
    "place.mianwali": ("place.punjab",),
    # the security beat's towns and districts
    "place.datta_khel": ("place.north_waziristan",),
    "place.razmak": ("place.north_waziristan",),
    "place.bara": ("place.khyber_district",),
    "place.tirah": ("place.khyber_district", "place.orakzai"),
    "place.orakzai": (_KP,),
    "place.parachinar": ("place.kurram",),
    "place.dera_bugti": (_BALOCHISTAN,),
    "place.turbat": (_BALOCHISTAN,),
    "place.noshki": (_BALOCHISTAN,),
    "place.panjgur": (_BALOCHISTAN,),
    "place.shaheed_benazirabad": ("place.sindh",),
    # Afghanistan
    "place.jalalabad": ("place.nangarhar",),
    "place.surkhrod": ("place.nangarhar",),
    "place.takhta_pul": ("place.kandahar",),
    "place.gereshk": ("place.helmand",),
    "place.salang": ("place.parwan",),
    "place.mohmand_dara": ("place.nangarhar",),
    "place.khogyani": ("place.nangarhar",),
    "place.omari_camp": ("place.torkham", "place.nangarhar"),
    "place.mazar_i_sharif": ("place.balkh",),
    "place.zaranj": ("place.nimroz",),
    "place.spera": ("place.khost",),
    "place.barmal": ("place.paktika",),
    "place.pul_e_alam": ("place.logar",),
    "place.mansehra": ("place.khyber_pakhtunkhwa",),
    "place.shangla": (_KP,),
    "place.besham": ("place.shangla",),
    "place.upper_kohistan": (_KP,),
    "place.dasu": ("place.upper_kohistan",),
    "place.d_chowk": ("place.islamabad",),
    "place.dand_e_patan": ("place.paktia",),
    # Iran
    "place.zabol": ("place.sistan_baluchestan",),
}

NEVER_APART = CAPITALS | {"place.durand_line"}


@lru_cache(maxsize=4096)
def around(place: str) -> frozenset[str]:
    """The place and every place it lies inside."""
    found = {place}
    todo = [place]
    while todo:
        for parent in WITHIN.get(todo.pop(), ()):
            if parent not in found:
                found.add(parent)
                todo.append(parent)
    return frozenset(found)


@lru_cache(maxsize=65536)  # asked for every pair of figures compared: once per sentence
def _places(entities: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(e for e in entities if e.startswith("place.") and e not in NEVER_APART)


def apart(ca: Claim, cb: Claim) -> bool:
    """Both sentences name places, and none of one lies in or around any of the other; or
    they name the two host countries apart ("4.4 million Afghans live in this country" after
    Pakistan, "more than 5 million ... in this country" after Iranian officials), or two
    third countries apart; or one counts the whole country and the other a place in it."""
    pa, na, ha, oa = _where(ca.text_en, ca.entities)
    pb, nb, hb, ob = _where(cb.text_en, cb.entities)
    ha, hb = _figure_hosts(ca, ha), _figure_hosts(cb, hb)
    pa, pb = _figure_place(ca, pa), _figure_place(cb, pb)
    if pb and not pa and not na and ca.article_place:
        pa = (ca.article_place,)  # "700 taken into custody" in a story on Quetta's raids
    elif pa and not pb and not nb and cb.article_place:
        pb = (cb.article_place,)
    return (bool(pa and pb) and lie_apart(pa, pb) or bool(ha and hb) and not ha & hb
            or bool(oa and ob) and not oa & ob or na != nb and bool(pa if nb else pb))


@lru_cache(maxsize=65536)  # asked for every pair of figures compared: once per sentence
def _where(text_en: str, entities: tuple[str, ...]) -> tuple:
    """(places counted in, counts the whole country, host countries, third countries)."""
    return (_counted_in(text_en, entities) + _capital_as_place(text_en, entities),
            bool(_COUNTRY_SCOPE.search(statement(text_en))),
            frozenset(_HOSTS[e] for e in entities if e in _HOSTS),
            frozenset(e for e in entities if e.startswith("country.") and e not in _PARTIES))


# "cases in the country this year rose to 41" (whatever provinces it then names) is not
# Balochistan's 24: a count for the whole country against one for a place inside it
# (word-by-word Pashto and Dari drop the article: "in country", په هېواد کې, در کشور)
_COUNTRY_SCOPE = re.compile(r"\b(?:(?:in|across|throughout|all over)\s+(?:the\s+)?"
                            r"(?:whole\s+|entire\s+)?country|nationwide|countrywide|"
                            r"country-wide|(?:entire|whole)\s+country|country\s+in)\b", re.I)


# "in Kabul", "only in Kabul city", "residents of Kabul", "one of residents Kabul" (word-by-
# word Dari), "Kabul province": the capital as a place figures are counted in, not the
# government that speaks ("Kabul has condemned")
_CAPITAL_AS_PLACE = {
    capital: re.compile(
        rf"\b(?:in|inside|across|residents?(?: of)?|resident of|city of|province of)\s+"
        rf"(?:the\s+)?(?:city\s+of\s+)?{name}\b|\b{name}\s+(?:city|province)\b", re.I)
    for capital, name in (("place.kabul", "kabul"), ("place.islamabad", "islamabad"))}


def _capital_as_place(text_en: str, entities: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(c for c in sorted(CAPITALS)
                 if c in entities and _CAPITAL_AS_PLACE[c].search(text_en))


# Afghans' two host countries, named or by their demonym
_HOSTS = {"country.pk": "pk", "demonym.pakistani": "pk", "country.ir": "ir",
          "demonym.iranian": "ir"}


def _figure_hosts(claim: Claim, hosts: frozenset[str]) -> frozenset[str]:
    """A sentence naming both host countries ("not only Pakistan but neighbouring Iran too
    is deporting Afghans; according to Iranian officials, 450,000 ...") counts its one
    figure in the host its clause names."""
    if len(hosts) < 2 or len(claim.numbers) != 1:
        return hosts
    figure = claim.numbers[0]
    return _hosts_in_clause(claim.text_en, claim.text, figure.value, figure.text) or hosts


def _figure_place(claim: Claim, places: tuple[str, ...]) -> tuple[str, ...]:
    """A sentence counting one figure in one of several places apart ("In Peshawar, police
    have arrested more than 1,500, while an operation in Karachi ...") counts it in the
    place named nearest to it."""
    if len(places) < 2 or len(claim.numbers) != 1 or not any(
            lie_apart((a,), (b,)) for k, a in enumerate(places) for b in places[k + 1:]):
        return places  # one place, or places inside one another: nothing to choose
    return _nearest_places(claim.text_en, claim.numbers[0].value, places) or places


# places named this close to the nearest one are listed with it: "25,000 returnees at Torkham
# and at Spin Boldak", "Khyber Pakhtunkhwa's capital Peshawar"
_LISTED_WITH = 4


@lru_cache(maxsize=65536)
def _nearest_places(text_en: str, value: float, places: tuple[str, ...]) -> tuple[str, ...]:
    from xsource.compare.figures import figure_at  # figures reads places (measurement)

    spot = figure_at(text_en, value)
    if spot is None:
        return ()
    at, tokens = spot
    where: list[tuple[int, str]] = []  # (token position, place) of every mention
    for place in places:
        name = place.split(".", 1)[1].split("_")
        where.extend((k, place) for k in range(len(tokens) - len(name) + 1)
                     if tokens[k:k + len(name)] == name)
    if not where:
        return ()
    near_at = min(where, key=lambda kp: abs(kp[0] - at))[0]
    return tuple(dict.fromkeys(p for k, p in where if abs(k - near_at) <= _LISTED_WITH))


HOST_COUNTRY_WORDS = {"pakistan": "pk", "iran": "ir"}  # the hosts by their English names
_HOST_WORDS = {**HOST_COUNTRY_WORDS, "pakistani": "pk", "pakistanis": "pk", "iranian": "ir",
               "iranians": "ir"}
# in the original's script: پاکستان, پاکستانی; ایران, ایرانی (Urdu, Pashto and Dari alike)
_HOST_SCRIPT = (("پاکستان", "pk"), ("ایران", "ir"))
_CLAUSE_BREAK = re.compile(r"[,،;؛:.۔!?]")


@lru_cache(maxsize=65536)
def _hosts_in_clause(text_en: str, text: str, value: float, mention: str) -> frozenset[str]:
    """Hosts named in the figure's clause: in the English, or where word-by-word English lost
    the figure ("and a half four lakh"), in the original around the figure's own words."""
    from xsource.compare.figures import figure_clause  # figures reads places (measurement)

    words = figure_clause(text_en, value)
    if words:
        return frozenset(_HOST_WORDS[w] for w in words if w in _HOST_WORDS)
    at = text.find(mention) if mention else -1
    if at < 0:
        return frozenset()
    starts = [m.end() for m in _CLAUSE_BREAK.finditer(text, 0, at)]
    end = _CLAUSE_BREAK.search(text, at + len(mention))
    clause = text[starts[-1] if starts else 0:end.start() if end else len(text)]
    return frozenset(host for word, host in _HOST_SCRIPT if word in clause)


# how often an article must name its place, and how much more often than any other place
ARTICLE_PLACE_MIN = 3
ARTICLE_PLACE_LEAD = 2.0


def article_place(claims) -> str | None:
    """The place an article is about: named (by itself or a place inside it) in at least
    `ARTICLE_PLACE_MIN` of its sentences and `ARTICLE_PLACE_LEAD` times as many as any place
    apart from it. Capitals stand for governments as often as for cities: never one."""
    counts: dict[str, int] = {}
    for claim in claims:
        for place in places_named((claim,)):
            counts[place] = counts.get(place, 0) + 1
    if not counts:
        return None
    top = max(counts.values())
    best = max((p for p, n in counts.items() if n == top), key=lambda p: len(around(p)))
    rivals = [n for p, n in counts.items() if lie_apart((p,), (best,))]
    if top < ARTICLE_PLACE_MIN or rivals and top < ARTICLE_PLACE_LEAD * max(rivals):
        return None
    # ...narrowed to a place inside it named in most of those sentences: Quetta, not
    # Balochistan, when the article on Quetta's raids once names the province
    inside = [(n, len(around(p)), p) for p, n in counts.items()
              if p != best and best in around(p) and n * ARTICLE_PLACE_LEAD > top]
    return max(inside)[2] if inside else best


def places_named(claims) -> frozenset[str]:
    """Every place the sentences name, and every place those lie inside."""
    return frozenset(up for claim in claims for p in _places(claim.entities) for up in around(p))


def names_where(entities: tuple[str, ...]) -> bool:
    """The sentence names something `apart` can set apart: a place, or a host country."""
    return bool(_places(entities)) or any(e in _HOSTS for e in entities)


# the story's two parties; any other country is a third one ("Pakistan's next match against
# South Africa on 27 October is not Afghanistan's against Sri Lanka on the 30th")
_PARTIES = frozenset({"country.pk", "country.af"})


_THIS_PLACE = re.compile(r"\b(?:this|that|the same)\s+(?:province|city|district|town|area|"
                         r"region|village|camp)\b", re.I)


# "on the Kabul-Kandahar highway", word-by-word Dari "highway Kabul – Kandahar", Urdu "Kabul
# Kandahar highway on": a road named by the towns it joins runs past them; it is no place a
# crash in Helmand and one in Zabul share
_ROAD_WORD = r"(?:[Hh]ighway|[Rr]oad|[Mm]otorway)"  # the towns' capitals tell names from words
_ROAD = re.compile(rf"\b[A-Z][\w']+(?:\s*[-–—]\s*|\s+)[A-Z][\w']+\s+{_ROAD_WORD}\b"
                   rf"|\b{_ROAD_WORD}\s+[A-Z][\w']+\s*[-–—]\s*[A-Z][\w']+")


def _without_roads(text_en: str) -> str:
    return _ROAD.sub(" ", text_en)


def _counted_in(text_en: str, entities: tuple[str, ...]) -> tuple[str, ...]:
    """The sentence's places, but not one named only in its attribution frame ("officials in
    Peshawar said 1.7 million must leave" counts no one in Peshawar) or in a road's name."""
    places = _places(entities)
    if places and _ROAD.search(text_en):
        rest = english_form(_without_roads(text_en))
        places = tuple(p for p in places if p.split(".", 1)[1].replace("_", " ") in rest
                       or p.split(".", 1)[1].replace("_", " ") not in english_form(text_en))
    said = statement(text_en)
    if not places or len(said) == len(text_en) or _THIS_PLACE.search(said):
        # "officials of Kandahar told Pajhwok that in this province 1,800 teams ...": the
        # frame's place is where the figure is counted
        return places
    kept = english_form(said)
    return tuple(p for p in places
                 if p.split(".", 1)[1].replace("_", " ") in kept
                 or p.split(".", 1)[1].replace("_", " ") not in english_form(text_en))


@lru_cache(maxsize=65536)
def lie_apart(pa: tuple[str, ...], pb: tuple[str, ...]) -> bool:
    """No place of one lies in or around any place of the other."""
    return not any(a in around(b) or b in around(a) for a in pa for b in pb)


def date_place(claim: Claim, mention) -> str | None:
    """The place a written date belongs to: the sentence's one place, or in English the place
    named nearest the date ("in an ambush in Gwadar on November 3, a day before militants
    attacked the base in Mianwali": November 3 is Gwadar's)."""
    places = _places(claim.entities)
    if len(places) <= 1 or claim.lang != "en" or claim.text != claim.text_en:
        return places[0] if len(places) == 1 else None
    at = mention.start - claim.start
    if not 0 <= at <= len(claim.text):
        return None
    lowered = claim.text.lower()
    best = None
    for place in places:
        name = place.split(".", 1)[1].replace("_", " ")
        start = lowered.find(name)
        while start >= 0:
            end = start + len(name)
            gap = at - end if end <= at else start - (mention.end - claim.start)
            if gap >= 0 and (best is None or gap < best[0]):
                best = (gap, place)
            start = lowered.find(name, start + 1)
    return best[1] if best else None


def dates_apart(ca: Claim, a, cb: Claim, b) -> bool:
    """The two dates belong to places apart: two events, not one dated two ways."""
    pa, pb = date_place(ca, a), date_place(cb, b)
    return bool(pa and pb) and lie_apart((pa,), (pb,))
