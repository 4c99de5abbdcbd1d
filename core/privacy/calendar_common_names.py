"""The ``CN=`` of an iCalendar ORGANIZER or ATTENDEE line: ``ORGANIZER;CN="Bexley,
Imogen":mailto:…``, ``ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Tobiah Wexford:mailto:…``
(redteam31).

An invitation's text names everyone invited: RFC 5545 gives each a common-name parameter
beside the address, quoted when the name holds a comma (directories write "Surname,
Given"). The English name patterns miss the reversed, quoted form and the given name alone.
Any CN value on those two properties is a person's or a room's name; a value naming a room
or a resource (``CUTYPE=ROOM``/``RESOURCE``) is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_calendar_common_names"]

_CN_RE = LazyPattern(
    r"(?i:ORGANIZER|ATTENDEE)(?P<params>[^:\n]*?);(?i:CN)="
    r"(?:\"(?P<quoted>[^\"\n]{2,80})\"|(?P<bare>[^;:\"\n]{2,80}))"
)


def detect_calendar_common_names(text: str) -> Iterator[Hit]:
    """Names in iCalendar CN parameters (see the module)."""
    if "CN=" not in text.upper():
        return
    for m in _CN_RE.finditer(text):
        if "CUTYPE=ROOM" in m.group(0).upper() or "CUTYPE=RESOURCE" in m.group(0).upper():
            continue
        group = "quoted" if m.group("quoted") is not None else "bare"
        value = m.group(group).strip()
        start = m.start(group) + m.group(group).index(value)
        yield Hit("person_name", start, start + len(value), 0.85, False)
