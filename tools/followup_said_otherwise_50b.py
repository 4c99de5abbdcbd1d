"""Follow-ups said in other words than the rules read, resolved as their plain twins: "we cut
the list to 100" (as "we're down to 100 guests").

Set 31: after "the wedding venue charges 95 per guest … 120 guests" (11,400), "we cut the
list to 100" went to the cloud, though "we're down to 100 guests" is read (9,500), and the
turn after it ("plus a 22% service charge", read by the older rules) went with it. The guest
list is the count of the people the step counts, so the turn is that count said anew, with
the step's own noun (only when the step counts one kind of people). The twin is resolved
by the follow-up rules as if typed so, or not at all.

Set 30 the other way round: after "catering is 32 a head for 45 people plus 18% service"
(read as its tip twin by :mod:`tools.calculator_service_charge_50b`), "we're down to 40
people" is resolved against the previous step with its service said as a tip, as it is
after "… plus 18% tip" (1,510.40).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.calculator_service_charge_50b import service_said_as_tip

__all__ = ["after_service_said_as_tip", "list_cut_to"]

_LIST_CUT = re.compile(
    r"^\s*(?:so\s+|ok(?:ay)?\s*,?\s*|actually\s*,?\s*)?(?:we|they|i)(?:'ve)?\s+"
    r"(?:cut|trimmed|reduced|got|brought)\s+(?:the\s+|our\s+)?(?:guest\s+)?list\s+(?:down\s+)?to\s+"
    r"(?P<n>\d+)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_PEOPLE_COUNTED = re.compile(r"\d+\s+(?P<noun>guests|people|attendees|persons|invitees)\b", re.I)


def list_cut_to(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "we cut the list to 100" resolved as "we're down to 100 guests", or ``None``."""
    said = _LIST_CUT.match(text)
    if said is None or not steps:
        return None
    nouns = {m["noun"].lower() for step in steps for m in _PEOPLE_COUNTED.finditer(step)}
    if len(nouns) != 1:
        return None
    from tools.followups import resolve_follow_up

    return resolve_follow_up(f"we're down to {said['n']} {nouns.pop()}", steps)


def after_service_said_as_tip(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """Any follow-up resolved against the steps with their service charge said as a tip."""
    as_tip = [service_said_as_tip(step) or step for step in steps]
    if as_tip == list(steps):
        return None
    from tools.followups import resolve_follow_up

    return resolve_follow_up(text, as_tip)
