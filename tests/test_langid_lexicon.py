"""Dari vs Iranian Persian on news text: the weighted lexicon of regionally marked words
(`xsource/langid/data/persian_cues.tsv`) and dated month names. Sentences written for this
test (not from the wild evaluation set)."""

from __future__ import annotations

from collections import Counter

import pytest

from xsource.langid import detect
from xsource.langid.ngram import ZWNJ, persian_words
from xsource.langid.persian import CUES_PATH, TIER_WEIGHTS, lexicon_hits, load_cues


def entries() -> list[tuple[str, str, str]]:
    rows = []
    for line in CUES_PATH.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            phrase, side, tier = line.split("\t")[:3]
            rows.append((phrase, side, tier))
    return rows


def hits(text: str) -> list[str]:
    words = [p for w in persian_words(text) for p in w.split(ZWNJ) if p]
    return [entry for entry, _ in lexicon_hits(words)]


# Iranian-looking ZWNJ everywhere, nothing regional: the n-grams alone say fa.
ZWNJ_HEAVY = "گزارش‌ها نشان می‌دهد که {} در هفته‌های اخیر بارها خبرساز شده‌است."
# Joined verbs and plurals without ZWNJ, nothing regional: the n-grams alone say prs.
NO_ZWNJ = "گزارش ها نشان میدهد که {} در هفته های اخیر بارها خبرساز شده است."


def test_the_two_templates_lean_opposite_ways_on_their_own():
    assert detect(ZWNJ_HEAVY.format("این موضوع")).lang == "fa"
    assert detect(NO_ZWNJ.format("این موضوع")).lang == "prs"


@pytest.mark.parametrize("phrase, side", [(p, s) for p, s, t in entries() if t == "decisive"])
def test_one_decisive_word_outweighs_the_writing_habit(phrase, side):
    assert detect(ZWNJ_HEAVY.format(phrase)).lang == side
    assert detect(NO_ZWNJ.format(phrase)).lang == side


@pytest.mark.parametrize("text", [
    "مسئولان ولسوالی‌های شرقی می‌گویند که کمک‌ها هنوز به روستاها نرسیده‌است.",
    "به گفته سخنگوی وزارت، عودت‌کنندگان در کمپ‌های موقت نگه‌داری می‌شوند.",
    "قیمت آرد در بازارهای کابل به ۲۵ دالر در هر بوری رسیده‌است.",
    "این برنامه از پانزدهم جنوری آغاز می‌شود و تا پایان سال ادامه خواهد داشت.",
    "کمیشنری حقوق بشر می‌گوید که گزارش‌های تازه را بررسی می‌کند.",
    "آتش‌سوزی در یک تانک‌تیل در شهر جلال‌آباد خسارت‌های زیادی به‌جا گذاشت.",
    "تاجران در همبستگی با معترضان دکان‌های خود را بسته کردند و گفتند که رفت و آمد در دو سوی "
    "خط دیورند دشوار شده‌است.",
])
def test_dari_news_written_with_zwnj_is_dari(text):
    assert detect(text).lang == "prs"


# An Afghan outlet that writes standard orthography (ZWNJ in every few words) at article
# length: its Afghan words must still outweigh the habit, which grows with the text.
_LONG_DARI = " ".join([
    "مسئولان انستیتوت‌های طبی در کابل می‌گویند که مقام‌های وزارت صحت عامه طالبان به آن‌ها "
    "گفته‌اند که دختران دیگر به صنف‌های قابلگی و نرسنگ نیایند.",
    "این تصمیم روز دوشنبه ۱۲ قوس ۱۴۰۳ به مسئولان این مراکز ابلاغ شد.",
    "شماری از دانشجویان در هرات و مزارشریف نیز گفتند که از این تصمیم آگاه شده‌اند و "
    "نمی‌دانند به کجا بروند.",
    "یک دانشجوی رشته‌ی فارمسی در پیامی صوتی گفت که خانواده‌اش برای هزینه‌های تحصیل او قرض "
    "گرفته‌است و حالا همه‌چیز از دست رفته‌است.",
    "سازمان ملل متحد و نهادهای حقوق بشری از طالبان خواسته‌اند که این تصمیم را لغو کنند.",
    "پیش از این، طالبان در ۳۰ قوس ۱۴۰۱ درهای دانشگاه‌ها را به روی دختران بسته بودند.",
] * 4)


def test_long_dari_article_written_with_zwnj_is_dari():
    assert len(persian_words(_LONG_DARI)) > 300
    assert detect(_LONG_DARI).lang == "prs"


@pytest.mark.parametrize("text", [
    "به گزارش ایسنا، از اول مهر تاکنون بیش از ۲۰ هزار نفر از مرز عبور کرده اند.",
    "استانداری کرمان اعلام کرد که طرح جدید از اول خرداد اجرا میشود.",
    "قیمت هر کیلو برنج در بازار به ۹۰ هزار تومان رسیده است.",
    "نشست بعدی روز بیستم دی ماه برگزار خواهد شد.",
])
def test_iranian_news_typed_without_zwnj_is_iranian(text):
    assert detect(text).lang == "fa"


def test_afghan_month_after_an_ordinal_day_word_is_a_dari_date():
    neutral = "مهلت ثبت نام روز {} به پایان رسید و نتایج هفته آینده اعلام می‌شود."
    assert detect(neutral.format("دهم حوت")).lang == "prs"
    assert detect(neutral.format("بیست و یکم دلو")).lang == "prs"
    assert detect(neutral.format("دهم اسفند")).lang == "fa"


def test_a_phrase_matches_written_with_space_zwnj_or_joined_and_counts_once():
    for written in ("عودت کنندگان", "عودت‌کنندگان", "عودتکنندگان"):
        assert hits(f"شمار {written} افزایش یافت") == ["عودت کنندگان"]


def test_inflected_forms_find_their_base_entry():
    assert hits("موترها و ولسوالی‌های ولایتی") == ["موتر", "ولسوالی", "ولایت"]
    assert hits("استانداران و خودروهای دولتی") == ["استاندار", "خودرو"]


def test_longer_phrase_wins_over_its_first_word():
    # ولایت alone is Afghan (province); ولایت فقیه is Iranian political vocabulary.
    assert hits("ولایت فقیه") == ["ولایت فقیه"]
    assert hits("ولایت هرات") == ["ولایت"]


def test_shared_words_are_not_cues():
    assert hits("میلیون آمریکا ماشین ترافیک ریاست اداره میلیارد") == []


def test_lexicon_rows_are_well_formed_and_unique():
    rows = entries()
    assert len(rows) > 100
    for phrase, side, tier in rows:
        assert side in ("prs", "fa") and tier in TIER_WEIGHTS, phrase
    keys = Counter("".join(persian_words(p.replace(" ", ""))).replace(ZWNJ, "") for p, _, _ in rows)
    assert [k for k, n in keys.items() if n > 1] == []


def test_bad_lexicon_row_is_one_clear_error(tmp_path):
    path = tmp_path / "cues.tsv"
    path.write_text("# comment\nولسوالی\tprs\tdecisive\tok\nدالر\tprs\tvery strong\n",
                    encoding="utf-8")
    with pytest.raises(ValueError) as info:
        load_cues(path)
    assert str(info.value) == (f"{path}:3: expected phrase, side (prs or fa) and tier "
                               "(decisive, strong, weak) separated by tabs")


def test_words_above_weak_never_appear_on_the_other_side_of_flores_dev(flores_dir):
    # The tiering rule: FLORES dev showing a word in the other variety caps it at `weak`.
    seen = {}
    for label, code in (("prs", "prs_Arab"), ("fa", "pes_Arab")):
        lines = (flores_dir / "dev" / f"{code}.dev").read_text(encoding="utf-8").splitlines()
        seen[label] = Counter(entry for line in lines for entry in hits(line))
    wrong = [(phrase, side, tier) for phrase, side, tier in entries() if tier != "weak"
             and seen["fa" if side == "prs" else "prs"][phrase]]
    assert wrong == []
