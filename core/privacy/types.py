"""Value types of the privacy scanner: finding types and the ``Finding`` record."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal, NamedTuple, get_args

PiiType = Literal[
    "kr_rrn",
    "kr_frn",
    "kr_brn",
    "kr_driver_license",
    "passport",
    "phone",
    "email",
    "card",
    "bank_account",
    "address",
    "person_name",
    "us_ssn",
    "mrn",
    "birth_date",
    "vehicle_plate",
    # Another country's national identity or licence number (an Aadhaar number, a
    # Canadian SIN, a British driving licence): reported as such, not as a Korean or US one.
    "national_id",
    # A credential: a password, a door or gate code, a PIN, a one-time code, an API key or
    # token (redteam27). Not the user's identity, but what opens their accounts and doors.
    "secret",
]

PII_TYPES: tuple[PiiType, ...] = get_args(PiiType)

# Structured identifiers: numbers with a checksum or a rigid shape. The corpus
# evaluation holds these to a higher recall bar than free-text types.
STRUCTURED_TYPES: frozenset[PiiType] = frozenset(
    {
        "kr_rrn",
        "kr_frn",
        "kr_brn",
        "kr_driver_license",
        "passport",
        "phone",
        "email",
        "card",
        "bank_account",
        "us_ssn",
        "mrn",
        "national_id",
    }
)

# When two candidates overlap, the higher priority wins: a checksum-validated
# national id beats a context-only guess that happens to cover the same digits.
PRIORITY: dict[PiiType, int] = {
    "kr_rrn": 100,
    "kr_frn": 100,
    "card": 90,
    "us_ssn": 88,
    "national_id": 88,
    # A labelled code beats a numeric guess on its digits ("PIN 0415" is no date), and a
    # URL's password beats the e-mail its "@" makes of it ("redis://app:pw@host").
    "secret": 87,
    "kr_brn": 86,
    # A date its label calls the speaker's birth date beats a numeric guess on its digits.
    "birth_date": 85,
    "email": 84,
    "kr_driver_license": 80,
    "passport": 78,
    "phone": 76,
    "mrn": 70,
    "bank_account": 60,
    "address": 40,
    "vehicle_plate": 50,
    "person_name": 30,
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One piece of personal data found in a text.

    Attributes:
        type: What kind of personal data this is.
        start: Offset of the first character in the original text.
        end: Offset one past the last character in the original text.
        text: ``original[start:end]``.
        confidence: 0..1; 1.0 means a checksum or a strong label confirmed it.
        validated: True when a checksum (or equivalent structural rule) passed.
    """

    type: PiiType
    start: int
    end: int
    text: str
    confidence: float = 1.0
    validated: bool = False

    @property
    def placeholder(self) -> str:
        """The ``[TYPE]`` token used by :func:`core.privacy.mask`."""
        return f"[{self.type.upper()}]"

    def to_dict(self) -> dict[str, object]:
        """JSON-friendly form (the ``privacy scan --json`` keys plus extras)."""
        return {
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "confidence": self.confidence,
            "validated": self.validated,
        }


class Hit(NamedTuple):
    """A detector's raw candidate, in offsets of the normalized text."""

    type: PiiType
    start: int
    end: int
    confidence: float
    validated: bool


#: A detector: yields candidate hits in the folded text it is given (the scanner's lists,
#: :mod:`core.privacy.detector_lists`, hold these).
Detector = Callable[[str], Iterator[Hit]]
