"""A name after a German, French, Spanish or Italian title: ``Herr Wendelin Brückner``,
``Mme Apolline Verdier``, ``Señora Ibáñez`` (redteam30).

The English honorific rule reads ``Mr``/``Mrs``/``Dr`` before a capitalised word; writers
name a neighbour or a landlord abroad with the title of the neighbour's language, and the
name often carries letters outside ASCII (``ü``, ``é``, ``ñ``) that the English name
patterns stop at. The shape here: one of those titles, then one to three capitalised words
in Latin letters with accents. The title needs its capital: ``monsieur`` in a sentence
(``a monsieur at the desk``) names no one.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.names import is_english_non_name
from core.privacy.types import Hit

__all__ = ["detect_continental_titled_names"]

_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+(?:[-'][A-ZÀ-ÖØ-ÞĀ-ſ]?[a-zß-öø-ÿĀ-ſ]+)?"
_TITLED_RE = GuardedPattern(
    r"(?<![A-Za-z])(?:Herr|Frau|Monsieur|Madame|Mademoiselle|Mme\.?|Mlle\.?|Señor|Señora|"
    r"Señorita|Sr\.|Sra\.|Signor|Signora|Sig\.|Sig\.ra)[ \t]+"
    r"(?P<name>" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,2})(?![A-Za-z])"
)
# redteam37: Turkish "Sayın" (formal "Dear"), dotted or typed without the dotless ı.
_TURKISH_RE = GuardedPattern(
    r"(?<![A-Za-z])(?:Sayın|Sayin|SAYIN)[ \t]+(?P<name>" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,2})"
    r"(?![A-Za-z])"
)


def detect_continental_titled_names(text: str) -> Iterator[Hit]:
    """Names after a continental European title (see the module)."""
    for m in (*_TITLED_RE.finditer(text), *_TURKISH_RE.finditer(text)):
        words = m.group("name").split()
        # Stop at a capitalised word that is no name ("Herr Müller From Accounts").
        while words and is_english_non_name(words[-1]):
            words.pop()
        if words:
            end = m.start("name") + len(" ".join(words))
            if " ".join(words) == text[m.start("name") : end]:
                yield Hit("person_name", m.start("name"), end, 0.75, False)
