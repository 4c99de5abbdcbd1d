"""Screens the extractive answer runs over its passages before scoring them.

Each screen is its own module with its own tests; this one gathers the ones the
answer step applies in sequence, so the answer step names one call per concern.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from tools.rag.homographs import homographs_apart
from tools.rag.korean_subjects import named_nouns
from tools.rag.models import Passage
from tools.rag.place_hours import other_place_passages
from tools.rag.subjects import off_name_passages
from tools.rag.verb_objects import owned_words_apart


def same_sense_passages(
    question: str, terms: Sequence[str], passages: Sequence[Passage]
) -> Sequence[Passage]:
    """The passages with the question's words in the question's sense.

    열어요 (to open) is no 열 (fever), and 아이 이름을 쓰다 (write the child's name) is
    not 앱을 쓰다 (use the app): a sentence that writes an asked word only in the
    other sense does not cover it.
    """
    return owned_words_apart(question, terms, homographs_apart(question, terms, passages))


def other_owner_passages(
    question: str,
    topic_terms: Sequence[str],
    passages: Sequence[Passage],
    kinds: Mapping[str, frozenset[str]] | None,
) -> set[int]:
    """Ranks of the passages about another place or name than the one the question writes.

    "한빛의원 평일 몇 시에 닫아요?" is not answered by the pharmacy's hours (the proper name),
    nor "병원 문 언제 열어요?" by a pharmacy page (the place whose hours are asked).
    """
    other = off_name_passages(named_nouns(question), passages, kinds)
    return other | other_place_passages(question, topic_terms, passages)
