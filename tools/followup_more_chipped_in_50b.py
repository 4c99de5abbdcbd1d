"""More people giving to a pool after its leftover was worked out: "2 more people chipped in
a tenner too", "2명 더 냈어".

Set 36: after "collected a tenner each from 7 people …, the present was 58.99, how much is
left over" (11.01), the turn saying two more gave went to the cloud. The pool's head count
grows by those people (7 + 2 = 9) and the rest is worked out again: 90 - 58.99 = 31.01.

Only after a step the pool reader reads (tools.calculator_pooled_left_50b), and only when the
turn gives one count of more people; an amount said with it must be the amount each gave
(someone giving a different sum is a change this rule cannot place, so it declines).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from tools.calculator_pooled_left_50b import pool_in, pooled_less_cost
from tools.followup_rerun import spliced, with_step
from tools.korean_numbers import normalize_numerals
from tools.spoken_money_slang_en import money_slang_as_digits

__all__ = ["more_chipped_in"]

_NUM = r"\d+(?:\.\d+)?"
_MORE_EN = re.compile(
    r"^\s*(?:and\s+|so\s+|then\s+|plus\s+|oh\s+and\s+)?(?P<k>\d+)\s+more\s+(?:people|persons|friends|"
    r"colleagues|of\s+them|of\s+us|joined|gave|chipped|put|paid)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_GAVE_EN = re.compile(r"\b(?:chipped|put|paid|gave|threw|joined)\b", re.IGNORECASE)
_MORE_KO = re.compile(
    r"^\s*(?:그리고\s*|근데\s*|아\s*)?(?P<k>\d+)\s*명\s*(?:이|이서)?\s*더\s*(?P<rest>.*)$"
)
_GAVE_KO = re.compile(r"냈|낸대|내기로|줬|보탰|걷")
_FIGURE = re.compile(_NUM)


def more_chipped_in(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The pool's step with its head count grown by the people said, or ``None``.

    Args:
        text: The follow-up ("2 more people chipped in a tenner too").
        steps: The previous turn's steps.
    """
    said = normalize_numerals(money_slang_as_digits(text)).replace(",", "")
    more = _MORE_EN.match(said)
    gave = _GAVE_EN
    if more is None:
        more, gave = _MORE_KO.match(said), _GAVE_KO
    if more is None or not gave.search(said):
        return None
    pooled = [i for i, step in enumerate(steps) if pooled_less_cost(_digits(step)) is not None]
    if len(pooled) != 1:
        return None
    index = pooled[0]
    step = _digits(steps[index])
    pool = pool_in(step)
    if pool is None:
        return None
    amounts = _FIGURE.findall(more["rest"])
    if len(amounts) > 1 or (amounts and Decimal(amounts[0]) != Decimal(pool["a"])):
        return None  # another sum given, or more figures than one count: not this change
    heads = int(pool["n"]) + int(more["k"])
    changed = spliced(step, [(pool.span("n"), f"{heads}")])
    return with_step(steps, index, changed), f"{more['k']} more gave"


def _digits(step: str) -> str:
    return normalize_numerals(money_slang_as_digits(step)).replace(",", "")
