"""The passages a model may read when an English question says whose fact it asks.

"how much is parking at the museum": the clinic's visitor page states the clinic's
parking, and the museum's policy says nothing about parking. The extractive path already
refuses to quote the clinic's sentence for it (:func:`tools.rag.english_venue.named_venue`,
:func:`tools.rag.subjects.english_possessor`), but the grounded step still handed the
clinic's passage to the model, which wrote "The museum has ... free parking in the basement
garage" (blind set 16, end to end). A passage whose whole document never names the place
or owner asked about states another one's fact: the model does not get it. When no
passage is left, or those left name nothing else the question asks about (the museum's
contact list for its parking), the documents do not answer, and the caller says so.

Only where the collection names the owner somewhere: a place no document mentions is
left to the caller's "not in the documents" decision, as in the extractive path.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tools.rag.crosslingual import concept_groups
from tools.rag.english_venue import named_venue
from tools.rag.holder_subject import holder_subject
from tools.rag.models import Passage
from tools.rag.subjects import english_possessor
from tools.rag.textutil import tokenize

__all__ = ["named_owner", "passages_of_owner"]


def named_owner(question: str) -> str | None:
    """The owner or place an English question names as whose fact it asks, if one."""
    # ...or the subject of "does the tailor have …" (tools.rag.holder_subject).
    return english_possessor(question) or named_venue(question) or holder_subject(question)


def passages_of_owner(
    question: str,
    topics: Sequence[str],
    passages: Sequence[Passage],
    document_mentions: Callable[[Passage, str], bool],
    collection_holds: Callable[[str], bool],
) -> list[Passage]:
    """The passages whose document names the owner the question asks about.

    Args:
        question: The user's question.
        topics: The question's topic terms.
        passages: The retrieved passages, best first.
        document_mentions: Whether the whole document of a passage writes a word.
        collection_holds: Whether any document of the collection holds a term.

    Returns:
        ``passages`` unchanged when the question names no owner or the collection never
        does; otherwise those from documents naming it, or none when none of them names
        another topic of the question.
    """
    owner = named_owner(question)
    if owner is None or not collection_holds(owner):
        return list(passages)
    words = concept_groups([owner])[0] | {owner}
    owned = [p for p in passages if any(document_mentions(p, w) for w in words)]
    others = [g for t, g in zip(topics, concept_groups(topics), strict=True) if t not in words]
    written = {t for p in owned for t in tokenize(f"{p.heading or ''} {p.text}")}
    return owned if not others or any(g & written for g in others) else []
