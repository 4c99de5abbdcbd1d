"""Holding an event is not opening the doors: "대회를 엽니다" does not say when a place opens.

Blind set 48: "낚시터 몇시에 문열어요?" was answered with "매월 셋째 토요일 오전 7시부터 오후
3시까지 붕어 낚시 대회를 엽니다": 열다 and two clock times, so the contest's hours passed as
the fishing pond's. Korean writes holding an event with the same verb ("대회를 열다",
"장터가 열리다"). A question asking when a place opens (열다 with 문, or with no object at
all) is not answered by a sentence whose every 열다 takes an event as its object (or 열리다
as its subject) that the question does not name; asked "대회 몇 시에 열어요?", the
contest's sentence still answers.

Events are told by their noun: one ending in 회 (a gathering: 대회, 설명회, 전시회) or one of
a short list of event words. A place's noun ("매장을 10시에 엽니다") is the place opening.
"""

from __future__ import annotations

from collections.abc import Sequence

from tools.rag.kiwi_tags import morpheme_tags

__all__ = ["opens_an_event"]

_EVENT_NOUNS = frozenset(
    {"행사", "축제", "장터", "강좌", "교실", "수업", "강의", "세미나", "전시", "공연", "파티"}
    | {"모임", "워크숍", "캠프", "경기", "시합", "토너먼트", "특강", "클래스", "프로그램", "장"}
)
_OPEN = "열"
_OPENED = "열리"
_PARTICLES = frozenset({"JKO", "JKS", "JX"})
_CLAUSE_ENDS = frozenset({"EC", "EF", "SF", "ETM"})


def _is_event(noun: str) -> bool:
    return noun in _EVENT_NOUNS or (len(noun) > 1 and noun.endswith("회"))


def _opened_nouns(tags: Sequence[tuple[str, str]]) -> list[str | None]:
    """For each 열다/열리다 in ``tags``, the noun it opens (its object or subject), or None."""
    found: list[str | None] = []
    for i, (form, tag) in enumerate(tags):
        if tag != "VV" or form not in (_OPEN, _OPENED):
            continue
        noun = None
        if i >= 1 and tags[i - 1][1] in ("NNG", "NNP"):  # "문열어요", written as one word
            noun = tags[i - 1][0]
        # "대회를 엽니다", "설명회는 오전 10시에 열립니다": the nearest noun with its particle
        # back in the same clause (a clause ends at an ending or a full stop).
        for j in range(i - 1, 0, -1) if noun is None else ():
            if tags[j][1] in _CLAUSE_ENDS:
                break
            if tags[j][1] in _PARTICLES and tags[j - 1][1] in ("NNG", "NNP"):
                noun = tags[j - 1][0]
                break
        found.append(noun)
    return found


def opens_an_event(question: str, sentence: str) -> bool:
    """Whether ``sentence`` only holds an event while ``question`` asks when a place opens.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    >>> opens_an_event("몇시에 문 열어요?", "매월 셋째 토요일 붕어 낚시 대회를 엽니다.")
    True
    >>> opens_an_event("대회 몇시에 열어요?", "매월 셋째 토요일 붕어 낚시 대회를 엽니다.")
    False
    """
    asked = _opened_nouns(morpheme_tags(question))
    if not asked or any(noun is not None and noun != "문" for noun in asked):
        return False  # no opening asked, or the opening of a thing the question names
    said = _opened_nouns(morpheme_tags(sentence))
    named = {form for form, _ in morpheme_tags(question)}
    return bool(said) and all(
        noun is not None and _is_event(noun) and noun not in named for noun in said
    )
