"""Divergence classification of a claim cluster: agree, conflict (number, date, attribution,
polarity) or single, with one evidence row per pair of disagreeing claims.

Only claims of DIFFERENT outlets are compared (an outlet repeating itself across articles
neither agrees nor disagrees with anyone).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date as Date
from functools import lru_cache

from xsource.compare.dateroles import DEADLINE, MONTHS, OCCASIONS, claim_date_roles
from xsource.compare.figures import compatible, display, same_quantity, units_match
from xsource.compare.measurement import counted_to_publication
from xsource.compare.places import apart, dates_apart
from xsource.compare.settings import CompareSettings
from xsource.compare.sources import different_sources
from xsource.compare.text import (
    DENIAL_VERBS,
    GOVERNMENTS,
    consonants,
    content_words,
    entity_key,
    figures,
    key_figures,
    written_dates,
)
from xsource.dates.names import WEEKDAYS
from xsource.records import Claim, NumberMention

ANONYMOUS_ATTRIBUTIONS = {"anonymous", "sources"}
ANONYMOUS_SPEAKERS = {"anonymous", "anonymous_official", "anonymous_officials", "sources",
                      "official_sources", "an_official", "officials", "source", "unnamed_source"}
BASE_IMPORTANCE = {"number": 3.0, "date": 2.5, "polarity": 2.5, "attribution": 2.0}


@dataclass(frozen=True)
class Disagreement:
    kind: str  # number, date, attribution, polarity
    a: int  # index into the cluster's claims
    b: int
    value_a: str
    value_b: str
    note: str
    key_figure: bool = False


@dataclass
class PairVerdict:
    disagreements: list[Disagreement] = field(default_factory=list)
    rounding: bool = False  # some figure agreed only within rounding / hedge


@dataclass(frozen=True)
class ClusterVerdict:
    status: str  # agree, conflict, single
    kinds: tuple[str, ...]
    rounding: bool
    disagreements: tuple[Disagreement, ...]


def compare_numbers(ca: Claim, cb: Claim, s: CompareSettings, verdict: PairVerdict,
                    ia: int, ib: int, statements: tuple[Claim, Claim] | None = None) -> None:
    """Pair figures of the same quantity: compatible pairs first (each figure used once),
    then each figure left over conflicts with its closest same-quantity figure left over.
    `statements`: the whole sentences of two alignment units; a figure the other sentence
    also tells is no conflict ("a 5.3 quake, then a 4.9" on both sides: the first's unit
    met the second's)."""
    fa, fb = figures(ca), figures(cb)
    same = [(x, y) for x in range(len(fa)) for y in range(len(fb))
            if same_quantity(ca, fa[x], cb, fb[y], s)]
    if not same:
        return
    used_a: set[int] = set()
    used_b: set[int] = set()
    for x, y in same:
        ok, rounding = compatible(fa[x], fb[y], s)
        if not ok and counted_to_publication(ca, fa[x], cb, fb[y]):
            ok, rounding = True, True
        if ok and x not in used_a and y not in used_b:
            used_a.add(x)
            used_b.add(y)
            verdict.rounding |= rounding
    # A figure that agrees with one of the other side's figures is settled; only figures
    # with no counterpart at all can disagree.
    left = [(x, y) for x, y in same if x not in used_a and y not in used_b]
    if left:
        # One figure written alike on both sides is that figure reported twice, even where
        # it is too small to be compared by itself ("six cases in 2023, down from 20 in 2022"
        # and "only six cases last year"): the other figures of the sentence are then other
        # quantities
        for x in range(len(fa)):
            for y in range(len(fb)):
                if (x not in used_a and y not in used_b and fa[x].value == fb[y].value
                        and units_match(fa[x], fb[y])):
                    used_a.add(x)
                    used_b.add(y)
        left = [(x, y) for x, y in left if x not in used_a and y not in used_b]
    left.sort(key=lambda p: abs(math.log(abs(fa[p[0]].value) + 1) - math.log(abs(fb[p[1]].value) + 1)))
    for x, y in left:
        if x in used_a or y in used_b:
            continue
        used_a.add(x)
        used_b.add(y)
        na, nb = fa[x], fb[y]
        if statements is not None and _told_by(statements[1], cb, na, s) and _told_by(
                statements[0], ca, nb, s):
            continue
        verdict.disagreements.append(Disagreement(
            "number", ia, ib, display(na), display(nb),
            f"same quantity, different figure: {display(na)} vs {display(nb)}",
            key_figure=max(abs(na.value), abs(nb.value)) >= s.key_figure_min,
        ))


def _told_by(whole: Claim, unit: Claim, n: NumberMention, s: CompareSettings) -> bool:
    """The whole sentence of `unit` tells a figure agreeing with `n` as well."""
    return whole is not unit and any(
        compatible(n, m, s)[0] and same_quantity(whole, m, whole, n, s) for m in figures(whole))


def _as_date(value: str) -> Date | None:
    try:
        return Date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def _today(claim: Claim, mention) -> bool:
    """A relative date naming the article's own day ("early on Sunday" in a Sunday story,
    "today") is read exactly, not guessed: against a written date it may accuse like one
    (Reuters' "early on Sunday" against Afghanistan International's "Saturday night, 26
    Mizan" for the Doha ceasefire). Never against another article's own day: BBC Urdu's
    queues on Wednesday and Pajhwok's on Saturday are two days, not one told wrong."""
    return bool(claim.published) and mention.value == claim.published[:10]


def compare_dates(ca: Claim, cb: Claim, s: CompareSettings, verdict: PairVerdict,
                  ia: int, ib: int) -> None:
    # Relative dates ("on Wednesday") are the extractor's resolution against the article
    # date: good for matching, too weak to accuse an outlet of a wrong date, unless they name
    # the article's own day (`_today`).
    ma = [d for d in ca.dates if d.value and (d.calendar != "relative" or _today(ca, d))]
    mb = [d for d in cb.dates if d.value and (d.calendar != "relative" or _today(cb, d))]
    if not ma or not mb:
        return
    if any(x.value.startswith(y.value) or y.value.startswith(x.value) for x in ma for y in mb):
        return
    if _reopening_against_closing(ca, cb) or _reopening_against_closing(cb, ca):
        return
    roles_a, roles_b = claim_date_roles(ca), claim_date_roles(cb)
    best = None
    for mx in ma:
        for my in mb:
            if mx.calendar == "relative" and my.calendar == "relative":
                continue  # two articles' own days: queues on Wednesday, queues on Saturday
            x, y = mx.value, my.value
            role_x, role_y = roles_a.get(x[5:7]), roles_b.get(y[5:7])
            if (role_x == "start") != (role_y == "start"):
                continue  # "operations start from Nov 1" is not "the deadline was Oct 31"
            if role_x and role_y and role_x != role_y and {role_x, role_y} & OCCASIONS:
                continue  # nor "announced on 1 Hut" the execution "on Thursday, 3 Hut"
            if role_x != role_y and ((role_x == "deadline" and not DEADLINE.search(cb.text_en))
                                     or (role_y == "deadline" and not DEADLINE.search(ca.text_en))):
                continue  # nor is "29,000 returned yesterday, 10 Aqrab", which tells of none
            if dates_apart(ca, mx, cb, my) or apart(ca, cb):
                continue  # Gwadar's November 3 and Mianwali's November 4: two attacks
            dx, dy = _as_date(x), _as_date(y)
            if dx and dy:
                gap = abs((dx - dy).days)
            elif x[:7] != y[:7] and len(x) >= 7 and len(y) >= 7:
                gap = abs((int(x[:4]) * 12 + int(x[5:7])) - (int(y[:4]) * 12 + int(y[5:7]))) * 30
            else:
                continue
            if best is None or gap < best[0]:
                best = (gap, x, y)
    if best and best[0] <= s.date_conflict_max_days:
        verdict.disagreements.append(Disagreement(
            "date", ia, ib, best[1], best[2], f"same event, different date: {best[1]} vs {best[2]}"))


_REOPEN_WORDS = frozenset({"reopen", "reopens", "reopened", "reopening"})
_CLOSE = re.compile(r"\b(?:close[sd]?|closing|closure|shut|sealed)\b", re.I)
_DAY_WORDS = frozenset(WEEKDAYS["en"]) | {"today", "yesterday"} | frozenset(MONTHS)
_REOPEN_REACH = 4  # words between a reopening and its day: "reopened on Saturday"


@lru_cache(maxsize=65536)  # asked of both sentences of every dated pair compared
def _reopening(text_en: str) -> tuple[bool, bool, bool]:
    """(dates a reopening, names a reopening at all, names a closing). Dated: a reopening
    word within `_REOPEN_REACH` words of a day or month ("reopened on Saturday", word-by-word
    Urdu "25 February reopened"), not "has not reopened since" or "no sign of reopening"
    after the day it closed."""
    words = re.findall(r"[a-z]+", text_en.lower())
    days = [i for i, w in enumerate(words) if w in _DAY_WORDS]
    dated = any(abs(i - d) <= _REOPEN_REACH for i, w in enumerate(words)
                if w in _REOPEN_WORDS and not (i and words[i - 1] in ("not", "no", "never"))
                for d in days)
    named = not _REOPEN_WORDS.isdisjoint(words)
    return dated, named, bool(_CLOSE.search(text_en))


def _reopening_against_closing(ca: Claim, cb: Claim) -> bool:
    """A sentence dating a crossing's reopening against one on its closing alone tells two
    days, not one told two ways: Reuters' "reopened on Saturday after being shut for nearly
    a week" and VOA Urdu's "the Taliban closed Torkham on 19 February"."""
    _, reopening_b, closing_b = _reopening(cb.text_en)
    return _reopening(ca.text_en)[0] and not reopening_b and closing_b


def _is_anonymous(claim: Claim) -> bool:
    if claim.attribution in ANONYMOUS_ATTRIBUTIONS:
        return True
    return bool(claim.speaker) and entity_key(claim.speaker) in ANONYMOUS_SPEAKERS


def _same_person(a: str, b: str) -> bool:
    ta, tb = set(entity_key(a).split("_")), set(entity_key(b).split("_"))
    if ta <= tb or tb <= ta:
        return True
    if "." in a and "." in b:
        return False  # two glossary people are two people
    # a name the glossary does not know, romanized from the source script: "Taraq Aarin"
    # (طارق آرین, word by word) is the "Tariq Arian" of an English report
    la, lb = {_loose(w) for w in ta}, {_loose(w) for w in tb}
    return len(la) >= 2 and len(lb) >= 2 and (la <= lb or lb <= la)


def _loose(word: str) -> str:
    """A name word's consonants (`text.consonants`), c and q read as k, however short: the
    skeleton `anchors` matches keeps a short name's vowels, and "arian" / "aarin" differ
    in them."""
    return consonants(word.translate(_AS_K))


_AS_K = str.maketrans("cq", "kk")


@lru_cache(maxsize=8192)  # asked once per claim pair; a big story has 1,000s of outlets
def _is_media(speaker: str, media: frozenset[str]) -> bool:
    words = set(entity_key(speaker).split("_")) - {"org"}
    return any(words and (words <= set(m.split("_")) or set(m.split("_")) <= words)
               for m in media)


_NOT_PEOPLE = ("org.", "country.", "place.", "demonym.", "term.", "title.", "doc.", "month.")


# "World Health Organization", "Institute for Conflict and Security Studies": bodies the
# glossary does not list are no people either
_BODY_WORDS = frozenset("""ministry department organization organisation institute office agency
    commission council committee authority directorate army police government bank university
    centre center association union network party court wing relations services forces
    foundation society movement front group card administration authorities officials
    cabinet parliament assembly embassy consulate mission board bureau secretariat""".split())


def _person_like(speaker: str) -> bool:
    """A person, not an institution: "the caretaker government announced" and "Bugti
    announced" credit the same side, not two people with one statement. Glossary ids say;
    a name found in the text needs two words and no possessive ("Pakistan's")."""
    if speaker.startswith("person."):
        return True
    if speaker.startswith(_NOT_PEOPLE) or speaker.endswith(("'s", "’s")):
        return False
    words = entity_key(speaker).split("_")
    return len(words) >= 2 and not _BODY_WORDS.intersection(words)


def _who(claim: Claim) -> str:
    if claim.speaker:
        return claim.speaker
    return "unnamed sources" if claim.attribution == "sources" else "anonymous official"


def voice(claim: Claim) -> str | None:
    """Who is speaking: the named speaker, else the one person the claim names ("Mujahid
    called the reopening a good step" has a verb the speaker rules do not list)."""
    if claim.speaker and not _is_anonymous(claim):
        return claim.speaker
    people = {e for e in claim.entities if e.startswith("person.")}
    return people.pop() if len(people) == 1 and not claim.speaker else None


def _one_named_speaker(ca: Claim, cb: Claim) -> bool:
    a, b = voice(ca), voice(cb)
    return bool(a and b) and _same_person(a, b)


def compare_attribution(ca: Claim, cb: Claim, verdict: PairVerdict, ia: int, ib: int,
                        media: frozenset[str] = frozenset(), min_bare: float = 100.0) -> None:
    """Who said it. "told BBC" names the outlet, not a source. Two named sources conflict
    when both are people (`_person_like`), or, for statements without a figure, when one is
    an institution the other does not speak for (`sources.different_sources`: the ISPR and
    Sarfraz Bugti). A figure two values tell apart is a number conflict, not also this one;
    the same figure from two people (a governor's spokesman and a ministry's, "13 villages
    destroyed") or from a named source and unnamed "sources" is credited apart."""
    figures = bool(key_figures(ca, min_bare) or key_figures(cb, min_bare))
    # ("Hasht-e Subh" read as "eight morning" is no figure: see `key_figures`)
    if figures and any(d.kind == "number" for d in verdict.disagreements):
        return
    anon_a, anon_b = _is_anonymous(ca), _is_anonymous(cb)
    named_a = bool(ca.speaker) and not anon_a and not _is_media(ca.speaker, media)
    named_b = bool(cb.speaker) and not anon_b and not _is_media(cb.speaker, media)
    if named_a and named_b and (_named_in(ca.speaker, cb) and _named_in(cb.speaker, ca)
                                or _joint(ca, cb) or _joint(cb, ca)
                                or _joint_subject(ca, cb) or _joint_subject(cb, ca)):
        # "Blinken warned ..., while the UN called for ..." / "the US and the UN condemned
        # it, with Blinken warning ...": each sentence tells both speakers' statements
        return
    if named_a and named_b and not _same_person(ca.speaker, cb.speaker) and (
            _person_like(ca.speaker) and _person_like(cb.speaker)
            or not figures and different_sources(ca.speaker, cb.speaker)):
        verdict.disagreements.append(Disagreement(
            "attribution", ia, ib, ca.speaker, cb.speaker,
            f"same statement, different speaker: {ca.speaker} vs {cb.speaker}"))
        return
    unnamed = (named_a and anon_b and _named_against_unnamed(ca, cb)) or (
        anon_a and named_b and _named_against_unnamed(cb, ca))
    # an official against "an official" over a figure: officials give figures; only
    # unnamed "sources" against a named one is the divergence
    if not unnamed or figures and "sources" not in (ca.attribution, cb.attribution):
        return
    verdict.disagreements.append(Disagreement(
        "attribution", ia, ib, _who(ca), _who(cb),
        f"named official vs anonymous: {_who(ca)} vs {_who(cb)}"))


def _joint(one: Claim, other: Claim) -> bool:
    """The other sentence tells a statement several people made together, this one's speaker
    among them ("President Alvi, Chief Minister Domki and Shehbaz Sharif condemned the
    bombing" / "Domki said in a statement"): one statement, no other speaker."""
    people = [e for e in other.entities if e.startswith("person.")]
    return len(people) >= 2 and one.speaker in people


_SUBJECT_ENDS = re.compile(r"\b(?:said|says|condemned|condemns|expressed|announced|urged|"
                           r"called|welcomed|told|added)\b")


def _joint_subject(one: Claim, other: Claim) -> bool:
    """"President Arif Alvi and Balochistan Chief Minister Jam Kamal Khan also condemned the
    attack" / "Jam Kamal Khan condemned the bombing": the other's speaker is named among this
    sentence's subjects, joined by "and" before its verb. One statement, told of two people."""
    verb = _SUBJECT_ENDS.search(one.text_en)
    subject = one.text_en[:verb.start()] if verb else ""
    if " and " not in subject or not other.speaker:
        return False
    name = other.speaker if "." not in other.speaker else entity_key(other.speaker).replace("_", " ")
    words = name.split()[-2:]  # "Kamal Khan", not a "Khan" any other man may be
    return bool(words) and " ".join(words).casefold() in subject.casefold()


def _named_in(speaker: str, claim: Claim) -> bool:
    """The speaker is named in the claim: as one of its entities, or its name in the English."""
    if speaker in claim.entities:
        return True
    return "." not in speaker and speaker.casefold() in claim.text_en.casefold()


def _named_against_unnamed(named: Claim, unnamed: Claim) -> bool:
    """A named person against an unnamed official or sources; an institution only against
    unnamed "sources": "the Foreign Office said" and "a Foreign Office official said" credit
    one office, and an office speaks through its officials. Never a speaker against its own
    sources ("the interior ministry made clear" / "according to interior ministry sources").
    A government ("Islamabad has urged", "the caretaker government announced") speaks
    through unnamed officials and sources: its word against theirs credits one side."""
    if unnamed.speaker and _same_person(named.speaker, unnamed.speaker) \
            or named.speaker in GOVERNMENTS:
        return False
    return _person_like(named.speaker) or unnamed.attribution == "sources"


# "Pakistan says Afghans were involved, but Kabul rejects the charge": a sentence that gives a
# claim and, after a "but", its rebuttal reports both sides; it is no outlet's denial (or
# assertion) against another outlet's.
# So does an accusation and then its denial: "Islamabad has long accused Kabul of sheltering
# the TTP, a charge Kabul has consistently denied".
_DENIAL_WORDS = "|".join(sorted(DENIAL_VERBS | {"rejecting", "denying", "denial", "rejection"},
                                key=len, reverse=True))
_BOTH_SIDES = re.compile(
    rf"\b(?P<contrast>however|but|while|whereas|although|though)\b.{{0,80}}?\b(?:{_DENIAL_WORDS})\b"
    rf"|\b(?:accuse[sd]?|accusing|alleged|alleges|blames?|blamed)\b.{{0,160}}?\b(?:{_DENIAL_WORDS})\b"
    # ...or the denial first: "the federal government rejected any hand in it and the PTI's
    # leaders accused it of a political operation" (word-by-word Dari)
    rf"|\b(?:{_DENIAL_WORDS})\b.{{0,120}}?\band\b.{{0,80}}?\b(?:accused|accuses|blamed|blames)\b",
    re.IGNORECASE)  # word-by-word English keeps the noun: "this accusation of denial does"


def both_sides(claim: Claim) -> bool:
    """The sentence gives a claim and, after a contrast, another party's rebuttal of it. Not
    a contrast with the sentence before: "An interior ministry spokesman, however, rejected
    reports ...", "But Kabul denied it" are one party's denial."""
    if claim.polarity != "denied":
        return False
    for m in _BOTH_SIDES.finditer(claim.text_en):
        if m.group("contrast") and (
                len(claim.text_en[:m.start()].split()) < 4
                or claim.text_en[m.end("contrast"):m.end("contrast") + 1] == ","):
            continue
        return True
    return False


_DENIAL_AT = re.compile(rf"\b(?:{_DENIAL_WORDS})\b", re.IGNORECASE)
# A denial without a verb is its clause's: "Mashal Khan was killed by a mob over allegations
# of blasphemy, allegations that investigators later found to be baseless" (Urdu "...، تاہم
# بعد میں تحقیقات میں یہ الزام بے بنیاد ثابت ہوا"): the clause, not the killing, is denied.
_DENIAL_WORD = re.compile(r"\b(?:baseless|unfounded|untrue|false)\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[,;:.!?\"“”]")
# A quote's next sentence, when it asserts: "“Taliban's claim of occupying Panjshir is false.
# The NRF forces are present in all strategic positions,” the group said." (Not one that
# goes on denying: "... are baseless. Our forces never crossed the border.")
_NEXT_SENTENCE = re.compile(r"[.!?][\"”’]?\s+(?=[\"“‘]?[A-Z])")
_NEGATED = re.compile(r"\b(?:not|never|no|nor|neither)\b|n't\b", re.IGNORECASE)


def _denial_at(text: str) -> tuple[int, int] | None:
    """Where what is denied starts (the denial verb, or the clause of a denial word) and
    where the denial word ends."""
    m = _DENIAL_AT.search(text)
    if m is not None:
        return m.start(), m.end()
    m = _DENIAL_WORD.search(text)
    if m is None:
        return None
    clause = max((b.end() for b in _CLAUSE_START.finditer(text, 0, m.start())), default=0)
    return clause, m.end()


def _then_asserted(text: str, at: int) -> int | None:
    """Where the sentence goes on to say something else after its denial (`_AND_THEN_SAID`,
    or the quote's next sentence that asserts)."""
    m = _AND_THEN_SAID.search(text, at)
    if m is not None:
        return m.start()
    m = _NEXT_SENTENCE.search(text, at)
    if m is not None and not _NEGATED.search(text, m.end()):
        return m.end()
    return None


def _denies_another_matter(denied: Claim, other: Claim) -> bool:
    """"The Taliban say they respect women's rights in line with Islamic law, and have
    repeatedly rejected criticism of their policies": the sentence asserts, then rejects
    something else. Against an outlet telling the assertion alone it is no denial: the other
    shares the words before the denial (at least `_SHARED_HEAD_WORDS`, twice as many as
    after it), not the words of what is rejected. "Pakistan's military rejected reports that
    civilians were killed" names only who rejects before the denial: still a rebuttal."""
    text = denied.text_en
    found = _denial_at(text)
    if found is None:
        return False
    start, end = found
    words = set(content_words(other.text_en))
    head = words.intersection(content_words(text[:start]))
    after = _then_asserted(text, end)
    tail = words.intersection(content_words(text[start:after if after is not None else len(text)]))
    if after is not None:
        # "PTI rejected the charges and called his arrest political revenge": what it went on
        # to say, not what it rejected, is what the other outlet tells
        then = words.intersection(content_words(text[after:]))
        if len(then) >= _SHARED_THEN_WORDS and len(then) > len(tail):
            return True
    return len(head) >= _SHARED_HEAD_WORDS and len(head) >= 2 * len(tail)


_SHARED_HEAD_WORDS = 3
_SHARED_THEN_WORDS = 2
# ", and said", "and called ... political revenge" (word-by-word Dari puts its verb last: "and
# detention ... revenge political ... has called")
_AND_THEN_SAID = re.compile(r"\band\b(?=(?:\W+\w+){0,14}?\W+(?:called|said|described|termed|"
                            r"declared|added|says|calls)\b)", re.IGNORECASE)


def _one_dated_event(claim: Claim) -> bool:
    """One written date, or a deadline's: a chain of links can join sentences that tell two
    events side by side (a truce of 15-17 October, a ceasefire of 19 October), not two
    sentences of a deadline ("deportations began on November 1 after the deadline expired
    on October 31" / "until November 1")."""
    return len(written_dates(claim.dates)) == 1 or bool(DEADLINE.search(claim.text_en))


def compare_pair(ca: Claim, cb: Claim, s: CompareSettings, ia: int = 0, ib: int = 1,
                 media: frozenset[str] = frozenset(), direct: bool = True,
                 statements: tuple[Claim, Claim] | None = None) -> PairVerdict:
    """`statements`: the whole claims when ca/cb are alignment units (one fact of a
    sentence, `compare.units`). `direct`: the two claims are aligned with each other (not only through a chain of
    other claims of their cluster). Figures and speakers carry their own guard (same
    quantity, statements without figures); dates are compared between directly aligned
    claims, or between sentences of one dated event each (`_one_dated_event`): a chain of
    links joined "the 48-hour truce agreed on 15 October broke down on 17 October" to "the
    ceasefire agreed in Doha on 19 October, talks in Istanbul on 25 October". Polarity
    has no guard but the alignment,
    so asserted-vs-denied is only reported between directly aligned claims: "our children go
    to school here" is not the denial's counterpart just because both sit in the cluster of a
    "women and children detained" claim. A rebuttal is by nature said by another party
    ("Pakistan says Afghan forces fired first" / "Kabul says they did not"), so a polarity
    conflict is not also an attribution one, and one named speaker on both sides is two of
    their statements (Mujahid welcoming a reopening / Mujahid saying his forces did not fire
    first), not an outlet misreporting one: no polarity conflict between those."""
    verdict = PairVerdict()
    compare_numbers(ca, cb, s, verdict, ia, ib, statements)
    wa, wb = statements or (ca, cb)
    if direct or _one_dated_event(wa) and _one_dated_event(wb):
        compare_dates(ca, cb, s, verdict, ia, ib)
    rebuttal = (direct and ca.polarity != cb.polarity and not _one_named_speaker(ca, cb)
                and not (both_sides(ca) or both_sides(cb))
                and not _denies_another_matter(*((ca, cb) if ca.polarity == "denied"
                                                  else (cb, ca))))
    if direct and not rebuttal:  # one side denying what the other asserts is said by someone else
        # who said it is a property of the whole sentence, not of the one fact compared
        compare_attribution(wa, wb, verdict, ia, ib, media, s.min_bare_figure_key)
    if rebuttal:
        verdict.disagreements.append(Disagreement(
            "polarity", ia, ib, ca.polarity, cb.polarity,
            f"one outlet reports it as {ca.polarity}, the other as {cb.polarity}"))
    return verdict


def classify_cluster(claims: Sequence[Claim], s: CompareSettings,
                     media: Sequence[str] = (), aligned=None,
                     whole: Sequence[Claim] | None = None) -> ClusterVerdict:
    """media: outlet names of the run (a speaker that is an outlet is not a source).
    aligned: (i, j) -> whether claims i and j are directly aligned (their own pair passes
    the link rules); None treats every pair as aligned (a hand-built cluster).
    whole: per claim, the whole sentence when `claims` are alignment units."""
    outlets = {c.outlet for c in claims}
    media_keys = frozenset(entity_key(m) for m in media)
    if len(outlets) < 2:
        return ClusterVerdict("single", (), False, ())
    found: list[Disagreement] = []
    rounding = False
    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            if claims[i].outlet == claims[j].outlet:
                continue
            direct = aligned is None or aligned(i, j)
            verdict = compare_pair(claims[i], claims[j], s, i, j, media_keys, direct,
                                   (whole[i], whole[j]) if whole is not None else None)
            found.extend(verdict.disagreements)
            rounding |= verdict.rounding
    kinds = tuple(k for k in BASE_IMPORTANCE if any(d.kind == k for d in found))
    status = "conflict" if found else "agree"
    return ClusterVerdict(status, kinds, rounding, tuple(found))


def importance(d: Disagreement, claims: Sequence[Claim], all_found: Sequence[Disagreement],
               glossary_only: Sequence[bool], sides: dict | None = None) -> float:
    """Higher first: key-figure number conflicts, then the more outlets on each side."""
    sides = sides if sides is not None else value_sides(claims, all_found)
    side_a = sides.get((d.kind, d.value_a), ())
    side_b = sides.get((d.kind, d.value_b), ())
    score = BASE_IMPORTANCE[d.kind] + (1.0 if d.key_figure else 0.0)
    score += 0.5 * (max(len(side_a), 1) - 1 + max(len(side_b), 1) - 1)
    if glossary_only[d.a] or glossary_only[d.b]:
        score *= 0.85  # evidence from a glossary-only rendering is weaker
    return round(score, 3)


def value_sides(claims: Sequence[Claim], found: Sequence[Disagreement]) -> dict:
    """(kind, value) -> outlets holding that value in this cluster's disagreements."""
    sides: dict[tuple[str, str], set[str]] = {}
    for x in found:
        sides.setdefault((x.kind, x.value_a), set()).add(claims[x.a].outlet)
        sides.setdefault((x.kind, x.value_b), set()).add(claims[x.b].outlet)
    return sides
