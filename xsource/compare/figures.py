"""The number rule: when two figures count the same thing, and when they agree.

See the module docstring of `xsource.compare.settings` for the rule in words. Values are
compared as bands: an unhedged figure is the band of its own rounding (capped at
`rounding_max_rel`), a hedged one the band its hedge allows ("nearly 2 million" = 1.8M..2M).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from xsource.compare.matches import PLAYERS_UNITS, match_readings_apart, other_players, other_teams
from xsource.compare.measurement import SO_FAR, other_measurement
from xsource.compare.places import HOST_COUNTRY_WORDS
from xsource.compare.settings import CompareSettings
from xsource.compare.text import (
    MEASURE_UNITS,
    NUMBER_WORDS,
    content_words,
    is_glossary_only,
    sig_round,
    significant_digits,
)
from xsource.records import Claim, NumberMention

BELOW = {"nearly", "almost", "just_under", "close_to", "nearly_all"}
AROUND = {"about", "around", "approximately", "roughly", "some", "estimated", "an_estimated"}
ABOVE = {"more_than", "over", "at_least", "above", "upwards_of", "in_excess_of"}
UNDER = {"less_than", "up_to", "under", "fewer_than", "below", "at_most"}
# a mark passed ("crossed 1,000", "از مرز ۱۰۰۰ فراتر رفت"): a floor, not a figure of its own
PAST = {"past"}

HEDGE_WORDS = {"more_than": "more than", "at_least": "at least", "up_to": "up to",
               "less_than": "less than", "fewer_than": "fewer than", "at_most": "at most",
               "just_under": "just under", "close_to": "close to", "past": "past"}

# Words near a figure that say WHAT it counts; figures whose qualifier groups are disjoint
# count different things (1.7M undocumented vs 4.4M in total).
QUALIFIERS = {
    "undocumented": {"undocumented", "illegal", "illegally", "unregistered", "unlawful",
                     "irregular", "undeclared", "paperless"},
    "registered": {"registered", "legal", "legally", "documented", "cardholders", "card", "cards",
                   "holders"},
    "por_card": {"por", "registration"},  # Proof of Registration card holders
    "citizen_card": {"acc", "citizen"},  # Afghan Citizen Card holders: another register
    # not "living": "1.7 million undocumented Afghans living in Pakistan" is no total
    "total": {"total", "overall", "hosts", "hosted", "hosting", "host", "altogether",
              "population"},
    # "return": the glossary renders every returning verb (ستانه شوي, بازگشته اند) as its
    # canonical "return"
    "returned": {"returned", "returnees", "returnee", "repatriated", "deported", "expelled",
                 "departed", "crossed", "fled", "left", "exited", "returning", "return",
                 "returns",
                 # "450 brought to Chaman and handed over to Afghanistan", Dari "to Chaman
                 # transfer were given" (انتقال داده شدند): sent across, not held
                 "transferred", "transfer", "handed"},
    "arrived": {"arrived", "arrivals", "entered", "came"},
    "detained": {"arrested", "detained", "detention", "held", "jailed", "custody"},
    "dead": {"killed", "dead", "died", "deaths", "death", "lives", "life", "toll", "fatalities",
             "perished", "bodies", "martyred", "martyrdom", "shaheed", "murder", "murders",
             "murdered", "killings", "killing",  # wire style: "..., killing six people"
             "gunned",  # "all three assailants had been gunned down"
             "hell"},  # the military's "sent to hell" (جہنم واصل)
    # houses, shops, villages: what an earthquake or a flood destroyed, never its dead
    "destroyed": {"destroyed", "damaged", "flattened", "collapsed", "razed", "ruined",
                  "demolished", "destruction"},
    "injured": {"injured", "wounded", "injuring", "wounding", "injuries", "injury", "hurt",
                "wounds"},  # "48 people had been brought to hospitals with wounds"
    # pulled out alive is not pulled out dead: "seven people rescued alive" / "12 bodies"
    "rescued": {"rescued", "alive", "survived", "survivors", "saved"},
    # who the counted people are, when a sentence says: 23 soldiers killed are not the six
    # attackers killed (see WHO: one of these on each side, and they differ)
    # (not "police" or "officers": "police said 12 people died" names the source)
    "security": {"soldiers", "soldier", "troops", "personnel", "policemen", "policeman",
                 "servicemen", "jawan", "jawans", "sepoys", "military"},
    "militants": {"militants", "militant", "attackers", "attacker", "terrorists", "terrorist",
                  "insurgents", "fighters", "assailants", "gunmen", "khawarij", "bombers"},
    "civilians": {"civilians", "civilian", "passers", "bystanders"},
    # a campaign's workers are not the children it reaches: 400,000 health workers in the
    # country, 500,000 children in one province
    "workers": {"workers", "worker", "vaccinators", "vaccinator", "volunteers", "staff",
                "teams", "team"},
    "children": {"children", "child", "kids", "infants"},
    # what is being done with the people counted: 20,000 waiting at Torkham are not the
    # 25,000 IOM has assisted there
    "waiting": {"waiting", "awaiting", "wait", "stranded", "stuck", "queue", "queued",
                "queuing", "queueing"},
    "assisted": {"assisted", "helped", "aided", "aid", "assistance", "supported"},
    # who was there, not what befell them: "300 to 400 officers were inside the mosque" are
    # not the 157 injured
    "present": {"inside", "present", "attending", "gathered"},
    # who may yet suffer something, not who did: "200 journalists are at risk of deportation"
    # is not the 150 who joined the protest (word-by-word Pashto "of expulsion from threat")
    "at_risk": {"risk", "threat", "threatened", "danger", "endangered", "vulnerable"},
    # who guards someone, not what befell anyone: the cleric's "six police guards" are not
    # the six dead of the bombing that killed him
    "guarding": {"guards", "guard", "bodyguards", "bodyguard", "guarding", "escort", "escorts"},
    # how many a place can take, not how many came: "the camp has room for 5,000" is not
    # "about 10,000 cross every day"
    "capacity": {"capacity", "room", "accommodate", "accommodates", "accommodating"},
    # goods counted by whom they serve: "supplies for 10,000 patients" counts no one injured
    "supplies": {"supplies", "enough", "kits", "doses", "rations", "parcels", "packages",
                 "equipment", "medicines", "medicine", "treatment", "treating", "treat"},
    # relief goods counted by kind: 3,000 tents in a camp are not 3,000 blankets handed out
    "tents": {"tent", "tents", "shelters"},
    "blankets": {"blanket", "blankets", "quilts"},
    "vehicles": {"truck", "trucks", "vehicles", "lorries", "containers"},
    # money demanded is not money taken: "bribes of up to 20,000 rupees" / "they took 50,000"
    "bribe": {"bribe", "bribes", "bribery", "extortion", "extorted"},
    "seized": {"seized", "confiscated", "took", "taken", "snatched", "looted", "stole",
               "stolen"},
    # a target is not a tally: "plans to expel more than a million" (Iran's announcement)
    # is not the 450,000 it has expelled this year
    "planned": {"plan", "plans", "planned", "planning", "aims", "aiming", "goal", "goals",
                "target", "targets", "intends", "intend"},
}
WHO = frozenset({"security", "militants", "civilians", "workers", "children"})
# ...but the children among the dead are civilians: "46 civilians" and "15 killed, most of
# them children" may count one toll
_ONE_TOLL = frozenset({"civilians", "children"})
# What things are counted, when a sentence counts things: never one quantity across kinds
GOODS = frozenset({"tents", "blankets", "vehicles"})
# Counts an outlet never drops the words of (see `_same_group`)
OWN_COUNTS = frozenset({"capacity", "present", "at_risk"})
# What befell or is done with the people counted (not which population they are).
FATES = frozenset({"returned", "arrived", "detained", "dead", "destroyed", "injured", "rescued",
                   "waiting", "assisted", "bribe", "seized", "present", "capacity",
                   "at_risk", "guarding"})
_WORD_TO_GROUP = {w: g for g, words in QUALIFIERS.items() for w in words}
# Qualifiers that a figure for another population never leaves out (see `same_quantity`).
REGISTERS = frozenset({"registered", "por_card", "citizen_card"})
NAMED_REGISTERS = frozenset({"por_card", "citizen_card"})  # a card's name, not "legal"
# "without legal documents", "no valid papers", "lacking registration": undocumented
_NEGATORS = {"without", "no", "lacking", "lack", "non", "not"}
_TAKEN = {"taken", "took", "take"}
_PAPERS = {"legal", "legally", "valid", "documented", "registered", "documents", "document",
           "documentation", "papers", "registration", "cards", "card"}


# Moving to a host country is arriving there, however the verb reads alone: "600,000 fled to
# Pakistan after 2021" and word-by-word Dari "600 thousand Afghan to Pakistan have gone" are
# not the 250,000 who returned since September
_MOTION = frozenset({"gone", "went", "go", "going", "moved", "migrated", "fled", "crossed",
                     "came", "entered", "left"})
_HOSTS = frozenset(HOST_COUNTRY_WORDS)


def _to_a_host(tokens: list[str], j: int) -> bool:
    """tokens[j], a verb of motion, has a host country for destination: "fled to Pakistan",
    "crossed into Iran", word-by-word "to Pakistan have gone", "Pakistan to gone"."""
    after = tokens[j + 1:j + 3]
    if len(after) == 2 and after[0] in ("to", "into") and after[1] in _HOSTS:
        return True
    before = tokens[max(0, j - 3):j]
    return any(({before[k], before[k + 1]} & _HOSTS) and "to" in (before[k], before[k + 1])
               for k in range(len(before) - 1))


_POLICE_MEN = frozenset({"officials", "official", "officers", "officer", "men", "personnel"})


def _group_at(tokens: list[str], j: int) -> str | None:
    token = tokens[j]
    if token in _MOTION and _to_a_host(tokens, j):
        return "arrived"
    if token in _TAKEN and any(_WORD_TO_GROUP.get(t) == "detained"
                               for t in tokens[max(0, j - 3):j] + tokens[j + 1:j + 3]):
        return "detained"  # "taken into custody"; word-by-word Urdu "detention in were taken"
    if token in _PAPERS and any(t in _NEGATORS or _WORD_TO_GROUP.get(t) == "undocumented"
                                for t in tokens[max(0, j - 2):j]):
        # "without legal documents"; word-by-word English "undocumented legal" (بدون اسناد
        # قانونی): the paper word belongs to the "without"
        return "undocumented"
    if token == "registration" and not _CARD_WORDS.intersection(tokens[max(0, j - 2):j + 3]):
        # "41 degree Celsius reached, registration was" (Dari ثبت شد, was recorded): a record
        # kept, no Proof of Registration card
        return None
    if token in ("forces", "force") and j > 0 and tokens[j - 1] in ("from", "of") and any(
            t in HEAD_COUNT_UNITS or t == "people" for t in tokens[max(0, j - 3):j]):
        # "9 people from forces Islamic Emirate" (Dari ۹ تن از نیروهای): who they were, not
        # who acted ("12 civilians killed by Pakistani forces")
        return "security"
    if token in _POLICE_MEN and j > 1 and tokens[j - 1] == "police" and tokens[j - 2][:1].isdigit():
        # "118 police officials killed" (Urdu 118 پولیس اہلکار): the policemen counted; "police
        # said 12 people died" names the source, and is no figure's word
        return "security"
    if token in _AID and j + 1 < len(tokens) and tokens[j + 1] in _AID_ACTORS:
        return None  # "aid groups estimate", "aid officials say": who speaks, not aid given
    if token in _AIMS and j > 0 and tokens[j - 1] in _AIMED_AT:
        return None  # "fired towards the target" (word-by-word Dari "towards goal"): no plan
    if token == "total" and tokens[j + 1:j + 2] == ["number"]:
        return None  # "the total number of containers stuck": all of them, no population total
    return _WORD_TO_GROUP.get(token)


_CARD_WORDS = frozenset({"proof", "card", "cards", "cardholders", "holders", "por"})
_AIMS = frozenset({"goal", "goals", "target", "targets"})
_AIMED_AT = frozenset({"towards", "toward", "at", "hit", "struck", "hitting", "striking"})
_AID = frozenset({"aid", "assistance"})
_AID_ACTORS = frozenset({"group", "groups", "agency", "agencies", "official", "officials",
                         "organisation", "organisations", "organization", "organizations",
                         "community", "donors", "sector", "ngos", "ngo"})


# plurals too: word-by-word Pashto writes "500 thousands" (۵۰۰ زره)
_SCALE = {"thousand": 1e3, "thousands": 1e3, "k": 1e3, "lakh": 1e5, "lakhs": 1e5,
          "million": 1e6, "mn": 1e6, "m": 1e6, "millions": 1e6, "crore": 1e7, "crores": 1e7,
          "billion": 1e9, "billions": 1e9, "bn": 1e9, "b": 1e9}
_TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|[A-Za-z]+|[.,;:()!?\"“”]")
_BREAK = set(".,;:()!?\"“”")
HEAD_COUNT_UNITS = {"people", "persons", "families", "households", "individuals", "refugees",
                    "migrants", "children", "women", "men"}
_BARE_MAY_COUNT = frozenset(HEAD_COUNT_UNITS | {"cases"})


def band(n: NumberMention, s: CompareSettings) -> tuple[float, float]:
    x = n.value
    hedge = (n.hedge or "").lower().replace(" ", "_")
    if hedge in BELOW:
        return x * (1 - s.hedge_band), x
    if hedge in PAST:
        return x, math.inf
    if hedge in ABOVE:
        return x, x * s.over_factor
    if hedge in UNDER:
        return x / s.over_factor, x
    if hedge:  # about, around, and any hedge we do not know: symmetric
        return x * (1 - s.about_band), x * (1 + s.about_band)
    if x == 0:
        return 0.0, 0.0
    half = 0.5 * 10 ** (math.floor(math.log10(abs(x))) - significant_digits(x) + 1)
    half = min(half, s.rounding_max_rel * abs(x))
    return x - half, x + half


# Below this, two unhedged whole numbers agree only when equal: nobody rounds eleven dead to
# ten (1.73 million to 1.7 million, or 49.5 overs to 50, they do).
_SMALL_COUNT = 100


def compatible(a: NumberMention, b: NumberMention, s: CompareSettings) -> tuple[bool, bool]:
    """(agree, only-within-rounding-or-hedge) for two figures of the same quantity."""
    if a.value == b.value:
        return True, (a.hedge or None) != (b.hedge or None)
    if not a.hedge and not b.hedge:
        if max(abs(a.value), abs(b.value)) < _SMALL_COUNT and all(
                float(n.value).is_integer() for n in (a, b)):
            return False, True  # ten children and eleven: a small count is told exactly
        less, more = sorted((a, b), key=lambda n: significant_digits(n.value))
        digits = significant_digits(less.value)
        rounded = math.isclose(sig_round(more.value, digits), less.value, rel_tol=1e-9)
        close = abs(a.value - b.value) <= s.rounding_max_rel * max(abs(a.value), abs(b.value))
        return rounded and close, True
    lo_a, hi_a = band(a, s)
    lo_b, hi_b = band(b, s)
    return lo_a <= hi_b and lo_b <= hi_a, True


# Years are ages and time lived ("in Peshawar for 35 years") in personal testimony: two
# people's stories, never one figure reported two ways.
NEVER_COMPARED_UNITS = {"years", "year", "age", "section"}  # ...and a law's clauses


def units_match(a: NumberMention, b: NumberMention) -> bool:
    if a.unit in NEVER_COMPARED_UNITS or b.unit in NEVER_COMPARED_UNITS:
        return False
    if a.unit == b.unit:
        return True
    known = a.unit or b.unit or ""
    # No unit on one side reads as a head count (the extractor often misses "Afghans") or a
    # count of cases ("has risen to 41" after "the number of polio cases"); never as money,
    # a percentage or a duration.
    return (a.unit is None or b.unit is None) and known in _BARE_MAY_COUNT


@lru_cache(maxsize=65536)  # a figure's place, its whole and its measured words all read it
def _english_numbers(text: str) -> tuple[tuple[float, int, list[str]], ...]:
    """(value, token position, tokens) for figures written in an English sentence; the token
    list is shared and read only."""
    tokens = _TOKEN.findall(text)
    lowered = [t.lower() for t in tokens]
    found = []
    part_of_last = -1  # the "80" of "8 lakh 80 thousand", read with the figure before it
    for i, tok in enumerate(lowered):
        if i == part_of_last:
            continue
        if tok[0].isdigit():
            try:
                value = float(tok.replace(",", ""))
            except ValueError:
                continue
        elif tok in NUMBER_WORDS and not (i and lowered[i - 1] in NUMBER_WORDS):
            value = float(NUMBER_WORDS[tok])
        else:
            continue
        if i + 1 < len(lowered) and lowered[i + 1] in _SCALE:
            scale = _SCALE[lowered[i + 1]]
            value *= scale
            # "8 lakh 80 thousand" (Urdu ۸ لاکھ ۸۰ ہزار): one figure, 880,000
            if i + 3 < len(lowered) and lowered[i + 2][0].isdigit() and (
                    _SCALE.get(lowered[i + 3], scale) < scale):
                try:
                    value += float(lowered[i + 2].replace(",", "")) * _SCALE[lowered[i + 3]]
                    part_of_last = i + 2
                except ValueError:
                    pass
        found.append((value, i, lowered))
    return tuple(found)


def qualifiers(claim: Claim, n: NumberMention, s: CompareSettings) -> frozenset[str]:
    """Qualifier groups found within `quantity_window` words of the figure, in English."""
    found = _qualified(claim.text_en, n.value, len(claim.numbers), s.quantity_window,
                       _postposed_including(claim))
    if n.unit and n.unit.startswith("money:"):
        # "10 thousand afghani to every returned family" / "cash aid of 10 thousand afghani":
        # what befell the people paid is not what the money is (aid, a bribe, seized cash)
        return found - PEOPLES_FATES
    if n.unit in MEASURE_UNITS:
        # a depth or a distance is no population: Dari "registered is" (ثبت شده است, was
        # recorded) after the quake's "10 kilometres" depth names no register
        return found - REGISTERS
    return found


PEOPLES_FATES = FATES - {"assisted", "bribe", "seized"}  # not what money itself is


def _postposed_including(claim: Claim) -> bool:
    """Word-by-word Urdu and Pashto keep "including" after the part: "9 Chinese citizens
    including 13 people were killed" (9 چینی شہریوں سمیت 13 افراد, د نهو چینایانو په ګډون ۱۳
    کسان) is 13 people, nine of them Chinese. Dari's از جمله and به شمول come first, as in
    English; a real translation puts English order."""
    return claim.lang in ("ur", "ps") and is_glossary_only(claim)


@lru_cache(maxsize=65536)
def _qualified(text_en: str, value: float, count: int, window: int,
               postposed: bool = False) -> frozenset[str]:
    near = _qualifiers(text_en, value, count, window, postposed)
    if count == 1 and not near - WHO:
        # "seven soldiers, including a lieutenant colonel, embraced martyrdom": what befell
        # the one figure of a sentence may be told past a clause, and so may the card its
        # people hold ("Holders of PoR cards, numbering about 1.3 million, are exempt").
        # Not other words of who they are: "near any legal document not" (word-by-word
        # Urdu) would read as "legal".
        near |= sentence_qualifiers(text_en) & (FATES | NAMED_REGISTERS)
    elif count == 1 and "registered" in near and not near & NAMED_REGISTERS and sum(
            v >= 10 and not 1900 <= v <= 2100 for v, _, _ in _english_numbers(text_en)) == 1:
        # "1.3 million others are registered refugees who carry Proof of Registration (PoR)
        # cards": the one card a registered population's sentence names is theirs, past the
        # window too (never the ACC holders' 880,000). One figure in the sentence, not in one
        # alignment unit; years and "one" aside.
        cards = sentence_qualifiers(text_en) & NAMED_REGISTERS
        if len(cards) == 1:
            near |= cards
    return near


@lru_cache(maxsize=65536)
def sentence_qualifiers(text_en: str) -> frozenset[str]:
    tokens = [t.lower() for t in _TOKEN.findall(text_en)]
    return frozenset(g for j in range(len(tokens)) if (g := _group_at(tokens, j)))


# A figure told as a part of another of its sentence: "4.4 million Afghans live there, 600,000
# of them came after 2021". English "of them", "of whom", "among them"; word-by-word Urdu "these
# in from" (ان میں سے), Dari "of them" (از آنها); Pashto's clitic یې after the figure, "600
# thousand their".
PART = "part"
_PART_BEFORE = frozenset({("of", "them"), ("of", "whom"), ("among", "them"), ("in", "from"),
                          ("of", "these"), ("among", "whom"),
                          # word-by-word Urdu "ہلاک ہونے والوں میں 18 فوجی": "those in 18 military"
                          ("those", "in")})
# "Of those who lost their lives, 14 were soldiers": an opening "of those" / "among the dead"
# makes a figure after its comma a part
_PART_OPENERS = frozenset({("of", "those"), ("among", "those"), ("among", "the")})
_PART_AFTER = frozenset({"their"})
# the words of the hedges the figure rule knows ("more_than" -> "more", "than"), not the
# prepositions some of them hold ("in excess of"): "of" and "in" mark the part itself
_HEDGES = frozenset(w for hedge in BELOW | AROUND | ABOVE | UNDER
                    for w in hedge.split("_")) - {"of", "in", "all"}


def _a_part(tokens: list[str], i: int, postposed: bool = False) -> bool:
    j = i - 1
    while j >= 0 and tokens[j] in _HEDGES:
        j -= 1
    if j >= 1 and (tokens[j - 1], tokens[j]) in _PART_BEFORE:
        return True
    if postposed:
        # "9 Chinese citizens including 13 people": the part comes before its "including"
        if _including_a_figure(tokens, i + 1):
            return True
    elif tokens[j:j + 1] == ["including"] and any(map(_is_figure, tokens[max(0, j - 4):j])):
        return True  # "killed 13 people, including nine Chinese workers"
    if _opening_whole(tokens, i):
        return True
    k = i + 1
    while k < len(tokens) and (tokens[k] in _SCALE or tokens[k][0].isdigit()):
        k += 1  # "600 thousand", "8 lakh 80 thousand"
    return k < len(tokens) and (tokens[k] in _PART_AFTER or tokens[k:k + 2] == ["of", "them"]
                                or _of_a_figure(tokens, k))


def _including_a_figure(tokens: list[str], k: int) -> bool:
    """tokens[k:] read "<up to 4 words> including <figure>"."""
    for m in range(k, min(k + 5, len(tokens) - 1)):
        if tokens[m] == "including":
            return _is_figure(tokens[m + 1])
        if tokens[m] in _BREAK or _is_figure(tokens[m]):
            return False
    return False


def _is_figure(token: str) -> bool:
    return token[:1].isdigit() or token in NUMBER_WORDS


def _opening_whole(tokens: list[str], i: int) -> range | None:
    """Where the opening "of those who lost their lives," names the whole the figure at token i
    (after its comma) is a part of; None when the sentence opens on no such clause."""
    if len(tokens) < 3 or (tokens[0], tokens[1]) not in _PART_OPENERS or "," not in tokens[2:i]:
        return None
    return range(2, tokens.index(",", 2))


def _of_a_figure(tokens: list[str], k: int) -> bool:
    """tokens[k:] read "of (the) <figure>": "93 of the 265 seats", "265 of 266"."""
    if k >= len(tokens) or tokens[k] != "of":
        return False
    k += 1 + (k + 1 < len(tokens) and tokens[k + 1] == "the")
    return k < len(tokens) and tokens[k][0].isdigit()


def _the_whole_of_a_part(text_en: str, i: int, postposed: bool = False) -> bool:
    """The figure at token i is the last before one told as a part of it, or the one after
    "of (the)" in "93 of the 265 seats" (or, `postposed`, right after "including")."""
    found = _english_numbers(text_en)  # in token order, all over one token list
    if not found:
        return False
    tokens = found[0][2]
    j = i - 1 - (i >= 1 and tokens[i - 1] == "the")
    if j >= 1 and tokens[j] == "of" and (tokens[j - 1][0].isdigit() or tokens[j - 1] in _SCALE):
        return True
    if postposed and i >= 1 and tokens[i - 1] == "including":
        earlier = [k for _, k, _ in found if k < i]
        return bool(earlier) and _a_part(tokens, earlier[-1], postposed)
    later = [k for _, k, _ in found if k > i]
    return bool(later) and _a_part(tokens, later[0], postposed)


def figure_at(text_en: str, value: float) -> tuple[int, list[str]] | None:
    """(token position, lower-cased tokens) of the first place the English writes `value`
    (or a figure that rounds to it), None when the English lost the figure."""
    found = _english_numbers(text_en)
    for v, i, tokens in found:  # the figure itself before one that only rounds alike (317
        if math.isclose(v, value, rel_tol=1e-6):  # is not the 325 written before it)
            return i, tokens
    for v, i, tokens in found:
        if math.isclose(sig_round(v, 2), sig_round(value, 2), rel_tol=1e-9):
            return i, tokens
    return None


def figure_clause(text_en: str, value: float, stops: frozenset[str] = frozenset()) -> list[str]:
    """The lower-cased words of the clause (between punctuation, and `stops` words) where the
    English writes the figure; none when the English lost it."""
    spot = figure_at(text_en, value)
    if spot is None:
        return []
    i, tokens = spot
    start, end = _clause_bounds(tokens, i, stops)
    return tokens[start:end + 1]


def _clause_bounds(tokens: list[str], i: int, stops: frozenset[str]) -> tuple[int, int]:
    start, end = i, i
    while start > 0 and tokens[start - 1] not in _BREAK and tokens[start - 1] not in stops:
        start -= 1
    while end + 1 < len(tokens) and tokens[end + 1] not in _BREAK and (
            tokens[end + 1] not in stops):
        end += 1
    return start, end


@lru_cache(maxsize=65536)
def _qualifiers(text_en: str, value: float, count: int, window: int,
                postposed: bool = False) -> frozenset[str]:
    spot = figure_at(text_en, value)
    if spot is None:
        # The English lost the figure (rough translation): with one figure in the claim the
        # whole sentence qualifies it; with several we cannot tell which words go with which.
        return sentence_qualifiers(text_en) if count <= 1 else frozenset()
    i, tokens = spot
    groups: set[str] = set()
    who_after: set[str] = set()  # who the figure's own noun says they were
    who_before: set[str] = set()
    fate_after: set[str] = set()  # ...and what its own verb says befell them
    fate_before: set[str] = set()
    for step in (1, -1):
        j, seen, aside, reach = i + step, 0, False, window
        while 0 <= j < len(tokens) and seen < reach + 1:
            if step == 1 and tokens[j] == "including" and j + 1 < len(tokens) \
                    and _is_figure(tokens[j + 1]):
                break  # "13 people, including nine Chinese workers": the aside is the part's
            if step == 1 and reach == window and (tokens[j] in _ASIDE_OPENERS or (
                    tokens[j] == "whom" and tokens[j + 1:j + 2] == ["in"])):
                # "12 people martyred, among whom security officials and civilians" (word by
                # word Urdu "whom in", جن میں): who they were may take a few more words
                reach = window + _ASIDE_REACH
            if tokens[j] == "," and step == 1 and (aside or (
                    j + 1 < len(tokens) and tokens[j + 1] in _ASIDE_OPENERS)):
                # "At least 18 people, among them soldiers and civilians, died": who they
                # were, set off by commas, and then what befell them
                aside, j = not aside, j + 1
                continue
            if tokens[j] in _BREAK:
                break
            group = _group_at(tokens, j)
            if group:
                groups.add(group)
                if group in WHO:
                    (who_after if step == 1 and seen < _OWN_NOUN else who_before).add(group)
                elif group in FATES:
                    (fate_after if step == 1 and seen <= _OWN_NOUN else fate_before).add(group)
            if tokens[j] not in _SCALE:
                seen += 1
            j += step
    # "Pakistani troops killed 12 of the attackers", word-by-word Urdu "security forces ... 20
    # from over terrorists were killed": the figure counts its own noun's people, not those
    # who acted on them
    groups -= who_before - who_after if who_after else set()
    # "9 of its forces killed and 16 others wounded": the 16's own verb says wounded; the
    # "killed" before it is the 9's
    groups -= fate_before - fate_after if fate_after else set()
    if _a_part(tokens, i, postposed):
        groups.add(PART)
        # "Of those who lost their lives, 14 were soldiers": the opening clause says what the
        # whole was, and so what befell the part
        groups.update(g for k in _opening_whole(tokens, i) or ()
                      if (g := _group_at(tokens, k)) in FATES)
    elif _the_whole_of_a_part(text_en, i, postposed):
        groups.add("total")  # "4.4 million live there, 600,000 of them came after 2021"
    return frozenset(groups)


_OWN_NOUN = 3  # words after a figure where its own noun stands ("12 of the attackers")
_ASIDE_OPENERS = frozenset({"among", "including", "mostly", "most", "many"})
_ASIDE_REACH = 4


def same_quantity(ca: Claim, a: NumberMention, cb: Claim, b: NumberMention,
                  s: CompareSettings) -> bool:
    if a.unit == b.unit and a.unit in _ONE_PERSON_S and one_person(ca, cb):
        return True  # the lynched manager's age, 48 or 49, and his years at the firm
    if not units_match(a, b):
        return False
    if a.unit is None and b.unit is None and max(abs(a.value), abs(b.value)) < s.min_unitless_figure:
        return False  # "two neighbours", "one source", "Hasht-e Subh" = "eight morning"
    small, big = sorted((abs(a.value), abs(b.value)))
    if small == 0 or big / small > s.max_conflict_ratio:
        return big == small
    if other_measurement(ca, cb) or other_persons(ca, cb):
        return False
    if a.unit in PLAYERS_UNITS and (other_teams(ca, a, cb, b) or other_players(ca, a, cb, b)):
        return False  # Zadran's 146 balls are not Root's 111, England's 317 not Afghanistan's 325
    if match_readings_apart(ca, a, cb, b):
        # the openers' 130 for the first wicket is not Zadran's 87, nor the 23 runs Rashid
        # gave away the 19 he made, nor five wickets a side lost three a bowler took
        return False
    if a.unit in _SHARES_OF_SOMETHING and not _share_a_measured_word(ca, a, cb, b,
                                                                   s.quantity_window):
        return False
    rate_a, rate_b = _rates(ca.text_en, a.value), _rates(cb.text_en, b.value)
    if rate_a and rate_b and not rate_a & rate_b:
        return False  # 30,000 afghanis for the year, 18,000 for every semester
    if _other_partners(ca.text_en, a, cb.text_en, b):
        return False  # Afghanistan's trade with Uzbekistan is not Pakistan's
    qa, qb = qualifiers(ca, a, s), qualifiers(cb, b, s)
    if (qa | qb) & _COMBATANTS and _sides_apart(ca.text_en, a.value, cb.text_en, b.value):
        return False  # 23 Pakistani soldiers killed are not 9 of the Taliban's forces
    if ("planned" in qa) != ("planned" in qb) and _TALLY_PERIOD.search(
            cb.text_en if "planned" in qa else ca.text_en):
        return False  # a trade target of $5 billion is not last year's $1.6 billion
    return _same_group(qa, qb)


_COMBATANTS = frozenset({"security", "militants"})
# Whose fighters a toll counts: the side its own noun names ("two Pakistani soldiers"), else
# the side named nearest before the figure in its clause
_SIDES = {"pakistan": "pk", "pakistani": "pk", "ispr": "pk", "taliban": "af", "afghan": "af",
          "afghanistan": "af", "emirate": "af"}
_CLAUSE_STOPS = frozenset({"and", "while", "but", "whereas"})


@lru_cache(maxsize=65536)
def _side(text_en: str, value: float) -> str | None:
    spot = figure_at(text_en, value)
    if spot is None:
        return None
    i, tokens = spot
    own = tokens[i + 1:i + 1 + _OWN_NOUN]  # "two Pakistani soldiers": the figure's own noun
    if own_side := next((_SIDES[w] for w in own if w in _SIDES), None):
        return own_side
    start, _ = _clause_bounds(tokens, i, _CLAUSE_STOPS)
    if "other" in own or "others" in own:
        # "58 Pakistani soldiers killed and 30 others wounded": the others are the same side's
        start, _ = _clause_bounds(tokens, i, frozenset())
    return next((_SIDES[w] for w in reversed(tokens[start:i]) if w in _SIDES), None)


def _sides_apart(text_a: str, va: float, text_b: str, vb: float) -> bool:
    """Two tolls of fighters, each clause naming a different side before its figure:
    "Pakistan Army ... 23 soldiers killed" and "Taliban ... 9 people from forces own"."""
    sa, sb = _side(text_a, va), _side(text_b, vb)
    return sa is not None and sb is not None and sa != sb


# A figure told as what a past period came to: "about $1.6 billion last year", "so far"
_TALLY_PERIOD = re.compile(rf"\b(?:(?:last|past|previous) year|{SO_FAR})\b", re.I)


# The countries a sum of money passes between: "Pakistan's trade with Uzbekistan was around
# $400m, while bilateral trade with Afghanistan stood at $1.6bn"
_COUNTRIES = _HOSTS | {"afghanistan", "uzbekistan", "china", "india", "tajikistan",
                       "turkmenistan", "kazakhstan", "russia"}


def _other_partners(text_a: str, a: NumberMention, text_b: str, b: NumberMention) -> bool:
    """Two sums of money whose clauses each name two countries or more, not the same ones."""
    if not (a.unit or "").startswith("money:") or not (b.unit or "").startswith("money:"):
        return False
    pa, pb = _partners(text_a, a.value), _partners(text_b, b.value)
    return len(pa) >= 2 and len(pb) >= 2 and pa != pb


_WHILE = frozenset({"while", "whereas"})  # word-by-word Urdu جبکہ, Dari در حالی که


@lru_cache(maxsize=65536)
def _partners(text_en: str, value: float) -> frozenset[str]:
    """Countries of the figure's clause, cut at "while" ("... 1.6 billion dollars while
    Pakistan and Uzbekistan between trade 40 crore dollars")."""
    return _COUNTRIES.intersection(figure_clause(text_en, value, _WHILE))


# Counts that say nothing of what was counted until a word near them does: 40% of what, 83
# districts where what happened (sewage samples found the virus in 83; a campaign ran in 115)
_SHARES_OF_SOMETHING = frozenset({"percent", "districts", "provinces"})
# How a share moved is no word of what it is a share of
_CHANGE_WORDS = frozenset("""percent per cent dropped drop fell fallen fall declined decline
    decreased decrease rose risen rise increased increase grew grown climbed jumped down up
    since closure closed shut""".split()) | {"district", "province"}  # the counted unit's own


def _share_a_measured_word(ca: Claim, a: NumberMention, cb: Claim, b: NumberMention,
                           window: int) -> bool:
    """Two percentages are one quantity only when words near them say of what alike:
    cement shipments down 40% and a province's customs revenue down 70% are two shares."""
    return bool(_measured_words(ca.text_en, a.value, window)
                & _measured_words(cb.text_en, b.value, window))


@lru_cache(maxsize=65536)
def _measured_words(text_en: str, value: float, window: int) -> frozenset[str]:
    spot = figure_at(text_en, value)
    if spot is None:
        near = _TOKEN.findall(text_en)  # the English lost the figure: the whole sentence
    else:
        i, tokens = spot
        near = tokens[max(0, i - window):i + window + 1]
    return frozenset(w for w in content_words(" ".join(near)) if w not in _CHANGE_WORDS)


_PERIODS = {"year": "year", "years": "year", "annually": "year", "month": "month",
            "semester": "semester", "week": "week", "day": "day"}
_PERIODIC = {"annual": "year", "yearly": "year", "monthly": "month", "weekly": "week",
             "daily": "day"}  # adjectives, before the figure
_EACH = {"per", "every", "each", "this"}  # "for every semester", "for this semester"
_PER = _EACH | {"a", "an"}  # after the figure only: "$1.5 million a day"


@lru_cache(maxsize=65536)
def _rates(text_en: str, value: float) -> frozenset[str]:
    """The period a figure is counted per, read right after it ("per semester", "a day",
    "for the year", "for every semester") or as an adjective before it ("annual", "monthly")."""
    spot = figure_at(text_en, value)
    if spot is None:
        return frozenset()
    i, tokens = spot
    found = set()
    for j in range(i + 1, min(len(tokens), i + 12)):
        if tokens[j] in _BREAK and tokens[j] not in "()":  # "(about $440) ... for the year"
            break
        period = _PERIODS.get(tokens[j]) or _PERIODIC.get(tokens[j])
        if period and (tokens[j - 1] in _PER or tokens[j - 2:j] == ["for", "the"]):
            found.add(period)
    # before it: "annual", "monthly"; word-by-word English "for every semester 18 thousand"
    for j in range(max(0, i - 4), i):
        if tokens[j] in _PERIODIC:
            found.add(_PERIODIC[tokens[j]])
        elif tokens[j] in _PERIODS and j and tokens[j - 1] in _EACH:
            found.add(_PERIODS[tokens[j]])
    return frozenset(found)


# An age and the years a person spent somewhere are told of the one person both sentences
# name, and of no one else (`one_person`): then two values are one figure told two ways.
_ONE_PERSON_S = frozenset({"age", "years"})


def one_person(ca: Claim, cb: Claim) -> bool:
    """Both sentences name one person of the glossary, the same, and no other."""
    people_a = {e for e in ca.entities if e.startswith("person.")}
    return len(people_a) == 1 and people_a == {e for e in cb.entities if e.startswith("person.")}


def other_persons(ca: Claim, cb: Claim) -> bool:
    """Two anecdotes of two people: a 55-year-old's family of nine is not a 52-year-old's
    family of eleven."""
    ages_a = {n.value for n in ca.numbers if n.unit == "age"}
    ages_b = {n.value for n in cb.numbers if n.unit == "age"}
    return bool(ages_a and ages_b) and not ages_a & ages_b and not one_person(ca, cb)


@lru_cache(maxsize=4096)
def _same_group(qa: frozenset[str], qb: frozenset[str]) -> bool:
    if ("planned" in qa) != ("planned" in qb) and "returned" in (qb if "planned" in qa else qa):
        return False  # a removal planned is not a removal counted
    who_a, who_b = qa & WHO, qb & WHO
    if who_a and who_b and not who_a & who_b and not who_a | who_b <= _ONE_TOLL:
        return False  # soldiers and attackers, both "killed"
    goods_a, goods_b = qa & GOODS, qb & GOODS
    if goods_a and goods_b and not goods_a & goods_b:
        return False  # 3,000 tents and 3,000 blankets, both "for returnees"
    if (who_a and goods_b) or (goods_a and who_b):
        return False  # 6,500 fighters and 5,000 trucks
    if _one_undocumented_one_registered(qa, qb) or _one_undocumented_one_registered(qb, qa):
        return False  # never one population, whatever else the two sentences share
    cards_a, cards_b = qa & NAMED_REGISTERS, qb & NAMED_REGISTERS
    if cards_a and cards_b and not cards_a & cards_b:
        return False  # 1.3 million PoR card holders are not the 800,000 ACC holders
    if (PART in qa) != (PART in qb):
        part, other = (qa, qb) if PART in qa else (qb, qa)
        if part & WHO and not other & WHO:
            return False  # "of those who died, 14 were soldiers" is no telling of all 26 dead
    if ("total" in qa and who_b and not who_a) or ("total" in qb and who_a and not who_b):
        return False  # "killed 13 people, including nine Chinese" is not "nine workers killed"
    what_a, what_b = qa - WHO - GOODS - {PART}, qb - WHO - GOODS - {PART}
    if (PART in qa and not what_a and what_b) or (PART in qb and not what_b and what_a):
        # a part of its sentence's whole whose own words the English lost is no population
        # another outlet names ("600 thousand of them [went there after 2021]", "1.1 million
        # undocumented")
        return False
    if not what_a or not what_b:
        # An outlet often drops "undocumented" or "returned", or says who the dead were
        # ("seven civilians") where another says what befell them ("eight killed"); it does
        # not drop "registered" or "PoR card holders": those name a population of their own,
        # as "room for 5,000" names a capacity and "400 were inside" who was there.
        return not (qa | qb) & (REGISTERS | OWN_COUNTS)
    return bool(what_a & what_b)


def _one_undocumented_one_registered(qa: frozenset[str], qb: frozenset[str]) -> bool:
    return "undocumented" in qa and "undocumented" not in qb and bool(qb & REGISTERS) and not (
        qa & REGISTERS)


def near_figure(ca: Claim, a: NumberMention, cb: Claim, b: NumberMention,
                s: CompareSettings) -> bool:
    """Figures of the same quantity within `figure_near_ratio` of each other: the same
    figure reported, or a disagreement worth seeing side by side."""
    small, big = sorted((abs(a.value), abs(b.value)))
    # none and none ("no casualties", "nobody was hurt") is the same figure reported
    close = big / small <= s.figure_near_ratio if small else big == 0
    return close and same_quantity(ca, a, cb, b, s)


def display(n: NumberMention) -> str:
    """"nearly 2,000,000", "1,730,000", "more than 500 families", "12%"."""
    if n.value == 0 and n.unit == "people":
        return "none"  # "no casualties", "nobody was hurt": `numbers.nil`
    value = int(n.value) if n.value == int(n.value) else n.value
    text = f"{value:,}" if isinstance(value, int) else f"{value:,.15g}"
    if n.unit == "percent":
        text += "%"
    elif n.unit and n.unit.startswith("money:"):
        text = f"{n.unit.split(':', 1)[1]} {text}"
    elif n.unit and n.unit != "people":
        text += f" {n.unit}"
    hedge = (n.hedge or "").lower()
    if hedge:
        text = f"{HEDGE_WORDS.get(hedge, hedge.replace('_', ' '))} {text}"
    return text
