"""A yes/no question's specific topic, which the passage states elsewhere, must be named.

Why this exists: "킥보드 횡단보도 앞에 세워도 되나" was answered with the parking section's
general sentences ("킥보드는 … 보도 가장자리나 … 세워 주세요", "반납 금지 장소에 세우면
재배치 비용 5,000원", blind set 24), while the same passage's list line "횡단보도와 그 앞뒤
3미터 이내" is where crosswalks are ruled on. A topic term only a few chunks hold names
what the question is about (:data:`tools.rag.subjects.SUBJECT_MAX_CHUNKS`); passages
without it are already passed over. Within a passage that holds it, a sentence that names
it in none of its words, its heading or the sentence before speaks of the section's
other cases; asked whether, it would let the asker take a general rule for the specific
case the passage rules on apart. Only for questions with no answer type: a typed
question ("횡단보도 앞에 세우면 얼마") may be answered by the section's sum.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tools.rag.question import QuestionAnalysis
from tools.rag.subjects import SUBJECT_MAX_CHUNKS

__all__ = ["passes_over_held_rare_topic"]


def passes_over_held_rare_topic(
    asked: QuestionAnalysis,
    groups: Sequence[frozenset[str]],
    topics: Sequence[str],
    context: set[str],
    passage: set[str],
    frequency: Callable[[str], int] | None,
) -> bool:
    """Whether a sentence lacks a rare topic term its own passage holds.

    Args:
        asked: The question's analysis: only one with no answer type is screened.
        groups: Each of its terms' equivalents in either language.
        topics: The question's subject topic terms (scenery and ignored words left out).
        context: The tokens of the sentence, its heading and the sentence before.
        passage: The tokens of the sentence's whole passage (with its heading).
        frequency: How many chunks of the collection hold a token.

    Returns:
        True when some topic term is held by at most a few chunks, the passage holds it
        and the sentence's context does not.
    """
    if frequency is None or asked.answer_type is not None:
        return False
    by_term = dict(zip(asked.terms, groups, strict=True))
    for term in topics:
        group = by_term.get(term, frozenset({term}))
        held = sum(frequency(e) for e in group)
        if 0 < held <= SUBJECT_MAX_CHUNKS and group & passage and not group & context:
            return True
    return False
