"""One-syllable nouns a Korean yes/no question asks about in its own (final) clause.

"장롱면허 연수 제 차로 받을 수 있어요?" asks whether the refresher course can be taken
*in one's own car*: 차 is the point of the question, yet the general unknown-word checks
leave one-syllable nouns aside (a fragment like 비 of 식비, or a counter, is no topic),
so three 장롱면허 lines that say nothing about a car answered it. A one-syllable noun
counts here when it stands as its own written word in the clause that is asked (after
the last connective: "차 가져가면 주차할 수 있을까요?" asks about parking, and the car
only sets the scene), is no piece of a compound, no counter after a number ("한 달"), no
place or time relation ("검사 전에", "가게 앞에") and no word that sets the scene (엄마).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from tools.rag.korean_subjects import is_plain_korean_yes_no
from tools.rag.scene_words import scene_terms
from tools.rag.textutil import kiwi_tokenize

__all__ = ["asked_short_nouns", "possessed_short_nouns"]

# Connective endings that close a background clause ("-면", "-는데", "-어서", "-고").
_CONNECTIVES = frozenset(
    {"면", "으면", "는데", "은데", "ᆫ데", "데", "어서", "아서", "서", "니까", "으니까"}
    | {"려면", "으려면", "다가", "지만", "고", "러", "으러"}
)
# "데리고 가다", "가지고 오다": a verb of going after -고 carries the same clause on.
_MOTION_AFTER_GO = frozenset({"가", "오", "다니"})
# Relations of place and time and the nouns of a date: how a clause is placed, not what
# it asks about ("검사 전에 물 마셔도 되나요?" asks about the water).
_RELATIONS = frozenset(
    {"전", "후", "앞", "뒤", "위", "밑", "안", "밖", "옆", "속", "중", "간", "내", "외", "쪽", "곳"}
    | {"때", "점", "번", "날", "달", "해", "주", "밤", "낮", "초", "말", "쯤", "분", "시", "일"}
    | {"것", "수", "등"}
)
_NUMERAL_TAGS = frozenset({"SN", "NR", "MM"})
_NOUN_TAGS = frozenset({"NNG", "NNP", "NNB", "NR", "SN", "SL"})


def _tag(token: Any) -> str:
    return str(token.tag).split("-", 1)[0]


def _standalone(tokens: list[Any], i: int) -> bool:
    """Whether token ``i`` is a written word of its own, not glued to a noun either side."""
    token = tokens[i]
    before = tokens[i - 1] if i else None
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    glued_before = (
        before is not None
        and _tag(before) in _NOUN_TAGS
        and before.start + before.len == token.start
    )
    glued_after = (
        after is not None and _tag(after) in _NOUN_TAGS and token.start + token.len == after.start
    )
    counted = before is not None and _tag(before) in _NUMERAL_TAGS
    return not (glued_before or glued_after or counted)


def _clause_end(tokens: list[Any], i: int) -> bool:
    token = tokens[i]
    if _tag(token) == "SF":
        return True
    if _tag(token) != "EC" or str(token.form) not in _CONNECTIVES:
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    # "가고 싶어요", "먹고 있어요": an auxiliary after -고 is the same predicate.
    if after is None or _tag(after) == "VX":
        return False
    return not (str(token.form) == "고" and str(after.form) in _MOTION_AFTER_GO)


def _modifies_noun(tokens: list[Any], i: int) -> bool:
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return _tag(tokens[i]) == "ETM" and after is not None and _tag(after) in ("NNG", "NNP")


@lru_cache(maxsize=1024)
def asked_short_nouns(question: str) -> frozenset[str]:
    """One-syllable nouns standing alone in the asked clause of a Korean yes/no question.

    Args:
        question: The user's question as typed.

    Returns:
        Kiwi's noun forms (index tokens); empty for English, for a question asking a
        kind of answer (a time, an amount: its answer-type checks hold it) or a
        question word.
    """
    if not is_plain_korean_yes_no(question):
        return frozenset()
    tokens = kiwi_tokenize(question)
    found: set[str] = set()
    clause: set[str] = set()
    for i, token in enumerate(tokens):
        form = str(token.form)
        if (
            _tag(token) == "NNG"
            and len(form) == 1
            and form not in _RELATIONS
            and _standalone(tokens, i)
        ):
            clause.add(form)
        if _modifies_noun(tokens, i):
            # "차 대놓을 주차장 있나요?": a clause modifying a noun describes that noun,
            # which is what is asked about.
            clause = set()
        if _clause_end(tokens, i):
            if _tag(token) == "SF":
                found |= clause
            clause = set()
    found |= clause  # a question typed without its question mark
    return frozenset(found - scene_terms(question))


_POSSESSORS = frozenset({"저", "나", "우리", "저희"})


@lru_cache(maxsize=1024)
def possessed_short_nouns(question: str) -> frozenset[str]:
    """The asked clause's one-syllable nouns the asker names as their own ("제 차", "우리 집").

    One's own car or home is a particular thing: a passage that never names it (while
    another chunk of the collection does) states a rule about something else, however
    well it matches the rest ("장롱면허 연수" lines for "제 차로 받을 수 있어요?").
    """
    asked = asked_short_nouns(question)
    if not asked:
        return frozenset()
    tokens = kiwi_tokenize(question)
    found: set[str] = set()
    for i, token in enumerate(tokens):
        if str(token.form) not in asked or i == 0:
            continue
        before = tokens[i - 1]
        owner = tokens[i - 2] if _tag(before) == "JKG" and i > 1 else before
        if _tag(owner) == "NP" and str(owner.form) in _POSSESSORS:
            found.add(str(token.form))
    return frozenset(found)
