"""Other countries' national numbers after their label: an Aadhaar number, a Canadian SIN.

``Aadhaar no. 7410 2583 9614`` and ``my SIN is 130 598 428`` are a person's lifelong identity
numbers, written in groups of four (Aadhaar) or three (SIN). Bare, the same shapes are
tracking and order numbers (a CJ 운송장 ``5683 2219 0476`` even passes Aadhaar's Verhoeff
check), so the label is required, and the number's own check digit too (Verhoeff for
Aadhaar, Luhn for the SIN), which keeps a mistyped reference number out.

They are reported as ``national_id`` (another country's identity number), not as a US
social security number.
"""

from __future__ import annotations

from collections.abc import Iterator

from stdnum.ca import sin
from stdnum.in_ import aadhaar

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_foreign_national_ids"]

# The label, then at most a few words ("number is", "no.:") before the number.
_GAP = r"(?:[ \t]*(?:number|no\.?|#|card|is|was|:|-)){0,3}[ \t]*"
_AADHAAR_RE = LazyPattern(
    r"(?i:\b(?:aadhaa?r|uidai))" + _GAP + r"(?P<v>[2-9]\d{3}[ \t-]?\d{4}[ \t-]?\d{4})(?!\d)"
)
_SIN_RE = LazyPattern(
    r"(?:\bSIN\b|(?i:\bsocial[ \t]+insurance\b))"
    + _GAP
    + r"(?P<v>\d{3}[ \t-]?\d{3}[ \t-]?\d{3})(?!\d)"
)


def _digits(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


def detect_foreign_national_ids(text: str) -> Iterator[Hit]:
    """Labelled Aadhaar numbers and SINs with a valid check digit (see the module)."""
    for m in _AADHAAR_RE.finditer(text):
        if aadhaar.is_valid(_digits(m.group("v"))):
            yield Hit("national_id", m.start("v"), m.end("v"), 0.9, True)
    for m in _SIN_RE.finditer(text):
        if sin.is_valid(_digits(m.group("v"))):
            yield Hit("national_id", m.start("v"), m.end("v"), 0.9, True)
