"""Numbers written in other scripts' words the number rules did not read (redteam46).

- A Japanese phone read out in katakana digit words: ``ゼロキュウゼロ、ヨンハチニーナナ、
  サンイチロクゴ`` (090-4827-3165). ゼロ/レイ/マル 0, イチ 1, ニ(ー) 2, サン 3, ヨン/ヨ/シ 4,
  ゴ(ー) 5, ロク 6, ナナ/シチ 7, ハチ 8, キュウ/ク 9. Ten or eleven digit words from a 0 make a
  phone; fewer are a price or a room read aloud.
- A 주민번호 written in Han numerals with 〇 for zero: ``八八〇九二七-二六一五〇三五``. The
  digits are read with :func:`core.privacy.hanja_numeral_phones.han_numeral_digits` and the
  check digit verified with python-stdnum, so a date in Han numerals is no number of this kind.
"""

from __future__ import annotations

from collections.abc import Iterator

from stdnum.kr import rrn

from core.lazy_regex import LazyPattern
from core.privacy.hanja_numeral_phones import han_numeral_digits
from core.privacy.types import Hit

__all__ = ["detect_script_numbers_54p", "katakana_digits"]

# The text reaches the detectors folded: the long-vowel mark ー may have become "-".
_KANA_DIGITS = (
    ("ゼロ", "0"), ("レイ", "0"), ("マル", "0"), ("イチ", "1"), ("サン", "3"), ("ヨン", "4"),
    ("ロク", "6"), ("ナナ", "7"), ("シチ", "7"), ("ハチ", "8"), ("キュウ", "9"), ("キュー", "9"),
    ("キュ-", "9"), ("ニー", "2"), ("ニ-", "2"), ("ゴー", "5"), ("ゴ-", "5"), ("ニ", "2"),
    ("ゴ", "5"), ("ヨ", "4"), ("シ", "4"), ("ク", "9"),
)  # fmt: skip
_KANA_TOKEN = "|".join(word for word, _ in _KANA_DIGITS)
_KANA_RUN_RE = LazyPattern(
    r"(?<![ァ-ヶ])(?:" + _KANA_TOKEN + r")(?:[、,・ \t-]?(?:" + _KANA_TOKEN + r")){9,11}(?![ァ-ヶ])"
)
_KANA_TOKEN_RE = LazyPattern(_KANA_TOKEN)
_KANA_VALUE = dict(_KANA_DIGITS)
_HAN = "〇零一二三四五六七八九"
_HAN_RRN_RE = LazyPattern(
    r"(?<![" + _HAN + r"十百千])[" + _HAN + r"]{6}[ \t]*[-‐－ー~][ \t]*[" + _HAN + r"]{7}"
    r"(?![" + _HAN + r"十百千])"
)


def katakana_digits(run: str) -> str:
    """The ASCII digits a run of katakana digit words reads as."""
    return "".join(_KANA_VALUE[m.group()] for m in _KANA_TOKEN_RE.finditer(run))


def detect_script_numbers_54p(text: str) -> Iterator[Hit]:
    """Katakana-read phones and Han-numeral 주민번호 (see the module)."""
    if "ゼロ" in text or "レイ" in text or "マル" in text:
        for m in _KANA_RUN_RE.finditer(text):
            digits = katakana_digits(m.group())
            if digits.startswith("0") and 10 <= len(digits) <= 11:
                yield Hit("phone", m.start(), m.end(), 0.8, False)
    if "〇" in text or "零" in text or "一" in text:
        for m in _HAN_RRN_RE.finditer(text):
            if rrn.is_valid(han_numeral_digits(m.group())):
                yield Hit("kr_rrn", m.start(), m.end(), 0.95, True)
