"""A later or earlier end to the previous question's clock span, said in English.

Blind set 38: after "babysitter charges 15 an hour, we're out from 6:30pm to 11pm. how much
do i owe her" (67.5), "and if we get back at midnight" went to a model.
(:mod:`tools.followup_clock_span` reads the Korean turns.) A turn that says the span ends at
another time ("get back / come home / finish / stay till …", "until …") replaces the end
time of the previous question's one "from … to …" span (midnight is 12am, noon 12pm), and
the new question must be read by code. A start said instead ("if we leave at 7") is not
read: which end it moves is the other rule's to tell.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.handlers import match_deterministic

__all__ = ["clock_end_moved_en"]

_TIME = r"midnight|noon|\d{1,2}(?::\d{2})?\s*(?:am|pm)"
_TURN = re.compile(
    r"^\s*(?:and|so|ok|what|but)?\s*(?:if\s+(?:we|i|they|you|he|she)(?:'re|\s+are|\s+were)?\s+"
    r"(?:get\s+back|got\s+back|come\s+back|came\s+back|get\s+home|got\s+home|finish|finished"
    r"|stay|stayed|stay\s+out|are\s+out|were\s+out|out)\s+(?:at|until|till|til)|until|till|til"
    rf"|to)\s+(?P<t>{_TIME})\s*(?:instead)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_SPAN = re.compile(
    rf"\bfrom\s+(?:{_TIME})\s*(?:to|until|till|-|–)\s*(?P<end>{_TIME})", re.IGNORECASE
)
_NAMED = {"midnight": "12am", "noon": "12pm"}


def clock_end_moved_en(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous span question with its end time replaced, or ``None``.

    Args:
        text: The follow-up ("and if we get back at midnight").
        steps: The previous turn's step texts.
    """
    said = _TURN.match(text)
    if said is None or len(steps) != 1:
        return None
    spans = list(_SPAN.finditer(steps[0]))
    if len(spans) != 1:
        return None
    new_end = _NAMED.get(said["t"].lower(), said["t"])
    end = spans[0]
    changed = f"{steps[0][: end.start('end')]}{new_end}{steps[0][end.end('end') :]}"
    if match_deterministic(steps[0]) is None or match_deterministic(changed) is None:
        return None
    return [changed], f"ends at {new_end} instead of {end['end']}"
