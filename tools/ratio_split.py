"""An amount split in a ratio ("64만원을 3대5로 나누면 각각", "split 640 in the ratio 3:5").

Found by the eighth unseen set. The answer is one share per part of the ratio, in the
order the ratio names them; the calculator's single value cannot say it.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from tools.calculator_forms import NUMBER
from tools.korean_numbers import format_number, normalize_numerals
from tools.ratio_split_between_56t import ratio_split_between
from tools.ratio_split_said_first_54e import percent_split_said_first

__all__ = ["split_in_ratio"]

_RATIO = r"(?P<ratio>\d+(?:\s*(?:대|:)\s*\d+){1,4})"
_KO = re.compile(
    rf"^[^\d]*?(?P<a>{NUMBER})\s*(?P<won>원)?\s*(?:을|를)?\s*{_RATIO}\s*(?:의\s*)?(?:비율\s*)?(?:로|으로)\s*"
    r"(?:나누면|나눠\s*가지면|나눠|배분하면|분배하면)[가-힣\s?]*$"
)
_EN = re.compile(
    rf"^.*?\b(?:split|divide|share)\s+(?P<dollar>\$)?\s*(?P<a>{NUMBER})\s+(?:in(?:to)?\s+)?(?:the\s+)?"
    rf"(?:ratio\s+(?:of\s+)?)?{_RATIO}(?:\s+ratio)?\b[^\d]*$",
    re.I,
)


def split_in_ratio(text: str) -> tuple[str, str, Decimal] | None:
    """The shares of an amount split in a ratio: (answer, how, first share), or None."""
    s = normalize_numerals(unicodedata.normalize("NFKC", text).strip()).replace(",", "")
    match = _KO.match(s) or _EN.match(s) or percent_split_said_first(s)  # "1840 split 60/40"
    match = match or ratio_split_between(s)  # "90만원 룸메랑 5대4로", "between us 5 to 2"
    if match is None:
        return None
    parts = [Decimal(p) for p in re.findall(r"\d+", match["ratio"])]
    if not all(parts):
        return None
    amount = Decimal(match["a"])
    shares = [amount * p / sum(parts) for p in parts]
    groups = match.groupdict()
    if groups.get("won"):
        shown = [f"{format_number(x, 2)}원" for x in shares]
    elif groups.get("dollar"):
        shown = [f"${format_number(x, 2)}" for x in shares]
    else:
        shown = [format_number(x, 4) for x in shares]
    ratio = ":".join(str(p) for p in parts)
    how = f"{format_number(amount)} in the ratio {ratio}: " + ", ".join(shown)
    return ", ".join(shown), how, shares[0]
