"""A new span after a first block priced apart: "make it a week", "2시간 세웠으면?".

After "the tent rental is 45 for the first day and 20 for each extra day … 5 days" or
"주차 처음 30분 2,000원 그뒤로 10분당 500원인데 1시간 20분", a turn that says only a new
span of the same kind (days, minutes) asks the same total over it. The span of the first
turn is replaced and the first block's rule prices it again (whole further blocks only).
Anything else in the turn (another figure, a word of more or fewer) is left to the other
rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.priced_first_then_each import first_then_each_total, span_of_first_then_each
from tools.priced_quantities import plain_text

__all__ = ["first_block_span_changed"]

# The whole turn is a new span: "make it a week", "2시간 세웠으면?", "what about 8 days".
_NEW_SPAN = re.compile(
    r"^\s*(?:(?:ok|oh|actually|so|then|그럼|아|근데),?\s+)*(?:make\s+it|what\s+about|how\s+about"
    r"|and\s+for|for)?\s*(?P<span>(?:\d+(?:\.\d+)?|a|one)\s*(?:days?|weeks?|nights?|hours?"
    r"|minutes?|분|시간|일|박))\s*(?:instead|then)?\s*"
    r"(?:세웠으면|세우면|세워두면|있으면|빌리면|쓰면|이면|면)?\s*[?？.]?\s*$",
    re.IGNORECASE,
)


def first_block_span_changed(
    text: str, previous_steps: Sequence[str]
) -> tuple[list[str], str] | None:
    """The first turn over the follow-up's span, or ``None``.

    Args:
        text: The follow-up ("make it a week").
        previous_steps: The previous turn's steps; one step of a first block priced apart.
    """
    if len(previous_steps) != 1:
        return None
    said = _NEW_SPAN.match(plain_text(text))
    found = span_of_first_then_each(previous_steps[0]) if said else None
    if said is None or found is None:
        return None
    step, span = found
    new_span = re.sub(r"^(?:a|one)\s*", "1 ", said["span"], flags=re.IGNORECASE)
    changed = f"{step[: span.start()]}{new_span}{step[span.end() :]}"
    if first_then_each_total(changed) is None:
        return None
    return [changed], f"{span.group(0).strip()} → {new_span.strip()}"
