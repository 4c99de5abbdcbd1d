""" "and the 15 one?" after a share by size: the share of another of the sizes listed.

After "rent is 2,100 … rooms are 15, 12 and 9 m2, split by room size, what do I pay for
the 12 one" (700), "and the 15 one?" asks the share of the 15 m² room (875); set 35 sent it
to the cloud. Read only when the previous step is such a share
(:mod:`tools.calculator_split_by_size`) and the figure is one of its listed sizes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.calculator_split_by_size import ASKED_SIZE, share_by_size

__all__ = ["other_size_asked"]

_OTHER = re.compile(
    r"^\s*(?:and|what\s+about|how\s+about|ok\s+and)?\s*(?:for\s+)?the\s+(?P<s>\d+(?:\.\d+)?)"
    r"\s*(?:one|room|m2|m²)?\s*[?？.]*\s*$",
    re.I,
)


def other_size_asked(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous share with the asked size swapped, or ``None``.

    Args:
        text: The follow-up ("and the 15 one?").
        previous_steps: The previous turn's steps; one step read as a share by size.
    """
    said = _OTHER.match(text)
    if said is None or len(previous_steps) != 1 or share_by_size(previous_steps[0]) is None:
        return None
    step = re.sub(r"(?<=\d),(?=\d{3}\b)", "", previous_steps[0])
    asked = ASKED_SIZE.search(step)
    if asked is None:
        return None
    changed = step[: asked.start("s")] + said["s"] + step[asked.end("s") :]
    if share_by_size(changed) is None:
        return None
    return [changed], f"the {asked['s']} → the {said['s']}"
