"""A share a reply states with its working: "8% of $1,663.20, which is $1,224.88".

A small model asked "how much of that is just the tax" after a laptop's price with 8%
tax wrote "The tax is 8% of $1,663.20, which is $1,224.88.": the share it names and the
figure it gives do not agree (8% of 1,663.20 is 133.06). :func:`agents.answer_figures.
wrong_working` recomputes shown sums ("5 × $120 = $625") but left percentages alone,
since "20% × 5" reads several ways. "N% of M is K" (and "M의 N%는 K") reads one way only,
so code recomputes it, and a reply whose share does not hold is never shown as an answer.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

__all__ = ["wrong_share"]

_AMOUNT = r"(?:\$\s*|₩\s*)?\d[\d,]*(?:\.\d+)?(?:\s*(?:원|달러|dollars?|won))?"
_IS = r"(?:is|=|equals|comes\s+to|makes|gives|which\s+is|that\s+is)"
# "8% of $1,663.20, which is $1,224.88", "15 percent of 126 dollars is 18.90".
_SHARE_EN = re.compile(
    rf"(?P<rate>\d+(?:\.\d+)?)\s*(?:%|percent)\s+of\s+(?:the\s+)?(?P<base>{_AMOUNT})"
    rf"\s*,?\s*{_IS}\s*:?\s*(?:about\s+|approximately\s+|roughly\s+)?(?P<result>{_AMOUNT})",
    re.IGNORECASE,
)
# "1,663,200원의 8%는 133,056원", "126달러의 15%인 18.9달러".
_SHARE_KO = re.compile(
    rf"(?P<base>{_AMOUNT})\s*의\s*(?P<rate>\d+(?:\.\d+)?)\s*%\s*(?:는|은|인|=|가|이)\s*"
    rf"(?:약\s*)?(?P<result>{_AMOUNT})"
)


def _number(text: str) -> Decimal | None:
    digits = re.sub(r"[^\d.]", "", text)
    try:
        return Decimal(digits) if digits else None
    except InvalidOperation:
        return None


def wrong_share(text: str) -> str | None:
    """The first "N% of M is K" in ``text`` whose K is not N% of M (``None``: all hold).

    The reply may round: a difference within half its last shown digit, or within 1% of
    the share (a "roughly"), is not an error.
    """
    for pattern in (_SHARE_EN, _SHARE_KO):
        for match in pattern.finditer(text):
            rate, base, stated = (_number(match[g]) for g in ("rate", "base", "result"))
            if rate is None or base is None or stated is None:
                continue
            actual = rate * base / 100
            result = re.sub(r"[^\d.]", "", match["result"])
            places = len(result.split(".", 1)[1]) if "." in result else 0
            slack = max(Decimal(1).scaleb(-places) / 2, abs(actual) / 100)
            if abs(actual - stated) <= slack + Decimal("1e-9"):
                continue
            shown = f"{actual.quantize(Decimal('0.01')).normalize():f}"
            return f"{match.group(0).strip()} (it is {shown})"
    return None
