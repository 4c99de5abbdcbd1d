"""A tax or charge said to be separate from the price ("부가세 10% 별도", "봉사료 10% 따로",
"VAT 10% extra") is paid on top of it: the price to pay is the amount with the rate added.

"사무용 의자 231,000원에 부가세 10% 별도면 총 얼마야" asks 254,100 won; found by the
twenty-first unseen set, where the rate with no cut or rise word read as a share and the
VAT alone (23,100) came back as the total, a wrong answer. The share stays what is asked
when the request names the add-on again after saying it is separate ("부가세 10% 별도면
부가세는 얼마야", "VAT is extra, how much is the VAT"): then the add-on's own amount is
the answer, as before.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["charged_separately"]

_ADD_ON = (
    r"(?:tip|tax|vat|gratuity|service\s+charge|fee|surcharge|팁|세금|부가세|부가가치세|봉사료"
    r"|수수료|배송비|배달비)"
)
# Right after the rate: "별도", "따로", "별도로 붙으면", "extra", "separately", "on top".
_SEPARATE_AFTER = LazyPattern(
    r"^\s*(?:의\s*)?(?:(?:sales\s+)?[A-Za-z가-힣]{0,6}\s*)?(?:은|는|이|가)?\s*"
    r"(?:별도|따로|extra\b|separately\b|on\s+top\b|not\s+included\b)",
    re.IGNORECASE,
)
# The add-on named again after the "separate" word: its own amount is what is asked.
_ADD_ON_ASKED = LazyPattern(
    rf"(?:별도|따로|extra|separately|on\s+top|not\s+included)[^\d]*?{_ADD_ON}"
    # (Named again as put in, "별도래 그럼 부가세 포함하면 얼마", set 50: the total is asked.)
    r"(?!\s*(?:를|을|까지|도)?\s*(?:포함|넣|더하|더해|붙이|붙여|합치|합하|included|incl))",
    re.IGNORECASE,
)


def charged_separately(after: str) -> bool:
    """Whether a rate is said to be charged on top of the price, and the price is asked.

    Args:
        after: The request after the rate's percent sign (up to the next figure).
    """
    return _SEPARATE_AFTER.match(after) is not None and _ADD_ON_ASKED.search(after) is None
