"""One grade of a weighted average said anew: "B0 받은거 A0(4.0)로 바뀌면?", "what if I get 90
on the final" (blind set 34).

The part is named by its letter grade (Korean: the credits stay) or by its name (English:
the share stays); the rule replaces that part's grade when the previous request is one
tools.calculator_weighted_average reads and exactly one part carries that name.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from tools.calculator_weighted_average import weighted_parts

__all__ = ["grade_changed"]

_N = r"\d+(?:\.\d+)?"
_LETTER = r"[A-DF](?:\+|0|-)?"
_TURN_KO = re.compile(
    rf"^\s*(?:그럼|아니|만약)?\s*(?P<old>{_LETTER})\s*(?:받은\s*(?:거|것|과목|게)?)?\s*"
    r"(?:이|가|을|를|은|는)?\s*"
    rf"(?P<new>{_LETTER})\s*\(\s*(?P<g>{_N})\s*\)\s*(?:로|으로)\s*"
    r"(?:바뀌면|바꾸면|오르면|올리면|나오면|받으면|정정되면)\s*[?？.!]*\s*$"
)
_TURN_EN = re.compile(
    r"^\s*(?:and\s+|so\s+)?(?:what\s+if|if|say|suppose)\s+(?:i|we|she|he)\s+"
    rf"(?:get|got|score|scored|make)\s+(?:an?\s+)?(?P<g>{_N})\s*%?\s+(?:on|in|for)\s+"
    r"(?:the|my|her|his)\s+(?P<name>[a-z]+)\s*[?.!]*\s*$",
    re.I,
)


def grade_changed(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "what if I get 90 on the final" after a weighted grade: the final's score made 90.

    Args:
        text: The follow-up turn.
        steps: The previous turn's step texts.

    Returns:
        The steps with that grade replaced and what changed, or ``None``.
    """
    if not steps:
        return None
    step = unicodedata.normalize("NFKC", steps[-1])  # the spans below are of this text
    read = weighted_parts(step)
    if read is None:
        return None
    parts, percent = read
    turn = (_TURN_EN if percent else _TURN_KO).match(text)
    if turn is None:
        return None
    name = turn["name"].lower() if percent else turn["old"]
    named = [p for p in parts if p.name == name]
    if len(named) != 1:
        return None
    new = turn["g"] if percent else f"{turn['new']}({turn['g']})"
    start, end = named[0].grade_span
    old = step[start:end]
    return [*steps[:-1], step[:start] + new + step[end:]], f"{old} → {new}"
