"""A hand-built `Comparison` that fills every table of `xsource.comparison.COLUMNS`.

Two stories: the Nov 2023 expulsion of undocumented Afghans (English, Urdu, Pashto, Dari, plus
one hostile outlet whose title, name, URL and body carry HTML/JS/Markdown injections), and a
small Torkham-crossing story. It has every cluster status, every conflict kind, a rounding
agreement, a glossary-only translation, a language mismatch, skipped inputs and a duplicate.
"""

from __future__ import annotations

import polars as pl

from xsource.comparison import SCHEMA_VERSION, Comparison
from xsource.records import Duplicate, RunSummary, Skipped
from xsource.report.types import default_schema

GLOSS = "3f2a9c1e"
EVIL_OUTLET = 'Evil <script>alert("outlet")</script> | News'
EVIL_TITLE = "Breaking <img src=x onerror=alert('title')> news"
EVIL_URL = "javascript:alert('url')"
EVIL_TEXT = "<script>alert('body')</script> says 3 million | [click](javascript:alert(1)) left."

A_DAWN, A_BBCU, A_PAJ, A_TOLO, A_EVIL, A_DAWN2, A_TOLO2 = (
    "d0a1d0a1d0a1d0a1", "b1b1b1b1b1b1b1b1", "a2a2a2a2a2a2a2a2", "c3c3c3c3c3c3c3c3",
    "e4e4e4e4e4e4e4e4", "d5d5d5d5d5d5d5d5", "c6c6c6c6c6c6c6c6",
)


def _article(aid, outlet, lang, title, signature, story, *, url=None, mismatch=None,
             glossary_only=False, backends=("argos",)):
    return {
        "id": aid, "path": f"samples/{outlet.split()[0].lower()}-{aid[:4]}.txt", "outlet": outlet,
        "title": title, "date": "2023-11-01", "url": url, "lang": lang, "lang_confidence": 0.97,
        "lang_mismatch": mismatch, "signature": signature, "backends": list(backends),
        "glossary_only": glossary_only, "story_id": story,
    }


ARTICLES = [
    _article(A_DAWN, "Dawn", "en", "Deadline for undocumented Afghans ends", f"identity:en|gloss:{GLOSS}",
             "s1", url="https://www.dawn.com/news/1785331", backends=("identity",)),
    _article(A_BBCU, "BBC Urdu", "ur", "افغان شہریوں کی واپسی کی ڈیڈ لائن",
             f"argos:ur-en@1.9|gloss:{GLOSS}", "s1", url="https://www.bbc.com/urdu/articles/x1"),
    _article(A_PAJ, "Azadi Radio", "ps", "له پاکستانه د افغان کډوالو ایستل",
             f"glossary:ps-en|gloss:{GLOSS}", "s1", glossary_only=True, backends=("glossary",),
             mismatch="header said prs, detector said ps"),
    _article(A_TOLO, "Tolo News", "prs", "اخراج مهاجران افغان از پاکستان",
             f"argos:fa-en@1.9|gloss:{GLOSS}", "s1", url="http://tolonews.com/fa/afghanistan-185"),
    _article(A_EVIL, EVIL_OUTLET, "en", EVIL_TITLE, f"identity:en|gloss:{GLOSS}", "s1",
             url=EVIL_URL, backends=("identity",)),
    _article(A_DAWN2, "Dawn", "en", "Torkham reopens", f"identity:en|gloss:{GLOSS}", "s2",
             url='https://www.dawn.com/news/torkham"onmouseover="alert(1)', backends=("identity",)),
    _article(A_TOLO2, "Tolo News", "prs", "بازگشایی تورخم", f"argos:fa-en@1.9|gloss:{GLOSS}", "s2"),
]
_OUTLET = {a["id"]: a["outlet"] for a in ARTICLES}
_LANG = {a["id"]: a["lang"] for a in ARTICLES}
_SIG = {a["id"]: a["signature"] for a in ARTICLES}


def _num(value, text, hedge=None, unit="people"):
    return {"value": value, "text": text, "hedge": hedge, "unit": unit}


def _date(value, text, calendar="gregorian"):
    return {"value": value, "text": text, "calendar": calendar}


def _claim(aid, index, text, text_en, cluster, story="s1", *, numbers=(), dates=(), entities=(),
           speaker=None, attribution="none", polarity="asserted"):
    return {
        "id": f"{aid}:{index}", "article_id": aid, "path": f"samples/{aid[:4]}.txt",
        "outlet": _OUTLET[aid], "lang": _LANG[aid], "index": index, "text": text,
        "text_en": text_en, "start": index * 100, "end": index * 100 + len(text),
        "numbers": list(numbers), "dates": list(dates), "entities": list(entities),
        "speaker": speaker, "attribution": attribution, "polarity": polarity,
        "signature": _SIG[aid], "story_id": story, "cluster_id": cluster,
        "cluster_ids": [cluster] if cluster else [],
    }


CLAIMS = [
    # c1: how many must leave -- number conflict (1.73M/1.7M agree by rounding, ~2M conflicts)
    _claim(A_DAWN, 0, "About 1.73 million Afghans without documents must leave by October 31.",
           "About 1.73 million Afghans without documents must leave by October 31.", "s1-c1",
           numbers=[_num(1730000.0, "1.73 million", "about")],
           dates=[_date("2023-10-31", "October 31")], entities=["afghans", "pakistan"]),
    _claim(A_BBCU, 0, "پاکستان میں غیر قانونی طور پر مقیم تقریباً 17 لاکھ افغان شہریوں کو 31 اکتوبر تک ملک چھوڑنے کا حکم دیا گیا ہے۔",
           "About 1.7 million Afghan citizens living illegally in Pakistan have been ordered to leave the country by October 31.",
           "s1-c1", numbers=[_num(1700000.0, "17 لاکھ", "about")],
           dates=[_date("2023-10-31", "31 اکتوبر")], entities=["afghans", "pakistan"]),
    _claim(A_PAJ, 0, "پاکستان له نږدې ۲ میلیونه افغان کډوالو غوښتي چې د نومبر تر لومړۍ نېټې هېواد پرېږدي.",
           "Pakistan has asked nearly 2 million Afghan refugees to leave the country by the first of November.",
           "s1-c1", numbers=[_num(2000000.0, "۲ میلیونه", "nearly")],
           dates=[_date("2023-11-01", "د نومبر تر لومړۍ نېټې")], entities=["afghans", "pakistan"]),
    # c2: returns so far -- number conflict, Dari with Extended digits and ZWNJ
    _claim(A_TOLO, 1, "به گفتهٔ وزارت مهاجرین، بیش از ۱۵۰ هزار مهاجر افغان از پاکستان اخراج شده‌اند.",
           "According to the Ministry of Refugees, more than 150 thousand Afghan migrants have been expelled from Pakistan.",
           "s1-c2", numbers=[_num(150000.0, "۱۵۰ هزار", "more_than")], entities=["moran"],
           speaker="moran", attribution="according_to"),
    _claim(A_DAWN, 1, "The UNHCR said 128,000 Afghans had returned since October.",
           "The UNHCR said 128,000 Afghans had returned since October.", "s1-c2",
           numbers=[_num(128000.0, "128,000")], entities=["unhcr"], speaker="unhcr",
           attribution="said"),
    # c3: who said the deadline stands -- attribution conflict (minister vs "sources")
    _claim(A_DAWN, 2, "Caretaker Interior Minister Sarfraz Bugti said the deadline would not be extended.",
           "Caretaker Interior Minister Sarfraz Bugti said the deadline would not be extended.",
           "s1-c3", entities=["sarfraz_bugti"], speaker="sarfraz_bugti", attribution="said"),
    _claim(A_BBCU, 1, "ذرائع کے مطابق ڈیڈ لائن میں توسیع نہیں کی جائے گی۔",
           "According to sources, the deadline will not be extended.", "s1-c3",
           speaker="sources", attribution="sources"),
    # c4: the drive targets only the undocumented -- polarity conflict
    _claim(A_DAWN, 3, "Officials said the drive targets only undocumented foreigners.",
           "Officials said the drive targets only undocumented foreigners.", "s1-c4",
           speaker="anonymous official", attribution="anonymous"),
    _claim(A_TOLO, 2, "طالبان رد کردند که این کارزار تنها مهاجران بدون مدرک را هدف قرار داده است.",
           "The Taliban denied that the campaign targets only migrants without documents.",
           "s1-c4", entities=["taliban"], speaker="taliban", attribution="denied",
           polarity="denied"),
    # c5: agreement on the Torkham crossing being the main exit
    _claim(A_DAWN, 4, "Most returnees crossed at Torkham.", "Most returnees crossed at Torkham.",
           "s1-c5", entities=["torkham"]),
    _claim(A_TOLO, 3, "بیشتر بازگشت‌کنندگان از طریق تورخم عبور کردند.",
           "Most returnees crossed through Torkham.", "s1-c5", entities=["torkham"]),
    # c6 single: hostile text from an untrusted outlet
    _claim(A_EVIL, 0, EVIL_TEXT, EVIL_TEXT, "s1-c6", numbers=[_num(3000000.0, "3 million")]),
    # c7 single: Pashto only, glossary-only translation
    _claim(A_PAJ, 1, "کډوال په تورخم کې د ښې ورځې په تمه دي.",
           "refugees in Torkham wait for good day.", "s1-c7", entities=["torkham"]),
    # story 2: Torkham reopening -- agree
    _claim(A_DAWN2, 0, "The Torkham border reopened on Tuesday after nine days.",
           "The Torkham border reopened on Tuesday after nine days.", "s2-c1", story="s2",
           numbers=[_num(9.0, "nine", unit="days")], entities=["torkham"]),
    _claim(A_TOLO2, 0, "گذرگاه تورخم پس از ۹ روز روز سه‌شنبه بازگشایی شد.",
           "The Torkham crossing reopened on Tuesday after 9 days.", "s2-c1", story="s2",
           numbers=[_num(9.0, "۹", unit="days")], entities=["torkham"]),
]


def _cluster(cid, label, status, claim_ids, story="s1", conflicts=(), rounding=False, score=0.8):
    outlets = list(dict.fromkeys(_OUTLET[c.split(":")[0]] for c in claim_ids))
    return {"id": cid, "story_id": story, "label": label, "status": status,
            "conflicts": list(conflicts), "rounding": rounding, "outlets": outlets,
            "claim_ids": list(claim_ids), "score": score}


CLUSTERS = [
    _cluster("s1-c1", "Undocumented Afghans must leave by the deadline", "conflict",
             [f"{A_DAWN}:0", f"{A_BBCU}:0", f"{A_PAJ}:0"], conflicts=["number", "date"],
             rounding=True, score=0.74),
    _cluster("s1-c2", "Afghans returned or expelled so far", "conflict",
             [f"{A_TOLO}:1", f"{A_DAWN}:1"], conflicts=["number"], score=0.61),
    _cluster("s1-c3", "The deadline will not be extended", "conflict",
             [f"{A_DAWN}:2", f"{A_BBCU}:1"], conflicts=["attribution"], score=0.83),
    _cluster("s1-c4", "The drive targets only the undocumented", "conflict",
             [f"{A_DAWN}:3", f"{A_TOLO}:2"], conflicts=["polarity"], score=0.7),
    _cluster("s1-c5", "Most returnees crossed at Torkham", "agree",
             [f"{A_DAWN}:4", f"{A_TOLO}:3"], score=0.91),
    _cluster("s1-c6", "<b>3 million</b> | left", "single", [f"{A_EVIL}:0"], score=1.0),
    _cluster("s1-c7", "Refugees wait at Torkham", "single", [f"{A_PAJ}:1"], score=1.0),
    _cluster("s2-c1", "Torkham reopened after nine days", "agree",
             [f"{A_DAWN2}:0", f"{A_TOLO2}:0"], story="s2", score=0.88),
]

_BY_ID = {c["id"]: c for c in CLAIMS}


def _conflict(cid, cluster, kind, importance, a, b, value_a, value_b, note=""):
    ca, cb = _BY_ID[a], _BY_ID[b]
    return {
        "id": cid, "story_id": ca["story_id"], "cluster_id": cluster, "kind": kind,
        "importance": importance, "outlet_a": ca["outlet"], "outlet_b": cb["outlet"],
        "claim_a": a, "claim_b": b, "value_a": value_a, "value_b": value_b,
        "text_a": ca["text"], "text_b": cb["text"], "text_en_a": ca["text_en"],
        "text_en_b": cb["text_en"], "lang_a": ca["lang"], "lang_b": cb["lang"],
        "signature_a": ca["signature"], "signature_b": cb["signature"], "note": note,
    }


CONFLICTS = [
    _conflict("k3", "s1-c2", "number", 0.62, f"{A_TOLO}:1", f"{A_DAWN}:1", "more than 150 thousand",
              "128,000"),
    _conflict("k1", "s1-c1", "number", 0.95, f"{A_BBCU}:0", f"{A_PAJ}:0", "1.7 million",
              "nearly 2 million", "nearly 2 million is outside the rounding of 1.7 million"),
    _conflict("k6", "s1-c1", "number", 0.93, f"{A_DAWN}:0", f"{A_PAJ}:0", "about 1.73 million",
              "nearly 2 million"),
    _conflict("k2", "s1-c1", "date", 0.9, f"{A_BBCU}:0", f"{A_PAJ}:0", "2023-10-31", "2023-11-01"),
    _conflict("k4", "s1-c3", "attribution", 0.7, f"{A_DAWN}:2", f"{A_BBCU}:1", "Sarfraz Bugti",
              "sources", "named official vs anonymous sources"),
    _conflict("k5", "s1-c4", "polarity", 0.55, f"{A_DAWN}:3", f"{A_TOLO}:2", "asserted", "denied"),
]

LINKS = [
    {"cluster_id": "s1-c1", "claim_a": f"{A_DAWN}:0", "claim_b": f"{A_BBCU}:0", "score": 0.81,
     "evidence": "text 0.78; entities afghans, pakistan; number 1.73M ~ 1.7M (rounding)"},
    {"cluster_id": "s1-c1", "claim_a": f"{A_BBCU}:0", "claim_b": f"{A_PAJ}:0", "score": 0.67,
     "evidence": "text 0.61; entities afghans, pakistan"},
    {"cluster_id": "s1-c5", "claim_a": f"{A_DAWN}:4", "claim_b": f"{A_TOLO}:3", "score": 0.91,
     "evidence": "text 0.91; entities torkham"},
    {"cluster_id": "s2-c1", "claim_a": f"{A_DAWN2}:0", "claim_b": f"{A_TOLO2}:0", "score": 0.88,
     "evidence": "text 0.86; entities torkham; number 9"},
]

STORIES = [
    {"id": "s1", "label": "Pakistan orders undocumented Afghans to leave",
     "article_ids": [A_DAWN, A_BBCU, A_PAJ, A_TOLO, A_EVIL],
     "outlets": ["Dawn", "BBC Urdu", "Azadi Radio", "Tolo News", EVIL_OUTLET],
     "languages": ["en", "ur", "ps", "prs"]},
    {"id": "s2", "label": "Torkham crossing reopens", "article_ids": [A_DAWN2, A_TOLO2],
     "outlets": ["Dawn", "Tolo News"], "languages": ["en", "prs"]},
]


def _omissions():
    rows = []
    for story in STORIES:
        for cluster in CLUSTERS:
            if cluster["story_id"] != story["id"]:
                continue
            for outlet in story["outlets"]:
                rows.append({"story_id": story["id"], "cluster_id": cluster["id"],
                             "outlet": outlet, "reported": outlet in cluster["outlets"]})
    return rows


FRAMING = [
    {"story_id": "s1", "outlet": "Dawn", "entry_id": "undocumented", "tag": "undocumented",
     "canonical": "undocumented", "surface": "without documents", "lang": "en", "count": 2},
    {"story_id": "s1", "outlet": "BBC Urdu", "entry_id": "illegal_migrants", "tag": "illegal_migrants",
     "canonical": "illegal migrants", "surface": "غیر قانونی طور پر مقیم", "lang": "ur", "count": 1},
    {"story_id": "s1", "outlet": "Azadi Radio", "entry_id": "refugees", "tag": "refugees",
     "canonical": "refugees", "surface": "کډوالو", "lang": "ps", "count": 2},
    {"story_id": "s1", "outlet": "Tolo News", "entry_id": "expel", "tag": "expel",
     "canonical": "expel", "surface": "اخراج", "lang": "prs", "count": 1},
    {"story_id": "s1", "outlet": "Tolo News", "entry_id": "migrants", "tag": "migrants",
     "canonical": "migrants", "surface": "مهاجر", "lang": "prs", "count": 2},
    {"story_id": "s1", "outlet": EVIL_OUTLET, "entry_id": "x", "tag": "<i>tag</i>",
     "canonical": "<svg onload=alert(1)>", "surface": "<script>alert(2)</script>", "lang": "en",
     "count": 1},
]


def _agreement():
    rows = []
    pairs = {("Dawn", "BBC Urdu"): (3, 1, 2), ("Dawn", "Azadi Radio"): (1, 1, 0),
             ("Dawn", "Tolo News"): (3, 1, 2), ("BBC Urdu", "Azadi Radio"): (1, 0, 1)}
    for (a, b), (shared, agree, conflict) in pairs.items():
        rows.append({"story_id": "s1", "outlet_a": a, "outlet_b": b, "shared": shared,
                     "agree": agree, "conflict": conflict, "score": agree / shared})
    rows.append({"story_id": "s2", "outlet_a": "Dawn", "outlet_b": "Tolo News", "shared": 1,
                 "agree": 1, "conflict": 0, "score": 1.0})
    return rows


def _frame(table: str, rows: list[dict]) -> pl.DataFrame:
    schema = default_schema(table)
    return pl.DataFrame({k: [r[k] for r in rows] for k in schema}, schema=schema)


SUMMARY = RunSummary(
    inputs=10,
    articles=7,
    skipped=(
        Skipped("samples/empty.txt", "empty", "samples/empty.txt: empty file; remove it or add text"),
        Skipped("samples/photo.jpg", "binary", "samples/photo.jpg: binary file; give text, HTML or JSON"),
        Skipped("samples/old.txt", "encoding", "samples/old.txt: cannot decode; save it as UTF-8"),
    ),
    duplicates=(Duplicate(A_DAWN, "samples/dawn.txt", "samples/dawn-copy.txt"),),
    notes=("1 article: language header disagrees with detection",),
)

META = {
    "xsource_version": "0.1.0", "schema_version": SCHEMA_VERSION, "created": "2026-11-26T05:00:00Z",
    "glossary_hash": GLOSS, "backend": "auto",
    "signatures": sorted({a["signature"] for a in ARTICLES}),
}


def fixture_comparison() -> Comparison:
    return Comparison(
        articles=_frame("articles", ARTICLES),
        stories=_frame("stories", STORIES),
        claims=_frame("claims", CLAIMS),
        clusters=_frame("clusters", CLUSTERS),
        links=_frame("links", LINKS),
        conflicts=_frame("conflicts", CONFLICTS),
        omissions=_frame("omissions", _omissions()),
        framing=_frame("framing", FRAMING),
        agreement=_frame("agreement", _agreement()),
        summary=SUMMARY,
        meta=dict(META),
    )


def many_conflicts_comparison(count: int) -> Comparison:
    """The fixture with `count` number conflicts in story s1 (importance falling with the id)."""
    base = fixture_comparison()
    row = CONFLICTS[1]
    rows = [{**row, "id": f"m{i:04d}", "cluster_id": f"s1-m{i:04d}", "importance": 1.0 - i / (count + 1)}
            for i in range(count)]
    from dataclasses import replace

    return replace(base, conflicts=_frame("conflicts", rows))
