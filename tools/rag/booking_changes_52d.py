"""Moving an appointment or a booking is changing it, as a booking rule writes it.

Why: "can I move my appointment on the same day" was declined with "not in the
documents: move", though the clinic's page states "Same-day changes are possible only
when a slot is free"; asked "can I change my appointment on the same day" it is
answered. "move" is no synonym of "change" in general (moving house, moving a car), but
moving (shifting, pushing back, bringing forward) a booked time is changing it. So before
the search, such a verb whose object is a booking noun is written "change".

Closed-class only: the verbs, and an object among appointment, booking, reservation,
slot and visit right after them (with a determiner): "can I move my car" is left alone.
"""

from __future__ import annotations

import re

__all__ = ["with_booking_change_worded"]

_MOVE_BOOKING = re.compile(
    r"\b(?:move|moving|shift|shifting|push\s+back|pushing\s+back|bring\s+forward|bump)"
    r"(?P<object>\s+(?:my|our|the|an?|this|that|your)\s+(?:(?:doctor's|dentist's|clinic)\s+)?"
    r"(?:appointments?|bookings?|reservations?|slots?|visits?)\b)",
    re.IGNORECASE,
)


def with_booking_change_worded(question: str) -> str:
    """``question`` with "move my appointment" written "change my appointment"."""
    return _MOVE_BOOKING.sub(lambda m: f"change{m['object']}", question)
