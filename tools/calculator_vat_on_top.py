"""A price with VAT "따로" or "별도" (added on top), and a nightly rate times the nights.

In a Korean quote "부가세 10% 별도" (or "따로") means the VAT is not in the price yet: the
total is the price times 1.1. The calculator had read "378,000원에 부가세 10% 별도면" as
10% *of* the price (37,800), a wrong figure, and could not read "1박 189,000원에 2박" at
all. This module reads two whole-request forms, on the normalised text (numerals as
digits, currency marks taken off):

- an amount, then its VAT named with a rate and said to be separate:
  ``378000에 부가세 10% 별도면`` -> ``378000 * (1 + 10 / 100)``;
- a nightly rate (``1박``, ``1박에``, ``박당``) then a count of nights (``N박``), the same
  VAT clause optional: ``1박 189000에 2박, 부가세 10% 따로면`` -> ``189000 * 2 * (1 + 10
  / 100)``.

Only a rate said in figures is used (no rate is assumed), and only when the whole text
is one of these forms; anything else is left to the other readings.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["vat_on_top_expression"]

_NUM = r"\d+(?:\.\d+)?"
# A few words naming what is priced ("호텔", "노트북 한 대"): no figures in them.
_LABEL = r"(?:[가-힣A-Za-z]{1,8}\s+){0,2}"
# "부가세 10% 별도", "VAT 10% 따로면", "부가가치세 10%는 별도로": the VAT put on top.
_VAT_ON_TOP = (
    rf"(?:부가세|부가가치세|vat)\s*(?P<p>{_NUM})\s*%\s*(?:는|은)?\s*(?:따로|별도)"
    r"\s*(?:면|이면|로|이고|인데|일\s*때|가격이면|(?:로\s*)?계산하면|붙으면|붙이면)?"
)
_AMOUNT_THEN_VAT = LazyPattern(
    rf"^\s*{_LABEL}(?P<a>{_NUM})\s*(?:에|에다|이고|인데|이면)?\s*,?\s*{_VAT_ON_TOP}\s*$",
    re.IGNORECASE,
)
# "1박 189000에 2박", "1박에 189000씩 3박이면", "박당 95000, 4박": the rate is for one night.
_NIGHTS = LazyPattern(
    rf"^\s*{_LABEL}(?:1\s*박\s*(?:에|당)?|박당)\s*(?P<a>{_NUM})\s*(?:에|씩|이고|인데|이면)?\s*,?\s*"
    rf"(?P<n>{_NUM})\s*박\s*(?:이면|하면|묵으면|자면|이고|인데)?"
    rf"(?:\s*,?\s*{_VAT_ON_TOP})?\s*$",
    re.IGNORECASE,
)


def vat_on_top_expression(text: str) -> str | None:
    """The total of a price with its VAT on top, or of a nightly rate times the nights.

    Args:
        text: The normalised request ("1박 189000에 2박, 부가세 10% 따로면").

    Returns:
        The expression, or None when the text is no such request.
    """
    nights = _NIGHTS.match(text)
    if nights is not None:
        total = f"{nights['a']} * {nights['n']}"
        return f"{total} * (1 + {nights['p']} / 100)" if nights["p"] else total
    vat = _AMOUNT_THEN_VAT.match(text)
    if vat is not None:
        return f"{vat['a']} * (1 + {vat['p']} / 100)"
    return None
