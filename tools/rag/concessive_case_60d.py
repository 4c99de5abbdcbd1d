"""'Do I still get it even if X?' is answered only by a sentence that speaks of X.

Blind set 51: "임산부 감면 남편 혼자 운전해도 받아요?" (does the pregnant driver's discount
hold even if her husband drives alone?) was answered "임산부 차량 감면은 출산 후 1년까지 받을
수 있습니다.": the discount's own rule, which names the discount and the act of having it
(받다) but says nothing of the case the question puts (the husband driving alone). "장애인
아버지 차를 제가 혼자 몰고 가도 감면돼요?" was answered "다만 장애인 등록 차량은 정기권을 30%
할인받을 수 있습니다." while "가족이 혼자 운전할 때는 일반 요금을 받습니다" says it.

A yes/no question whose clause ends in a concessive -아도/-어도 ("운전해도", "몰고 가도",
"비 와도") followed by a predicate of its own ("받아요", "감면돼요", "수업 해요"), or
an English one putting its case with "even if/when/though", asks whether the rule holds
in that case. A sentence naming none of the case's words (its verb, and the words just
before it: "남편 혼자 운전", "혼자 몰") does not answer it.

Kept narrow: "-아도 돼요/괜찮아요/상관없어요" is a plain permission ("세워도 돼요?", read by
:mod:`tools.rag.asked_act`), not a case; light verbs (가다, 오다, 하다, 되다, 있다) name no
case of their own, and at most three words of the clause are read (the topic at the
question's start is not part of the case). Closed classes only.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from tools.rag.crosslingual import equivalents
from tools.rag.kiwi_tags import morpheme_tags
from tools.rag.textutil import english_tokens, language_of

__all__ = ["case_words", "misses_concessive_case"]

_CONCESSIVE = frozenset({"어도", "아도", "여도", "해도"})
# "-아도 돼요/괜찮아요/상관없어요/좋아요": a permission, not a case.
_PERMISSION = frozenset({"되", "괜찮", "상관없", "좋", "무방", "상관"})
_LIGHT = frozenset({"가", "오", "하", "되", "있", "이", "없", "보", "주"})
# Morphemes walked over between the case's words: auxiliaries, linking endings and
# adverbial particles ("토요일에 가도", "아이랑 같이 가도").
_LINKS = frozenset({"VX", "XSV", "XSA", "ETM", "JKB"})
_LINK_ENDINGS = frozenset({"고", "어", "아", "게"})
_CONTENT = frozenset({"NNG", "NNP", "MAG", "VV", "VA", "SL"})
_MOST_WORDS = 3

_EN_CASE = re.compile(
    r"\beven\s+(?:if|when|though)\s+(?P<case>[^,?.!]+?)(?:[,?.!]|$)", re.IGNORECASE
)
# "…, do i still pay?" puts its case in a because/if clause (blind set 53: "my car wouldnt
# unplug because the charger broke, do i still pay the idle fee" was answered with the
# idle-fee rows, while "If a charger fault stops your car from unplugging, … no idle fee"
# says it): "still" makes the clause a case the rule must hold in, as "even if" does.
_EN_CLAUSE = r"(?:because|cause|cos|since|as|if|when|after|though|although|due\s+to)"
_EN_STILL_CASES: tuple[re.Pattern[str], ...] = (
    # "… because the charger broke, do i still pay …"
    re.compile(
        rf"\b{_EN_CLAUSE}\s+(?P<case>[^,?.!]+?)\s*,?\s*(?:do|does|did|will|would|can|could|"
        r"should|am|is|are|must)\s+(?:i|we|you|he|she|it|they|my\s+\w+)\s+still\b",
        re.IGNORECASE,
    ),
    # "do i still pay the idle fee if the charger broke"
    re.compile(rf"\bstill\b[^?]*?\b{_EN_CLAUSE}\s+(?P<case>[^,?.!]+)", re.IGNORECASE),
)
_EN_NOT_CASE = frozenset(
    english_tokens(
        "i im we you he she it they my our your his her their me us them "
        "is are was were am be been do does did have has had get gets got go goes went "
        "come comes came can could will would should may might"
    )
)


def _korean_case(question: str) -> frozenset[str]:
    tags = morpheme_tags(question)
    for at, (form, tag) in enumerate(tags):
        if tag != "EC" or form not in _CONCESSIVE or at + 1 >= len(tags):
            continue
        following = tags[at + 1]
        if following[0] in _PERMISSION and following[1] in ("VV", "VA", "XSV", "NNG"):
            continue  # "세워도 돼요?": a permission
        if following[1] in ("SF", "EF") or following[0] in ("?", "？"):
            continue
        words: list[str] = []
        for back in range(at - 1, -1, -1):
            word, kind = tags[back]
            if kind in _LINKS or (kind == "EC" and word in _LINK_ENDINGS):
                continue
            if kind not in _CONTENT or len(words) >= _MOST_WORDS:
                break
            if word not in _LIGHT:
                words.append(word)
        return frozenset(words)
    return frozenset()


def case_words(question: str) -> frozenset[str]:
    """The case a question puts with -아도/-어도, "even if" or "still … if" (empty: none).

    >>> sorted(case_words("임산부 감면 남편 혼자 운전해도 받아요?"))
    ['남편', '운전', '혼자']
    >>> case_words("여기 차 세워도 돼요?")
    frozenset()
    """
    if language_of(question) == "ko":
        return _korean_case(question)
    m = _EN_CASE.search(question) or next(
        (found for pattern in _EN_STILL_CASES if (found := pattern.search(question))), None
    )
    if m is None:
        return frozenset()
    return frozenset(t for t in english_tokens(m["case"]) if t not in _EN_NOT_CASE)


def misses_concessive_case(question: str, tokens: Collection[str]) -> bool:
    """Whether the question puts a case ("…해도", "even if …") the sentence names nothing of.

    Args:
        question: The user's question.
        tokens: A candidate sentence's index tokens.

    >>> misses_concessive_case("혼자 운전해도 할인돼요?", {"임산부", "감면", "출산"})
    True
    >>> misses_concessive_case("혼자 운전해도 할인돼요?", {"가족", "혼자", "운전", "요금"})
    False
    """
    words = case_words(question)
    if not words:
        return False
    return not any(e in tokens for word in words for e in equivalents(word))
