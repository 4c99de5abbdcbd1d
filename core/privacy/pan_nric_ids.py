"""Two more countries' identity numbers after their label: an Indian PAN (``my PAN is
BNZPK4821Q``) and a Singapore NRIC or FIN (``NRIC S8734219J``) (redteam28).

Both are a person's lifelong number, asked for by banks, landlords and employers. A PAN is
five letters, four digits and a letter, its fourth letter saying what holds it (P for a
person; python-stdnum checks the shape). An NRIC or FIN is a letter (S, T, F or G), seven
digits and a check letter computed from them. Bare, both shapes are also product and
reference codes, so the label is required (``PAN``, ``permanent account number``, ``NRIC``,
``FIN``, ``IC no.``), and the number's own check too. Reported as ``national_id``.
"""

from __future__ import annotations

from collections.abc import Iterator

from stdnum.in_ import pan

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["NRIC_AFTER_LABEL", "detect_pan_nric_ids", "nric_is_valid"]

# The label, then at most a few words ("card no.", "is", ":") before the number.
_GAP = r"(?:[ \t]*(?:card|number|no\.?|num|#|is|was|:|-)){0,3}[ \t]*"
_PAN_RE = LazyPattern(
    r"(?:\bPAN\b|(?i:\bpermanent[ \t]+account[ \t]+number\b))" + _GAP
    + r"(?P<v>[A-Za-z]{5}[0-9]{4}[A-Za-z])(?![A-Za-z0-9])"
)  # fmt: skip
NRIC_AFTER_LABEL = LazyPattern(
    r"(?:\b(?:NRIC|FIN)\b|(?i:\bnric\b)|\bIC[ \t]+(?:no\.?|number)|(?i:\bi/c\b))" + _GAP
    + r"(?P<v>[STFGstfg][0-9]{7}[A-Za-z])(?![A-Za-z0-9])"
)  # fmt: skip
_NRIC_WEIGHTS = (2, 7, 6, 5, 4, 3, 2)
# The check letters of each series: citizens and PRs (S, T), foreigners (F, G); the 2000s
# series (T, G) add 4.
_NRIC_LETTERS = {"ST": "JZIHGFEDCBA", "FG": "XWUTRQPNMLK"}
_NRIC_OFFSET = {"S": 0, "T": 4, "F": 0, "G": 4}


def nric_is_valid(value: str) -> bool:
    """Whether ``value`` (``S1234567D``) carries the right check letter for its digits."""
    prefix, digits, check = value[0].upper(), value[1:8], value[8].upper()
    total = sum(int(d) * w for d, w in zip(digits, _NRIC_WEIGHTS, strict=True))
    total += _NRIC_OFFSET[prefix]
    series = next(key for key in _NRIC_LETTERS if prefix in key)
    return check == _NRIC_LETTERS[series][total % 11]


def detect_pan_nric_ids(text: str) -> Iterator[Hit]:
    """Labelled PANs and NRIC/FIN numbers that pass their checks (see the module)."""
    for m in _PAN_RE.finditer(text):
        if pan.is_valid(m.group("v").upper()):
            yield Hit("national_id", m.start("v"), m.end("v"), 0.9, True)
    for m in NRIC_AFTER_LABEL.finditer(text):
        if nric_is_valid(m.group("v")):
            yield Hit("national_id", m.start("v"), m.end("v"), 0.9, True)
