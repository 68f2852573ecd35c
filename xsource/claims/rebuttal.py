"""Rebuttals: a reported statement that says someone did NOT do what they are blamed for.

Explicit denial words (denied, rejected, تردید, رد کړ, تکذیب, مسترد ...) are read by
`attribution`. This module finds the other common way a denial is printed: a speaker says /
insists / makes clear THAT the accused party was not the one, did not do it, or that the
report is untrue. `is_rebuttal(text, lang, after)` is True when ALL of:

1. The sentence is a reported statement: the caller found a reporting marker (said, insisted,
   گفت که, ویلي چې, نے واضح کیا کہ, به گفته, ...). In Urdu/Pashto/Dari/Persian the negated
   predicate must come AFTER the first marker (`after`, a char offset), so a negated relative
   clause about the speaker ("a woman who did not want to be named said ...") does not count;
   English allows a trailing ", officials said" but skips who/which clauses.
2. A negated predicate of one of three rebuttal kinds: a head word followed (SOV) or preceded
   (English) by its negation within a short span that crosses no clause boundary
   (punctuation, that/که/چې/کہ, but/اما/خو/لیکن):
   - responsibility: not responsible for / behind / to blame / the initiators / the first to
     fire, no hand in; "not involved" / "no role in" only for an attack-like event, since "women
     have no role in the government" is a fact (آغازگر ... نبوده اند, مسؤل نه دی, ملوث نہیں,
     ذمہ دار نہیں, هیچ دستی ... نداشته);
   - agentive action: did not start the fighting / open fire / fire first / attack / shell /
     violate, with an ACTIVE verb (حمله نکرده, ډزې نه دي کړې, فائرنگ میں پہل نہیں کی).
     Passive or intransitive negation is a happening, not a rebuttal ("the post was never
     attacked", حملہ نہیں ہوا, آغاز نشده, پیل نه دی شوی);
   - truth: the report is not true / has no truth (صحت ندارد, رښتیا نه دي, صداقت نہیں).
3. Not a question, not under if/unless/اگر/که(ps), and not "not only" (نه یوازې, نہ صرف).

Everything else that is negated stays "asserted": reported facts ("no casualties were
reported", "the border was not reopened", "they could not cross", "nobody was hurt"), modal
and future policy ("would not be withdrawn", "will not be affected", "cannot be justified",
"nobody would be mistreated"), possession ("they have no house"), refusals ("did not
respond"), and the outlet's own negated narration without a speaker.

Denying a CONNECTION or motive ("the decision has no connection with the TTP", کوئی تعلق نہیں,
هېڅ تړاو نه لري, ربطی ... ندارد) also stays asserted, on purpose: it characterises a policy
rather than rebutting an act, its positive paraphrases are as common ("this policy is a
separate matter"), and on the samples reading it as denied made five false asserted-vs-denied
conflicts against claims that merely share the TTP topic, while finding none.

English translations of source sentences are not read here: machine translation moves and
drops negations, so only the words the outlet printed decide.
"""

from __future__ import annotations

import re

from xsource.numbers.tokens import fold, tokenize

# --- Urdu, Pashto, Dari/Persian: head words, then a negator within a few tokens ----------

# Each rule: (heads, max tokens between head and negator, negators). Heads and negators are
# space-separated word sequences, folded like the sentence so spelling variants match.
_RULES_SRC: dict[str, list[tuple[list[str], int, list[str]]]] = {
    "fa": [
        # responsibility: "آغازگر درگیری نبوده اند", "مسئول این حمله نیستند". Not نقش/دخیل
        # (role, involved): "زنان در حکومت هیچ نقشی ندارند" is a fact, not a rebuttal.
        (["آغازگر", "آغازگران", "مسئول", "مسؤول", "مقصر", "عامل", "عاملان", "متجاوز",
          "متجاوزان"], 3,
         ["نیست", "نیستند", "نیستیم", "نبوده", "نبود", "نبودند", "نبودیم", "نمی باشد",
          "نمی باشند"]),
        # "هیچ دستی در این حمله نداشته اند" (had a hand in it), "دخالتی ندارد"
        (["دست", "دستی", "دخالت", "دخالتی"], 4,
         ["ندارد", "ندارند", "نداشته", "نداشت", "نداشتند"]),
        # agentive action with an active light verb: "حمله نکرده اند", "آتش نگشوده اند"
        (["حمله", "آتش", "شلیک", "تیراندازی", "تجاوز", "نقض", "درگیری را آغاز", "جنگ را آغاز",
          "درگیری را شروع", "جنگ را شروع"], 2,
         ["نکرده", "نکرد", "نکردند", "نکرده اند", "ننموده", "ننمودند", "نگشوده", "نگشود",
          "نگشودند", "نزده", "نزدند"]),
        # truth: "این گزارش صحت ندارد"
        (["صحت", "حقیقت", "واقعیت"], 1, ["ندارد", "ندارند", "نداشته", "نداشت"]),
    ],
    "ps": [
        # responsibility: "مسؤل نه دي", "د نښتې پیلوونکي نه وو", "په دې برید کې لاس نه درلود"
        # (not رول/ونډه/ښکیل: "ښځې هېڅ رول نه لري" is a fact, not a rebuttal)
        (["مسؤل", "مسئول", "مسوول", "پیلوونکی", "پیل کوونکی", "پیلونکی"], 3,
         ["نه دی", "نه ده", "نه و", "نه وو", "نه وه", "نه یو", "نه یم"]),
        (["ګرم", "ملامت"], 0, ["نه دی", "نه ده", "نه و", "نه وو", "نه یو", "نه یم"]),
        (["لاس"], 4, ["نه لری", "نلری", "نه درلود", "نه درلوده", "نشته"]),
        # agentive action, active verb only (کړ..., کوي): "ډزې یې نه دي کړې". Starting is a
        # rebuttal only for a fight ("کار یې پیل نه کړ" is "work has not started", a fact).
        (["برید", "حمله", "ډزی", "ډز", "ګوزار", "نقض", "سرغړونه", "جګړه پیل", "نښته پیل",
          "جګړه یی پیل", "نښته یی پیل", "ډزی پیل"], 2,
         ["نه دی کړی", "نه ده کړی", "نه دی کړل", "نه و کړی", "نه وو کړی", "نه کړ", "نه کړه",
          "نه کړل", "نه کړی", "نه کوی", "نه کوو", "نه کاوه"]),
        # truth
        (["رښتیا", "حقیقت", "صحت"], 1, ["نه لری", "نلری", "نه دی", "نه ده"]),
    ],
    "ur": [
        # responsibility: "ملوث نہیں", "ذمہ دار نہیں", "کا کوئی ہاتھ نہیں". Not bare ذمہ
        # ("ذمہ داری قبول نہیں کی" is "nobody claimed responsibility", a fact), not کردار
        # (role), not bare ہاتھ ("ان کے ہاتھ کچھ نہیں آیا" is "they got nothing").
        (["ملوث", "ذمہ دار", "ذمے دار", "قصوروار"], 1, ["نہیں", "نہ"]),
        (["کوئی ہاتھ"], 0, ["نہیں"]),
        # "فیصلے میں حکومت کا کوئی عمل دخل نہیں" (the government had no hand in the decision)
        (["عمل دخل"], 0, ["نہیں"]),
        (["ہاتھ"], 0, ["نہیں ہے", "نہیں تھا", "نہیں تھے"]),
        # agentive action, active verb only: "فائرنگ میں پہل نہیں کی", "حملہ نہیں کیا"
        (["پہل", "فائرنگ", "حملہ", "حملے", "خلاف ورزی", "گولہ باری", "جارحیت"], 1,
         ["نہیں کی", "نہیں کیا", "نہیں کیے", "نہیں کئے", "نہیں کرتے", "نہیں کرتا",
          "نہیں کرتی", "نہ کی", "نہ کیا"]),
        # truth: "خبر میں کوئی صداقت نہیں"
        (["صداقت", "حقیقت", "سچ", "سچائی"], 1, ["نہیں"]),
    ],
}

_BOUNDARY_SRC = {
    "fa": {"که", "اما", "ولی", "بلکه", "لیکن", "ولیکن"},
    "ps": {"چی", "خو", "بلکی", "لیکن", "مګر", "مگر"},
    "ur": {"کہ", "لیکن", "مگر", "بلکہ", "جبکہ", "البتہ"},
}
_CONDITIONAL_SRC = {"fa": {"اگر", "چنانچه", "آیا"}, "ps": {"که", "کهچیری", "آیا"},
                    "ur": {"اگر", "اگرچہ"}}
# "اطلاعاتی در دست ندارد" is "has no information at hand", "په لاس کې" is "in hand"
_NOT_AFTER_SRC = {"fa": {"دست": {"در", "به", "از"}}, "ps": {"لاس": {"په"}}}
# a negated verb followed by a passive auxiliary is a happening: "حملہ نہیں کیا گیا"
_PASSIVE_AFTER_SRC = {"ur": {"گیا", "گئی", "گئے", "جائے", "جاتا", "جاتی", "جا"},
                      "ps": {"شو", "شوی", "شوه", "شول"}, "fa": {"شده", "شد", "شدند"}}
_PUNCT = set(".,;:!?،؛؟«»\"“”()[]-–—۔")


def _seq(s: str) -> tuple[str, ...]:
    return tuple(fold(w) for w in s.replace("\u200c", " ").split())


_RULES = {lang: [([_seq(h) for h in heads], gap, [_seq(n) for n in negs])
                 for heads, gap, negs in rules] for lang, rules in _RULES_SRC.items()}
_BOUNDARY = {k: {fold(w) for w in v} for k, v in _BOUNDARY_SRC.items()}
_CONDITIONAL = {k: {fold(w) for w in v} for k, v in _CONDITIONAL_SRC.items()}
_NOT_AFTER = {k: {fold(h): {fold(w) for w in ws} for h, ws in v.items()}
              for k, v in _NOT_AFTER_SRC.items()}
_PASSIVE_AFTER = {k: {fold(w) for w in v} for k, v in _PASSIVE_AFTER_SRC.items()}


def _at(keys: list[str], i: int, seq: tuple[str, ...]) -> bool:
    return keys[i:i + len(seq)] == list(seq)


def _source_rebuttal(text: str, L: str, after: int) -> bool:
    toks = [t for t in tokenize(text) if t.start >= max(after, 0)]
    keys = [t.key if t.kind != "sym" else t.text for t in toks]
    for heads, gap, negs in _RULES[L]:
        for i in range(len(keys)):
            head = next((h for h in heads if _at(keys, i, h)), None)
            if head is None or _conditional(keys, i, L) or (
                    i > 0 and keys[i - 1] in _NOT_AFTER.get(L, {}).get(keys[i], ())):
                continue
            j = i + len(head)
            for k in range(j, min(j + gap + 1, len(keys))):
                if keys[k] in _PUNCT or keys[k] in _BOUNDARY[L]:
                    break
                neg = next((n for n in negs if _at(keys, k, n)), None)
                if neg is None:
                    continue
                after_neg = keys[k + len(neg)] if k + len(neg) < len(keys) else ""
                if after_neg not in _PASSIVE_AFTER[L] and not _question(text, toks[k].end):
                    return True
    return False


def _conditional(keys: list[str], i: int, L: str) -> bool:
    """An if/whether word earlier in the head's clause."""
    for k in range(i - 1, -1, -1):
        if keys[k] in _PUNCT or keys[k] in _BOUNDARY[L] and keys[k] not in _CONDITIONAL[L]:
            return False
        if keys[k] in _CONDITIONAL[L]:
            return True
    return False


def _question(text: str, at: int) -> bool:
    """The clause holding offset `at` ends in a question mark."""
    m = re.search(r"[.!?؟۔]", text[at:])
    return bool(m and m.group() in "?؟")


# --- English: negation, then the head, in one regular expression per kind ----------------

_NEG = r"(?:not|never|n['’]t)"
_EVENT = (r"(?:the\s+|this\s+|that\s+|any\s+|such\s+)?(?:\w+\s+)?(?:attacks?|killings?|firing|"
          r"clash(?:es)?|bombings?|blasts?|violence|incidents?|abductions?|kidnappings?|plots?|"
          r"shelling|assassinations?|ambush)\b")
# active auxiliaries only: "was not attacked" / "had not been attacked" are happenings
_AUX = r"(?:did|does|do|had|has|have)\s+(?:not|n['’]t)|(?:did|does|do|had|has|have)n['’]t|never"
_EN_PATTERNS = [
    # responsibility
    (rf"\b{_NEG}\s+(?:\w+\s+)?(?:responsible\s+for|involved\s+in\s+{_EVENT}|behind\s+the|"
     r"to\s+blame|the\s+(?:aggressors?|initiators?|ones?\s+who)|the\s+first\s+to\s+"
     r"(?:open\s+fire|fire|shoot|attack))\b"),
    # "had no hand in"; role/part/involvement only for a violent event ("women have no role in
    # the government" is a fact)
    r"\b(?:no|(?:not|n['’]t)\s+(?:have|had|has)\s+any|never\s+had\s+any)\s+hand\s+in\b",
    (r"\b(?:no|(?:not|n['’]t)\s+(?:have|had|has|play|played)\s+any|never\s+had\s+any|"
     rf"played\s+no)\s+(?:role|part|involvement)\s+in\s+{_EVENT}"),
    # truth
    r"\b(?:is|was|are|were)\s+(?:not|n['’]t)\s+(?:true|correct|accurate)\b",
    r"\bno\s+truth\s+(?:in|to)\b",
]
# agentive action, active voice only: "was never attacked" is a happening
_EN_ACTION = re.compile(
    rf"\b(?:{_AUX})\s+(?:(?!be\b|been\b)\w+\s+)?"
    r"(?:(?:start|started|initiate|initiated|provoke|provoked)\s+"
    r"(?:the\s+|any\s+)?(?:fight|fighting|clash|clashes|firing|war|hostilities|conflict|"
    r"violence|exchange)|open(?:ed)?\s+fire|fire[d]?\s+(?:first|the\s+first\s+shot)|"
    r"attack(?:ed)?|shell(?:ed)?|violate[d]?)\b", re.I)
_EN = re.compile("|".join(f"(?:{p})" for p in _EN_PATTERNS), re.I)
_EN_RELATIVE = re.compile(r"\b(?:who|whom|whose|which)\b", re.I)
_EN_CONDITIONAL = re.compile(r"\b(?:if|unless|whether)\b", re.I)
_EN_NOT_ONLY = re.compile(r"\bnot\s+(?:only|just|merely)\b", re.I)
_EN_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|be|being)\s+$", re.I)


def _english_rebuttal(text: str) -> bool:
    actions = [m for m in _EN_ACTION.finditer(text)
               if not _EN_PASSIVE_BEFORE.search(text, 0, m.start())]
    for m in [*_EN.finditer(text), *actions]:
        if _EN_NOT_ONLY.match(text, m.start()):
            continue
        clause_start = max(text.rfind(c, 0, m.start()) for c in ",;:(—–\"“”")
        clause = text[clause_start + 1:m.start()]
        if _EN_RELATIVE.search(clause) or _EN_CONDITIONAL.search(clause):
            continue
        if _question(text, m.end()):
            continue
        return True
    return False


def is_rebuttal(text: str, lang: str, after: int = 0) -> bool:
    """True when the reported statement in `text` rebuts an action or responsibility (see the
    module docstring). `after`: char offset of the first reporting marker; in SOV languages the
    rebutting predicate must follow it. The caller has already checked that `text` is a
    reported statement."""
    L = {"prs": "fa", "fa": "fa", "ur": "ur", "ps": "ps"}.get(lang)
    if L is None:
        return (_english_rebuttal(text) or _english_soil_denial(text)) if lang == "en" else False
    return _source_rebuttal(text, L, after) or _soil_denial(text, L, after)


# The answer Kabul gives to every charge that an attack came from Afghanistan: its soil was
# not used, no attacker came from it, nobody was given refuge there ("از خاک افغانستان برای
# این حمله استفاده نشده", "له افغان خاورې هېڅ برید کوونکی نه دی راغلی", "افغان سرزمین
# استعمال نہیں ہوئی"). Passive, yet a rebuttal of the charge: the soil's name, a negation and
# a use / come / refuge word after the reporting marker, under no "if".
_SOIL_SRC = {
    "fa": (["خاک", "قلمرو"], ["نشده", "نشد", "نمی", "نداده", "نخواهد", "نکرده", "نیامده", "نیست",
                              "ندارد", "ندهد", "هیچ"],
           ["استفاده", "اجازه", "پناه", "آمده", "آمدند", "نیامده", "حضور"]),
    "ps": (["خاوره", "خاورې", "خاوري", "سیمه"], ["نه", "نشي", "هېڅ", "هیڅ"],
           ["کار", "کارول", "کارېږي", "کاروي", "استفاده", "اجازه", "راغلی", "راغلي", "پناه"]),
    "ur": (["سرزمین", "زمین"], ["نہیں", "نہ"],
           ["استعمال", "اجازت", "آیا", "آئے", "پناہ", "موجود"]),
}
_SOIL = {L: tuple({fold(w) for w in group} for group in groups) for L, groups in _SOIL_SRC.items()}
_AFGHAN = {fold(w) for w in ("افغانستان", "افغان", "افغاني", "افغانی", "کشور")}
_PS_NA = fold("نه")


def _soil_denial(text: str, L: str, after: int) -> bool:
    soil, negators, verbs = _SOIL[L]
    toks = [t for t in tokenize(text) if t.start >= max(after, 0)]
    keys = [t.key if t.kind != "sym" else t.text for t in toks]
    for i, key in enumerate(keys):
        if key in soil and _AFGHAN.intersection(keys[max(0, i - 3):i + 3]) \
                and not _conditional(keys, i, L):
            start, end = _clause_span(keys, i, L, _SOIL_SPAN)
            # "له افغان خاورې نه راغلي" (came from Afghan soil): a نه right after it is "from"
            clause = {keys[k] for k in range(start, end + 1)
                      if not (L == "ps" and k == i + 1 and keys[k] == _PS_NA)}
            if negators & clause and verbs & clause:
                return True
    return False


_SOIL_SPAN = 8  # words either side of the soil's name, within its clause


def _clause_span(keys: list[str], i: int, L: str, span: int) -> tuple[int, int]:
    """First and last position of the words around position i, up to `span` either side,
    stopping at punctuation and at clause words (that, but)."""
    start = i
    while start > max(0, i - span) and keys[start - 1] not in _PUNCT \
            and keys[start - 1] not in _BOUNDARY[L]:
        start -= 1
    end = i
    while end + 1 < min(len(keys), i + span + 1) and keys[end + 1] not in _PUNCT \
            and keys[end + 1] not in _BOUNDARY[L]:
        end += 1
    return start, end


_EN_SOIL = re.compile(r"\b(?:afghan (?:soil|territory)|(?:soil|territory) of afghanistan|"
                      r"afghanistan'?s? (?:soil|territory))\b", re.I)
_EN_SOIL_DENIED = re.compile(r"\b(?:not|never|no|nobody|none|n['’]t)\b", re.I)
_EN_SOIL_USED = re.compile(r"\b(?:used?|using|came|come|refuge|shelter\w*|sanctuar\w*)\b", re.I)


def _english_soil_denial(text: str) -> bool:
    m = _EN_SOIL.search(text)
    if not m or _EN_CONDITIONAL.search(text):
        return False
    return bool(_EN_SOIL_DENIED.search(text) and _EN_SOIL_USED.search(text))


# "Islamabad neither confirmed nor denied carrying them out", "did not deny", نے ... تصدیق یا
# تردید نہیں کی, نه یې تایید کړې او نه یې رد, نه تایید کرده و نه رد: a denial word under a
# negation is no denial.
_UNSAID_DENIALS = {
    # ...nor is being denied something: "1.4 million girls have been denied access to school",
    # "were denied entry", "denied their right to work" (deprived, not a rebuttal)
    "en": re.compile(r"\bneither\s+confirm\w*\s+nor\s+den\w+|\b(?:not|n't|never)\s+(?:\w+\s+)?"
                     r"(?:confirm\w*\s+or\s+)?(?:deny|denied|denies|reject\w*)\b"
                     r"|\b(?:been|were|was|are|is|being|get|got)\s+(?:\w+ly\s+)?denied\b"
                     r"|\bden(?:y|ied|ies|ying)\s+(?:them\s+|her\s+|him\s+|women\s+|girls\s+)?"
                     r"(?:access|entry|permission|(?:the|their|her|his)\s+right|education|visas?"
                     r"|bail|treatment)\b"
                     # ...nor is brushing off criticism: "dismissed foreign criticism as
                     # interference" rebuts no reported fact (a "report" or "claim" it would)
                     r"|\b(?:dismiss\w*|reject\w*)\s+(?:\w+\s+){0,2}(?:criticism|criticisms|"
                     r"concerns?|pressure|advice|calls?|appeals?)\b", re.IGNORECASE),
    "ur": re.compile(r"(?:تصدیق\s+(?:یا|اور\s+نہ\s+ہی|نہ)\s+)?(?:تردید|مسترد)\s+(?:بھی\s+)?نہیں"
                     r"|نہ\s+(?:ہی\s+)?(?:تردید|مسترد)|تنقید\s+(?:کو\s+)?(?:\S+\s+){0,3}?مسترد"),
    # not a bare "نه رد": نه is also "from" (له ... نه)
    "ps": re.compile(r"او\s+نه\s+یې\s+(?:رد|تردید)|(?:رد|تردید)\s+(?:یې\s+)?(?:نه|ونه)\s+کړ"
                     r"|نیوکې\s+(?:یې\s+)?(?:\S+\s+){0,2}?رد"),
    "fa": re.compile(r"نه\s+(?:آن\s+را\s+)?(?:رد|تکذیب|تردید)|(?:رد|تکذیب|تردید)\s+"
                     r"(?:هم\s+)?ن(?:کرد|کرده|می‌کند|میکند)"
                     r"|انتقاد\S*\s+(?:\S+\s+){0,3}?را\s+رد"),
}


def without_unsaid_denials(text: str, lang: str) -> str:
    """`text` with each negated denial blanked out (offsets kept)."""
    pattern = _UNSAID_DENIALS.get({"prs": "fa"}.get(lang, lang))
    if pattern is None:
        return text
    return pattern.sub(lambda m: " " * len(m.group(0)), text)
