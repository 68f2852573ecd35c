"""Read number expressions (digits, words, scale words, fractions) from a token stream.

One expression is a run of groups, each closed by a scale word smaller than the one before
(4 لاکھ 52 ہزار 273, ۱ میلیون و ۷۰۰ هزار, two hundred and five thousand). Two digit runs are
never joined unless a scale word sits between them, so neighbours are not merged, and a run
never starts again inside itself, so one number is not split.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from xsource.numbers import lexicon as lx
from xsource.numbers.tokens import Token, only_space, read_digits

ORDINAL_SUFFIX = {"st", "nd", "rd", "th", "ویں", "واں", "وین", "ام", "م", "مین", "امین", "ym"}


@dataclass
class Parsed:
    value: Fraction
    first: int  # token index of the first token
    last: int  # token index one past the last token
    digits_only: bool  # a single digit token, nothing else
    ambiguous: bool  # only words that are also common non-number words
    grouped: bool  # the digit token had thousands separators
    has_fraction_word: bool = False


def _trailing_zeros(v: Fraction) -> int:
    if v.denominator != 1 or v == 0:
        return 0
    n, z = int(v), 0
    while n % 10 == 0:
        n //= 10
        z += 1
    return z


def _adjacent(text: str, a: Token, b: Token) -> bool:
    return only_space(text[a.end:b.start])


def parse_at(toks: list[Token], i: int, text: str, lang: str) -> Parsed | None:
    L = lx.table_lang(lang)
    words, scales, hundred = lx.WORDS[L], lx.SCALES[L], lx.HUNDRED[L]
    halves, wholes = lx.HALF.get(L, set()), lx.WHOLE_FRACTIONS.get(L, {})
    prefixes, connectors = lx.PREFIX_FRACTIONS.get(L, {}), lx.CONNECTORS[L]
    n = len(toks)
    total = Fraction(0)
    group: Fraction | None = None
    group_kind = None
    last_added = Fraction(0)
    last_scale: int | None = None
    prefix: Fraction | None = None
    after_connector = False
    end = i
    j = i
    ambiguous = True
    grouped = False
    digit_tokens = word_tokens = 0
    frac_word = False

    def nxt_key(k: int) -> str | None:
        if k + 1 < n and _adjacent(text, toks[k], toks[k + 1]):
            return toks[k + 1].key
        return None

    while j < n:
        t = toks[j]
        if j > i and not _adjacent(text, toks[j - 1], t):
            break
        k = t.key
        if t.kind == "num":
            rd = read_digits(t.text)
            if rd is None or group is not None:
                break
            if last_scale is not None and (L == "en" or rd[0] >= last_scale):
                break
            group, group_kind, last_added = rd[0], "digits", rd[0]
            if prefix is not None:
                group, prefix = group + prefix, None  # ساڑھے 3 لاکھ
            grouped = grouped or rd[1]
            digit_tokens += 1
            ambiguous = False
        elif t.kind == "sym":
            if t.text == "-" and L == "en" and group_kind == "words" and group is not None:
                after_connector = True
                j += 1
                continue
            break
        elif k in words and not (k in hundred and group is not None):
            v = Fraction(words[k])
            if group is None:
                if last_scale is not None and v >= last_scale:
                    break
                if prefix is not None:
                    v, prefix = v + prefix, None
                    frac_word = True
                group, group_kind = v, "words"
            elif group_kind == "words" and v < 10 ** _trailing_zeros(last_added) and v > 0:
                group += v
            elif (L == "ps" and group_kind == "words" and last_added < 10 and v % 10 == 0
                  and 20 <= v <= 90 and not after_connector):
                group += v  # دوه ویشت: the unit is said before the tens in Pashto
            else:
                break
            last_added = v
            word_tokens += 1
            if k not in lx.AMBIGUOUS.get(L, set()):
                ambiguous = False
        elif k in hundred:
            if group is None or group >= 100 or group.denominator != 1:
                break
            group *= 100
            last_added = group
            ambiguous = False
        elif k in scales and scales[k]:
            s = scales[k]
            if k in ("m", "k") and (group_kind != "digits" or t.start != toks[j - 1].end):
                break  # 1.3m, 20k: only glued to digits
            if group is None and L == "en" and j == i:
                break
            if group is None:
                break
            if last_scale is not None and s >= last_scale:
                break
            total += group * s
            group, group_kind, last_scale = None, None, s
            ambiguous = False
        elif k in halves and after_connector and group is not None:
            group += Fraction(1, 2)  # two and a half / دو و نیم
            frac_word = True
            last_added = Fraction(0)
        elif k in halves and after_connector and group is None and last_scale is not None:
            total += Fraction(last_scale, 2)  # یک میلیون و نیم
            frac_word = True
        elif k in halves and L in ("ps", "fa") and group is not None and group_kind == "words" \
                and group.denominator == 1:
            group += Fraction(1, 2)  # Pashto/Dari دوه نیم, دو نیم
            frac_word = True
        elif k in wholes and group is None and last_scale is None and (
                j == i or L == "en" and j == i + 1 and toks[i].key in ("a", "an")):
            if L == "en":  # "half a million", "(a) quarter of a million"
                if nxt_key(j) in ("a", "an"):
                    j += 1
                elif nxt_key(j) == "of" and nxt_key(j + 1) in ("a", "an"):
                    j += 2
                else:
                    break
            group, group_kind = wholes[k], "fraction"
            frac_word = True
            ambiguous = False
        elif k in prefixes and group is None and j == i:
            nk = nxt_key(j)
            if nk in words:
                prefix = prefixes[k]
            elif nk in scales and scales[nk]:
                group, group_kind = 1 + prefixes[k], "fraction"  # سوا لاکھ = 1.25 lakh
            else:
                break
            frac_word = True
            ambiguous = False
        elif L == "en" and k in ("a", "an") and j == i:
            nk = nxt_key(j)
            if nk in hundred or (nk in scales and scales[nk]):
                group, group_kind = Fraction(1), "words"
                ambiguous = False
                j += 1
                continue
            if nk in wholes:  # "a quarter of a million": the fraction reads on
                j += 1
                continue
            break
        elif L == "en" and k in ("a", "an") and after_connector:
            j += 1  # "and a half"
            continue
        elif k in connectors and end > i and (group is not None or last_scale is not None):
            after_connector = True
            j += 1
            continue
        else:
            break
        if not (t.kind == "word" and k in connectors):
            after_connector = False
        j += 1
        end = j
    if end == i or prefix is not None:
        return None
    if group_kind == "fraction" and last_scale is None and L == "en":
        return None  # a bare "half" is not a figure
    if group_kind == "fraction" and last_scale is None and prefix is None and \
            toks[i].key in halves:
        return None  # نیم alone
    value = total + (group or 0)
    return Parsed(value, i, end, digits_only=(digit_tokens == 1 and end - i == 1),
                  ambiguous=ambiguous and digit_tokens == 0, grouped=grouped,
                  has_fraction_word=frac_word)
