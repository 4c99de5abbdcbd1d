"""Italy's codice fiscale, the personal tax code on every Italian letter, card and contract:
``CSTGVR90D52H501Y`` (redteam40).

Sixteen characters: three letters of the surname, three of the given name, the birth year,
a month letter, the birth day (plus 40 for a woman), the birthplace's cadastral code and a
check letter. The check letter (python-stdnum's ``it.codicefiscale``) tells a real code from
sixteen random capitals; the code encodes its holder's name, sex, birth date and birthplace,
so it is personal wherever it appears. The specimen everyone prints (Mario Rossi's
``RSSMRA85T10A562S``) is let through when the text calls it an example
(:func:`core.privacy.documented_examples.is_documented_example`). Reported as
``national_id``.
"""

from __future__ import annotations

from collections.abc import Iterator

from stdnum.it import codicefiscale

from core.lazy_regex import LazyPattern
from core.privacy.documented_examples import is_documented_example
from core.privacy.types import Hit

__all__ = ["detect_italian_tax_codes"]

# Digits may be replaced by letters (omocodia) when two people share a code.
_DIGITISH = r"[0-9LMNPQRSTUV]"
_CF_RE = LazyPattern(
    r"(?<![A-Za-z0-9])(?i:[A-Z]{6}"
    + _DIGITISH * 2
    + r"[ABCDEHLMPRST]"
    + _DIGITISH * 2
    + r"[A-Z]"
    + _DIGITISH * 3
    + r"[A-Z])(?![A-Za-z0-9])"
)


def detect_italian_tax_codes(text: str) -> Iterator[Hit]:
    """Codici fiscali that pass their check letter (see the module)."""
    for m in _CF_RE.finditer(text):
        if not codicefiscale.is_valid(m.group().upper()):
            continue
        if is_documented_example(text, m.start(), m.end()):
            continue
        yield Hit("national_id", m.start(), m.end(), 0.9, True)
