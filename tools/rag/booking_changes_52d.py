"""Moving an appointment or a booking is changing it, as a booking rule writes it.

Why: "can I move my appointment on the same day" was declined with "not in the
documents: move", though the clinic's page states "Same-day changes are possible only
when a slot is free"; asked "can I change my appointment on the same day" it is
answered. "move" is no synonym of "change" in general (moving house, moving a car), but
moving (shifting, pushing back, bringing forward) a booked time is changing it. So before
the search, such a verb whose object is a booking noun is written "change".

Closed-class only: the verbs, and an object among appointment, booking, reservation,
slot and visit right after them (with a determiner): "can I move my car" is left alone.
And only when the collection never holds the verb: a ferry's terms that write "You may
move your booking to another date" answer in the question's own word (measured: rewritten
there, the clinic's change rule was quoted after the ferry's, probe 28).

Round 57: "need to move my appt to another day" was declined with "not in the documents:
appt, move, another". Chat shortens the booking noun (appt, appts, rez), written out as
the rule writes it; "reschedule" and "rebook" are changing a booking too; and where the
booking is moved "to another day" (a different date, a later time) is what any change
does, so that tail is left out of the changed question. A named day ("to friday") stays:
whether that day is free is asked, and the rule does not say.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from tools.rag.textutil import english_tokens

__all__ = ["with_booking_change_worded"]

_MOVE_BOOKING = re.compile(
    r"\b(?P<verb>move|moving|shift|shifting|push\s+back|pushing\s+back|bring\s+forward|bump"
    r"|reschedule|rescheduling|rebook|rebooking)"
    r"(?P<object>\s+(?:my|our|the|an?|this|that|your)\s+(?:(?:doctor's|dentist's|clinic)\s+)?)"
    r"(?P<noun>appointments?|bookings?|reservations?|slots?|visits?|appts?|rez)\b"
    # "to another day": where any change moves a booking (see the module).
    r"(?P<target>\s+(?:to|for|until|till)\s+(?:another|a\s+different|a\s+later|an\s+earlier"
    r"|a\s+new|some\s+other|other)\s+(?:day|date|time|slot|week))?",
    re.IGNORECASE,
)
# The chat clip of a booking noun, as a rule writes the noun.
_NOUN_CLIPS = {"appt": "appointment", "appts": "appointments", "rez": "reservation"}


def with_booking_change_worded(
    question: str, unknown: Callable[[list[str]], Collection[str]]
) -> str:
    """``question`` with "move my appointment" written "change my appointment".

    Args:
        question: The user's question.
        unknown: Of the given index words, those the collection never holds.
    """

    def changed(match: re.Match[str]) -> str:
        verb = english_tokens(match["verb"])
        held = not verb or len(unknown(verb)) < len(verb)
        if held:
            return match.group()
        noun = _NOUN_CLIPS.get(match["noun"].lower(), match["noun"])
        return f"change{match['object']}{noun}"

    return _MOVE_BOOKING.sub(changed, question)
