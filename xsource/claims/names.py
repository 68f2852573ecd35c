"""Capitalised names in English text, for entities the glossary does not know.

A name is a run of capitalised words (joined by ul/al/bin/of/e, and hyphens), minus function
words and the sentence-initial word when it stands alone ("However", "The", "Moreover").
"""

from __future__ import annotations

import re

from xsource.translate.glossary_backend import english_words

_RUN = re.compile(
    r"(?<![\w\-])[A-Z][\w'’\-]*(?:\s+(?:(?:ul|al|ud|ur|bin|of|e|de|the)\s+)?[A-Z][\w'’\-]*)*")
_STOP = {
    "The", "A", "An", "And", "But", "Or", "However", "Moreover", "Meanwhile", "Further",
    "Furthermore", "Recently", "Whereas", "Adding", "Also", "Although", "As", "At", "By", "For",
    "From", "He", "She", "It", "In", "On", "Of", "They", "We", "I", "This", "That", "These",
    "Those", "There", "Their", "Our", "His", "Her", "If", "When", "While", "After", "Before",
    "According", "Officials", "Official", "Sources", "Disclaimer", "Let", "No", "Yes", "Since",
    "Last", "Next", "Some", "Many", "Several", "All", "Today", "Yesterday", "Mr", "Ms", "Mrs",
    "Dr", "Still", "Now", "Then", "So", "Thus", "Here", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
    "June", "July", "August", "September", "October", "November", "December", "Each", "Every",
}


_JOINERS = frozenset({"of", "the", "al", "ul", "e", "de", "bin"})


# Words of a person's post, before "for"/"of" and the office: "Focal Person for Polio
# Eradication Ayesha Raza Farooq", "Special Envoy for Afghanistan Mohammad Sadiq"
POSTS = frozenset("""Person Adviser Advisor Assistant Coordinator Aide Envoy Representative
    Minister Secretary Spokesman Spokeswoman Spokesperson Director Chief Head Commissioner
    Chairman Chairperson Officer Ambassador""".split())
_AFTER_A_POST = re.compile(rf"\b(?:{'|'.join(sorted(POSTS))})\s+(?:for|of)\s+$")
# Words of an office's name: "Eradication", "Affairs", "Afghanistan"
_OFFICE_WORD = re.compile(r"\w*(?:tion|sion|ment|ance|ence|ity|ism|ics|ary|ure|ing)$|(?:State|"
                          r"Affairs|Interior|Defence|Defense|Finance|Commerce|Health|Polio|"
                          r"Afghanistan|Pakistan|Refugees|Services|Kabul|Islamabad)$")


def person_after_office_name(words: list[str]) -> str | None:
    """The person after an office's name, which may run on ("Polio Eradication Ayesha Raza
    Farooq"): what follows its last office word, when that is two to four words."""
    last = max((k for k, w in enumerate(words) if _OFFICE_WORD.match(w)), default=-1)
    tail = words[last + 1:]
    return " ".join(tail) if 2 <= len(tail) <= 4 and "and" not in tail else None


def english_names(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _RUN.finditer(text or ""):
        words = m.group().split()
        start = m.start()
        while words and (re.sub(r"['’]s?$", "", words[0]) in _STOP or words[0].islower()):
            start += len(words[0])
            start = text.index(words[1], start) if len(words) > 1 else start
            words = words[1:]
        while words and words[-1] in _STOP | _JOINERS:
            words = words[:-1]
        if not words:
            continue
        at_sentence_start = not text[:start].strip()
        if at_sentence_start and len(words) == 1 and not words[0].isupper() \
                and not re.search(r"['’]s$", words[0]):
            continue  # "Holding centres ...": a capitalised first word is usually not a name
        from xsource.claims.attribution import strip_titles

        titled = " ".join(words)
        stripped = strip_titles(titled).split()
        if _AFTER_A_POST.search(text[:start]):
            # "Focal Person for Polio Eradication Ayesha Raza Farooq": the person named after
            # the office, not the office's name run into theirs
            stripped = (person_after_office_name(words) or titled).split()
        # "Ministry of Defense": a title word joined to the rest is an office's name, not a
        # title before a person's name (left "of Defense")
        words = words if stripped and stripped[0] in _JOINERS else stripped
        start += len(titled) - len(" ".join(words))
        name = re.sub(r"['’]s$", "", " ".join(words)).strip("'’-")
        if len(name) < 2:
            continue
        out.append((start, start + len(" ".join(words)), name))
    return out


# Word-by-word English of a titled official the glossary does not know: "Islamabad police of
# spokesperson taqi jawad says that ...": the romanized words between the title and the verb
# are a name when none of them is an English word the lexicon writes.
_SAYING_VERBS = "says|said|told|stated|added"
_TITLES = ("spokesperson spokesman spokeswoman governor commissioner minister director chief "
           "head commander chairman president secretary ambassador envoy official officer").split()
_TITLED_ROMAN = re.compile(
    rf"\b(?:{'|'.join(_TITLES)})"
    r"\s+((?:(?:doctors?|dr)\s+)?(?:[a-z]+\s+){1,3}?)"  # "director doctor(s) mahmd zaman sahak"
    # the outlet told, in the source's order: "... Radio Azadi to said" (ازادي راډیو ته وویل),
    # "to TOLOnews said" (به طلوع نیوز گفت), "Urdu news to said" (اردو نیوز کو بتایا)
    r"(?:(?:to\s+)?[A-Z][\w'’\-]*\s+(?:[A-Za-z][\w'’\-]*\s+){0,3}(?:to\s+)?)?"
    # ...or the reporters told: "police head zawalfqar hamid reporters to said" (خبریالانو ته
    # ویلي), "to reporters said" (به خبرنگاران گفت)
    r"(?:(?:to\s+)?(?:reporters|journalists|media)\s+(?:to\s+)?)?"
    rf"(?:has\s+|also\s+)?(?:{_SAYING_VERBS})\b")


def romanized_speaker(text_en: str) -> str | None:
    """"Taqi Jawad" from "... spokesperson taqi jawad says that ..."; None when a word between
    title and verb is English ("spokesperson of the ministry said"). Also a name set before
    its title at the sentence's start: "moloi mahmd sadiq, commissioner Taliban in Torkham,
    ... had said" (مولوی محمد صدیق، کمیشنر طالبان در تورخم ... گفته بود)."""
    m = _TITLED_ROMAN.search(text_en or "")
    if not m:
        m = _APPOSED_ROMAN.match(text_en or "")
        if not m or not _SAYING.search(text_en, m.end()):
            return None
    words = m.group(1).split()
    while words and words[0] in _HONORIFICS:
        words = words[1:]
    # the title's own words come first in word-by-word English: "deputy minister health
    # hamdalla zahad said" (نائب وزیر صحت حمداللہ زاہد نے کہا)
    while words and words[0] in _TITLE_WORDS:
        words = words[1:]
    if len(words) < 2 or any(w in english_words() for w in words):
        return None
    return " ".join(w.capitalize() for w in words)


# "NAME, TITLE ...": two to four romanized words opening the sentence, then a comma and a
# title (its rank first or not)
_APPOSED_ROMAN = re.compile(
    rf"((?:[a-z]+\s+){{1,3}}[a-z]+),\s+(?:(?:deputy|acting|senior|local)\s+)?"
    rf"(?:{'|'.join(_TITLES)})\b")
_SAYING = re.compile(rf"\b(?:{_SAYING_VERBS})\b")
# religious and customary honorifics before a name, as word-by-word English spells them
_HONORIFICS = frozenset("""moloi molwi mawlawi maulvi molavi mullah mulla mola qari haji hajji
    sheikh shaikh sayed syed sayyid alhaj""".split())
# the title's words and the office's: "governor spokesperson hamidalla", "deputy minister
# health hamdalla"
_TITLE_WORDS = frozenset(_TITLES) | frozenset("""health interior foreign defence defense
    education finance information commerce refugees repatriation public of the for and affairs
    deputy acting doctor doctors dr""".split())
