"""Another ratio for the previous split: "2대1로 하자고 하면?", "7대3이면?", "make it 3 to 1".

Blind set 48 (turns48): after a split in a ratio ("월세 90만원 룸메랑 5대4로 나누면 각자",
"split 840 between me and my sister 5 to 2") the turn naming only a new ratio went to the
cloud: the split's answer holds several shares, no one value a follow-up could carry on
from, and no rule swapped the ratio. The ratio of the previous step is replaced by the new
one (written with the step's own joiner, so the same reader reads it); the caller answers
only when the changed steps run. A step with no ratio, or more than one, is not changed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["ratio_changed"]

_PARTS = r"(?P<ratio>\d+(?:\s*(?:대|:|\bto\b)\s*\d+){1,4})"
_TURN_KO = re.compile(
    r"^\s*(?:그럼|그러면|아|근데|만약)?\s*" + _PARTS + r"\s*(?:로|으로)?\s*"
    r"(?:이면|면|하면|하자고\s*하면|하자면|하자고\s*하면|바꾸면|나누면|나눠면|는|은)?\s*"
    r"(?:얼마\S*|각자\s*얼마\S*)?\s*[?？]*\s*$"
)
_TURN_EN = re.compile(
    r"^\s*(?:and\s+|so\s+|ok\s+)?(?:what\s+about\s+|how\s+about\s+|make\s+it\s+|what\s+if\s+(?:it'?s|we\s+do)\s+)?"
    r"(?:a\s+)?" + _PARTS + r"(?:\s+(?:split|ratio))?\s*(?:then|instead)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_STEP_RATIO = re.compile(r"(?<![\d.])\d+(?:\s*(?:대|:|\bto\b)\s*\d+){1,4}(?![\d.])", re.IGNORECASE)


def ratio_changed(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous steps with the split's ratio replaced, or ``None``."""
    turn = _TURN_KO.match(text) or _TURN_EN.match(text)
    if turn is None or not steps:
        return None
    last = steps[-1]
    found = list(_STEP_RATIO.finditer(last))
    if len(found) != 1:
        return None
    old = found[0]
    parts = re.findall(r"\d+", turn["ratio"])
    if len(parts) != len(re.findall(r"\d+", old.group(0))) or not all(int(p) for p in parts):
        return None  # a ratio of another number of parts names other sharers
    joiner = re.search(r"대|:|to", old.group(0), re.IGNORECASE)
    glue = {"대": "대", ":": ":"}.get(joiner.group(0) if joiner else ":", " to ")
    new = glue.join(parts)
    changed = last[: old.start()] + new + last[old.end() :]
    return [*steps[:-1], changed], f"ratio {old.group(0)} → {new}"
