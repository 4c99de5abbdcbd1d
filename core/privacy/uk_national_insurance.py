"""A British National Insurance number after its label: ``my NI no. is JT 48 21 93 C``,
``national insurance number JT482193C``, ``Key (ni_number)=(JT 48 21 93 C)`` (redteam28).

The NI number is a person's lifelong tax and benefits number: two letters, six digits
(often in pairs) and a letter A to D. Its letters follow HMRC's rules (the first is none
of D, F, I, Q, U, V; the second none of D, F, I, O, Q, U, V; BG, GB, KN, NK, NT, TN and ZZ
are never issued), which keeps most codes out, but the bare shape is also a product or
reference code, so its label is needed: "NI", "NINO", "national insurance", or a key or
column named so (``ni_number``, ``nino``) in pasted code and error messages. Reported as
``national_id``.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_uk_national_insurance"]

_PREFIX = r"(?P<p>[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])"
_NUMBER = _PREFIX + r"[ \t]?[0-9]{2}[ \t]?[0-9]{2}[ \t]?[0-9]{2}[ \t]?[A-D]"
_LABEL_RE = LazyPattern(
    r"(?:\bNI(?:NO)?\b|(?i:\bnino\b|\bni_?(?:number|no|num)\b|"
    r"\bnational[ \t_]+insurance(?:[ \t_]+(?:number|no))?\b))"
    r"(?:[ \t]*(?:number|no\.?|num|#|is|was|[:=()\"'-]))*[ \t]*"
    r"(?P<v>" + _NUMBER + r")(?![A-Za-z0-9])"
)
# redteam38: the label, then a few words before the number ("National Insurance number for
# the starter checklist, it's JG 48 27 91 D"): up to forty characters without a digit or a
# line break, ending in "is", "it's", "was" or a colon.
_LABEL_FAR_RE = LazyPattern(
    r"(?:\bNI(?:NO)?\b|(?i:\bnino\b|\bnational[ \t_]+insurance(?:[ \t_]+(?:number|no))?\b))"
    r"[^0-9\n]{1,40}?(?:\b(?i:is|was)|(?i:it)(?:'|’)s|:|=)[ \t]*"
    r"(?P<v>" + _NUMBER + r")(?![A-Za-z0-9])"
)
_NEVER_ISSUED = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


def detect_uk_national_insurance(text: str) -> Iterator[Hit]:
    """Labelled NI numbers whose letters HMRC could issue (see the module)."""
    lowered = text.lower()
    if "ni" not in lowered and "insurance" not in lowered:
        return
    for pattern in (_LABEL_RE, _LABEL_FAR_RE):
        for m in pattern.finditer(text):
            if m.group("p") not in _NEVER_ISSUED:
                yield Hit("national_id", m.start("v"), m.end("v"), 0.9, True)
