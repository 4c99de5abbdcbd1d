"""Someone else introduced by name: ``She's Wren Abernethy-Cole``, ``his name is Idris``
(redteam25).

The introduction rules read the writer's own name (``I'm …``, ``my name is …``) and a
relative's after its label; a third person is introduced the same way: ``she's …``,
``he is …``, ``her name's …``, ``his name is …``, ``their name is …``. After ``… name is``
the label says a name follows, so one capitalised word is enough. After ``she's``/``he's``
a capitalised word is as often a nationality, a faith or a role (``She's British``, ``He's
Head Chef``, ``She's Vice President``), so two capitalised words are needed there: the first
in the name lists (given or family), the last a family name (a double-barrelled one by
either half), and no word a non-person or one of the role and colour words the census also
lists as surnames (``Vice``, ``President``, ``Head``, ``Big``, ``Young``…).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.affiliation_names import EN_NOT_PERSONS
from core.privacy.brand_names import is_brand
from core.privacy.name_list import is_family_name, is_given_name
from core.privacy.names import CAPITALISED_WORD, is_english_non_name
from core.privacy.types import Hit

__all__ = ["detect_third_person_intro_names"]

_NAME_IS_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:her|his|their)[ \t]+(?i:name|full[ \t]+name)(?:'s|’s|[ \t]+is|[ \t]*:)"
    r"[ \t]+(?P<name>" + CAPITALISED_WORD + r"(?:[ \t]+" + CAPITALISED_WORD + r"){0,2})"
)
_SHE_IS_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:she|he)(?:'s|’s|[ \t]+is)[ \t]+(?P<name>"
    + CAPITALISED_WORD
    + r"(?:[ \t]+"
    + CAPITALISED_WORD
    + r"){1,2})"
)


# Surnames in the census that after "she's" are a role, a size, an age or a colour.
_ROLE_WORDS_TEXT = """
    Vice President Head Senior Junior Deputy Chief Lord Queen King Prince Princess Big Little
    Great Fan New Old Young Black White Brown Green Gray Grey Welsh Irish English French
    Christian Baptist Major General Captain Judge Bishop Dean Doctor Nurse Pastor Officer
    """
_ROLE_WORDS = frozenset(_ROLE_WORDS_TEXT.split())


def _no_non_person(words: list[str]) -> bool:
    return not any(
        w in EN_NOT_PERSONS or w in _ROLE_WORDS or is_english_non_name(w) or is_brand(w)
        for w in words
    )


def _given_or_family(word: str) -> bool:
    return is_given_name(word) or is_family_name(word)


def _family(word: str) -> bool:
    return any(is_family_name(p) for p in word.split("-"))


def detect_third_person_intro_names(text: str) -> Iterator[Hit]:
    """Names of third persons introduced by ``she's``, ``his name is``… (see the module)."""
    for m in _NAME_IS_RE.finditer(text):
        if _no_non_person(m.group("name").split()):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
    for m in _SHE_IS_RE.finditer(text):
        words = m.group("name").split()
        if _no_non_person(words) and _given_or_family(words[0]) and _family(words[-1]):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
