"""The person a certificate or an award names: ``This is to certify that Rosalind
Achebe-Whitfield has successfully completed …``, ``presented to Tobias Renner`` (redteam39).

People paste a certificate, an award or a reference to have it proofread. Its formula says
the words after it are the person it is about: ``certify that``, ``certifies that``,
``awarded to``, ``presented to``, ``conferred upon``. Two to four capitalised words there are
read as a name (with hyphens, apostrophes and accented letters); a lower-case word (``certify
that the above is true``) or an organisation's word (``Ltd``, ``Inc``, ``University``…) is
not. A single capitalised word is not read: ``awarded to Google`` names no one. A
writer-free text of history (``was the prize awarded to Marie Curie in 1911?``) names a
public figure and is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.affiliation_names import EN_NOT_PERSONS
from core.privacy.historical_event_questions import writer_free_text_of_history
from core.privacy.types import Hit

__all__ = ["detect_certificate_names_en"]

_WORD = r"[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)*"
_FORMULA_RE = LazyPattern(
    r"(?i:\b(?:(?:hereby[ \t]+)?certif(?:y|ies)[ \t]+that|(?:is[ \t]+)?(?:awarded|presented|"
    r"conferred|granted)[ \t]+(?:up)?(?:to|on)))[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?"
    r"(?P<name>" + _WORD + r"(?:[ \t]+" + _WORD + r"){1,3})"
)
_ORGANISATION_WORDS = frozenset(
    {"Ltd", "Inc", "Limited", "University", "College", "School", "Company", "Group", "Council"}
)


def detect_certificate_names_en(text: str) -> Iterator[Hit]:
    """The name after a certificate's or an award's formula (see the module)."""
    lowered = text.lower()
    if not any(
        cue in lowered for cue in ("certif", "awarded", "presented", "conferred", "granted")
    ):
        return
    if writer_free_text_of_history(text):
        return
    for m in _FORMULA_RE.finditer(text):
        tokens = m.group("name").split()
        if any(t in _ORGANISATION_WORDS or t in EN_NOT_PERSONS for t in tokens):
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
