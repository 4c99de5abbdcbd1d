"""Names spelled out letter by letter, and a name after ``first name`` with no colon
(redteam42): ``the caller spelled her surname: K-W-A-S-N-I-E-W-S-K-A, first name Halina``.

People spell an unusual surname for a booking or a form; the letters (five or more), joined
by hyphens or spaces, are the name itself, only not written as one word, so no name rule reads
them.
The spelling is a person's name when its own line says a name is being spelled (``spell``
and ``name``/``surname``, ``철자`` and ``이름``/``성``, within a sentence's reach); a
composer's name spelled to settle how a programme writes it has no name word and stays
public. ``first name Halina`` (and ``last
name``, ``surname``, ``given name``) names the capitalised word after it, unless that word is
a form's own (``First name Last name``, ``first name field``).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import is_english_non_name
from core.privacy.types import Hit

__all__ = ["detect_spelled_names_en"]

_SPELL_CUE = LazyPattern(r"(?i)\bspell(?:s|ed|ing|t)?\b|철자|스펠링")
_NAME_WORD = LazyPattern(
    r"(?i)\b(?:sur|first[ \t]|last[ \t]|family[ \t]|given[ \t]|maiden[ \t])?names?\b|"
    r"이름|성은|성이|성함"
)
_SPELLED_RE = LazyPattern(
    r"(?<![A-Za-z0-9.])[A-Za-z](?:-[A-Za-z]|[ ][A-Za-z](?=[ ,.]|$)){4,}(?![A-Za-z]|\.[A-Za-z])"
)
_LABELLED_RE = LazyPattern(
    r"(?i:\b(?:first|given|last|family|middle|maiden)[ \t]?name|\bsurname)(?:[ \t]+is)?[ \t]+"
    r"(?P<name>[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)?)(?![A-Za-z])"
)
# How far from the spelled letters the name word and the spell cue may stand (same line).
_WINDOW = 80
_FORM_WORDS = frozenset(
    {"First", "Last", "Given", "Family", "Middle", "Name", "Names", "Surname", "Field", "Box",
     "Column", "Initial", "Only", "Required", "Optional", "And", "Or", "The"}
)  # fmt: skip


def _near_a_name_word(text: str, start: int, end: int) -> bool:
    # The name word and the spell cue belong to the spelling's own line, near it: a tool
    # schema's "name" key elsewhere in a request body says nothing of these letters.
    lo = max(text.rfind("\n", 0, start) + 1, start - _WINDOW)
    line_end = text.find("\n", end)
    hi = min(len(text) if line_end < 0 else line_end, end + _WINDOW)
    window = text[lo:hi]
    return _NAME_WORD.search(window) is not None and _SPELL_CUE.search(window) is not None


def detect_spelled_names_en(text: str) -> Iterator[Hit]:
    """Names spelled letter by letter after a name cue, and ``first name X`` (see the module)."""
    if _NAME_WORD.search(text) is None:
        return
    if _SPELL_CUE.search(text) is not None:
        for m in _SPELLED_RE.finditer(text):
            if _near_a_name_word(text, m.start(), m.end()):
                yield Hit("person_name", m.start(), m.end(), 0.8, False)
    for m in _LABELLED_RE.finditer(text):
        name = m.group("name")
        if name not in _FORM_WORDS and not is_english_non_name(name):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
