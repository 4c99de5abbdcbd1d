"""Whether a conversion's one amount is said to be each of several ("100달러씩 3명").

"100달러씩 3명 환율 1400원이면 원화로" was answered 140,000원: the one amount converted,
the three people it is paid by dropped (blind probes, session 51). An amount marked 씩
("apiece") beside a count of people, items or times is one share of a product, so a plain
conversion of it answers for one of them: the conversion reader must leave it alone.
"""

from __future__ import annotations

import re

__all__ = ["amount_each_with_count"]

# An amount of money marked as each one's: "100달러씩", "50유로씩", "만원씩".
_AMOUNT_EACH = re.compile(
    r"\d\s*(?:달러|불|유로|엔|위안|파운드|원|dollars?|euros?|yen|pounds?)\s*씩", re.IGNORECASE
)
# The count the amount is each of: heads, items, times, days or months.
_COUNT = re.compile(
    r"(?<![\d.])\d+\s*(?:명|사람|개|장|번|회|일|달(?!러)|개월|주|박|잔|병|인분)"
    r"|(?<![가-힣])(?:두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*(?:명|사람|개|장|번|달(?!러)|잔|병)"
)


def amount_each_with_count(text: str) -> bool:
    """Whether ``text`` (a request without its rate) says its amount 씩 beside a count."""
    return _AMOUNT_EACH.search(text) is not None and _COUNT.search(text) is not None
