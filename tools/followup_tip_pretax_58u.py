"""A tip on the pre-tax price added after a price and its tax (helper cal58e3, set 50).

"whats 8.875% tax on a 45 dollar haircut, and the total" then "plus a 20% tip on the pre-tax
price" went to the cloud: the tip is a share of the price before tax, added beside the tax
(45 + 8.875% + 20% = 57.99), never stacked on the taxed total (58.79). Read by slots: the
previous step must hold exactly two figures, a tax rate (a percent with "tax" beside it) and
a price; the turn exactly one, a tip rate said to be on the pre-tax part. Anything else
(another figure, a tip on the whole bill, two taxes) is not read here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_tip_on_pretax import PRETAX_PART
from tools.followup_reading_51a import FIGURE, Change, plain
from tools.followup_rerun import kept_if_read

__all__ = ["CHANGES_58U", "tip_on_pretax_added"]

_N = r"\d+(?:\.\d+)?"
# The turn: "plus a 20% tip on the pre-tax price", "and tip 18 percent before tax?", "add an
# 18% tip on the amount before tax", "what if we tip 15% of the subtotal".
_TIP_TURN = LazyPattern(
    r"^\s*(?:(?:and|plus|also|now|ok(?:ay)?|so|then|what\s+if|with|add(?:ing)?|i'?ll|i\s+will"
    r"|we'?ll|we|i|want\s+to|wanna|gonna|leave|leaving)[\s,]+)*(?:an?\s+)?"
    rf"(?:(?P<a>{_N})\s*(?:%|percent)\s+(?:tip|gratuity)|(?:tip(?:ping)?|gratuity)\s+(?:of\s+)?"
    rf"(?P<b>{_N})\s*(?:%|percent))\s+{PRETAX_PART}"
    r"(?:\s+(?:price|amount|bill|part|cost))?\s*(?:,?\s*(?:what'?s|whats|what\s+is)\s+the\s+total|,?\s*total)?"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# The tax rate in the step: "8.875% tax", "tax of 7%", "sales tax is 6.5 percent".
_TAX = LazyPattern(
    rf"(?<![\d.])(?P<t>{_N})\s*(?:%|percent)\s+(?:sales\s+)?tax\b"
    rf"|\b(?:sales\s+)?tax\s+(?:is\s+|of\s+|at\s+|rate\s+(?:is\s+|of\s+)?)?(?P<t2>{_N})\s*(?:%|percent)",
    re.IGNORECASE,
)
_DOLLARS = LazyPattern(r"\$|\bdollars?\b|\bbucks?\b", re.IGNORECASE)
# Won and other currencies are said otherwise; this rewrite says dollars or nothing.
_OTHER_MONEY = LazyPattern(r"원|won\b|€|£|¥|euros?\b|pounds?\b|yen\b", re.IGNORECASE)


def tip_on_pretax_added(text: str, steps: Sequence[str]) -> Change | None:
    """ "$45 with 8.875% tax and a 20% tip on the pre-tax price, total" after "whats 8.875% tax
    on a 45 dollar haircut, and the total" and "plus a 20% tip on the pre-tax price".

    Args:
        text: The follow-up.
        steps: The previous turn's steps.
    """
    turn = _TIP_TURN.match(plain(text))
    if turn is None or len(steps) != 1:
        return None
    step = plain(steps[0])
    figures = list(FIGURE.finditer(step))
    taxes = list(_TAX.finditer(step))
    if len(figures) != 2 or len(taxes) != 1 or _OTHER_MONEY.search(step):
        return None  # a figure with no role here (a count, a second rate) or another currency
    tax = taxes[0]
    rate_span = tax.span("t") if tax["t"] else tax.span("t2")
    prices = [f for f in figures if f.span() != rate_span]
    if len(prices) != 1 or re.match(r"\s*(?:%|percent)", step[prices[0].end() :]):
        return None  # both figures are rates: no price to tip on
    rate = tax["t"] or tax["t2"]
    tip = turn["a"] or turn["b"]
    price = f"${prices[0].group()}" if _DOLLARS.search(step) else prices[0].group()
    changed = f"{price} with {rate}% tax and a {tip}% tip on the pre-tax price, total"
    return kept_if_read(changed, f"a {tip}% tip on the pre-tax {prices[0].group()}")


CHANGES_58U = (
    # "plus a 20% tip on the pre-tax price" after "whats 8.875% tax on a 45 dollar haircut".
    tip_on_pretax_added,
)
