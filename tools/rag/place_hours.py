"""A Korean question asking when a named place opens is answered by that place's hours.

"병원 문 언제 열어요?" over a clinic guide and a pharmacy guide was answered with "약국은
평일 09:00–18:00 … 문을 엽니다": the pharmacy's sentence holds 문 and 열 and the same
kind of time, and its document mentions the clinic ("한빛 가정의원과 같은 건물"), so no
document-wide check caught it. Hours belong to the place a section is about, and a
section's heading path (which starts with the document's title) says which place that
is. When the question names a place that some retrieved passage's title names, only the
passages whose heading path names it may state its hours; a place no title names (a time
word, an unknown hall) leaves the other checks to decide.
"""

from __future__ import annotations

from collections.abc import Sequence

from tools.rag.crosslingual import concept_groups
from tools.rag.homographs import word_classes
from tools.rag.models import Passage

# Words of the hours themselves, never the place they belong to.
_HOURS_WORDS = frozenset({"문", "시간", "운영", "영업", "몇", "언제", "오늘", "내일"})
# Predicates of opening and closing (열다, 닫다) and nouns of keeping hours (운영, 영업).
_OPEN_STEMS = frozenset({"열", "닫"})
_KEEPING_NOUNS = frozenset({"운영", "영업"})


def asks_place_hours(question: str, terms: Sequence[str]) -> bool:
    """Whether a Korean question asks when something opens or closes (열다, 닫다, 운영)."""
    classes = word_classes(question)
    opens = any("predicate" in classes.get(stem, set()) for stem in _OPEN_STEMS)
    return opens or bool(_KEEPING_NOUNS & set(terms))


def _title(passage: Passage) -> str:
    return passage.heading.split(" > ", 1)[0]


def other_place_passages(
    question: str, topics: Sequence[str], passages: Sequence[Passage]
) -> set[int]:
    """Ranks of the passages about another place than the one whose hours are asked.

    Args:
        question: The user's question.
        topics: Its topic terms (index-token space), in question order.
        passages: Retrieved passages.

    Returns:
        The ranks whose heading path does not name the place the question leads with,
        when the question asks a place's hours and some retrieved passage's title names
        that place; else empty.
    """
    place = next((t for t in topics if len(t) > 1 and not t.isascii()), None)
    if place is None or place in _HOURS_WORDS or not asks_place_hours(question, topics):
        return set()
    # The place in either of its Korean words (병원 is also written 의원).
    names = {w for w in concept_groups([place])[0] if not w.isascii()} | {place}
    if not any(any(n in _title(p) for n in names) for p in passages):
        return set()
    return {rank for rank, p in enumerate(passages) if not any(n in p.heading for n in names)}
