"""Powers said in words with their exponent: "2의 10제곱", "10의 3승", "5 제곱", "2 to the 10th".

The calculator read only a square or cube named without a figure ("7의 제곱", "3의 세제곱");
"2의 10제곱은?" names its exponent, and unread it fell to the document search, where its
one noun (제곱, written onto the 10) said nothing and the question was declined as "not
in the documents". The exponent is the figure right before 제곱 or 승; a square said after
a space ("5 제곱") has none. 제곱 starting a longer word is no power: 제곱근 is a root,
제곱미터 (and 제곱센티미터, 제곱킬로미터, 제곱피트) an area unit.
"""

from __future__ import annotations

from tools.calculator_forms import NUMBER

__all__ = ["POWER_WORDS"]

# What may follow 제곱 in a longer word that is not a power.
_NOT_A_POWER = r"(?!\s*(?:근|미터|센티|킬로|밀리|피트|인치|야드))"

# 승 ends the word ("10승은", "3승이면"); "3승객", "10승차" are other words.
_POWER_END = r"(?=은|는|을|를|이|하|\s|$|[^가-힣])"

#: (pattern, replacement) pairs for :data:`tools.calculator_phrasing._WORD_OPS`.
POWER_WORDS: tuple[tuple[str, str], ...] = (
    # "2의 10제곱", "10의 3승", "2의 10 제곱": the base, then the exponent.
    (rf"(?<=[\d)])\s*의\s*({NUMBER})\s*(?:제곱{_NOT_A_POWER}|승{_POWER_END})", r" ** \1"),
    # "5 세제곱", "5 제곱": a cube or square said after a space, no 의.
    (rf"(?<=\d)\s+세제곱{_NOT_A_POWER}", " ** 3"),
    (rf"(?<=\d)\s+제곱{_NOT_A_POWER}", " ** 2"),
    # "2 to the power of 10", "2 to the 10th power", "3 to the 4th".
    (
        rf"(?<=[\d)])\s+(?:raised\s+)?to\s+the\s+(?:power\s+of\s+)?({NUMBER})"
        r"(?:st|nd|rd|th)?(?:\s+power)?\b",
        r" ** \1",
    ),
)
