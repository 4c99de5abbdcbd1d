"""A title-cased phrase is a title or a mnemonic, not a person: ``'Please Excuse My Dear Aunt
Sally'`` (the order of operations), ``"Every Good Boy Deserves Fudge"``, a song's or a
book's title (redteam44).

A kin title before a capitalised word (``Aunt Sally``, ``Uncle Fred``) names a relative, and an
honorific does the same; in a phrase where every word is capitalised, the function words
(``My``, ``The``, ``Of``) included, the capitals are the phrase's, not a name's. A letter's
``Dear Aunt Sally,`` or ``my Aunt Sally`` is prose: a lower-case word or the phrase's end
right after ``Dear`` makes it no title, so only a quotation that is wholly a run of four or
more capitalised words, with a capitalised function word inside (not first), counts.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = ["in_a_title_cased_phrase"]

_CAP_WORD = r"[A-Z][a-z'’]*"
# Four or more capitalised words in a row (spaces only), one of them a function word after the
# first: what titles and mnemonics look like, and running prose does not.
# The run is the whole of a quotation: "my Aunt Sally In The Hospital" shouts, it is no title.
_TITLE_RUN_RE = LazyPattern(
    r"(?<=['\"‘“])" + _CAP_WORD + r"(?:[ ]" + _CAP_WORD + r"){3,}(?=['\"’”])"
)
_FUNCTION_WORDS = frozenset(
    {"My", "Our", "Your", "The", "Of", "And", "To", "A", "An", "In", "On", "For", "With"}
)


def in_a_title_cased_phrase(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies inside a title-cased run (see the module)."""
    for m in _TITLE_RUN_RE.finditer(text, max(0, start - 80), min(len(text), end + 80)):
        if m.start() <= start and end <= m.end():
            words = m.group(0).split()
            return any(w in _FUNCTION_WORDS for w in words[1:])
    return False
