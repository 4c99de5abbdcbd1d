"""A phone number written in Chinese numerals: ``〇一〇-五八三二-七一四六`` (redteam39).

Older Korean and Chinese writers put numbers down in Han numerals (``〇一二三…九``), in a
notebook, on a vertical sign, in a scanned letter. No digit rule sees them (no ASCII digit),
yet any reader, a cloud model first, reads the number at once. Here a run of such numerals,
in groups split by a dash, dot or space, is read digit by digit; when it holds nine to
twelve digits and opens like a phone number (a ``0`` trunk prefix, or a Chinese mobile's
``1``), it is a phone. ``幺`` (yāo), how 1 is said in a phone number, is read as 1
(redteam41), and so are the financial numerals (``壹贰叁…``, redteam42). Positional
numerals (``十``, ``百``, ``千``, and ``拾``, ``佰``, ``仟``) make a quantity, not a digit string
(``二千二十六年``), so a run holding one is no phone, and a short run (``一二三``) is no
number at all.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_hanja_numeral_phones", "han_numeral_digits"]

_DIGITS = {
    "〇": "0",
    "零": "0",
    "一": "1",
    # Chinese speakers say 幺 (yāo) for 1 in phone numbers, so it is written that way too.
    "幺": "1",
    "二": "2",
    "三": "3",
    "四": "4",
    "五": "5",
    "六": "6",
    "七": "7",
    "八": "8",
    "九": "9",
    # redteam42: the financial numerals (大写数字, simplified and traditional), which cheques
    # and receipts use so no stroke can be added; a phone copied onto one comes out this way.
    "壹": "1",
    "贰": "2",
    "貳": "2",
    "叁": "3",
    "參": "3",
    "肆": "4",
    "伍": "5",
    "陆": "6",
    "陸": "6",
    "柒": "7",
    "捌": "8",
    "玖": "9",
}
_NUMERAL = "[" + "".join(_DIGITS) + "]"
# Positional numerals (ten, hundred, thousand, ten thousand) in both kinds of writing.
_POSITIONAL = "十百千萬万拾佰仟"
# Groups of two to five numerals joined by a dash, a dot or a space (one each).
_RUN_RE = LazyPattern(
    r"(?<!["
    + "".join(_DIGITS)
    + _POSITIONAL
    + r"])"
    + _NUMERAL
    + r"{2,5}(?:[-.．・ \t]"
    + _NUMERAL
    + r"{2,5}){1,3}|"
    + _NUMERAL
    + r"{10,12}(?!["
    + "".join(_DIGITS)
    + _POSITIONAL
    + r"])"
)
_MIN_DIGITS = 9
_MAX_DIGITS = 12


def han_numeral_digits(run: str) -> str:
    """The ASCII digits of a run of Han numerals (separators dropped)."""
    return "".join(_DIGITS.get(ch, "") for ch in run)


def detect_hanja_numeral_phones(text: str) -> Iterator[Hit]:
    """Phone numbers written digit by digit in Han numerals (see the module)."""
    if "〇" not in text and "零" not in text and "幺" not in text and "壹" not in text:
        # A phone number of the shapes read here holds a zero, or is a Chinese mobile number
        # written with 幺 for its leading 1 (redteam41: "幺三九 二七四八 五六一二"), or with 壹
        # (redteam42, the financial numerals).
        return
    for m in _RUN_RE.finditer(text):
        digits = han_numeral_digits(m.group())
        if not _MIN_DIGITS <= len(digits) <= _MAX_DIGITS:
            continue
        if digits[0] == "0" or (digits[0] == "1" and len(digits) == 11):
            yield Hit("phone", m.start(), m.end(), 0.8, False)
