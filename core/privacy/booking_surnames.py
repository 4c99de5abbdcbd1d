"""One surname a booking is under: ``the table's under Castellanos-Whitby`` (redteam24).

Restaurants, hotels and clinics file a booking under the guest's surname, and people say
so with the surname alone: ``the table's under Okafor``, ``booked under Lindqvist for
two``, ``the reservation is under the name Pemberton``. The task-recipient rule
(:mod:`core.privacy.task_recipient_names`) reads two or more capitalised words there; this
rule reads one, right after ``under`` in a sentence about a booking, when it is no word that
follows ``under`` without naming anyone (``under Section 4``, ``under Review``, ``under
Construction``, a brand, a team, a month).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.affiliation_names import EN_NOT_PERSONS
from core.privacy.brand_names import is_brand
from core.privacy.names import is_english_non_name
from core.privacy.types import Hit

__all__ = ["detect_booking_surnames"]

_BOOKING_UNDER_RE = LazyPattern(
    r"(?i:\b(?:book(?:ed|ing)?|reserv\w*|table(?:['’]s)?|room(?:['’]s)?|appointment|"
    r"ticket|tickets|order|pickup|pick-up)\b)[^.?!\n]{0,40}?\b(?i:under)"
    r"(?:[ \t]+(?i:the)[ \t]+(?i:name)(?:[ \t]+(?i:of))?)?[ \t]+"
    r"(?P<name>[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*|[A-Z]['’][A-Z][a-z]+(?:-[A-Z][a-z]+)*)"
    r"(?![A-Za-z])(?![ \t]+[A-Z][a-z])"
)
# Words that follow "under" in a booking's sentence without naming anyone.
_NOT_SURNAMES_TEXT = """
    Section Article Clause Part Chapter Rule Review Construction Maintenance Repair Way
    Offer Promotion Deal Plan Package Policy Account Membership Contract Agreement Budget
    Code Number Reference Item Category Tab Menu Settings Option Options Bookings Booking
    Reservations Reservation Orders Order Tickets Account Profile Name Names My Our Your
    His Her Their The This That A An Guest Guests Group Company Corporate Business Family
"""
_NOT_SURNAMES = frozenset(_NOT_SURNAMES_TEXT.split())


def detect_booking_surnames(text: str) -> Iterator[Hit]:
    """A single surname a booking is under (see the module)."""
    if "under" not in text.lower():
        return
    for m in _BOOKING_UNDER_RE.finditer(text):
        name = m.group("name")
        parts = name.replace("’", "-").replace("'", "-").split("-")
        if name in _NOT_SURNAMES or any(
            p in EN_NOT_PERSONS or is_english_non_name(p) or is_brand(p) for p in parts if p
        ):
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
