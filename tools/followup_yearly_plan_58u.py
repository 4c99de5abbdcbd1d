"""The saving of a yearly plan over a monthly price's span (helper cal58e3, set 50).

"spotify is 11.99/mo, how much is that over 2 years" then "if i switch to the yearly plan at
119 a year how much do i save over those 2 years" went to the cloud: the monthly price over
the span less the yearly plan over the same span (11.99 x 24 - 119 x 2 = 49.76). Read by
slots: the previous step holds one price by the month and one span in years (or whole years
of months), nothing else; the turn one price by the year, a saving asked, and no figure but
that price and the span's own count.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_reading_51a import FIGURE, Change, plain
from tools.followup_rerun import kept_if_read

__all__ = ["CHANGES_58U_PLAN", "yearly_plan_saving"]

_N = r"\d+(?:\.\d+)?"
_MONTHLY = LazyPattern(
    rf"(?<![\d.])\$?(?P<m>{_N})\s*(?:dollars?|bucks)?\s*(?:a|per|each|every|/)\s*(?:month|mo)\b",
    re.IGNORECASE,
)
_SPAN = LazyPattern(
    r"\b(?:over|for|in|across)\s+(?:the\s+next\s+)?(?P<n>\d+)\s*(?P<u>years?|yrs?|months?)\b",
    re.IGNORECASE,
)
_YEARLY = LazyPattern(
    rf"(?:yearly|annual)\s+(?:plan|subscription|option)\s+(?:at|for|of|is|costs?)\s+\$?(?P<a>{_N})"
    rf"|(?<![\d.])\$?(?P<a2>{_N})\s*(?:dollars?|bucks)?\s*(?:a|per|/)\s*(?:year|yr)\b",
    re.IGNORECASE,
)
_SAVING = LazyPattern(r"\b(?:save|saving|savings|cheaper\s+by|difference)\b", re.IGNORECASE)


def yearly_plan_saving(text: str, steps: Sequence[str]) -> Change | None:
    """``monthly * months - yearly * years`` for the saving asked, or ``None``.

    Args:
        text: The follow-up.
        steps: The previous turn's steps.
    """
    said = plain(text)
    plan = _YEARLY.search(said)
    if plan is None or not _SAVING.search(said) or len(steps) != 1:
        return None
    step = plain(steps[0])
    months_said, spans = list(_MONTHLY.finditer(step)), list(_SPAN.finditer(step))
    if len(months_said) != 1 or len(spans) != 1:
        return None
    monthly, span = months_said[0], spans[0]
    if {f.span() for f in FIGURE.finditer(step)} != {monthly.span("m"), span.span("n")}:
        return None  # another figure in the first turn: not this form
    count = int(span["n"])
    months = count * 12 if span["u"].lower().startswith("y") else count
    if months % 12 or months == 0:
        return None  # a yearly plan over part of a year: not said how it is paid
    price = plan["a"] or plan["a2"]
    a_span = plan.span("a") if plan["a"] else plan.span("a2")
    for figure in FIGURE.finditer(said):
        if figure.span() != a_span and figure.group() != span["n"]:
            return None  # a figure with no role (another span, another price)
    money = "$" if re.search(r"\$|dollars?|bucks", step + said, re.IGNORECASE) else ""
    changed = f"{money}{monthly['m']} * {months} - {money}{price} * {months // 12}"
    return kept_if_read(changed, f"{monthly['m']} a month over {months} months less {price} a year")


CHANGES_58U_PLAN = (
    # "if i switch to the yearly plan at 119 a year how much do i save over those 2 years" after
    # "spotify is 11.99/mo, how much is that over 2 years".
    yearly_plan_saving,
)
