"""A new monthly amount said without its scale word: "월 70으로 올리면?" after "적금 한 달에
50만 원씩 1년 부으면".

Korean speakers drop 만 once it is said: the first turn's one amount in 만 sets the scale, so
a bare figure under 10,000 with a verb of raising or lowering it is that many 만. Read only
when the first turn holds exactly one amount written with 만 and the new value is within ten
times the old either way (else the figure is something else).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.followup_rerun import replaced

__all__ = ["bare_figure_in_man"]

_SAID = LazyPattern(
    r"^\s*(?:그럼|그러면|아)?\s*(?:월|한\s*달에?|매달|매월)?\s*(?P<n>\d+(?:\.\d+)?)\s*(?:으로|로)\s*"
    r"(?:올리면|내리면|늘리면|줄이면|바꾸면|하면)\s*[?？]*\s*$"
)
_MAN = re.compile(r"(?<![\d.])(?P<n>\d+(?:\.\d+)?)\s*만(?!\s*\d)(?:\s*원)?")


def bare_figure_in_man(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The first request with its one 만 amount set to the turn's figure in 만, or ``None``.

    Args:
        text: The follow-up ("월 70으로 올리면?").
        steps: The previous turn's steps (one request).
    """
    said = _SAID.match(text)
    if said is None or len(steps) != 1:
        return None
    step = steps[0]
    amounts = list(_MAN.finditer(step))
    if len(amounts) != 1:
        return None
    old, new = Decimal(amounts[0]["n"]), Decimal(said["n"])
    if new <= 0 or not old / 10 <= new <= old * 10:
        return None
    return replaced(step, amounts[0].span("n"), said["n"], f"{old}만 → {new}만")
