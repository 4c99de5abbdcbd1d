"""A given name in the possessive before a relative, a carer or a health word: ``Anouk's
parents``, ``Tobiah's inhaler`` (redteam26).

Parents write about other people's children by the given name alone, and the name is
one the census lists may not hold (``Anouk``, ``Tobiah``). The possessive ties it to a
person: what follows is someone only a person has, a relative or a carer (``Anouk's
parents``, ``Ezra's nanny``) or a health matter (``Anouk's asthma inhaler``,
``Theo's EpiPen``). Chains of two (``Anouk's and Tobiah's parents``) are read whole.
A capitalised word that is a day, a place, a brand or a person label, or that ends a
longer proper name (``St Mary's``, ``Trader Joe's``, ``Ben & Jerry's``), is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.affiliation_names import EN_NOT_PERSONS
from core.privacy.brand_names import is_brand
from core.privacy.named_work_titles import work_title_first_words
from core.privacy.names import is_english_non_name
from core.privacy.types import Hit

__all__ = ["detect_possessive_given_names"]

# What only a person has: relatives, carers, and health matters.
_OWNED = (
    r"parents|mum|mom|mother|dad|father|step-?(?:mum|mom|dad)|brother|sister|husband|wife|"
    r"boyfriend|girlfriend|son|daughter|grandma|grandpa|granny|grandad|nan|gran|"
    r"teacher|tutor|nanny|babysitter|childminder|carer|paediatrician|pediatrician|GP|"
    r"therapist|asthma|inhaler|EpiPen|epipen|allergy|allergies|medication|meds|insulin|"
    r"diagnosis|biopsy|prescription|birthday"
)
_POSSESSIVE = r"[A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?"
_CHAIN_RE = LazyPattern(
    r"(?<![A-Za-z&.])(?P<first>"
    + _POSSESSIVE
    + r")['’]s(?:[ \t]+(?:and|&|or)[ \t]+(?P<second>"
    + _POSSESSIVE
    + r")['’]s)?[ \t]+(?:"
    + _OWNED
    + r")(?![A-Za-z])"
)
# Places and the like that take a possessive before the same words ("England's GP
# contract", "Britain's mothers").
_PLACES_TEXT = """
    England Scotland Wales Ireland Britain America Canada Australia Europe Asia Africa
    China Japan India France Germany Spain Italy Mexico Brazil Russia Texas California
    Earth World Nation Country State City County Town Village School Church God Lord
    Santa Father Mother
"""
_PLACES = frozenset(_PLACES_TEXT.split())
# A capitalised word before the name makes it the end of a longer proper name
# ("St Mary's", "Trader Joe's", "Sophie Turner's": the last is the name rules' own).
_CAPITAL_BEFORE_RE = LazyPattern(r"(?:[A-Z][a-z]*\.?|&)[ \t]+\Z")
# blind54p: a determiner right before makes the possessive a kind, not a person's: "his
# Alzheimer's diagnosis", "an Asperger's diagnosis" name an eponymous condition (a person's
# own possessive takes no "his" or "an" before it).
_DETERMINER_BEFORE_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:his|her|their|my|your|our|its|a|an|the|early-onset|late-onset)[ \t]+\Z"
)


def _person_word(word: str) -> bool:
    return not (
        word in EN_NOT_PERSONS or word in _PLACES or is_english_non_name(word) or is_brand(word)
    )


def detect_possessive_given_names(text: str) -> Iterator[Hit]:
    """Given names in the possessive before a relative, carer or health word (see the module)."""
    if "'s" not in text and "’s" not in text:
        return
    # "Harry's parents in Harry Potter?": the hero of the work the question names (redteam27).
    heroes = work_title_first_words(text)
    for m in _CHAIN_RE.finditer(text):
        if _CAPITAL_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if _DETERMINER_BEFORE_RE.search(text, max(0, m.start() - 14), m.start()):
            continue
        for group in ("first", "second"):
            word = m.group(group)
            if word is not None and word not in heroes and _person_word(word):
                yield Hit("person_name", m.start(group), m.end(group), 0.65, False)
