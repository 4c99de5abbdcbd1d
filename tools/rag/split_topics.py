"""A model reads only documents that name everything a one-fact question is about.

"what languages do the pottery teachers speak": the pottery studio's terms name its
teachers and never a language; the clinic's visitor page names the languages its
reception speaks and never pottery. No sentence answered, so the grounded step handed
both to the local model, which wrote "The pottery teachers speak Korean and English"
(held-out set 29, end to end): one document's fact stitched onto another's subject.
:mod:`tools.rag.owned_passages` keeps the model to the owner a question names in a form
it reads ("the museum's", "at the museum", "does the tailor have"); a question names
whose fact it asks in many more ways ("the pottery teachers", "at the phone repair
center"), so this rule reads no phrase: it compares what each retrieved document names.

A topic of the question that some retrieved document names is asked of the one thing the
question is about. A document naming every such topic may hold the fact; one lacking a
topic another names is about something else, and its passages are not shown. When no
document names them all, the topics are split across documents and none states the
fact: no passage is left, and the caller says the documents do not answer. A comparison
or summary spans documents by design and is not held to this (the caller's choice).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tools.rag.crosslingual import concept_groups
from tools.rag.models import Passage

__all__ = ["passages_naming_every_topic"]


def passages_naming_every_topic(
    topics: Sequence[str],
    passages: Sequence[Passage],
    document_mentions: Callable[[Passage, str], bool],
) -> list[Passage]:
    """The passages whose document names every topic any retrieved document names.

    Args:
        topics: The question's topic terms.
        passages: The retrieved passages, best first.
        document_mentions: Whether the whole document of a passage writes a word.

    Returns:
        ``passages`` from the documents that name (in either language) each topic some
        retrieved document names, in their order; none when no document names them all.
    """
    groups = [group | {topic} for topic, group in zip(topics, concept_groups(topics), strict=True)]
    first_of: dict[str, Passage] = {}
    for passage in passages:
        first_of.setdefault(passage.source, passage)
    named = {
        source: frozenset(
            i for i, words in enumerate(groups) if any(document_mentions(passage, w) for w in words)
        )
        for source, passage in first_of.items()
    }
    asked = frozenset().union(*named.values())
    return [p for p in passages if named[p.source] == asked]
