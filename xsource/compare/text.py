"""English matching forms and the keys (entities, figures, dates, words) claims are compared on.

Alignment and story grouping work on the English side (`text_en`) plus language-neutral
keys: glossary ids, number values and ISO dates survive even a rough glossary-only
translation, so a Dari sentence rendered as "Pakistan UNHCR 1.7 million Afghan refugees
deport Torkham" still meets the English wire copy on Torkham, UNHCR and 1.7 million.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date
from functools import lru_cache

from xsource.claims import SEATS_OF_GOVERNMENT
from xsource.compare.concepts import CONCEPTS
from xsource.records import Claim

STOP_WORDS = frozenset(
    """a an the and or but if of to in on at by for from with without as is are was were be been
    being has have had do does did not no nor so than that this these those there their they them
    he she it its his her we our you your i me my who whom whose which what when where why how
    all any both each few more most other some such only own same too very can will would should
    could may might must shall also just into over under after before about against between
    through during above below up down out off again further then once here said says say told
    according per while upon amid among within since until via one two three mr mrs ms
    """.split()
)

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)


def english_form(text: str) -> str:
    """Casefolded, accent-free, punctuation-free English for rapidfuzz."""
    if not text.isascii():  # the accent strip is the costly part; most English needs none
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_WORD.findall(text.casefold()))


def content_words(text: str) -> list[str]:
    """Words that can tell one claim from another (no stop words, no bare digits), plurals
    folded ("fruits" / "fruit", "casualties" / "casualty"): word-by-word English says
    "fruits" where the reporter wrote "fruit"."""
    get = _CONTENT_FORM.get
    found = []
    for word in english_form(text).split():
        form = get(word)
        if form is None:
            form = _content_form(word)
        if form:
            found.append(form)
    return found


# word -> its folded form, or "" for a stop word: one dict lookup per word on large runs
_CONTENT_FORM: dict[str, str] = {}

def _content_form(word: str) -> str:
    if len(_CONTENT_FORM) > 200_000:  # bound the memo on endless streams of new words
        _CONTENT_FORM.clear()
    bare = word[:-2] if word.endswith(("'s", "’s")) else word  # "Iran's" is Iran
    form = _CONTENT_FORM[word] = (concept(bare) if bare not in STOP_WORDS and len(bare) > 2
                                  and not bare.isdigit() else "")
    return form


def concept(word: str) -> str:
    form = singular(word)
    return CONCEPT.get(form, form)


@lru_cache(maxsize=65536)
def singular(word: str) -> str:
    if len(word) <= 4 or not word.endswith("s") or word.endswith(("ss", "us", "is", "ous")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("ches", "shes", "xes", "sses")):
        return word[:-2]
    return word[:-1]


CONCEPT = {singular(word): concept for concept, words in CONCEPTS.items()
           for word in words.split()}


def sig_round(value: float, digits: int) -> float:
    if value == 0 or not math.isfinite(value):
        return value
    magnitude = math.floor(math.log10(abs(value)))
    return round(value, digits - 1 - magnitude)


def significant_digits(value: float) -> int:
    """Significant digits of a figure as reported: 1_700_000 -> 2, 1_730_000 -> 3, 2e6 -> 1."""
    if value == 0 or not math.isfinite(value):
        return 1
    text = f"{abs(value):.10g}".replace(".", "")
    text = text.split("e")[0].lstrip("0").rstrip("0")
    return max(1, len(text))


def number_key(value: float) -> str:
    """Blocking key: two significant digits, so 1.73M and 1.7M share a block."""
    if value == 0:  # 0 and -0.0 are one cache entry but print differently
        return f"{sig_round(value, 2):.6g}"
    return _number_key(value)


@lru_cache(maxsize=65536)
def _number_key(value: float) -> str:
    return f"{sig_round(value, 2):.6g}"


# Units few figures of a story count in, unlike people, families or money: the rounds or
# missiles of a strike, a distance, an area of land
MEASURE_UNITS = frozenset({"rounds", "missiles", "m", "ft", "km", "miles", "ha", "acres",
                           "jeribs", "acre-ft", "MW", "kg", "tons", "aircraft", "mm"})


def magnitude_keys(value: float, unit: str | None) -> list[str]:
    """Two overlapping half-decade bins: figures within a factor ~1.8 share a key, so
    "nearly 2 million" and "1.7 million" become candidates (and may then conflict)."""
    if value == 0:  # "no casualties": keyed as fully as any other figure (`numbers.nil`)
        return ["count~none"]
    if value < 0 or not math.isfinite(value):
        return []
    kind = unit if unit and unit.startswith(("money", "percent")) else "count"
    level = 2 * math.log10(value)
    return [f"{kind}~{math.floor(level)}", f"{kind}~{math.floor(level + 0.5)}+"]


def week_keys(value: str) -> list[str]:
    """Two overlapping week bins: dates up to 3 days apart share a key (Oct 31 / Nov 1)."""
    try:
        day = date.fromisoformat(value).toordinal()
    except ValueError:
        return []
    return [f"w{day // 7}", f"w{(day + 3) // 7}+"]


@lru_cache(maxsize=65536)
def entity_key(entity: str) -> str:
    return english_form(entity).replace(" ", "_") or entity.casefold()


def speaker_key(claim: Claim) -> str | None:
    if not claim.speaker:
        return None
    return entity_key(claim.speaker)


def is_year_number(claim: Claim, value: float, written: str) -> bool:
    """A bare year ("2023") that belongs to a date, not a figure to compare."""
    if value != int(value) or not 1900 <= value <= 2100:
        return False
    year = str(int(value))
    in_a_date = any((d.value or "").startswith(year) for d in claim.dates)
    # "2,000" with a separator is a figure; four bare digits with no unit read as a year.
    return in_a_date or written.strip().isdigit()


def figures(claim: Claim):
    """The claim's number mentions worth comparing (years dropped, and one person's few
    children: "his two children", word-by-word "own three children their")."""
    return [n for n in claim.numbers
            if not (n.unit in (None, "year") and not n.hedge and is_year_number(claim, n.value, n.text))
            and not (n.unit == "people" and 1 < n.value < 10 and _personal(claim.text_en, n.value))
            # "the two countries", "the three countries" of a trilateral: neighbours named as a
            # set, no count
            and not (n.unit == "countries" and n.value <= 3)
            # a few witnesses quoted ("two witnesses told AFP") are sources, no count
            and not (n.unit == "witnesses" and n.value < 5)]


# number words the English of a sentence writes out, read back wherever a figure is sought
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "hundred": 100, "dozen": 12}
_WORD_OF = {value: word for word, value in NUMBER_WORDS.items()}


@lru_cache(maxsize=65536)
def _personal(text_en: str, value: float) -> bool:
    """A small count of kin after a possessive is one family's: "my two children", "his
    three sons", word-by-word Dari "I two child own", Pashto "own three children their" (not
    "our two soldiers", a figure a spokesman gives)."""
    word = _WORD_OF.get(int(value))
    return bool(word and value == int(value) and re.search(
        rf"\b(?:my|his|her|their|our|own|i)\s+(?:own\s+)?(?:{word}|{int(value)})\s+"
        rf"(?:children|child|kids|sons?|daughters?|brothers?|sisters?|grandchildren)\b",
        text_en, re.I))


# Glossary id prefixes that name one person, organisation, place below country or document:
# two claims sharing one are likely about the same event. Countries ("country.pk"),
# demonyms ("afghan"), terms ("refugees", "return", "border"), titles ("spokesperson") and
# months are shared by most claims of a story and say only what it is about.
SPECIFIC_ENTITY_PREFIXES = ("person.", "org.", "place.", "doc.")
# The two states' governments act in nearly every statement on this beat ("the Government of
# Pakistan has given ...", "the Islamic Emirate has set up ..."): like countries, they say
# what a story is about, not which of its facts a sentence tells.
GOVERNMENTS = frozenset({"org.government_of_pakistan", "org.caretaker_government",
                         "org.islamic_emirate", "org.afghan_interim_government",
                         "org.taliban"})
# ...and the capitals stand for them as often as for the cities ("Islamabad maintains",
# "Kabul has condemned"; the claims stage reads such a capital as its government)
CAPITALS = frozenset(SEATS_OF_GOVERNMENT)
# Cities abroad where this beat's talks and meetings are held, or whose name stands for a
# government ("Beijing urged restraint"): where a story happens, named in many of its facts,
# never what tells one fact from another. With them as anchors, Doha's ceasefire sentences
# drew Qatar's monitoring mechanism in, and New York's court Noorzai's arrival there (six
# wrong agree pairs more over the held-out stories).
VENUES = frozenset({"place.doha", "place.beijing", "place.new_delhi", "place.geneva",
                    "place.new_york", "place.dubai", "place.ankara", "place.tashkent"})
# A small count of days or years ("three days", "30 years") is part of an anecdote, not a
# figure two outlets report: it matches by chance.
DURATION_UNITS = frozenset({"second", "seconds", "minute", "minutes", "hour", "hours", "day",
                            "days", "night", "nights", "week", "weeks", "month", "months",
                            "year", "years"})


# Words that never tell one fact from another, however rare they are in a story: vague
# quantities and time spans ("several days", "thousands of families", "for 30 years").
# They still count in text similarity and key overlap; they only never anchor a link.
VAGUE_WORDS = frozenset("""several many much every various another thousands hundreds
    dozens millions lakh lakhs crore people time times day days night nights week weeks
    month months year years""".split()) | frozenset(
    # a weekday is a date, and dates anchor as dates (`anchors.anchored`: written ones only)
    """monday tuesday wednesday thursday friday saturday sunday yesterday today tomorrow
    tonight""".split())

# The countries and nationalities a story's sides are named by: a story's parties, never
# the word of one fact, even where only two sentences of a short run name them.
COUNTRY_WORDS = frozenset("""pakistan pakistani afghanistan afghan iran iranian india indian
    china chinese qatar qatari turkey turkish saudi arabia tajikistan uzbekistan america
    american""".split())


def media_words(outlets) -> tuple[frozenset[str], ...]:
    """Word sets of the run's outlet names, for `is_media` (a tuple: hashable, so the
    entity checks below are cached per run). A name of three words and more also counts by
    its initials: the glossary's org.voa is the run's "Voice of America"."""
    out = []
    for outlet in dict.fromkeys(outlets):
        if outlet:
            words = entity_key(outlet).split("_")
            if len(words) >= 3:
                words.append("".join(w[0] for w in words if w))
            out.append(frozenset(words))
    return tuple(out)


@lru_cache(maxsize=65536)
def is_media(name: str, media: tuple[frozenset[str], ...]) -> bool:
    """An organisation (or a bare name) that is one of the run's outlets: "according to
    TOLOnews" says who reported, not what happened. Places never are ("Kabul Times")."""
    if "." in name and not name.startswith("org."):
        return False
    words = set(entity_key(name).split("_")) - {"org"}
    return bool(words) and any(words <= m for m in media)


@lru_cache(maxsize=65536)
def is_specific_entity(entity: str, media: tuple[frozenset[str], ...] = ()) -> bool:
    """A glossary id with a specific prefix, or a name found in the text that the glossary
    does not know (nothing says it is generic), unless it is one of the run's outlets."""
    if "." in entity and not entity.startswith(SPECIFIC_ENTITY_PREFIXES) or (
            entity in GOVERNMENTS or entity in VENUES):
        return False
    return not is_media(entity, media)


def key_figures(claim: Claim, min_bare: float):
    """Figures that may identify a fact: below `min_bare` only with a counting unit
    ("40 families", "14 percent"), never bare ("three") or a duration ("three days")."""
    return [n for n in figures(claim)
            if abs(n.value) >= min_bare or (n.unit and n.unit not in DURATION_UNITS)
            or (n.unit in _DAY_COUNTS and (abs(n.value) >= MIN_KEY_DAYS
                                           or event_length(claim, n)))]


# "a three-day visit", "14-day remand", "دو روزہ دورہ", "درې ورځنی سفر", "سفر سه روزه": a
# length written as the event's adjective is the event's, however short
_AS_ADJECTIVE = re.compile(r"\s*(?:[-‐–]\s*day\b|روزہ|ورځن[یيۍ]|روزه)")


def event_length(claim: Claim, n) -> bool:
    """The figure is a length of days written as an adjective of the event it measures."""
    if claim.numbers_from == "source":
        at = n.end - claim.start
        return 0 <= at <= len(claim.text) and bool(_AS_ADJECTIVE.match(claim.text, at))
    return 0 <= n.end <= len(claim.text_en) and bool(_AS_ADJECTIVE.match(claim.text_en, n.end))


# "a sit-in for 40 days", "closed for 25 days": how long the story's event has lasted is a
# figure outlets report (and get wrong); "three days" on the road is an anecdote's
_DAY_COUNTS = frozenset({"day", "days"})
MIN_KEY_DAYS = 10


def written_dates(mentions) -> frozenset[str]:
    """The values of written dates ("October 31", "۱۰ عقرب"), not relative ones ("on
    Wednesday"): those are read against the article's date, too weak to accuse an outlet."""
    return frozenset(d.value for d in mentions if d.value and d.calendar != "relative")


def counting_period(claim: Claim, dates=None) -> bool:
    """"170,000 have returned since October 1", "from 9 Mizan so far 170 thousand": the one
    date says from when the figure counts. It stays with the figure (its alignment unit keeps it
    (`units`), and `figures.same_quantity` compares periods); it is no fact of its own."""
    if not _names_a_period(claim.text_en):  # asked for every pair of figures compared
        return False
    return len(written_dates(claim.dates if dates is None else dates)) == 1


_PERIOD = re.compile(r"\b(?:since|so far|until now|to date)\b", re.I)


@lru_cache(maxsize=65536)
def _names_a_period(text_en: str) -> bool:
    return _PERIOD.search(text_en) is not None


def is_glossary_only(claim: Claim) -> bool:
    return claim.lang != "en" and claim.signature.startswith("glossary:")


def english_vocabulary(claims) -> frozenset[str]:
    """Words of the English-original claims: the yardstick for what in a glossary-only
    rendering is English (the glossary's terms) and what is leftover transliteration."""
    words: set[str] = set()
    texts = dict.fromkeys(c.text_en for c in claims if c.lang == "en")  # a sentence's units
    for text in texts:
        words.update(english_form(text).split())
    for claim in claims:
        # a glossary term is rendered in English whatever the outlet's language ("jirga")
        words.update(word for entity in claim.entities if entity.startswith("term.")
                     for word in entity[5:].split("_"))
    return frozenset(map(concept, words))  # once per distinct word, not per occurrence


def matching_words(claim: Claim, vocab: frozenset[str],
                   leftover: list[str] | None = None) -> list[str]:
    """The content words of the English (no stop words: shared "the ... said that" is not
    evidence); for glossary-only English only its English words ("polis Pakistan in adama
    forced deportation zanan" -> "pakistan forced deportation"). leftover: filled with the
    whole sentence's glossary-only words left out, frame included (`anchors.lexicon_keys`:
    without the frame's words, "ministry" and "announced" became rare enough to anchor)."""
    english_only = bool(vocab) and is_glossary_only(claim)
    said = statement(claim.text_en)
    found = whole = content_words(said)
    words = [w for w in found if w in vocab] if english_only else found
    if said is not claim.text_en:
        whole = None
        if len(words) < MIN_STATEMENT_WORDS:
            # what is left after the frame is too little to compare ("three day" alone would
            # match any anecdote): the whole sentence it is
            found = whole = content_words(claim.text_en)
            words = [w for w in found if w in vocab] if english_only else found
    if english_only and leftover is not None:
        leftover[:] = [w for w in whole or content_words(claim.text_en) if w not in vocab]
    sources = source_organisations(claim)
    if sources:
        named = {concept(w) for org in sources for w in org[4:].split("_")}
        words = [w for w in words if w not in named]
    return words


MIN_STATEMENT_WORDS = 3
# "Jaish al-Fursan, that it is said is linked with ...": hearsay, not the group speaking
_BE = frozenset("is are was were be been".split())
_SPEECH = frozenset("said says say told tells announced informed stated added reiterated "
                    "confirmed insisted noted".split())
# Verbs whose object is a statement denied ("denied reports that ...", word-by-word Urdu
# "this claim to rejected is that ...")
DENIAL_VERBS = frozenset("denied denies deny rejected rejects reject dismissed dismisses "
                         "dismiss refuted refutes refute".split())
_FRAME_SPLIT = re.compile(r"[,;:]")
# Words that show a sentence opening names its source ("Pakistan's interior minister said",
# "he told", "officials say"), not a clause of the statement: word-by-word English puts
# verbs last, so "... deadline had given and announced that ..." is no frame.
_SOURCE_WORDS = frozenset("""he she they officials official spokesperson spokesman
    spokeswoman minister ministry source sources governor commissioner chief head director
    officer police deputy secretary president envoy ambassador representative leader
    leaders elders residents witnesses refugees returnees traders drivers office department
    agency organization organisation government authorities army military commission
    council committee embassy chairman judge lawyer lawyers member members""".split())


@lru_cache(maxsize=65536)
def statement(text_en: str) -> str:
    """The sentence without its attribution frame: "Zabihullah Mujahid, spokesperson of the
    Islamic Emirate, said that ..." / "..., officials said" / "According to UNHCR, ...".
    Who said it is compared on the speaker; left in the text, the frame makes one fact told
    by two sources look unlike itself and two facts told by one source look alike."""
    tokens = text_en.split()
    lowered = [t.strip(".,;:\"'“”‘’()").casefold() for t in tokens]
    # leading frame: "<speaker, title> said (that) <statement>"; in word-by-word English
    # the frame may follow a clause: "<statement> and officials say that <statement>"
    # (22 words, to reach word-by-word Pashto frames that hold a relative clause, "one member,
    # that not wanting name published become, Mashaal Radio to said that": 2 conflicts more
    # on the held-out stories, 3 agreements and 3 singles fewer, 2 unplanned conflicts more)
    for i, word in enumerate(lowered[:14]):
        denial = word in DENIAL_VERBS
        if not denial and word not in _SPEECH:
            continue
        start = max((k + 1 for k in range(i) if lowered[k] == "and"), default=0)
        if start == i or not _SOURCE_WORDS.intersection(lowered[start:i]):
            break  # "... had given and announced that": a clause's verb, no frame
        j = i + 1
        if denial:
            # "rejected as baseless the reports that <what was denied>": the claim's
            # polarity already says it was denied; what is compared is what was denied.
            # Without a "that" the object may come first (word-by-word "claims to
            # rejected and ..."): no frame to cut
            ends = [k for k in range(j, min(j + 7, len(lowered))) if lowered[k] == "that"]
            if not ends:
                break
            j = ends[0]
        if j < len(lowered) and lowered[j] == "that":
            j += 1
        if len(lowered) - j + max(0, start - 1) >= 4:
            return " ".join(tokens[:max(0, start - 1)] + tokens[j:])
        break
    # trailing frame: "<statement>, officials said." / "..., according to UNHCR."
    parts = _FRAME_SPLIT.split(text_en)
    if len(parts) > 1:
        tail = [t.strip(".,;:\"'“”‘’()").casefold() for t in parts[-1].split()]
        if tail and len(tail) <= 8 and (_SPEECH.intersection(tail)
                                        or tail[:2] == ["according", "to"]):
            head = ",".join(parts[:-1])
            if len(head.split()) >= 4:
                return head
    if lowered[:2] == ["according", "to"] and len(parts) > 1:
        rest = ",".join(parts[1:])
        if len(rest.split()) >= 4:
            return rest
    return text_en


_ID_NOISE = frozenset({"org", "pk", "af", "the", "of"})
# "Islamic Emirate spokesperson Zabihullah Mujahid", "Foreign Office spokeswoman": the
# organisation only says whose spokesperson is speaking
_SPEAKER_TITLES = frozenset("spokesperson spokesman spokeswoman spokespersons minister "
                            "official officials envoy ambassador representative".split())


def source_organisations(claim: Claim) -> frozenset[str]:
    """Organisations the sentence names as its source ("the interior ministry reiterated",
    "Pakistan Interior Ministry says that", "a source in the Interior Ministry said") or as
    its speaker's employer ("Islamic Emirate spokesperson Zabihullah Mujahid"): who said it,
    not what was said. Left in the matching keys, two statements on different
    matters sourced to one ministry look alike (the PoR exemption and the TTP link)."""
    orgs = _organisations(claim.entities)
    return _source_organisations(claim.text_en, orgs) if orgs else frozenset()


@lru_cache(maxsize=65536)  # asked twice per alignment unit, for keys and for words
def _organisations(entities: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(e for e in entities if e.startswith("org."))


@lru_cache(maxsize=65536)  # asked for each alignment unit of a sentence and for its words
def _source_organisations(text_en: str, orgs: tuple[str, ...]) -> frozenset[str]:
    tokens = english_form(text_en).split()
    org_words = {w for org in orgs for w in org[4:].split("_")}
    found = set()
    for org in orgs:
        words = [w for w in org[4:].split("_") if w not in _ID_NOISE]
        if not words:
            continue
        ends = [i for i, t in enumerate(tokens) if t == words[-1]
                and all(w in tokens[max(0, i - len(words) - 1):i + 1] for w in words)]
        for i in ends:
            after = tokens[i + 1:i + 5]
            before = tokens[max(0, i - len(words) - 3):max(0, i - len(words) + 1)]
            if (any(w in _SPEECH and not (k and after[k - 1] in _BE) for k, w in enumerate(after))
                    or "according" in before
                    or _titled(tokens[i + 1:i + 4], org_words.difference(words))):
                found.add(org)
                break
    return frozenset(found)


def _titled(following: list[str], other_orgs: set[str]) -> bool:
    """A speaker's title right after the organisation ("Islamic Emirate spokesperson ..."),
    not after another organisation named next ("UNAMA Taliban officials from ... demanded",
    word-by-word Urdu: UNAMA demanded of Taliban officials)."""
    for word in following:
        if word in _SPEAKER_TITLES:
            return True
        if word in other_orgs:
            return False
    return False


def claim_keys(claim: Claim, words: list[str] | None = None, *,
               media: tuple[frozenset[str], ...] = (), min_bare: float = 0.0,
               figures: list | None = None) -> list[tuple[str, str]]:
    """(kind, key) pairs: kind in entity (specific: person, organisation, place, document),
    term (other entities: countries, demonyms, terms, titles, the run's outlets), number,
    near, date, word. Deduplicated, in order. `words`: the claim's matching words (default:
    content words of text_en); `min_bare`: see `key_figures`; `figures`: the claim's
    `key_figures(claim, min_bare)` when the caller already has them."""
    keys: dict[tuple[str, str], None] = {}
    sources = source_organisations(claim)
    for entity in claim.entities:
        if entity in sources:
            continue
        kind = "entity" if is_specific_entity(entity, media) else "term"
        keys[(kind, entity_key(entity))] = None
    for number in key_figures(claim, min_bare) if figures is None else figures:
        keys[("number", number_key(number.value))] = None
        for key in magnitude_keys(number.value, number.unit):
            keys[("near", key)] = None
        if number.unit in MEASURE_UNITS:  # "five shots" / "12 bullets": what few figures count
            keys[("near", "unit~" + number.unit)] = None
    for mention in claim.dates:
        if mention.value:
            keys[("date", mention.value)] = None
            for key in week_keys(mention.value):
                keys[("near", key)] = None
    if attack_from_afghanistan(claim.text_en):
        keys[("entity", ATTACK_FROM_AFGHANISTAN)] = None
    for word in content_words(claim.text_en) if words is None else words:
        keys[("word", word)] = None
    return list(keys)


# The charge Pakistani officials make after an attack and Kabul's answer to it ("the bomber
# crossed from Afghanistan", "it was planned in Afghanistan" / "Afghan soil was not used"):
# one matter, worded apart by each side and language, so it is keyed as one thing.
ATTACK_FROM_AFGHANISTAN = "frame_attack_from_afghanistan"
_FROM_AFGHANISTAN = re.compile(
    r"\b(?:afghan (?:soil|territory)|soil (?:of )?afghanistan|afghanistan'?s? (?:soil|territory)"
    r"|territory of afghanistan|from afghanistan|afghanistan from)\b", re.I)
# (an attack or its doers must be named: "trucks crossed from Afghanistan" is trade)
_BY_ATTACKERS = re.compile(
    r"\b(?:attack\w*|bomber\w*|militants?|terrorists?|fighters?|insurgents?|gunmen|"
    r"infiltrat\w*)\b", re.I)
_IN_AFGHANISTAN = re.compile(r"\b(?:in (?:neighbou?ring )?afghanistan|afghanistan in)\b", re.I)
# Kabul's formula, with no attacker named: "Afghanistan does not allow anyone to use its soil
# against any country" (word-by-word Dari "permission does not give from soil this country
# against no national")
_SOIL_AGAINST = re.compile(r"\b(?:soil|territory)\b.{0,60}?\bagainst\b", re.I)
_PLANNED = re.compile(
    r"\b(?:plann?\w*|plotted|masterminded|orchestrated|handlers?|refuge|shelter\w*|"
    r"sanctuar\w*|hideouts?|safe havens?)\b", re.I)


def attack_from_afghanistan(text_en: str) -> bool:
    """The charge or its denial: attackers from Afghan soil, or an attack's plan, handlers
    or refuge in Afghanistan (never a plan alone: "the plan could give thousands in
    Afghanistan jobs")."""
    if _SOIL_AGAINST.search(text_en) and "afghan" in text_en.lower():
        return True
    if not _BY_ATTACKERS.search(text_en):
        return False
    return bool(_FROM_AFGHANISTAN.search(text_en)
                or _IN_AFGHANISTAN.search(text_en) and _PLANNED.search(text_en))


def consonants(word: str) -> str:
    """A word without its vowels, doubled letters once: "amrzyi" -> "mrz"."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouy]", "", word))


def name_skeleton(word: str) -> str:
    """A name's consonants, as romanizations of one Arabic-script name share them: Omarzai,
    "amrzyi" and "amrzi" are mrz; short names keep their vowels (Root)."""
    bare = consonants(word)
    return bare if len(bare) >= 3 else word
