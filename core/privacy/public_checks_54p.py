"""Public-text checks of redteam46, where a name rule held text that names no one.

- A country or territory name read as a given and a family name ("the Hong Kong immigration
  site": Hong and Kong are both on the name lists). The English region names come from
  phonenumbers' bundled locale data, the library the phone rules already use.
- A character's family name said on its own beside the character's full name in a
  writer-free question ("'Nazywam się Bond. James Bond' …?"): the line is the character's.
"""

from __future__ import annotations

from functools import cache

from core.lazy_regex import LazyPattern
from core.privacy.famous_characters import is_a_famous_character

__all__ = ["is_a_named_characters_surname", "is_a_place_name_pair"]

_FULL_NAME_RE = LazyPattern(r"(?<![A-Za-z])[A-Z][a-z]+[ \t]+(?P<family>[A-Z][a-z]+)(?![A-Za-z])")


@cache
def _region_names() -> frozenset[str]:
    # Imported when first needed: a command that never scans a name (``ask "3+4"``, the
    # fast path) must not load phonenumbers' locale tables.
    from phonenumbers.geodata.locale import LOCALE_DATA

    names: set[str] = set()
    for names_by_language in LOCALE_DATA.values():
        english = names_by_language.get("aa") or names_by_language.get("en")
        if english and not english.startswith("*"):
            names.add(english.split(",")[0].strip())
    return frozenset(names)


def is_a_place_name_pair(given: str, family: str) -> bool:
    """Whether ``given family`` is a country's or a territory's English name."""
    return f"{given} {family}" in _region_names()


def is_a_named_characters_surname(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the family name of a listed character whose full name
    ("James Bond") is written elsewhere in the same writer-free question."""
    word = text[start:end].strip()
    if not word:
        return False
    for m in _FULL_NAME_RE.finditer(text):
        if (
            m.group("family") == word
            and m.start("family") != start
            and is_a_famous_character(text, m.start(), m.end())
        ):
            return True
    return False
