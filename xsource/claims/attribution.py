"""Who is said to have said a sentence, and how: reporting verbs and markers per language.

`attribute_source(text, lang, person_hits)` reads Urdu/Pashto/Dari/Persian (and English)
markers in the original sentence; `attribute_english(text_en)` reads the English. Both return
an `Attribution`; `extract_claims` prefers the source reading and fills gaps from the English.
Attribution codes: quote, said, according_to, claimed, denied, anonymous, sources, none.

Polarity is "denied" when the sentence carries an explicit denial word (denied, rejected,
تردید, رد کړ, تکذیب, مسترد ...) or when it is a rebuttal: a reported statement whose content
says the accused did not do it / is not responsible / the report is untrue
(`rebuttal.is_rebuttal`, whose docstring holds the rule). Any other negated sentence stays
"asserted", "has no connection with the TTP" included. A rebuttal changes only the polarity,
never the attribution code: "Mujahid said IEA forces were not the initiators" is still `said`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from xsource.claims.names import POSTS, person_after_office_name, romanized_speaker
from xsource.claims.rebuttal import is_rebuttal, without_unsaid_denials
from xsource.numbers.tokens import fold, only_space, phrase_index, tokenize

ANONYMOUS = "anonymous official"
NOT_A_SOURCE = "-"  # a marker table's entry for a phrase that only looks like a marker
SOURCES = "sources"


@dataclass(frozen=True)
class Attribution:
    code: str = "none"
    speaker: str | None = None
    polarity: str = "asserted"
    marker_at: int = -1  # char offset of the marker in the sentence, -1 when none


# Per-language marker phrases -> code. Longest phrase wins at a position.
MARKERS = {
    "ur": {"نے کہا": "said", "نے بتایا": "said", "بتایا": "said", "کا کہنا ہے": "said", "کا کہنا تھا": "said",
           "نے کہا کہ": "said", "نے واضح کیا": "said", "نے اعلان کیا": "said", "کہا": "said",
           "کے مطابق": "according_to", "کے بقول": "according_to", "بقول": "according_to",
           "نے خبردار کیا": "said", "خبردار کیا": "said", "نے زور دیا": "said",
           "نے وضاحت کی": "said", "وضاحت کی": "said",
           # "دفتر خارجہ نے ایک بار پھر واضح کیا ہے کہ": an adverb may part نے from its verb
           "واضح کیا ہے کہ": "said", "واضح کیا کہ": "said", "واضح کر دیا ہے کہ": "said",
           "واضح کر دیا کہ": "said",
           "نے دعویٰ کیا": "claimed", "دعویٰ کیا": "claimed", "کا دعویٰ ہے": "claimed",
           "نے تردید کی": "denied", "تردید کی": "denied", "تردید کیا": "denied",
           "مسترد کر دیا": "denied", "مسترد کردیا": "denied", "کی تردید": "denied",
           "تردید": "denied", "بے بنیاد": "denied", "من گھڑت": "denied", "ذرائع": "sources", "ذرائع کے مطابق": "sources",
           # condemning and demanding are statements too: "نے اس اقدام کی مذمت کی", "نے طالبان
           # سے مطالبہ کیا ہے کہ" (Pashto وغندله was measured: it split the samples' one
           # condemnation into the government's and its spokesman's, so it is not here)
           "نے مذمت کی": "said", "مذمت کی": "said", "مذمت کرتے ہوئے": "said",
           "نے مطالبہ کیا": "said", "مطالبہ کیا": "said",
           # what an official posts is a statement: "ایکس پر لکھا کہ", "ولیکل", "نوشته است"
           "نے لکھا": "said", "لکھا کہ": "said", "لکھا ہے کہ": "said"},
    "ps": {"وویل": "said", "ووئیل": "said",  # a common spelling with hamza
           "ویلي دي": "said", "ویلي": "said", "وايي": "said", "وایي": "said",
           "ووایه": "said", "زیاته کړه": "said", "ټینګار وکړ": "said", "ټینګار کړی": "said",
           "څرګنده کړه": "said", "روښانه کړه": "said", "په وینا": "according_to",
           "له قوله": "according_to", "د معلوماتو له مخې": "according_to",
           "ادعا وکړه": "claimed", "ادعا کړې": "claimed", "ادعا کوي": "claimed",
           "رد کړ": "denied", "رد کړه": "denied", "رد کړې": "denied", "رد کړی": "denied",
           "تردید کړی": "denied", "تردید وکړ": "denied", "تردید": "denied", "ونه منله": "denied", "بې بنسټه": "denied",
           # ...but a demand or an offer not accepted is refused, not denied: "خو هغوی دا
           # غوښتنه ونه منله" (the victims' families did not accept the plea to forgive)
           "غوښتنه ونه منله": "said", "وړاندیز ونه منله": "said",
           "خبرداری ورکړ": "said", "خبرداری ورکړه": "said", "خبرداری ورکړی": "said",
           "خبرداری ورکړې": "said", "ګواښ وکړ": "said", "ولیکل": "said", "لیکلي دي": "said",
           "لیکلي چې": "said",
           # as Urdu "مطالبہ کیا": "له اسلامي امارت څخه غوښتنه کړې چې" (has asked ... that)
           "غوښتنه وکړه": "said", "غوښتنه کړې": "said", "غوښتنه کړې ده": "said",
           "سرچینې": "sources", "سرچینو": "sources", "سرچینه": "sources"},
    "fa": {"هشدار داد": "said", "هشدار داده": "said", "گفت": "said", "گفته است": "said", "گفتند": "said", "گفته اند": "said",
           "افزود": "said", "اظهار داشت": "said", "تصریح کرد": "said", "خاطرنشان کرد": "said",
           "اعلام کرد": "said", "تاکید کرد": "said", "تاکید کرده": "said",
           "یادآور شد": "said", "می گوید": "said", "میگوید": "said", "می گویند": "said",
           "محکوم کرد": "said", "محکوم کرده": "said", "خواستار شد": "said",
           "خواستار شده": "said", "نوشت": "said", "نوشته است": "said", "نوشته‌است": "said",
           # "حکومت پاکستان از ارتش خواسته است که ...": asked, as English "asked" is a statement
           "خواسته است که": "said", "خواست که": "said",
           "به گفته": "according_to", "به نقل از": "according_to", "بر اساس": "according_to",
           "براساس": "according_to", "طبق": "according_to", "ادعا کرد": "claimed",
           "مدعی شد": "claimed", "ادعا کرده": "claimed", "تردید کرد": "denied",
           "رد کرد": "denied", "تکذیب کرد": "denied", "رد کرده": "denied", "تردید": "denied",
           "تکذیب": "denied", "بی اساس": "denied", "نادرست خواند": "denied",
           "منابع": "sources", "منابعی": "sources", "منبع": "sources", "یک منبع": "sources",
           # ...but منابع is also "resources": natural, water, financial, human, mineral
           # ("Islamabad and Beijing loot the province's natural resources")
           **{f"منابع {kind}": NOT_A_SOURCE for kind in (
               "طبیعی", "آبی", "مالی", "انسانی", "معدنی", "زیرزمینی", "انرژی", "درآمد",
               "طبیعی‌اش", "طبیعی این")}},
}
ANONYMOUS_PHRASES = {
    "ur": ["ایک سینئر اہلکار", "سینئر اہلکار", "ایک اہلکار", "اہلکار نے", "حکام نے", "حکام کا",
           "عہدیدار نے", "ایک عہدیدار", "سرکاری اہلکار", "ایک سینیئر اہلکار", "حکام کے",
           "عہدیداروں", "اہلکاروں کے", "افسران", "ایک افسر"],
    "ps": ["یو لوړپوړي چارواکی", "یو لوړپوړی چارواکی", "لوړپوړي چارواکی", "یو چارواکی",
           "چارواکو", "چارواکي", "یوه مقام", "مقامونو", "مسؤلینو", "مسوولینو", "مسؤلین"],
    "fa": ["یک مقام ارشد", "یک مقام", "مقام ارشد", "مقام های", "مقامات", "مقام‌ها",
           "یک مسئول", "مسئولان", "یک مقام بلندپایه", "مسئولین", "مقام‌های"],
}
# Whoever speaks "on condition of anonymity" is unnamed, official or not: a trader "who did not
# want his name published", a refugee woman "who did not want her name revealed".
NAME_WITHHELD_PHRASES = {
    "ur": ["نام ظاہر نہ کرنے کی شرط پر", "نام نہ ظاہر کرنے کی شرط پر", "نام نہ بتانے کی شرط پر"],
    "ps": ["نه یې غوښتل نوم یې", "نه غوښتل نوم یې", "د نوم نه ښودلو په شرط"],
    "fa": ["نخواست نامش", "نخواستند نامشان", "به شرط فاش نشدن نام", "به شرط عدم افشای نام"],
}
UNNAMED = "unnamed source"


def _phrase_table(d) -> dict[tuple[str, ...], str]:
    return {tuple(fold(w) for w in k.replace("\u200c", " ").split()): v for k, v in d.items()}


_MARKER_TABLES = {k: _phrase_table(v) for k, v in MARKERS.items()}
_ANON_TABLES = {k: _phrase_table({p: ANONYMOUS for p in v}) for k, v in ANONYMOUS_PHRASES.items()}
_WITHHELD_TABLES = {k: _phrase_table({p: UNNAMED for p in v})
                    for k, v in NAME_WITHHELD_PHRASES.items()}
_QUOTE = re.compile(r"[“”«»\"„]|(?:^|\s)['‘][^'’]{12,}['’]")


def _in_compound(text: str, start: int, end: int) -> bool:
    """The phrase is part of a word joined by ZWNJ: گفت in گفت‌وگوها (talks) says nothing."""
    return text[end:end + 1] == "\u200c" or text[start - 1:start] == "\u200c"


def _find(text: str, table: dict) -> list[tuple[int, str]]:
    """(char offset, value) of each table phrase found in text, token-aligned."""
    toks = tokenize(text)
    out = []
    i = 0
    while i < len(toks):
        best = None
        for words, value in phrase_index(table).get(toks[i].key, ()):
            n = len(words)
            if i + n > len(toks) or (best and n <= best[1]):
                continue
            if all(toks[i + k].key == w for k, w in enumerate(words)) and all(
                    only_space(text[toks[m - 1].end:toks[m].start]) for m in range(i + 1, i + n)
            ) and not _in_compound(text, toks[i].start, toks[i + n - 1].end):
                best = (value, n)
        if best:
            out.append((toks[i].start, best[0]))
            i += best[1]
        else:
            i += 1
    return out


def has_quote(text: str) -> bool:
    return bool(_QUOTE.search(text))


def attribute_source(text: str, lang: str, person_hits, org_hits=()) -> Attribution:
    """Markers in an Urdu/Pashto/Dari/Persian sentence; `person_hits` = [(start, id)],
    `org_hits` = [(start, end, id)] of glossary organisations."""
    L = {"prs": "fa", "fa": "fa", "ur": "ur", "ps": "ps"}.get(lang)
    if L is None:
        return attribute_english(text, person_hits)
    att = _source_markers(text, L, person_hits, org_hits)
    if att.polarity == "asserted" and att.marker_at >= 0 and is_rebuttal(text, L, att.marker_at):
        return replace(att, polarity="denied")
    return att


def _source_markers(text: str, L: str, person_hits, org_hits=()) -> Attribution:
    markers = [m for m in _find(without_unsaid_denials(text, L), _MARKER_TABLES[L])
               if m[1] != NOT_A_SOURCE]
    anon = _find(text, _ANON_TABLES[L])
    codes = [c for _, c in markers]
    polarity = "denied" if "denied" in codes else "asserted"
    told = [hit for hit in person_hits if not _in_what_is_said(text, markers, hit[0])
            and not _after_postposed_source(markers, L, hit[0])
            and not _past_a_prepositional_source(text, markers, L, hit[0])]
    kin = [hit for hit in told if _kin_of_another(text, L, hit[0])]
    if kin and len(kin) < len(told):
        told = [hit for hit in told if hit not in kin]
    if markers and markers[0][1] in ("said", "claimed", "denied") and any(
            start < markers[0][0] for start, _, _ in org_hits):
        # the verb comes last in Urdu, Pashto and Dari: who speaks is named before it, and a
        # person after it ("... رد کرد و بازداشت رهبرش را انتقام سیاسی حکومت شهباز شریف
        # خواند") is told of
        told = [hit for hit in told if hit[0] < markers[0][0]]
    person = _nearest(told, markers)
    if person and markers and any(
            start_p < start_o < markers[0][0] and _TURN.search(text, start_p, start_o)
            for start_p, who in told if who == person for start_o, _, _ in org_hits):
        # "نیب پر عمران خان ... تورونه لګولي، خو د تحریک انصاف ګوند مشرانو ... وايي": the
        # party named after a "but" and before the verb speaks; he is told of (a name's own
        # title, "غاده والی، رئیس ... سازمان ملل، گفته", turns no clause)
        person = None
    office = None if person else _organisation_at(org_hits, markers, text, anon, L)
    speaker = person or office
    at = markers[0][0] if markers else -1
    if "sources" in codes and speaker is None:
        return Attribution("sources", SOURCES, polarity, at)
    if office and markers[0][1] == "sources":
        # "د ... وزارت ځینو سرچینو ... وویل": the ministry's sources, as English "according to
        # interior ministry sources" is (never the ministry against them: compare.classify)
        return Attribution("sources", office, polarity, at)
    if anon and speaker is None and markers:
        return Attribution("denied" if polarity == "denied" else "anonymous", ANONYMOUS,
                           polarity, at)
    if speaker is None and markers and _find(text, _WITHHELD_TABLES[L]):
        return Attribution("denied" if polarity == "denied" else "anonymous", UNNAMED,
                           polarity, at)
    if not markers:
        return Attribution("none", None, "asserted", -1)
    code = _pick(codes)
    if code == "said" and has_quote(text):
        code = "quote"
    return Attribution(code, speaker, polarity, at)


_TURN = re.compile(r"(?:^|\s)(?:خو|مگر|لیکن|اما|ولی|تاہم|بلکہ|بلکې)(?=\s)")


def _after_postposed_source(markers, L: str, start: int) -> bool:
    """Urdu "سفارتی ذرائع کے مطابق نظامانی ..." and Pashto "د چارواکو په وینا، نظاماني ...":
    "according to" follows its source there, so a person named after it is what is told,
    not who tells it (Dari "به گفته X" puts the source after, and keeps it)."""
    if L not in ("ur", "ps") or not markers or markers[0][1] not in ("according_to", "sources"):
        return False
    # ...unless a marker of its own follows it: "ذرائع کے مطابق بگٹی نے کہا کہ" (Bugti said)
    # (a later "according to" is no such marker: "معمول کے مطابق", as usual)
    return start > markers[0][0] and not any(at > start and code not in ("according_to", "sources")
                                             for at, code in markers)


def _past_a_prepositional_source(text: str, markers, L: str, start: int) -> bool:
    """Dari "به گفتهٔ مقام‌های سفارت سریلانکا در اسلام‌آباد، ... جسد آقای کمارا ..." and "بر
    اساس گزارش کالبدشکافی، علت مرگ کومارا ...": the source runs from "according to" to its
    comma; a person named past the comma is told of (the lynched man), not the source."""
    if L != "fa" or not markers or markers[0][1] != "according_to" or start <= markers[0][0]:
        return False
    comma = _COMMA.search(text, markers[0][0], start)
    return comma is not None and not any(at > markers[0][0] and code != "according_to"
                                         for at, code in markers)


_COMMA = re.compile(r"[،,]")
# A person named as another's kin: "احمد مسعود، فرزند احمدشاه مسعود، ... نوشت" (Ahmad Massoud,
# son of Ahmad Shah Massoud, wrote): the father is who the speaker is, not who speaks. Dari
# puts the kin word before the kin; Urdu and Pashto after ("احمد شاہ مسعود کے بیٹے", "د
# احمدشاه مسعود زوی").
_KIN = {"fa": re.compile(r"(?:فرزند|پسر|دختر|پدر|برادر|همسر|بیوه)[\u200cءیٔ]*\s*$"),
        "ur": re.compile(r"[^\S\n]*(?:کے|کا|کی)\s+(?:بیٹے|بیٹا|بیٹی|والد|بھائی|بیوہ|بیوی)(?!\w)"),
        "ps": re.compile(r"[^\S\n]*(?:زوی|زوئ|لور|پلار|ورور|مېرمن|کونډه)(?!\w)")}


def _kin_of_another(text: str, L: str, start: int) -> bool:
    pattern = _KIN.get(L)
    if pattern is None:
        return False
    if L == "fa":
        return pattern.search(text, max(0, start - 12), start) is not None
    return pattern.match(text, _name_end(text, start)) is not None


def _name_end(text: str, start: int) -> int:
    """Where the person named at `start` ends: the glossary hit gives only its start, so
    take the name's words up to a postposition or punctuation (at most four words)."""
    m = _NAME_WORDS.match(text, start)
    return m.end() if m else start


_NAME_WORDS = re.compile(r"(?:\S+\s+){0,3}?\S+?(?=\s+(?:کے|کا|کی|زوی|زوئ|لور|پلار|ورور)(?!\w)"
                         r"|[،,.]|$)")


# How far an organisation may stand before its verb: "آئی ایس پی آر کے مطابق", "د ISPR په
# وینا", "ISPR په یوه اعلامیه کې ویلي" (in a statement said).
_ORG_BEFORE_MARKER = 40
# An unnamed-official phrase this close before an organisation names its officials ("مقامات
# امارت اسلامی"): they speak, not the organisation.
_OFFICIALS_OF = 14


# "ازادي راډیو ته وویل", "بی بی سی کو بتایا", "به طلوع‌نیوز گفت": the outlet told, not telling
# (and a person so marked is told or acted on: "الظواہری کو ہلاک کرنے کا دعویٰ", see claims)
TOLD_AFTER = re.compile(r"\s*(?:ته|کو|سره|سے|کے ساتھ|را)(?:\s|$)")
_TO_BEFORE = re.compile(r"(?:^|\s)(?:به|با)\s*$")


def _organisation_at(org_hits, markers, text: str, anonymous=(), L: str = "") -> str | None:
    """The organisation right before the first marker, not one named elsewhere in the
    sentence ("Pakistan asked the UN ..., officials said"), not the one told ("Radio Azadi
    ته وویل"), nor one whose unnamed officials speak ("طالبان حکام کا کہنا ہے", "مقامات
    امارت اسلامی می گویند": its officials say)."""
    if not org_hits or not markers:
        return None
    at = markers[0][0]
    before = [(at - end, entry) for start, end, entry in org_hits
              if end <= at and at - end <= _ORG_BEFORE_MARKER
              and not TOLD_AFTER.match(text, end)
              and not _TO_BEFORE.search(text, 0, start)
              and not any(end <= a < at or start - _OFFICIALS_OF <= a < start
                          for a, _ in anonymous)]
    if not before:
        return None
    nearest = min(before)
    if L == "fa":
        # Dari and Persian name the head first: "وزارت امور مهاجرین ... طالبان" is the
        # Taliban's ministry of refugees speaking, not the Taliban
        head = next(start for start, end, entry in org_hits
                    if at - end == nearest[0] and entry == nearest[1])
        owned = [entry for _, end, entry in org_hits
                 if end <= head and not text[end:head].strip()]
        if owned:
            return owned[0]
    return nearest[1]


def _pick(codes: list[str]) -> str:
    for c in ("denied", "claimed", "according_to", "said", "sources"):
        if c in codes:
            return c
    return "none"


# "... نے کہا کہ", "... گفت که", "... وویل چې": what follows the complementiser is what was said
_THAT = re.compile(r"(?:^|\s)(?:کہ|که|چې|چی)(?:\s|$)")


def _in_what_is_said(text: str, markers, start: int) -> bool:
    """A person named after the first marker and a "that" is in the statement ("... said
    that the order came from Akhundzada"), not its speaker."""
    if not markers or start <= markers[0][0]:
        return False
    return _THAT.search(text, markers[0][0], start) is not None


def _nearest(person_hits, markers) -> str | None:
    if not person_hits:
        return None
    if not markers:
        return None
    at = markers[0][0]
    return min(person_hits, key=lambda h: abs(h[0] - at))[1]


# --- English ---------------------------------------------------------------------------

# ("states" after "in", "the", "of" or "all" is a noun: "in states Punjab and Khyber
# Pakhtunkhwa", word-by-word Dari for the provinces)
_VERBS = (r"said|says|told|tells|stated|(?<!in )(?<!the )(?<!of )(?<!all )states|added|adds|"
          r"explained|insisted|noted|announced|"
          r"warned|reiterated|confirmed|stressed|declared|remarked|wrote|tweeted|argued|"
          r"maintained|maintains|insists|observed|asserted|reported|urged|replied|clarified|"
          r"emphasi[sz]ed|made clear|condemned|condemns|criticised|criticized|described|"
          # "has called the deportations a violation", "asked Islamabad to", "demanded"
          r"called|asked|demanded|appealed|"
          # "Muttaqi hailed Moscow's move as a 'brave decision', saying ...": praise is said
          r"hailed|praised|lauded|welcomed|"
          # a court's finding is its statement: "Judge Humayun Dilawar found that Khan had..."
          # (not "found" alone: "rescuers found 20 bodies")
          r"found that|ruled that")
_CLAIM = r"claimed|claims|alleged|alleges|accused|accuses"
# Word-by-word English renders a removal from office as "dismissed" (Dari برکنار شد, Urdu
# برطرف): from a translation only the other words deny (a source's denials have markers)
_DENY_UNLESS_TRANSLATED = r"dismissed|dismisses"
_DENY_TRANSLATED = (r"denied|denies|deny|rejected|rejects|refuted|refutes|brushed aside|"
                    r"baseless|(?:is|was) not true|(?:is|was) untrue|(?:is|was) false")
_DENY = f"{_DENY_TRANSLATED}|{_DENY_UNLESS_TRANSLATED}"
_TITLE = (r"(?:Caretaker|Interim|Acting|Deputy|Prime|Interior|Defence|Defense|Foreign|Information|"
          r"Refugees?|Minister|Ministry|Spokesman|Spokeswoman|Spokesperson|President|Chief|"
          r"Secretary|Governor|General|Senator|Ambassador|Commissioner|Director|Mullah|Maulvi|"
          r"Mr|Ms|Mrs|Dr|Gen|Lt|Sheikh|Taliban|Afghan|Pakistani?|Government|Office|Official|"
          r"Federal|Provincial|Senior|Police|Head|The)\.?")
# "Ministry of Refugees and Repatriation", "International Organization for Migration": an
# organisation's name runs on through of/for/and
_NAME = (r"(?<![\w\-])(?:[A-Z][\w'’\-]+\.?)"
         r"(?:\s+(?:(?:of|for|and)\s+(?=[A-Z]))?(?:[A-Z][\w'’\-]+|ul|al|ud|ur|bin)\.?){0,7}")
_ANON_EN = re.compile(
    r"\b(?:an?|the|one|two|three|several|some)?\s*(?:(?:senior|top|high-ranking|government|police|"
    r"security|foreign office|interior ministry|provincial|federal|local|pakistani|afghan|"
    r"taliban|border|ministry|unnamed|anonymous|\w+ ministry)\s+)*(?:official|officials|officer|"
    r"officers|authorities)\b", re.I)
_SOURCES_EN = re.compile(r"\b(?:sources?|insiders?)\b(?:\s+(?:said|told|say|close))?", re.I)
_ACCORDING = re.compile(rf"\b[Aa]ccording to\s+(?:the\s+)?({_NAME})")
# "according to the Taliban-run foreign ministry": a name that only qualifies the body after it
_QUALIFIED_BODY = re.compile(r"\s+((?:[a-z]+\s+){0,2}(?:ministry|government|office|administration|"
                             r"authorities|police|media|agency|broadcaster|television|radio|"
                             r"spokesman|spokesperson))\b")
_QUALIFIER = re.compile(r"-(?:run|led|backed|controlled|owned)$")
# one word may come between the name and its verb ("Mujahid also said", "Bugti has said"),
# not a preposition: "Khost and Kunar in alleged Pakistani attacks" (word-by-word Urdu)
# (A pronoun between is the teller: "visitors from Norway, Australia and Lithuania, he said".)
_VERB_AFTER_NAME = re.compile(
    rf"({_NAME})\s*,?\s+(?:(?![A-Z]|(?:in|on|at|of|to|for|from|with|by|into|near|after|before|"
    rf"was|were|is|are|be|been|being|he|she|they|we|it)\b)\w+\s+)?({_VERBS}|{_CLAIM}|{_DENY})\b")
# "said Interior Minister Sarfraz Bugti": a speaker follows only a verb that takes no person
# as its object; "told Pajhwok", "urged Tehran and Islamabad to", "asked Kabul",
# "condemned Pakistan" name whom it was said to or of.
_VERB_BEFORE_NAME = re.compile(
    r"\b(said|says|added|adds|explained|insisted|noted|stated|remarked|replied|wrote|"
    rf"tweeted|continued)\s+({_NAME})")
# ...but after the quote or clause it tells, any speech verb does, when the name ends the
# sentence or clause: "..., warned Zabihullah Mujahid." (not "..., urged Tehran and Islamabad
# to exercise restraint")
_INVERTED_AFTER_CLAUSE = re.compile(
    rf"[,”\"’]\s*((?!told\b|tells\b)(?:{_VERBS}))\s+({_NAME})(?=\s*(?:[.,;:]|$))")
# "NAME, the <title>, said": wire style puts who the speaker is between name and verb; so
# does "NAME, Afghanistan's consul general in Karachi, told Khaama Press that ..."
_APPOSED = re.compile(rf"({_NAME}),\s+(?:(?:the|a|an)\s+|[A-Z][\w-]*['’]s\s+)[^,\"“”]{{3,90}}?,"
                      rf"\s+(?:also\s+)?({_VERBS}|{_CLAIM}|{_DENY})\b")
_VERB_ANY = re.compile(rf"\b({_VERBS})\b")
_CLAIM_ANY = re.compile(rf"\b({_CLAIM})\b")
_DENY_ANY = re.compile(rf"\b({_DENY})\b")
_DENY_IN_TRANSLATION = re.compile(rf"\b({_DENY_TRANSLATED})\b")
_TITLE_STRIP = re.compile(rf"^(?:{_TITLE}\s+)+")
_NOT_SPEAKERS = {"He", "She", "They", "It", "We", "I", "This", "That", "The", "But", "And",
                 "However", "Officials", "Sources", "Reports", "No", "Many", "Some", "All",
                 "Most", "Several", "Few", "Both", "Each", "Every", "Other", "Others", "These",
                 "Those", "There", "Such", "Another", "One", "Meanwhile", "Also", "Earlier",
                 "Later", "Still", "Yet", "Thousands", "Hundreds", "Dozens",
                 # people quoted as a group are unnamed sources, not a speaker
                 "Relatives", "Residents", "Witnesses", "Villagers", "Traders", "Families",
                 "Returnees", "Refugees", "Locals", "Elders", "Drivers", "Doctors",
                 "Protesters", "Organisers", "Organizers", "Analysts", "Experts", "Observers",
                 "Reports", "Media", "Women", "Men", "Girls", "Students", "Teachers",
                 "Activists", "Critics", "Lawmakers", "Parents"}


_CALENDAR_WORDS = {"January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December", "Monday", "Tuesday",
                   "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Jan", "Feb", "Mar",
                   "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"}


def strip_titles(name: str) -> str:
    """"Caretaker Interior Minister Sarfraz Bugti" -> "Sarfraz Bugti"."""
    return _TITLE_STRIP.sub("", name + " ").strip() or name


_GROUP_NOUN = re.compile(r"\s+[a-z]+s\b")
_NOT_GROUP_NOUNS = {"says", "has", "was", "is", "does", "also", "claims", "alleges", "accuses",
                    "denies", "rejects", "dismisses", "refutes", "tells", "states", "adds",
                    "insists", "maintains", "always", "thus", "whereas"}


def _modifies_a_group(text: str, end: int) -> bool:
    """"Aid workers at the camp said", "Afghan Citizen Card holders ..., he said": the
    capitalised words name what a group is, not who spoke."""
    m = _GROUP_NOUN.match(text, end)
    return bool(m) and m.group().strip() not in _NOT_GROUP_NOUNS


# What is left of "Pakistan Army" or "Pakistan Railways" once the country is stripped as a
# title names no one: the whole name is the speaker.
_INSTITUTIONS = {"Army", "Railways", "Navy", "Police", "Embassy", "Consulate", "Airlines",
                 "Customs", "Rangers", "Levies", "Government", "Office", "Ministry"}


def _clean_name(name: str) -> str | None:
    name = name.strip().rstrip(".,")
    if not name or name.split()[0] in _NOT_SPEAKERS and len(name.split()) == 1:
        return None
    if name.endswith(("'s", "’s")):  # "Pakistan's caretaker government announced": the owner
        return None
    if name.split()[0] in _CALENDAR_WORDS:
        return None
    stripped = _TITLE_STRIP.sub("", name + " ").strip()
    person = person_after_office(name)
    if person:
        return person
    if stripped in _INSTITUTIONS or (not stripped and len(name.split()) > 1):
        # "Pakistan Interior Ministry says": every word a title word, the whole an office
        return re.sub(r"^The\s+", "", name)
    if re.match(r"(?:of|for|and)\b", stripped):
        # "Ministry of Refugees and Repatriation": the title word is part of the name
        return re.sub(r"^The\s+", "", name)
    return stripped or None


def person_after_office(name: str) -> str | None:
    """The person named after a post and its office ("Special Envoy for Afghanistan Mohammad
    Sadiq"), or None when the name is no such run."""
    words = name.split()
    joins = [k for k, w in enumerate(words) if w in ("for", "of")]
    if not joins or not POSTS.intersection(w.rstrip("'’s") for w in words[:joins[-1]]):
        return None
    return person_after_office_name(words[joins[-1] + 1:])


# Pronouns that point back at the last named speaker (انہوں نے بتایا, هغه وویل, وی افزود).
# Urdu ان only as "ان کا کہنا" (his saying): "ان اطلاعات کی تردید" is "these reports".
PRONOUNS = {"ur": {"انہوں", "انھوں", "اُنہوں", "انہی"},
            "ps": {"هغه", "نوموړي", "نوموړی", "هغوی", "دوی"},
            "fa": {"او", "وی", "ایشان", "نامبرده"}}
_PRONOUN_KEYS = {k: {fold(w) for w in v} for k, v in PRONOUNS.items()}


def refers_back(text: str, lang: str, marker_at: int) -> bool:
    """A pronoun subject before the reporting marker of a source-language sentence."""
    L = {"prs": "fa", "fa": "fa", "ur": "ur", "ps": "ps"}.get(lang)
    if L is None or marker_at < 0:
        return False
    tokens = tokenize(text[:marker_at])
    if L == "ur" and tokens and tokens[-1].key == _UN:
        return True  # "ان کا کہنا تھا": the marker (کا کہنا) follows the pronoun
    return any(t.key in _PRONOUN_KEYS[L] for t in tokens)


_UN = fold("ان")


def attribute_english(text: str, person_hits=(), *, translated: bool = False) -> Attribution:
    """`translated`: the English is a machine translation, so only explicit patterns count
    (a capitalised first word of a rough translation is rarely the speaker, and a rebuttal is
    never read from it: translation moves negations)."""
    att = _english_markers(text, person_hits, translated)
    if (not translated and att.code != "none" and att.polarity == "asserted"
            and is_rebuttal(text, "en")):
        return replace(att, polarity="denied")
    return att


def _english_markers(text: str, person_hits, translated: bool) -> Attribution:
    deny = (_DENY_IN_TRANSLATION if translated else _DENY_ANY).search(
        without_unsaid_denials(text, "en"))
    claim = _CLAIM_ANY.search(text)
    verb = _VERB_ANY.search(text)
    accord = _ACCORDING.search(text)
    polarity = "denied" if deny else "asserted"
    markers = [m.start() for m in (deny, claim, verb, accord) if m]
    at = min(markers) if markers else -1
    if not markers:
        return Attribution()
    code = ("denied" if deny else "claimed" if claim else "according_to" if accord and not verb
            else "said")
    if code == "said" and has_quote(text):
        code = "quote"
    speaker = _nearest(person_hits, [(at, "")])
    if accord and not (deny or claim or verb):
        # "Zhirnov informed Foreign Minister Muttaqi of the decision, according to the
        # ministry": the source follows "according to"; a person before it is what is told
        after = [hit for hit in person_hits if hit[0] >= accord.start()]
        speaker = _nearest(after, [(accord.start(), "")]) if after else None
        if speaker is None:
            body = _QUALIFIER.search(accord.group(1)) and _QUALIFIED_BODY.match(
                text, accord.end(1))
            speaker = f"{accord.group(1)} {body.group(1)}" if body else None
    if not deny and not claim and verb and all(
            _IMPERSONAL.search(text[:m.start()]) for m in _VERB_ANY.finditer(text)):
        # "a group that it is said is linked with Hafiz Gul Bahadur" (که گفته می‌شود, کہا
        # جاتا ہے, ویل کېږي): hearsay nobody is named for, the person next to it included
        return Attribution("none", None, polarity, -1)
    verb_at = min(m.start() for m in (deny, claim, verb) if m) if (deny or claim or verb) else -1
    trailing = _TRAILING_ANON.search(text)
    if trailing and verb_at > trailing.start() and all(
            start < trailing.start() for start, _ in person_hits):
        # "The home belonged to a senior aide of Sirajuddin Haqqani, ..., the official added":
        # the one after the comma tells it, not the person it tells of
        who = SOURCES if re.search(r"\bsources?\b", trailing.group(), re.I) else ANONYMOUS
        return Attribution("sources" if who == SOURCES else "denied" if deny else "anonymous",
                           who, polarity, at)
    says_that = _SAYS_THAT.match(text, verb_at) if verb_at >= 0 else None
    if speaker is not None and verb_at >= 0 and all(
            start > verb_at + _SPEAKER_AFTER_VERB or says_that and says_that.end() <= start
            for start, _ in person_hits):
        # "the military rejected reports ..., saying it had struck hideouts of Hafiz Gul
        # Bahadur": a person named well after the verb is what is told, not who tells it
        speaker = None
    body = verb_at > 0 and _BODY_BEFORE_VERB.search(text[:verb_at])
    if body:
        # "... Mullah Mohammad Yaqoob, Qatar's foreign ministry said": the person is told of
        speaker = body.group(1)
    if speaker is None and translated:
        speaker = romanized_speaker(text)  # "police spokesperson taqi jawad says"
    if speaker is None and verb and _WITHHELD_EN.search(text) and not _SOURCES_EN.search(text):
        # "A trader who asked not to be named said": no passive "be named ... said"
        who = ANONYMOUS if _ANON_EN.search(text) else UNNAMED
        return Attribution("denied" if deny else "anonymous", who, polarity, at)
    if speaker is None and verb and not deny and all(
            _PASSIVE.search(text[:m.start()]) for m in _VERB_ANY.finditer(text)):
        # "Holders of Afghan Citizen Cards were later told to leave": who was told, not who
        # told them (but "No casualties were reported, officials said" has a speaker)
        return Attribution(code, None, polarity, at)
    if speaker is None and verb_at > 0 and _anonymous_subject(text, verb_at):
        return Attribution("denied" if deny else "anonymous", ANONYMOUS, polarity, at)
    if speaker is None and accord:
        speaker = _clean_name(accord.group(1))
    apposed = _APPOSED.search(text)
    if apposed and speaker is not None and not any(
            apposed.end(1) <= start < apposed.start(2) for start, _ in person_hits):
        apposed = None  # the glossary's person is the name itself: its id is the speaker
    if apposed and (name := _clean_name(apposed.group(1))) \
            and not _ANON_EN.fullmatch(apposed.group(1).strip()):
        # '"...," Ayesha Raza Farooq, the prime minister's focal person for polio, told
        # Reuters': the name before the apposition speaks, not a person named inside it
        speaker = name
    if speaker is None:
        pos = 0
        while m := _VERB_AFTER_NAME.search(text, pos):
            pos = m.end()
            if re.search(r"\b(?:to|told|with|in|at|near)\s+$", text[:m.start(1)]) or re.match(
                    r"\s*to\s", text[m.end(1):m.start(2)]):
                # "returnees to Ariana News said", "spokesperson ... Radio Azadi to said"
                # (ازادي راډیو ته وویل), "in talks with TOLOnews said": the listener; "a
                # Chinese diplomatic source in Kabul said": where the speaker is
                continue
            if _INTRODUCTORY.match(m.group(1)) and re.match(r"\s*,", text[m.end(1):]):
                pos = m.end(1) + 1  # "Separately, Bugti said": the speaker follows the comma
                continue
            name = None if _modifies_a_group(text, m.end(1)) else _clean_name(m.group(1))
            if name and not _ANON_EN.fullmatch(m.group(1).strip()):
                speaker = name
                break
    if speaker is None:
        m = _INVERTED_AFTER_CLAUSE.search(text) or _VERB_BEFORE_NAME.search(text)
        if m and m.group(2).split()[0] not in _NOT_SPEAKERS - {"The"} | _CALENDAR_WORDS:
            speaker = _clean_name(m.group(2))
    if speaker is None and verb_at > 0 and not translated:
        m = re.match(rf"\W*({_NAME})(?!['’])", text)  # "Haqqani further ... added that"
        dateline = m and re.match(r"\s*[:\u2013\u2014-]", text[m.end():])  # "ISLAMABAD: ..."
        intro = m and _INTRODUCTORY.match(m.group(1)) and re.match(r"\s*,", text[m.end():])
        if m and not dateline and not intro and 0 <= verb_at - m.end() < 60 \
                and not _modifies_a_group(text, m.end()):
            speaker = _clean_name(m.group(1))
    if speaker is None:
        if _SOURCES_EN.search(text) and re.search(r"\bsources?\b", text, re.I):
            return Attribution("sources", SOURCES, polarity, at)
        if any(not (translated and _ADDRESSED_BEFORE_VERB.match(text, m.end()))
               for m in _ANON_EN.finditer(text) if m.group().strip()):
            return Attribution("denied" if deny else "anonymous", ANONYMOUS, polarity, at)
    return Attribution(code, speaker, polarity, at)


# ", the official added.", ", two security sources told Reuters.": a trailing unnamed teller
_TRAILING_ANON = re.compile(
    rf",\s+(?:the|a|an|one|two|three|several|some)\s+(?:[\w-]+\s+){{0,3}}?(?:official|officials|"
    rf"officer|officers|source|sources|diplomat|diplomats|aide|aides|commander|commanders)"
    rf"\s+(?:also\s+)?(?:{_VERBS})\b"
    # ...which may run on into what the teller went on to do: ", the official said, stressing
    # that planners had spent weeks ...", "a Russian diplomat told Reuters, speaking on
    # condition of anonymity ..."
    rf"[^,;]*(?:,\s+(?:stressing|adding|saying|noting|insisting|explaining|citing|"
    rf"declining|speaking|describing)\b.*)?$", re.I)
_WITHHELD_EN = re.compile(
    r"\b(?:(?:asked|declined|did not want|refused|requested) (?:not )?to be (?:named|identified)"
    r"|on (?:the )?condition (?:of|that he not be named|that she not be named)|anonymity"
    r"|speaking anonymously|(?:did not|would not) give (?:his|her|their) (?:full )?names?)",
    re.IGNORECASE)


_IMPERSONAL = re.compile(r"\bit\s+(?:is|was|has\s+been)\s+$", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be)\s+(?:\w+\s+)?$", re.IGNORECASE)
_SPEAKER_AFTER_VERB = 30  # "said Interior Minister Sarfraz Bugti" still names the speaker
# ...but never one after "says that": "the suspect ... says that wanting their Imran Khan
# kill" (word-by-word Pashto) tells of Imran Khan
_SAYS_THAT = re.compile(r"\w+\s+that\b", re.IGNORECASE)
# ", Qatar's foreign ministry said", "Pakistan's military rejected ...": a body right before
# the verb speaks, not a person named before or after it
_BODY_BEFORE_VERB = re.compile(
    r"(?:^|,\s+)((?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+){0,3}(?:[a-z]+\s+){0,2}"
    r"(?:ministry|office|agency|"
    r"army|military|wing|embassy|commission|council|committee|department|government|"
    r"administration))\s+(?:(?:has|have|had)\s+)?(?:also\s+)?$")


# "Separately, security forces said", "On Tuesday, police said", "In Kabul, officials said":
# the opening phrase before the comma sets the scene; the speaker comes after it
_INTRODUCTORY = re.compile(r"(?:[A-Z][a-z]+ly|(?:On|In|At|From|After|Before|During|Since|"
                           r"Under|With|For|By|Across|Near|Inside|Outside|Last|This|Next|"
                           r"Earlier|Later|Meanwhile|However|Also|Still|Yet|Then|Now|Today|"
                           r"Yesterday|Moreover|Furthermore|Besides|Instead|Overall|"
                           r"Elsewhere|Nevertheless|Nonetheless|Additionally|Separately)\b)")


# Word-by-word Urdu/Pashto/Dari puts the one addressed before the verb with a postposition:
# "Taliban officials from has demanded" (طالبان حکام سے مطالبہ کیا), "officials to said"
_TO_WHOM = r"\s+(?:from|to)(?:\s+(?:has|have|had|is|are|was|were|been))*"
_ADDRESSED = re.compile(_TO_WHOM + r"\s*")
_ADDRESSED_BEFORE_VERB = re.compile(_TO_WHOM + rf"\s+(?:{_VERBS})\b")


def _anonymous_subject(text: str, verb_at: int) -> bool:
    """An unnamed official is the subject: "a senior police official in Peshawar said" but not
    "Taliban official Zabihullah Mujahid said"."""
    for m in _ANON_EN.finditer(text, 0, verb_at):
        if not m.group().strip():
            continue
        between = text[m.end():verb_at]
        if re.match(r"\s*,?\s*[A-Z][a-z]", between) and not re.match(r"\s*,?\s*(?:The|A)\b",
                                                                   between):
            continue
        if _ADDRESSED.fullmatch(between):
            continue  # word-by-word "UNAMA Taliban officials from has demanded" (سے): asked of them
        if len(between) <= 60:
            return True
    return False
