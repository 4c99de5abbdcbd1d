"""A name before the relation it is explained by: ``Dervla, my flatmate, told me…``
(redteam38).

:mod:`core.privacy.kinship_names` reads the relation first (``our son, Rafe Quill,``) and
:mod:`core.privacy.passing_names` ``my flatmate Dervla``. Speech puts the name first as
often, with the relation in apposition: a capitalised name of one to three words, a comma,
``my``/``our`` and a relation (an adjective may come between: ``my old boss``), then a
closing comma or a verb. Words that open a sentence with a comma and are no name (``Thanks,
my friend, …``, ``Honestly, my boss said``) are left out.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import CAPITALISED_WORD, is_english_non_name
from core.privacy.passing_names import RELATIONS
from core.privacy.types import Hit

__all__ = ["detect_apposition_names_en"]

_NAME_RE = LazyPattern(
    r"(?<![A-Za-z'’-])(?P<name>" + CAPITALISED_WORD + r"(?:[ \t]+" + CAPITALISED_WORD + r"){0,2})"
    r",[ \t]+(?i:my|our)[ \t]+(?:(?i:old|new|best|former|current|older|younger|little|big|"
    r"next-door|late)[ \t]+)?(?i:" + RELATIONS + r")s?(?![A-Za-z])"
    r"(?:[ \t]*,|[ \t]+(?i:told|said|says|asked|is|was|has|had|wants|thinks|called|texted|"
    r"just|will|can|needs))"
)
# Sentence openers written with a comma that are no name.
_NOT_NAMES = frozenset(
    {
        "Thanks", "Thank", "Hi", "Hello", "Hey", "Yes", "No", "Well", "Sorry", "Please",
        "Dear", "Listen", "Look", "Honestly", "Anyway", "Today", "Yesterday", "Tomorrow",
        "Okay", "Ok", "OK", "So", "And", "But", "Also", "Then", "Now", "Apparently",
        "Unfortunately", "Luckily", "Basically", "Actually", "Meanwhile", "Again", "Sadly",
    }
)  # fmt: skip


def detect_apposition_names_en(text: str) -> Iterator[Hit]:
    """Names explained by a relation in apposition after them (see the module)."""
    if ", my " not in text and ", our " not in text and ", My " not in text:
        return
    for m in _NAME_RE.finditer(text):
        words = m.group("name").split()
        if words[0] in _NOT_NAMES or any(is_english_non_name(w) for w in words):
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
