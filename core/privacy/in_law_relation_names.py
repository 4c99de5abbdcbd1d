"""A relative's name after an in-law, step, half or ex relation (redteam24).

``my brother-in-law Fergus Albright-Tiwari``, ``our step-mum Delphine``, ``my
half-sister Ines Carvalho``, ``my ex-husband Rory Tate``, ``my godson Milo``: the relation
rule of :mod:`core.privacy.passing_names` reads ``my`` and a plain relation (``my brother
…``); a relation with ``-in-law``, ``step-``, ``half-``, ``ex-``, ``great-`` or ``god`` is
written with hyphens it does not read. Only those forms are read here, so the two rules
never find the same name.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.affiliation_names import EN_NOT_PERSONS
from core.privacy.brand_names import is_brand
from core.privacy.names import CAPITALISED_WORD, is_english_non_name
from core.privacy.types import Hit
from core.privacy.work_characters import asks_about_a_works_people

__all__ = ["detect_in_law_relation_names"]

_BASE = (
    r"brother|sister|mother|father|mum|mom|dad|son|daughter|parent|parents|niece|nephew|"
    r"aunt|uncle|cousin|grandmother|grandfather|grandma|grandpa|grandson|granddaughter|"
    r"wife|husband|partner|child|kid|boyfriend|girlfriend|fianc[ée]e?"
)
_RELATION = (
    r"(?:(?:(?:step|half|great|great-great|ex)-)(?:" + _BASE + r")(?:-in-law)?"
    r"|(?:" + _BASE + r")-in-law"
    r"|god(?:mother|father|son|daughter|parent|child|mum|mom|dad))"
)
_IN_LAW_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:my|our|his|her|their)[ \t]+(?i:" + _RELATION + r"),?[ \t]+"
    r"(?P<name>" + CAPITALISED_WORD + r"(?:[ \t]+" + CAPITALISED_WORD + r")?)"
)


def detect_in_law_relation_names(text: str) -> Iterator[Hit]:
    """Names after a hyphenated or god- relation (see the module)."""
    if "-" not in text and "god" not in text.lower():
        return
    # "in Breaking Bad, when does Walter White tell his brother-in-law Hank …?": a work's
    # people, asked about in a writer-free question (redteam46).
    if asks_about_a_works_people(text):
        return
    for m in _IN_LAW_RE.finditer(text):
        words = m.group("name").split()
        if any(w in EN_NOT_PERSONS or is_english_non_name(w) or is_brand(w) for w in words[:1]):
            continue
        # A second word that is no name ends the name ("Fergus Owes").
        end = m.end("name")
        if len(words) == 2 and (words[1] in EN_NOT_PERSONS or is_english_non_name(words[1])):
            end = m.start("name") + len(words[0])
        yield Hit("person_name", m.start("name"), end, 0.75, False)
