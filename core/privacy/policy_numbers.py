"""An insurance policy's number after its label: ``policy number HX-4471-902835``,
``증권번호 20241183-5507921`` (redteam33).

A claim e-mail quotes the policy number, and with the holder's name and birth date it is
what an insurer's phone line asks to open the policy: the cover, the address, the payout
account. The number has each insurer's own shape (letters, digits, hyphens), so only its
label says what it is: ``policy number/no./#``, ``policy`` right before an id with five
or more digits, ``증권번호``, ``보험증권번호``, ``보험계약번호``. A policy's name or year
(``policy 2026``, ``privacy policy v2``) has too few digits.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_policy_numbers"]

_POLICY_RE = LazyPattern(
    r"(?:(?i:\bpolicy(?:[ \t]+(?:number|no\.?|#|id))?)"
    r"|(?:보험)?증권[ \t]?번호|보험[ \t]?계약[ \t]?번호)"
    r"[ \t]*(?:[:#]|(?i:is)|는|은)?[ \t]*"
    r"(?P<id>[A-Za-z0-9][A-Za-z0-9-]{4,24})(?![A-Za-z0-9-])"
)
_CUES = ("policy", "증권", "보험")


def detect_policy_numbers(text: str) -> Iterator[Hit]:
    """Insurance policy numbers after their label (see the module)."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES):
        return
    for m in _POLICY_RE.finditer(text):
        if sum(ch.isdigit() for ch in m.group("id")) >= 5:
            yield Hit("mrn", m.start("id"), m.end("id"), 0.75, False)
