"""Machine ids are not personal data: detections that fall inside a UUID are dropped.

Trace exports, run records and tool payloads carry random UUIDs. Their groups
are digits often enough to read as numbers: the last group "050352912692" is a
Korean 0503 number to ``detect_phone``, "a010-4109" a mobile front half. About
one LangSmith export body in 6,000 was blocked that way (a flaky egress test).
:mod:`core.privacy.wire_screen` already hides UUIDs from its digit count; this
does the same for the scanner. Only a UUID with a hex letter in it counts: an
all-digit "01012345-6789-0000-…" is a number written in a UUID's shape, not a
random id, and stays a finding.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

# A UUID stands alone, or (LangSmith's ``dotted_order``, "20261203T085328428136Z<run id>")
# right after a compact timestamp's "Z": one run id in a few hundred there has a group
# run like "2681-7431-9755-4501" that passes Luhn, and the export was blocked as a card.
_UUID = LazyPattern(
    r"(?:(?<![0-9A-Za-z])|(?<=[0-9]Z))(?=[0-9-]*[a-fA-F])"
    r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    r"(?![0-9A-Za-z])"
)


def machine_id_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each UUID with a hex letter in ``text``, in order."""
    return [(m.start(), m.end()) for m in _UUID.finditer(text)]


def outside_machine_ids(hits: Iterable[Hit], text: str) -> Iterator[Hit]:
    """``hits`` of ``text`` except those wholly inside a machine id."""
    spans = machine_id_spans(text) if "-" in text else []
    if not spans:
        yield from hits
        return
    starts = [start for start, _ in spans]
    for hit in hits:
        i = bisect.bisect_right(starts, hit.start) - 1
        if i >= 0 and hit.end <= spans[i][1]:
            continue
        yield hit
