"""The patient's name on a pharmacy label: ``FOR: OYELOWO-BRANDT, TAMSIN`` under ``Rx 4471902
SERTRALINE 50MG TAB`` (redteam28).

Dispensing labels print the patient surname first, in capitals, a comma, then the given
name, after ``FOR:``, ``PATIENT:`` or ``PT:``. People paste the label to ask what it means,
so the name sits beside a medicine: health data tied to a person. ``FOR:`` is an everyday
word, so the text must read as a label (``Rx``, a strength in MG or ML, ``TAB``, ``CAP``,
``TAKE``, ``DISPENSED``, ``REFILLS``), and the name must have the label's shape: a surname
and a given name in capitals joined by a comma ("FOR: OFFICE USE, ONLY" is no label's
line: no medicine is on it).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_pharmacy_label_names"]

_CAPS = r"[A-Z]{2,}(?:[-'][A-Z]{2,})?"
_NAME_RE = LazyPattern(
    r"(?<![A-Za-z])(?:FOR|PATIENT|PT|NAME|DISPENSED[ \t]+TO)[ \t]*[:：][ \t]*"
    r"(?P<name>" + _CAPS + r"(?:[ \t]+" + _CAPS + r"){0,2},[ \t]*" + _CAPS + r"(?:[ \t]+[A-Z]\.?)?)"
    r"(?![A-Za-z])"
)
_LABEL_CUES_RE = LazyPattern(
    r"(?<![A-Za-z])(?:RX|Rx|[0-9]+[ \t]?(?:MG|MCG|ML|mg|mcg|ml)|TABS?|CAPS?|TAKE|DISPENSED|"
    r"REFILLS?|QTY)(?![A-Za-z])"
)


def detect_pharmacy_label_names(text: str) -> Iterator[Hit]:
    """Surname-comma-given names in capitals on a dispensing label (see the module)."""
    if "," not in text or _LABEL_CUES_RE.search(text) is None:
        return
    for m in _NAME_RE.finditer(text):
        yield Hit("person_name", m.start("name"), m.end("name"), 0.85, False)
