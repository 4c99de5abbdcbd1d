"""A price for one period and a count of those periods: the count is always part of the sum.

"헬스 한달 6만원인데 3개월 끊으면 15%할인이래 총 얼마야" was answered "51,000원": a discount
form read "6만원 … 15%할인" and the 3개월 fell out (one month at 15% off). The same sentence
with "1달" was read right (153,000원) by the priced reading, which has the rate a month,
the count of months and the discount. Two rules follow, for any period (a day, a night, a
week, a month, a year, an hour):

- :func:`discounted_periods` reads "a price a period, N periods, P% off the whole" first,
  through that priced reading, so no form that drops the count gets the sentence;
- :func:`refuse_a_dropped_period_count` declines any reading that uses the price of one
  period but not the count of periods stated beside it (unless one period's price is
  what is asked): a total that leaves out how many periods were bought is a wrong figure.
"""

from __future__ import annotations

from core.errors import ToolInputError
from tools.expression_figures import figures_used
from tools.korean_numbers import normalize_numerals
from tools.price_total import price_total
from tools.priced_first_then_each import first_then_each_total
from tools.priced_quantities import Priced, read_priced

__all__ = ["discounted_periods", "refuse_a_dropped_period_count"]

_PERIODS = frozenset({"hour", "day", "night", "week", "month", "year"})


def _one_rate_and_its_count(found: Priced | None) -> tuple[Priced, int] | None:
    """The reading and the index of the one count in the unit of its one period rate."""
    if found is None or len(found.rates) != 1 or found.asked_per is not None:
        return None
    rate = found.rates[0]
    if rate.unit not in _PERIODS or rate.per != 1:
        return None
    same = [i for i, c in enumerate(found.counts) if c.unit == rate.unit and c.of is None]
    return (found, same[0]) if len(same) == 1 else None


def discounted_periods(digits: str) -> str | None:
    """The total of "a price a period, N periods, P% off", or None.

    Args:
        digits: The question with its numerals as digits.

    Returns:
        The priced reading's expression when the question holds exactly one price a
        period, one count of that period, a discount and nothing else to add or split.
    """
    read = _one_rate_and_its_count(read_priced(digits))
    if read is None:
        return None
    found, _ = read
    if found.discount is None or len(found.counts) != 1:
        return None
    if found.fees or found.items or found.deductions or found.people or found.markup:
        return None
    total = price_total(digits)
    return None if total is None else total[0]


def refuse_a_dropped_period_count(question: str, expression: str) -> None:
    """Raise ``ToolInputError`` when ``expression`` uses a period's price but not its count.

    Args:
        question: The question as asked.
        expression: The expression a form read from it.
    """
    read = _one_rate_and_its_count(read_priced(normalize_numerals(question)))
    if read is None:
        return
    found, index = read
    count = found.counts[index]
    used = figures_used(expression)
    if count.value == 1 or found.rates[0].amount not in used or count.value in used:
        return
    first_block = first_then_each_total(question)
    if first_block is not None and first_block[0] == expression:
        return  # "첫시간 2000원 그뒤로 시간당 1500원 … 5시간": the count less the first block
    raise ToolInputError(
        f"could not read {question!r} as one sum: the reading {expression!r} uses the price "
        f"of one {count.unit} but leaves out the {count.value} {count.unit}s stated"
    )
