"""A new amount used after an allowance priced apart: "17GB 썼으면?", "10kg이면?".

After "요금제 월 55000원에 데이터 10GB 넘으면 1GB당 2200원이래 이번달 14GB 썼으면" or
"택배 5kg까지 4천원이고 그 위로는 1kg당 천원씩 추가래 8kg 보내면", the request holds three
figures of the unit (the allowance, the block priced, the amount used), so the generic
readers cannot tell which one a lone "17GB" replaces. A turn that says only a new amount of
that kind asks the same bill for it: the amount used is replaced and
:mod:`tools.priced_allowance_then_each` prices it again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.priced_allowance_then_each import (
    allowance_then_each_total,
    used_amount_of_allowance,
)
from tools.priced_quantities import plain_text

__all__ = ["allowance_used_changed"]

# The whole turn is a new amount: "17GB 썼으면?", "10kg이면?", "what if I'd used 11GB",
# "it's actually 9 pounds".
_NEW_AMOUNT = re.compile(
    r"^\s*(?:(?:ok|oh|actually|so|then|그럼|아|근데|만약),?\s+)*"
    r"(?:make\s+it|what\s+about|how\s+about|what\s+if\s+(?:i|we|it)(?:'d|\s+had|\s+was|\s+is)?"
    r"(?:\s+used|\s+weighed|\s+weighs)?|it'?s\s+(?:actually|really)|it\s+(?:actually\s+)?weighs"
    r"|and\s+for|for|(?:i|we)\s+used)?\s*"
    r"(?P<n>\d+(?:\.\d+)?)\s*(?P<u>gb|기가|mb|kg|키로|킬로|lbs?|pounds?|km|분|시간|minutes?"
    r"|hours?)\s*(?:instead|then)?\s*"
    r"(?:썼으면|쓰면|보내면|이면|면|나오면|넘으면)?\s*[?？.]?\s*$",
    re.IGNORECASE,
)


def allowance_used_changed(
    text: str, previous_steps: Sequence[str]
) -> tuple[list[str], str] | None:
    """The previous request over the follow-up's amount used, or ``None``.

    Args:
        text: The follow-up ("17GB 썼으면?").
        previous_steps: The previous turn's steps; one step of an allowance priced apart.
    """
    if len(previous_steps) != 1:
        return None
    said = _NEW_AMOUNT.match(plain_text(text))
    found = used_amount_of_allowance(previous_steps[0]) if said else None
    if said is None or found is None:
        return None
    step, _, used = found
    new_amount = f"{said['n']}{said['u']}"
    changed = f"{step[: used.start()]}{new_amount}{step[used.end() :]}"
    if allowance_then_each_total(changed) is None:
        return None
    return [changed], f"{used.group(0).strip()} → {new_amount}"
