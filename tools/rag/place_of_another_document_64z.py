"""A place the question names, which only another document writes: this one does not answer.

Why this exists: held-out 55 holds a gym chain's terms, whose tables set its clubs side by
side ("| City Centre |", "| Eastgate |", "| Riverside |"), and the app ships a sample
clinic's guide. "how much does parking cost at riverside" (the terms say only "Riverside
parking is pay and display", no price) quoted the sample clinic's parking fee: a sentence
holding the asked words (parking, cost) and a sum, from a document that never writes
"Riverside". :mod:`tools.rag.sibling_places` declines a sentence naming another sibling of
the asked one, in the asked one's own document; this is the same fact across documents:
when a retrieved document's tables name the asked place among its siblings, a passage of
a document that never writes that name is about some other place and is not quoted.

Kept narrow: only sibling names (one-word cells the tables compare, by
:func:`tools.rag.sibling_places.sibling_sets`), written in the question as a word; a
document whose text is unknown is not judged.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tools.rag.models import Passage
from tools.rag.sibling_places import names_as_word, sibling_sets

__all__ = ["places_asked", "silent_on_asked_place"]

#: Switch: off, every document may answer for any place (tests switch it off).
USE_ASKED_PLACE = True


def places_asked(
    question: str,
    passages: Sequence[Passage],
    document_text: Callable[[Passage], str | None],
) -> frozenset[str]:
    """The sibling names (lower-cased) of the retrieved documents that ``question`` writes."""
    if not USE_ASKED_PLACE:
        return frozenset()
    asked: set[str] = set()
    seen: set[str] = set()
    for passage in passages:
        if passage.source in seen:
            continue
        seen.add(passage.source)
        for names in sibling_sets(document_text(passage) or ""):
            asked |= {name for name in names if names_as_word(question, name)}
    return frozenset(asked)


def silent_on_asked_place(
    asked: frozenset[str], passage: Passage, document_text: Callable[[Passage], str | None]
) -> bool:
    """Whether ``passage``'s document never writes any of the places asked (and some is)."""
    if not asked:
        return False
    document = document_text(passage)
    if document is None:
        return False
    return not any(names_as_word(document, name) for name in asked)
