"""A count belongs to its own clause: the clause stating it must name what is asked.

"책 한 번에 몇 권까지 빌릴 수 있나요?" over "1인 5권까지 신청할 수 있고 비용은 없으며,
책이 도착하기까지 보통 2~4일 걸립니다": the sentence counts in 권 and names 책, yet the
five books are how many one may *request* from another library; 책 stands in a later
clause about delivery. A Korean sentence joins its clauses with a connective ending
(-고, -며, -지만) or a comma: when the clause holding the counted figure names none of
the question's terms (nor does the section heading), the figure counts something
else, however well the sentence as a whole covers the question.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.rag.korean_counters import aliases_of, counts_with
from tools.rag.textutil import tokenize

# Where one clause ends and the next begins: a comma, or a connective ending before a
# space (있고 / 없으며 / 되지만 / 하거나 / 하면서); "3권까지만" is a particle, not -지만.
_CLAUSE_END = re.compile(r"[,;]\s+|(?<=[가-힣])(?<!까)(?:고|며|지만|거나|면서)\s+")


def clauses(sentence: str) -> list[str]:
    """The sentence cut into its clauses (one item when it has a single clause)."""
    return [part for part in _CLAUSE_END.split(sentence) if part.strip()]


def count_in_another_clause(
    sentence: str, counter: str, groups: Sequence[frozenset[str]], heading: str = ""
) -> bool:
    """Whether every clause counting in ``counter`` names none of the question's terms.

    Args:
        sentence: A candidate answer sentence.
        counter: The counter a Korean count question asks with (권, 명); "" for none.
        groups: The question's terms, each with its equivalents in either language.
        heading: The section heading, which vouches for every clause under it.

    Returns:
        True only for a sentence of several clauses whose counting clauses name no
        term of the question while another clause does.
    """
    if not counter:
        return False
    parts = clauses(sentence)
    if len(parts) < 2:
        return False
    wanted = aliases_of(counter)
    heading_tokens = set(tokenize(heading)) if heading else set()

    def named(text: str) -> bool:
        tokens = set(tokenize(text)) | heading_tokens
        return any(group & tokens for group in groups)

    counting = [part for part in parts if counts_with(part, wanted)]
    if not counting or any(named(part) for part in counting):
        return False
    return any(named(part) for part in parts if part not in counting)


# A figure restricted by 만 ("3권까지만", "2명만"): the counter must stand between the
# number and 만, so that the ten-thousand of "3만 원" is no restriction.
_RESTRICTED_FIGURE = re.compile(r"\d[\d,.]*\s*[가-힣]{1,3}?(?:까지)?만(?=[\s.,!?]|$)")
# A clause opening with a topic: its first word ends in the particle 은/는.
_TOPIC = re.compile(r"^\s*([가-힣]{2,})(?:은|는)\s")


def count_for_unasked_class(sentence: str, groups: Sequence[frozenset[str]]) -> bool:
    """Whether the sentence's figure is the restricted one of a class the question never names.

    "준회원은 한 번에 3권까지만 빌릴 수 있습니다" under "책 한 번에 몇 권까지 빌릴 수 있나요?":
    the clause opens with a topic (준회원은) and restricts its figure with 만, the way a
    document states the exception for one class of people next to the usual figure of
    another (정회원 7권). The question states no class, so the exception is not its answer.
    A question naming the class (준회원은 몇 권) keeps the sentence.

    Args:
        sentence: A candidate answer sentence.
        groups: The question's terms, each with its equivalents in either language.

    Returns:
        True when a clause opens with a topic that shares no token with the question's
        terms and restricts a figure with 만.
    """
    asked = set().union(*groups) if groups else set()
    for part in clauses(sentence):
        topic = _TOPIC.match(part)
        if not topic or not _RESTRICTED_FIGURE.search(part):
            continue
        stem = topic.group(1)
        # The question's word may be cut otherwise than the topic ("방문회원" whole).
        if not ({stem} | set(tokenize(stem))) & asked and not any(
            len(term) > 1 and term in stem for term in asked
        ):
            return True
    return False
