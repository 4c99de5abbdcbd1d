"""A patient in an HL7 v2 message (redteam43): ``PID|1||00482913^^^STMARY^MR||Quartermaine^
Odette^L||19580322|F|||12 Pellow Close^^Truro^^TR1 3QP``.

Hospital interface engineers paste the segment a system rejected. Its fields are positional,
separated by ``|`` with components split by ``^``, so no label stands beside the values: the
standard's field numbers say what each is. In a PID (patient identification) segment field 3
is the patient's identifier (its first component, the number), 5 the name (family^given^
middle), 7 the birth date, 11 the address (its first component, the street), 13 and 14 the
phones and 19 the social security number; in an NK1 (next of kin) segment field 2 is the
relative's name. The standard's own sample patient (``EVERYMAN^ADAM``) in a text that cites
the specification and says nothing of the writer's own stays public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.documented_call_mailboxes import writer_says_own
from core.privacy.types import Hit, PiiType

__all__ = ["detect_hl7_patient_segments"]

_SEGMENT_RE = LazyPattern(r"(?m)(?:^|(?<=[\s'\"]))(?P<kind>PID|NK1)\|[^\n]*")
# (segment, field number, type, take only the first component)
_FIELDS: tuple[tuple[str, int, PiiType, bool], ...] = (
    ("PID", 3, "mrn", True),
    ("PID", 5, "person_name", False),
    ("PID", 7, "birth_date", True),
    ("PID", 11, "address", True),
    ("PID", 13, "phone", True),
    ("PID", 14, "phone", True),
    ("PID", 19, "us_ssn", True),
    ("NK1", 2, "person_name", False),
)
_CITES_STANDARD_RE = LazyPattern(
    r"(?i)\b(?:spec|specification|standard|sample|example|tutorial|docs|documentation)s?\b"
)


def _field_spans(line: str, base: int) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each ``|``-separated field of ``line``, offset by ``base``."""
    spans, start = [], 0
    for part in line.split("|"):
        spans.append((base + start, base + start + len(part)))
        start += len(part) + 1
    return spans


def detect_hl7_patient_segments(text: str) -> Iterator[Hit]:
    """The patient's identifier, name, birth date, address and phones in HL7 PID/NK1 segments."""
    if "PID|" not in text and "NK1|" not in text:
        return
    if _CITES_STANDARD_RE.search(text) is not None and not writer_says_own(text):
        return
    for m in _SEGMENT_RE.finditer(text):
        spans = _field_spans(m.group(), m.start())
        for kind, number, pii_type, first_only in _FIELDS:
            if kind != m.group("kind") or number >= len(spans):
                continue
            start, end = spans[number]
            value = text[start:end]
            if first_only:
                end = start + len(value.split("^")[0])
            else:
                # The name's components up to the first empty one ("Family^Given^M^^^").
                end = start + len(value.split("^^")[0])
            if end - start >= 2 and any(ch.isalnum() for ch in text[start:end]):
                yield Hit(pii_type, start, end, 0.8, False)
