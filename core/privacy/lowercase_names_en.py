"""An English full name typed in lower case after "my colleague", "our neighbour".

Chat is often typed without capitals: ``a birthday message for my colleague tobias
renner``. The name rules read capitalised words, and :mod:`core.privacy.passing_names`
reads a relation and a capitalised name. Lower case hides the name from both.

Rule: ``my``/``our`` and a relation word (the passing-name rule's), then two lower-case
words that are a listed given name and a listed family name (US Census lists, with their
stop lists: ``my friend will wood`` is no name); (blind55p) a double-barrelled family name
(``my aunt bernadette okonkwo-hale``) with one listed half. A single lower-case word is too often an
ordinary word (``my son said``) to be read as a name. A second word that is an adverb or
a word of time (``my mom rose early today``: a verb and ``early``) is no family name.

A text typed all in lower case also names a person before a health matter with no relation
word (redteam51: ``omg thandiwe brackley-osei just got diagnosed w endometriosis``):
:func:`core.privacy.health_subject_names.lower_case_health_names` reads it here.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.health_subject_names import lower_case_health_names, lower_case_pair
from core.privacy.name_list import is_name_pair
from core.privacy.passing_names import RELATIONS
from core.privacy.types import Hit

__all__ = ["detect_lowercase_names_en"]

_RELATION_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:my|our)[ \t]+(?i:" + RELATIONS + r")[ \t]+"
    r"(?P<name>(?P<given>[a-z]{2,})[ \t]+(?P<family>[a-z]{2,}(?:-[a-z]{2,})?))(?![A-Za-z-])"
)

# Family names that are adverbs or words of time when typed in lower case after a verb
# ("my mom rose early", "my dad drew back").
_NOT_FAMILY_TEXT = """
early late later up down out off in on over back away home again today tonight
yesterday tomorrow now then soon still well fast hard long first last twice once
alone together here there too also just
"""
_NOT_FAMILY = frozenset(_NOT_FAMILY_TEXT.split())


def detect_lowercase_names_en(text: str) -> Iterator[Hit]:
    """Lower-case full names after ``my``/``our`` and a relation (see the module)."""
    yield from lower_case_health_names(text)
    lowered = text.lower()
    if "my " not in lowered and "our " not in lowered:
        return
    for m in _RELATION_RE.finditer(text):
        if m.group("family") in _NOT_FAMILY:
            continue
        # blind55p: a double-barrelled family name ("my aunt bernadette okonkwo-hale got
        # told …") is read as the health rule reads it: a listed half and a given name that
        # is no common word.
        family = m.group("family")
        if "-" in family:
            if lower_case_pair(m.group("given"), family):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
        elif is_name_pair(m.group("given").capitalize(), family.capitalize()):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
