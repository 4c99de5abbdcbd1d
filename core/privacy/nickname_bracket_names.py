"""A name next to a quoted nickname: ``'Big Mo' (Maurice Oduya-Kestrel)``, ``Maurice "Big
Mo" Oduya-Kestrel`` (redteam26).

Workplace notes introduce colleagues by the nickname everyone uses and add the real name
in brackets, or put the nickname in quotes between the given and the family name. The
quoted nickname marks the words beside it as a person's name, so a given name the lists
may not hold and a double-barrelled family name they never hold are read. The bracketed
or surrounding words must look like a name: two or three capitalised words, the first a
listed given name or the last a listed family name (either half of a double-barrelled
one), none a day, a place word or a brand.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.affiliation_names import EN_NOT_PERSONS
from core.privacy.brand_names import is_brand
from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.name_list import is_family_name, is_given_name
from core.privacy.names import CAPITALISED_WORD, is_english_non_name
from core.privacy.types import Hit
from core.privacy.work_characters import is_a_billing_nickname

__all__ = ["detect_nickname_bracket_names"]

_OPEN = "'\"‘“"
_CLOSE = "'\"’”"
_NICK = r"[" + _OPEN + r"][A-Z][A-Za-z .-]{0,24}[" + _CLOSE + r"]"
_NAME = CAPITALISED_WORD + r"(?:[ \t]+" + CAPITALISED_WORD + r"){1,2}"
# masked30: the bracket may say who the person is after the name ("'Gaffer' (Desmond
# Olawale, my manager)").
_NICK_THEN_BRACKET_RE = LazyPattern(
    _NICK + r"[ \t]*\([ \t]*(?P<name>" + _NAME + r")[ \t]*(?:,[^()\n]{1,40})?\)"
)
_NICK_INSIDE_RE = GuardedPattern(
    r"(?<![A-Za-z])(?P<given>"
    + CAPITALISED_WORD
    + r")[ \t]+"
    + _NICK
    + r"[ \t]+(?P<family>"
    + CAPITALISED_WORD
    + r")(?![A-Za-z])"
)
# Words of places and organisations that a quoted name stands before ("'the Big Apple'
# (New York City)").
_PLACE_WORDS_TEXT = """
    City Street Road Avenue Park Square Bridge Hall Centre Center Club Company Group
    University College School Hospital River Lake Mountain Island Bay
"""
_PLACE_WORDS = frozenset(_PLACE_WORDS_TEXT.split())


def _looks_like_a_name(words: list[str]) -> bool:
    if any(
        w in EN_NOT_PERSONS or w in _PLACE_WORDS or is_english_non_name(w) or is_brand(w)
        for w in words
    ):
        return False
    return is_given_name(words[0]) or any(is_family_name(p) for p in words[-1].split("-"))


def detect_nickname_bracket_names(text: str) -> Iterator[Hit]:
    """Names beside a quoted nickname (see the module)."""
    if not any(q in text for q in _OPEN):
        return
    if "(" in text:
        for m in _NICK_THEN_BRACKET_RE.finditer(text):
            if _looks_like_a_name(m.group("name").split()):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
    for m in _NICK_INSIDE_RE.finditer(text):
        # "Dwayne 'The Rock' Johnson" asked about: a performer's billing (redteam28).
        if is_a_billing_nickname(text, m.end("given") + 1, m.start("family") - 1):
            continue
        if _looks_like_a_name([m.group("given"), m.group("family")]):
            yield Hit("person_name", m.start("given"), m.end("given"), 0.75, False)
            yield Hit("person_name", m.start("family"), m.end("family"), 0.75, False)
