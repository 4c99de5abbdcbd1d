"""A name that is a work's title: ``what happened to Harry's parents in Harry Potter?``
(redteam27).

Questions about a book, a film or a series end by naming it after "in": ``… in Harry
Potter?``, ``… in Anne of Green Gables?``. A title named after its hero has the shape of
a person's name, so the pair rule reads ``Harry Potter`` and the possessive rule reads
``Harry's parents`` as someone's. At the end of a question that does not speak of the
writer (no ``my``, ``our``, ``I``), a run of capitalised words after "in" is the work the
question is about, not a person the writer knows: nobody is "in" a colleague. A name the
question holds elsewhere is left to the other rules unless it opens that title
(``Harry's parents`` in a question about ``Harry Potter``).
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = ["PLACE_WORDS", "WRITER", "title_of_a_work", "work_title_first_words"]

# "in Harry Potter?", "in Anne of Green Gables?": "in", capitalised words (small words
# between them), then the question's end.
_WORK_AT_QUESTION_END = LazyPattern(
    r"(?<![A-Za-z])in[ \t]+"
    r"(?P<title>[A-Z][a-z]+(?:[ \t]+(?:(?:of|and|the|&)[ \t]+)?[A-Z][a-z]+){1,4})"
    r"[ \t]*\?\s*$"
)
# A place is something one is "in" too ("in Harry Street?", "in Oak Park Hospital?").
_PLACES_TEXT = """
    Street Road Lane Avenue Close Drive Way Park Square Crescent Grove Place Court Hall
    School College University Hospital Centre Center Clinic Ward House Building Hotel
    Station Airport Office Estate Village Town City County Gardens Terrace
"""
PLACE_WORDS = frozenset(_PLACES_TEXT.split())
WRITER = LazyPattern(r"(?i:\b(?:my|our|ours|we|me|us|mine)\b)|\bI\b")


def _titles(text: str) -> list[tuple[int, int]]:
    if "?" not in text or WRITER.search(text) is not None:
        return []
    return [
        (m.start("title"), m.end("title"))
        for m in _WORK_AT_QUESTION_END.finditer(text)
        if m.group("title").split()[-1] not in PLACE_WORDS
    ]


def title_of_a_work(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies in the work a writer-free question ends by naming."""
    return any(lo <= start and end <= hi for lo, hi in _titles(text))


def work_title_first_words(text: str) -> frozenset[str]:
    """The first words of the works such a question names (``Harry`` of ``Harry Potter``)."""
    return frozenset(text[lo:hi].split()[0] for lo, hi in _titles(text))
