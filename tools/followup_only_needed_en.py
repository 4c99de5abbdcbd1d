"""Fewer needed than first said: "the shop says only 2 need replacing", "only 3 need doing".

Set 30: after "new tires are 129 each plus 25 a tire for fitting, I need 4, how much", the
turn "the shop says only 2 need replacing" went to the cloud. The count needed is the one
figure after "need" in the previous turn; the new one takes its place and the turn is run
again. Only a smaller count ("only"), and only when the previous turn says "need N" once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["only_some_needed"]

_N = r"\d+(?:\.\d+)?"
_ONLY = re.compile(
    r"^\s*(?:(?:oh|ok|so|but|actually)\s*,?\s+)?(?:(?:the|my)\s+[a-z]+\s+says?\s+|it\s+turns\s+out\s+)?"
    rf"(?:that\s+)?only\s+(?P<n>{_N})\s+(?:of\s+them\s+)?(?:needs?|have\s+to\s+be|has\s+to\s+be)\b"
    r"[a-z ]*[.!]?\s*$",
    re.I,
)
_NEEDED = re.compile(rf"\b(?:i|we)\s+need\s+(?P<n>{_N})\b", re.I)


def only_some_needed(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous steps with the count needed made smaller, or ``None``.

    Args:
        text: The follow-up ("the shop says only 2 need replacing").
        steps: The previous turn's steps.
    """
    said = _ONLY.match(text)
    if said is None or not steps:
        return None
    needed = list(_NEEDED.finditer(steps[-1]))
    if len(needed) != 1 or float(said["n"]) >= float(needed[0]["n"]):
        return None  # no count needed said once, or "only" a count that is not fewer
    start, end = needed[0].span("n")
    last = steps[-1]
    return [*steps[:-1], last[:start] + said["n"] + last[end:]], f"only {said['n']} needed"
