"""A figure stated for the plain thing does not answer for a variant its passage sets apart.

Why this exists: "갤럭시 폴드 화면 수리비 얼마에요?" (the Galaxy Fold's screen) was answered
with the row "갤럭시 액정 교체 120,000원부터" (blind set 29), while the same price list adds,
below its rows, "폴더블폰(갤럭시 Z 폴드·플립)의 화면 수리는 상담 후 견적을 드립니다": the
document writes the variant (폴드) next to the thing (갤럭시) in a note of its own that gives
no figure, so the row's figure is the plain Galaxy's. The rule, for a typed question: a
sentence lacking a topic word only one chunk of the collection holds (the variant's
name), which the question writes next to a topic the sentence does name, does not answer
when a later sentence of its passage writes the two next to each other and states no
figure of the asked kind. A sentence before the candidate is left alone: a passage names
its subject first and then states its facts ("독감 예방 접종을 … 접종 후에는 20분").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from tools.rag.answer_types import answer_type

__all__ = ["figure_of_the_plain_thing"]

# A variant's name is rare: held by one chunk of the collection, its own passage.
_VARIANT_CHUNKS = 1
# "갤럭시 Z 폴드": the variant's name at most this many tokens from the thing's.
_NEXT_TO = 2


def _writes_next_to(tokens: Sequence[str], one: frozenset[str], other: frozenset[str]) -> bool:
    at_one = [i for i, t in enumerate(tokens) if t in one]
    at_other = [i for i, t in enumerate(tokens) if t in other]
    return any(abs(i - j) <= _NEXT_TO for i in at_one for j in at_other)


def figure_of_the_plain_thing(
    topics: Sequence[tuple[str, frozenset[str]]],
    own: set[str],
    later: Sequence[tuple[str, Sequence[str]]],
    frequency: Callable[[str], int] | None,
    states_figure: Callable[[str], bool],
) -> bool:
    """Whether the candidate's figure is the plain thing's, a later note setting a variant apart.

    Args:
        topics: The question's weighted topic terms in its order, each with its word group.
        own: The candidate sentence's tokens.
        later: The sentences of the candidate's passage after it (text, tokens in order).
        frequency: How many chunks of the collection hold a token (``None``: no check).
        states_figure: Whether a sentence states a figure of the kind the question asks.

    Returns:
        True when a rare topic the candidate lacks, and no word asking a kind of answer,
        stands in the question next to a topic the candidate names, and a later
        sentence writes the two next to each other and states no such figure.
    """
    if frequency is None:
        return False
    pairs = [
        (group, topics[j][1])
        for i, (term, group) in enumerate(topics)
        if not group & own and 0 < frequency(term) <= _VARIANT_CHUNKS and answer_type(term) is None
        for j in (i - 1, i + 1)
        if 0 <= j < len(topics) and topics[j][1] & own
    ]
    return any(
        _writes_next_to(tokens, variant, thing) and not states_figure(text)
        for variant, thing in pairs
        for text, tokens in later
    )
