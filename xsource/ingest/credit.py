"""The outlet an article credits itself to, read only where outlets put their credit.

A scraped file often has no `outlet:` header and no URL, and many such files sit in one folder
(one story, many outlets). The text itself usually says who wrote it, in two places:

* the dateline that opens the text: "KABUL (Pajhwok):", "Islamabad, Nov 7 (Reuters) -",
  "Islamabad [Pakistan], November 7 (ANI):", "کابل (پژواک):", "اسلام آباد (ڈیلی پاکستان آن
  لائن)" (the first paragraph, or the second when the first is a short headline);
* the end: a source line ("Source: Pajhwok", "منبع: طلوع‌نیوز", "سرچینه: ...", "ذریعہ: ...",
  "Courtesy: Dawn") or an agency tag closing the last paragraph ("... the official said.—AFP").

ANI's syndicated copy has its own signature: the "City [Country], Month Day :" dateline with
no credit, plus the "auto-published from an agency feed" disclaimer; that is credited to ANI.

Outlets named anywhere else ("reported The Express Tribune", "told BBC") are sources quoted by
the article, never its outlet, with one exception for a text that credits no one: an outlet
it names only as the one its sources spoke to, or the one that learned ("Khaama Press has
learned", "به هشت صبح گفتند", "ازادي راډیو ته وویل"), when it names no other outlet and is no
wire or multi-service broadcaster (every outlet tells what an official "told Reuters"). A credit is mapped to one canonical name: agency codes from the
table below, media outlets from the glossary (TOLOnews, Dawn, Pajhwok Afghan News, BBC + "Urdu"
...). An unknown credit is kept as written only when it reads like an outlet name ("ڈیلی
پاکستان آن لائن", "Khaama Press"), never a "(Staff Reporter)" or "(نمائندہ خصوصی)".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from xsource.ingest.pagemeta import TITLE_SEPARATORS
from xsource.ingest.pagetext import SOURCE_LINE, TAIL_TAG, is_agency_feed_note

AGENCIES = {
    "ANI": ("ANI", "Asian News International", "اے این آئی"),
    "APP": ("APP", "Associated Press of Pakistan", "اے پی پی"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse", "اے ایف پی", "فرانس پریس",
            "خبرگزاری فرانسه", "آژانس فرانس پرس"),
    "AP": ("AP", "Associated Press", "اے پی"),
    "Reuters": ("Reuters", "رائٹرز", "روئٹرز", "رویترز", "رویټرز", "خبرگزاری رویترز"),
    "Xinhua": ("Xinhua", "Xinhua News Agency", "ژنہوا", "شنہوا", "شینهوا", "خبرگزاری شینهوا"),
    "IANS": ("IANS",),
    "PTI": ("PTI", "Press Trust of India"),  # Latin only: پی ٹی آئی is the party
    "IRNA": ("IRNA", "ایرنا", "ارنا", "خبرگزاری ایرنا"),
    "PPI": ("PPI", "Pakistan Press International"),
    "NNI": ("NNI",),
    # dateline forms the glossary does not list (it has "د باختر خبري آژانس")
    # (legacy pages write Arabic yeh: اطلاعاتي)
    "Bakhtar News Agency": ("باختر", "آژانس اطلاعاتی باختر", "آژانس اطلاعاتي باختر",
                            "آژانس خبری باختر"),
    "Radio Azadi": ("آزادی رادیو", "ازادي راډیو", "آزادی راډیو", "راډیو ازادي", "راډیو آزادي",
                    "Azadi Radio"),
    "Independent Urdu": ("Independent Urdu", "انڈپینڈنٹ اردو", "انڈیپنڈنٹ اردو"),
    # the paper writes its name with the digit too: روزنامه ۸صبح
    "Hasht-e Subh": ("هشت صبح", "روزنامه هشت صبح", "Hasht-e Subh Daily", "8am", "۸صبح",
                     "۸ صبح", "روزنامه ۸صبح", "روزنامه ۸ صبح"),
    # Pashto writes radio with its retroflex ډ, before or after the name ("راډیو مشال ته وویل")
    "Radio Mashaal": ("مشال راډیو", "مشال رادیو", "رادیو مشال", "راډیو مشال", "Mashaal Radio"),
    "Etilaatroz": ("اطلاعات روز", "روزنامه اطلاعات روز"),
    # outlets of the region that credit themselves in their own script ("اسلام آباد (جنگ
    # نیوز)", "منبع: آمو"); not bare جنگ ("war") or مشرق ("east")
    "Jang": ("Jang", "Daily Jang", "جنگ نیوز", "روزنامہ جنگ"),
    "Urdu News": ("Urdu News", "اردو نیوز"),
    "Express News": ("ایکسپریس نیوز", "روزنامہ ایکسپریس"),
    "Dunya News": ("Dunya News", "دنیا نیوز"),
    "Arab News Pakistan": ("Arab News Pakistan", "Arab News PK"),
    "Arab News": ("Arab News",),  # its Pakistan pages call themselves so (og:site_name)
    "ARY News": ("ARY News", "اے آر وائی نیوز"),
    "Samaa": ("Samaa", "Samaa TV", "سماء نیوز", "سما نیوز"),
    "Nunn Asia": ("Nunn Asia", "نن ټکی اسیا", "نن ټکي اسیا", "نن ټکی آسیا"),
    # its English site writes "told Amu" (a short form: counted only in a telling, never
    # the Amu river)
    "Amu TV": ("Amu TV", "Amu", "آمو", "آمو تی وی", "تلویزیون آمو", "آمو تلویزیون",
               "آمو ټلویزیون"),
    "Salam Watandar": ("Salam Watandar", "سلام وطندار", "رادیو سلام وطندار"),
    "Khaama Press": ("Khaama Press", "خامه پرس"),
    "KabulNow": ("KabulNow", "Kabul Now", "کابل‌ناو", "کابل ناو"),
    "Afghanistan International": ("Afghanistan International", "افغانستان اینترنشنال",
                                  "افغانستان اینترنشنل"),  # also written without the alef
    "Shamshad News": ("Shamshad News", "Shamshad TV", "شمشاد نیوز", "شمشاد ټلویزیون"),
    # writes "told Al Jazeera he ..." where a wire would carry a dateline
    "Al Jazeera": ("Al Jazeera", "Al Jazeera English", "الجزیره", "الجزيرة", "الجزیرہ"),
    # VOA's Pashto service for Pakistan: "ډیوې ته وویل" (told Deewa); ډیوه is also "lamp"
    "VOA Deewa": ("VOA Deewa", "Deewa Radio", "ډیوه راډیو", "ډیوې راډیو", "ډیوه", "ډیوې"),
}
# Glossary organizations that are media outlets; a desk glossary can add more with a note
# saying newspaper/broadcaster/news agency.
MEDIA_IDS = {"org.tolonews", "org.express_tribune", "org.dawn", "org.geo_news", "org.bbc",
             "org.voa", "org.radio_azadi", "org.afghanistan_international", "org.pajhwok", "org.bakhtar",
             "org.ariana_news"}
_MEDIA_NOTE = re.compile(r"newspaper|broadcaster|news agency|news channel|news site|news outlet|"
                         r"media outlet", re.I)  # not "outlets choosing it": a note about media
_SERVICE = {"urdu": "Urdu", "اردو": "Urdu", "pashto": "Pashto", "پښتو": "Pashto",
            "پشتو": "Pashto", "dari": "Dari", "دری": "Dari", "persian": "Persian",
            "فارسی": "Persian"}

_NOT_OUTLET = re.compile(
    r"reporter|correspondent|\bdesk\b|\bstaff\b|bureau|agencies|monitoring|stringer|^agency$|"
    r"نمائندہ|نمائندے|نمائندگان|رپورٹر|ڈیسک|نامہ ?نگار|خبر ?نگار|ایجنسیاں|ایجنسیز|خبرنگار|گزارشگر|"
    r"خبریال|استازی|رپورټر|ویب|\bweb\b|updated|exclusive", re.I)
_OUTLETISH = re.compile(
    r"\b(?:news|times|daily|post|tribune|radio|tv|television|press|online|media|herald|"
    r"gazette|observer|nation|express|today|network|wire)\b|نیوز|ٹائمز|ڈیلی|روزنامہ|آن ?لائن|"
    r"ٹی ?وی|ریڈیو|راډیو|رادیو|تلویزیون|ټلویزیون|آژانس|اژانس|خبرگزاری|خبري|ایجنسی|پریس|میڈیا|"
    r"رسانه|ورځپاڼه|اخبار|روزنامه", re.I)

# "(Reuters)", "(پژواک، د لړم ۱۱مه)": the credit, and maybe the filing day after a comma;
# "(جنگ نیوز/ایجنسیاں)", "(نمائندگان جنگ، ایجنسیاں)": the credit, then the agencies
_CREDIT = r"\((?P<credit>[^()\n\d,،/]{2,40})(?:[,،/][^()\n]{1,30})?\)"
_LATIN_PLACE = (r"(?P<place>[A-Z][A-Za-z.'’-]*(?:\s?[ /-]\s?[A-Z][A-Za-z.'’-]*){0,3})"  # "WASHINGTON/KABUL"
                r"(?P<country>\s*\[[^\]\n]{1,40}\])?"
                r"(?P<region>,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=\s*[,(]))?"  # AP: "QUETTA, Pakistan (AP)"
                r"(?P<date>,\s*(?:[A-Z][a-z]{2,9}\.?\s+\d{1,2}(?:,\s*\d{4})?"
                r"|\d{1,2}\s+[A-Z][a-z]{2,9}\.?(?:\s+\d{4})?))?")
# Latin datelines end in ":" or a dash; Urdu ones often run straight into the sentence.
_LATIN_DATELINE = re.compile(r"^\W{0,2}(?:" + _LATIN_PLACE + r"\s*)?" + _CREDIT + r"\s*[:：\-–—]")
_RTL_DATELINE = re.compile(r"^\W{0,2}(?P<place>[\u0600-\u06ff\u200c]+(?:\s[\u0600-\u06ff\u200c]+)"
                           r"{0,2})?\s*" + _CREDIT)
# A parenthesis followed by a postposition is a name inside the sentence, not a dateline:
# "(بی بی سی) کے مطابق" (according to), "(بي بي سي) ته" (to), "(بی‌بی‌سی) به گزارش".
_QUOTED_BY = re.compile(r"\s*(?:کے|کی|کا|کو|نے|سے|میں|پر|ته|د|له|په|کې|څخه|را|به|از|در|با|و)"
                        r"(?=\s|$)")
_ANI_DATELINE = re.compile(r"^\W{0,2}[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3} \[[A-Z][\w .'’-]{1,30}"
                           r"\],? (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})\s*:")
_AGENCY_TAG = re.compile(r"(?:[.۔”\"]\s*[—–-]\s*|\()"
                         r"(?P<credit>[A-Za-z]{2,10}|[\u0600-\u06ff ]{2,24})\)?\s*$")


def outlet_from_credit(text: str, dropped: Sequence[str] = ()) -> str | None:
    """The canonical outlet the text credits itself to, or None (see the module docstring).

    `dropped` are the boilerplate units trimmed from the text (`pagetext.trim_plain`): the
    source line and the agency-feed disclaimer are read from there."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    if not paragraphs:
        return None
    after_headline = len(paragraphs) > 1 and _is_headline(paragraphs[0])
    openings = paragraphs[:2] if after_headline else paragraphs[:1]
    for opening in openings:
        outlet = _dateline_credit(opening) or _named_opening(opening)
        if outlet:
            return outlet
    tail = [unit.strip() for unit in dropped if SOURCE_LINE.match(unit.strip())]
    for line in [*tail, paragraphs[-1]]:
        source = SOURCE_LINE.match(line)
        if source:
            outlet = _source_name(source.group("name"))
            if outlet:
                return outlet
    for unit in [*(u.strip() for u in dropped), paragraphs[-1]]:
        alone = TAIL_TAG.match(unit)  # "(AFP)" as the last line
        outlet = alone and known_outlet(alone.group("paren") or alone.group("dash"))
        if outlet:
            return outlet
    tag = _AGENCY_TAG.search(paragraphs[-1][-40:])  # "... the official said.—AFP"
    if tag and len(paragraphs[-1]) > 40:
        outlet = known_outlet(tag.group("credit"))
        if outlet:
            return outlet
    if any(_ANI_DATELINE.match(p) for p in openings) and any(
            is_agency_feed_note(unit) for unit in (*dropped, paragraphs[-1])):
        return "ANI"
    return _self_reference(text)


# Wires and broadcasters with several language services are quoted by every outlet ("told
# Reuters", "told the BBC"): never read as the article's own name.
# (Bakhtar is the Afghan state agency, quoted for the Taliban's decrees as APP is for
# Islamabad's)
_QUOTED_EVERYWHERE = frozenset({"ANI", "APP", "AFP", "AP", "Reuters", "Xinhua", "IANS", "PTI",
                                "IRNA", "PPI", "NNI", "BBC", "Voice of America", "VOA",
                                "Bakhtar News Agency"})
# How an outlet names itself as the one its sources spoke to: "Khaama Press has learned",
# "told TOLOnews", "told Al Jazeera he had never seen Kandahar", "told Dawn as he waited",
# "به هشت صبح گفتند", "ازادي راډیو ته وویل", "نے دنیا نیوز کو بتایا". (After a Latin name a
# small word, a comma or a full stop must follow: "told Dawn News TV" names another outlet.)
# Each pattern with the language its own words are in (None: English).
_SELF = [(None, r"(?:told|to|with) (?:the )?{name}(?: ?[,.]| (?:that|on|in|he|she|they|we|it|as|"
                r"while|when|after|before|about|during|last|this|from|at|by|over)\b)"),
         (None, r"{name} has learn(?:ed|t)"),
         # "به روزنامه‌ی اطلاعات روز گفت" (told the newspaper Etilaatroz)
         ("fa", r"به (?:(?:روزنامه|خبرگزاری|تلویزیون|رادیو|سایت)(?: ی)? )?{name} "
                r"(?:گفت|گفتند|گفته|افزود)"),
         # "بي بي سي ته یې وویل", "بي بي سي ته په ټیلیفون کې وویل" (told it by telephone)
         ("ps", r"{name} ته (?:یې )?(?:په ټیلیفون(?:ي)? (?:اړیکه )?کې )?(?:یې )?"
                r"(?:وویل|ووئیل|ویلي)"),
         # "ایکسپریس نیوز سے ٹیلی فون پر گفتگو کرتے ہوئے" (speaking to it by telephone);
         # "بی بی سی اردو سے گفتگو میں": a broadcaster named with its Urdu service
         ("ur", r"{name}(?: اردو)? (?:کو (?:(?:ٹیلی ?فون|فون) پر )?بتایا|سے "
                r"(?:(?:ٹیلی ?فون|فون) پر )?(?:بات (?:چیت )?کرتے ہوئے|گفتگو))")]
# A multi-service broadcaster told twice in one language's own words ("بی بی سی کو بتایا",
# "بی بی سی سے بات کرتے ہوئے") and no other outlet named: its service in that language writes.
# Other outlets quote it in their own words once ("برطانوی نشریاتی ادارے بی بی سی کو بتایا").
# (None: told in English, "told VOA he ...": the English service)
_SERVICES = {"BBC": {None: "BBC", "ur": "BBC Urdu", "ps": "BBC Pashto", "fa": "BBC Persian"},
             "Voice of America": {None: "Voice of America", "ur": "VOA Urdu"}}
_SERVICE_TOLD = 2


def _self_reference(text: str) -> str | None:
    """The one outlet (not a wire) an uncredited text names as the one told or the one that
    learned; None when it names none or several. A multi-service broadcaster counts only as
    its language service, told twice (`_SERVICES`)."""
    body = " " + _key(text) + " "
    named, told = set(), set()
    cased = _cased_forms()
    for form, outlet in _outlet_table().items():
        if form in cased and not re.search(rf"\b{re.escape(cased[form])}\b", text):
            continue  # "before dawn" names no Dawn: the glossary matches it only capitalised
        short = len(form) < 4 or (len(form) <= 4 and " " not in form and not form.isascii())
        if short:
            # "آمو" (Amu) is a word's start too ("آموزش"), ډیوه (Deewa) a lamp: a whole word,
            # and only in a telling ("به آمو گفت", "ډیوې ته وویل")
            if f" {form} " not in body:
                continue
        elif form not in body:
            continue
        name = re.escape(form)
        hits = [(lang, len(re.findall(pattern.replace("{name}", name), body, re.IGNORECASE)))
                for lang, pattern in _self_patterns()]
        if outlet in _SERVICES:
            langs = {lang for lang, n in hits if n}
            service = _SERVICES[outlet].get(langs.pop()) if len(langs) == 1 else None
            if service and sum(n for _, n in hits) >= _SERVICE_TOLD:
                named.add(service)
                told.add(service)
            continue  # quoted by every outlet: naming it makes no quotation of another
        if outlet in _QUOTED_EVERYWHERE:
            continue
        if not short or any(n for _, n in hits):
            named.add(outlet)
        if any(n for _, n in hits):
            told.add(outlet)
    # "told TOLOnews ..., Dawn reported": another outlet named makes it a quotation
    return told.pop() if len(told) == 1 and named == told else None


@lru_cache(maxsize=1)
def _self_patterns() -> list[tuple[str | None, str]]:
    """`_SELF` with its words in Arabic script normalized as `_key` normalizes the text."""
    def fold(match: re.Match) -> str:
        return _key(match.group(0))

    return [(lang, re.sub(r"[\u0600-\u06ff]+", fold, pattern)) for lang, pattern in _SELF]


# "ISLAMABAD:", "PESHAWAR / QUETTA:", "DERA ISMAIL KHAN:": a place in capitals and a colon
# or "KABUL, Afghanistan -" (Khaama Press): a place in capitals, maybe its country, a dash
_BARE_DATELINE = re.compile(r"^\W{0,2}[A-Z][A-Z.'’]{2,}(?:[ /-]+[A-Z][A-Z.'’]+){0,3}"
                            r"(?:\s*:|(?:,\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?)?\s+[-–—])\s")


def strip_dateline(paragraph: str) -> str:
    """The paragraph without a credited or ANI-style dateline, for a headline made from it."""
    head = paragraph[:160]
    match = _ANI_DATELINE.match(head)
    if not match and _dateline_credit(paragraph):
        match = _LATIN_DATELINE.match(head) or _RTL_DATELINE.match(head)
    if not match:
        match = _BARE_DATELINE.match(head)  # Dawn's "ISLAMABAD:" credits no one
    if not match:
        return paragraph
    rest = paragraph[match.end():].lstrip(" \t:：-–—")
    return rest or paragraph


def readable_outlet(name: str) -> str:
    """A site name in another script ("BBC News پښتو", "طلوع‌نیوز") as the report names the
    outlet, when it is a known one ("BBC Pashto", "TOLOnews"); other names as written."""
    if not name or name.isascii():
        return name
    # "اطلاعات روز | Etilaatroz": a site that names itself in two scripts is one outlet, by
    # the name a known outlet goes by, else by its Latin half
    parts = [part.strip() for part in TITLE_SEPARATORS.split(name)]
    for candidate in (name, *parts):
        if found := known_outlet(candidate):
            return found
    latin = [part for part in parts if part.isascii()]
    return latin[0] if len(parts) > 1 and latin else name


def known_outlet(name: str) -> str | None:
    """Canonical name of an agency or glossary media outlet written as `name`, else None."""
    key = _key(name)
    table = _outlet_table()
    if key in table:
        return table[key]
    words = key.split()
    if len(words) > 1 and words[-1] in _SERVICE:  # "بی بی سی اردو", "BBC News پښتو"
        stem = words[:-1]
        base = table.get(" ".join(stem)) or (
            len(stem) > 1 and stem[-1] in ("news", "نیوز") and table.get(" ".join(stem[:-1])))
        if base:
            return f"{base} {_SERVICE[words[-1]]}"
    return None


# "افغانستان اینترنشنال - مقام‌های طالبان ...": a known outlet's name, a dash, the story
_NAMED_OPENING = re.compile(r"^\W{0,2}(?P<name>[^\n\-–—:：()]{2,40}?)\s+[-–—:：]\s")


def _named_opening(paragraph: str) -> str | None:
    match = _NAMED_OPENING.match(paragraph)
    return known_outlet(match.group("name")) if match else None


# "(نمائندہ جنگ)", "(نامہ نگار ایکسپریس)": a correspondent of the outlet named by its short
# name, which alone is a common word ("جنگ" is war) and names no outlet anywhere else
# (Jang's "(نمائندگان جنگ، ایجنسیاں)": its correspondents, plural, and the agencies)
_CORRESPONDENT = re.compile(r"^(?:نمائندہ|نمائندے|نمائندگان|نامہ ?نگار|خبر ?نگار)\s+"
                            r"(?P<name>\S.{0,30})$")


def _outlet_by_short_name(name: str) -> str | None:
    """The outlet whose Arabic-script name is `name` plus a word every outlet's name has
    ("جنگ نیوز", "روزنامہ جنگ" for "جنگ")."""
    key = _key(name)
    for form, outlet in _outlet_table().items():
        words = form.split()
        if len(words) >= 2 and not form.isascii() and key == " ".join(
                w for w in words if not _OUTLETISH.fullmatch(w)):
            return outlet
    return None


def _dateline_credit(paragraph: str) -> str | None:
    head = paragraph[:160]
    match = _LATIN_DATELINE.match(head) or _RTL_DATELINE.match(head)
    if not match:
        return None
    credit = match.group("credit").strip()
    place = match.group("place") or ""
    # "برطانوی نشریاتی ادارے (بی بی سی) کے مطابق"; but "کابل (پژواک) د ..." is a dateline
    if _QUOTED_BY.match(paragraph, match.end()) and _key(place) not in _place_keys():
        return None
    if _is_acronym_of(credit, place):  # "Pakistan Tehreek-e-Insaf (PTI): ..." is no dateline
        return None
    outlet = known_outlet(credit)
    if outlet:
        return outlet
    if _other_glossary_entry(credit):  # "(پی ٹی آئی)" is the party, "(UNHCR)" the agency
        return None
    correspondent = _CORRESPONDENT.match(credit)
    if correspondent and (outlet := _outlet_by_short_name(correspondent.group("name"))):
        return outlet  # "چمن (نمائندہ جنگ)": the paper's own correspondent
    if _NOT_OUTLET.search(credit) or not _OUTLETISH.search(credit) or len(credit.split()) > 5:
        return None
    return " ".join(credit.split())


def _source_name(name: str) -> str | None:
    name = " ".join(name.strip(" .۔").split())
    outlet = known_outlet(name)
    if outlet:
        return outlet
    if (not name or len(name.split()) > 6 or re.search(r"\d|[,/&]| and |،", name)
            or _NOT_OUTLET.search(name) or _other_glossary_entry(name)):
        return None
    return name


def _is_headline(paragraph: str) -> bool:
    return len(paragraph) <= 150 and not re.search(r"[.۔؟?!]\s*$", paragraph)


def _is_acronym_of(credit: str, place: str) -> bool:
    letters = "".join(word[0] for word in re.split(r"[\s-]+", place) if word[:1].isupper())
    return len(letters) >= 2 and credit.replace(".", "").upper() == letters.upper()


def _key(name: str) -> str:
    from xsource.normalize import normalize

    name = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
    return " ".join(normalize(name.replace("\u200c", " "), "und").split())


def is_media_entry(entry) -> bool:
    """A glossary organization that is a media outlet (`MEDIA_IDS`, or a note saying so)."""
    return entry.id in MEDIA_IDS or (entry.type == "organization"
                                     and bool(_MEDIA_NOTE.search(getattr(entry, "notes", "") or "")))


@lru_cache(maxsize=1)
def _outlet_table() -> dict[str, str]:
    table = {_key(form): canonical for canonical, forms in AGENCIES.items() for form in forms}
    for entry in _glossary_entries():
        if is_media_entry(entry):
            for form in (entry.canonical, *_variants(entry)):
                table.setdefault(_key(form), entry.canonical)
    return table


@lru_cache(maxsize=1)
def _cased_forms() -> dict[str, str]:
    """Outlet forms the glossary matches only with their capitals (Dawn): key -> as written."""
    outlets = _outlet_table()
    return {_key(form): form for entry in _glossary_entries() if entry.match == "cased"
            for form in (entry.canonical, *_variants(entry))
            if form.isascii() and outlets.get(_key(form)) == entry.canonical}


@lru_cache(maxsize=1)
def _other_keys() -> frozenset[str]:
    outlets = set(_outlet_table().values())
    return frozenset(_key(form) for entry in _glossary_entries()
                     if entry.canonical not in outlets
                     for form in (entry.canonical, *_variants(entry)))


@lru_cache(maxsize=1)
def _place_keys() -> frozenset[str]:
    return frozenset(_key(form) for entry in _glossary_entries() if entry.type == "place"
                     for form in (entry.canonical, *_variants(entry)))


def _other_glossary_entry(name: str) -> bool:
    return _key(name) in _other_keys()


def _variants(entry) -> list[str]:
    return [form for forms in entry.variants.values() for form in forms]


@lru_cache(maxsize=1)
def _glossary_entries() -> tuple:
    from xsource.glossary import GlossaryError, load_glossaries

    try:
        return tuple(load_glossaries().entries.values())
    except (GlossaryError, OSError):  # a broken glossary is reported by the stages that need
        return ()                     # it; ingest still credits agencies from the table
