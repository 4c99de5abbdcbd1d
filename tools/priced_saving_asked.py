"""A saving asked of a priced total: the discount's share of it, never the discounted total.

Blind set 36: "자동차보험 월납하면 한달 8만7천원인데 연납하면 5% 할인해준대 1년이면 얼마 아끼는거야"
was answered '991,800원', the year's price after the discount, for the 52,200원 saved; and
"할인 8%면?" after it '960,480원' for 83,520원. ``tools.price_total`` composes the total and
then takes the discount off; what a saving asks is what the discount takes off. With no
discount in the turn, the composed figure is a total and no saving at all: the reader
declines (``tools.calculator_saving_asked`` covers the case of one amount).
"""

from __future__ import annotations

import re
from decimal import Decimal

from tools.calculator_saving_asked import saving_of_one_amount

__all__ = ["SAVING_ASKED", "saving_asked_of"]

#: "얼마 아끼는거야", "얼마나 절약", "how much do i save", "what's the saving".
SAVING_ASKED = re.compile(
    r"\b(?:how\s+much|what)\b[^?]*\b(?:save|saving|savings)\b|\bsave\s+how\s+much\b"
    r"|얼마(?:나)?\s*(?:를\s*)?(?:아끼|아껴|절약|세이브)|(?:아끼|아껴|절약)[가-힣]*\s*(?:돈|금액)"
    r"|(?:아끼|아껴|절약)(?:는|되는|할\s*수\s*있는)?\s*(?:거|건|게)",
    re.IGNORECASE,
)


def saving_asked_of(
    expression: str, text: str, discount: Decimal | None, markup: Decimal | None
) -> str | None:
    """The expression of what is asked when ``text`` asks a saving, else ``expression``.

    Args:
        expression: The composed total before any discount or markup.
        text: The request as asked.
        discount: The percent off the reading found, if any.
        markup: The percent on top the reading found, if any.

    Returns:
        ``expression`` unchanged when no saving is asked; the discount's share of it when
        one is; ``None`` when a saving is asked of a total with no discount (or with a
        markup beside it): nothing in the turn says what was saved.
    """
    if SAVING_ASKED.search(text) is None:
        return expression
    if discount is None and saving_of_one_amount(text):
        return expression  # one amount, no discount: that rule's to decline (handlers)
    if discount is None or markup is not None:
        return None
    return f"({expression}) * {format(discount.normalize(), 'f')} / 100"
