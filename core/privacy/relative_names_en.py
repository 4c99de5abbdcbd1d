"""A relative's name given with its label, in English: ``my daughter's name is Isla``.

:mod:`core.privacy.affiliation_names` reads the Korean form (``딸아이 이름은 소율이에요``).
The English one names a child, a partner or a parent as surely, often by the given name
alone, which the name lists may not hold: the label says a name follows, so the shape
decides. Two phrasings:

- the possessive and ``name is``/``name's``: ``my daughter's name is Isla``, ``our son's
  name is Theo Park``;
- ``is called``/``is named``/``goes by``: ``my husband is called Tomasz``.

Only after ``my``/``our`` (the writer's own relative): ``the son's name is unknown`` or
``a daughter is called for`` names no one. A capitalised word that follows such labels
without being a name (``Patient``, ``Monday``) is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.affiliation_names import EN_NOT_PERSONS
from core.privacy.names import CAPITALISED_WORD, is_english_non_name
from core.privacy.types import Hit

__all__ = ["detect_english_relative_names"]

_RELATIVES = (
    r"daughter|son|child|kid|boy|girl|baby|wife|husband|partner|fianc[ée]e?|"
    r"boyfriend|girlfriend|mum|mom|mother|dad|father|brother|sister|stepson|stepdaughter|"
    r"grandson|granddaughter|grandmother|grandfather|grandma|grandpa|grandad|granddad|granny|nan|"
    r"niece|nephew|aunt|auntie|uncle|cousin|twins?"
)
_ADJECTIVES = r"(?:(?:eldest|oldest|youngest|little|older|younger|baby|new|twin)[ \t]+)?"
_NAME = r"(?P<name>" + CAPITALISED_WORD + r"(?:[ \t]+" + CAPITALISED_WORD + r")?)"
_RELATIVE_NAME_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:(?:my|our)[ \t]+"
    + _ADJECTIVES
    + r"(?:"
    + _RELATIVES
    + r")(?:['’]s[ \t]+name(?:[ \t]+is|['’]s)|[ \t]+(?:is[ \t]+called|is[ \t]+named|"
    r"goes[ \t]+by)))[ \t]+(?:[\"“']?)" + _NAME + r"(?![A-Za-z])"
)


def detect_english_relative_names(text: str) -> Iterator[Hit]:
    """``my daughter's name is Isla``: a relative's name after its label."""
    lowered = text.lower()
    if "my " not in lowered and "our " not in lowered:
        return
    for m in _RELATIVE_NAME_RE.finditer(text):
        # "Monday's child": the word without its possessive is the one the lists hold.
        tokens = [t.split("'")[0] for t in m.group("name").split()]
        if any(t in EN_NOT_PERSONS or is_english_non_name(t) for t in tokens):
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
