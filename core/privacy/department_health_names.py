"""A colleague's given name with their department and their health: ``Priyanka in
accounts starts chemo on Monday`` (redteam27).

At work people name a colleague by the given name and the team (``Priyanka in
accounts``, ``Dev from IT``); the name alone is often in no list. With a health matter or
a leave in the same sentence (chemo, surgery, diagnosed, sick leave …) the sentence is
about that person's health, which must stay local. Without one, a listed given name is
enough (``Tom in HR``); an unlisted capitalised word is read as prose (``Growth in sales``).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.affiliation_names import EN_NOT_PERSONS
from core.privacy.brand_names import is_brand
from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.name_list import is_given_name
from core.privacy.names import is_english_non_name
from core.privacy.types import Hit

__all__ = ["detect_department_health_names"]

_DEPARTMENTS = (
    r"accounts|accounting|finance|payroll|HR|IT|legal|marketing|sales|reception|procurement|"
    r"logistics|dispatch|compliance|admin|ops|operations|housekeeping|maintenance|facilities|"
    r"customer[ \t]+service|the[ \t]+warehouse|the[ \t]+kitchen|the[ \t]+lab|the[ \t]+office"
)
_NAME_DEPARTMENT_RE = GuardedPattern(
    r"(?<![A-Za-z'’])(?P<name>[A-Z][a-z]{2,})[ \t]+(?:in|from)[ \t]+(?:" + _DEPARTMENTS + r")"
    r"(?![A-Za-z])"
)
# A health matter or a leave said about the person.
_HEALTH_RE = LazyPattern(
    r"(?i:chemo(?:therapy)?|radiotherapy|cancer|tumou?r|surgery|operation|hospital|"
    r"diagnos(?:ed|is)|sick|illness|unwell|pregnan(?:t|cy)|maternity|paternity|miscarriage|"
    r"stroke|heart[ \t]+attack|rehab|therapy|depression|burn-?out|funeral|bereavement|"
    r"passed[ \t]+away|medical[ \t]+leave|sick[ \t]+leave)"
)
_SENTENCE_END = ".!?\n"


def _sentence(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(ch, 0, start) for ch in _SENTENCE_END) + 1
    his = [i for i in (text.find(ch, end) for ch in _SENTENCE_END) if i >= 0]
    return text[lo : min(his) if his else len(text)]


def detect_department_health_names(text: str) -> Iterator[Hit]:
    """A given name before its department, with a health matter or a listed name."""
    if " in " not in text and " from " not in text:
        return
    for m in _NAME_DEPARTMENT_RE.finditer(text):
        name = m.group("name")
        if name in EN_NOT_PERSONS or is_english_non_name(name) or is_brand(name):
            continue
        # "Cuts in marketing", "Jobs in finance": a plural noun; names ending in s are listed.
        if name.endswith("s") and not is_given_name(name):
            continue
        if is_given_name(name) or _HEALTH_RE.search(_sentence(text, m.start(), m.end())):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
