"""A bare Korean amenity or service question asks the organisation: "와이파이 돼요?".

agents.own_facts_55o reads a question as one about the organisation itself when it points
at it ("여기", "대기실에", "병원에서"). Asked bare in a document app — "와이파이 돼요?",
"수유실 있어요?", "카드 결제 되나요?" — the thing is named with nothing else: no act of the
asker ("술 마셔도 돼요?" asks whether one may drink, anyone's question), no question word,
no property general knowledge holds of anything ("부작용 있어요?"). Whom else could "is
there wifi" ask than the place whose documents these are? The model's "네, 무료
와이파이를 이용하실 수 있습니다" under the general-knowledge notice was an invented fact.

The form, read on Kiwi's morphemes: one to three nouns (a particle 도/은/는/이/가 after
them allowed), then one predicate of being there, working or being offered (되다, 있다,
없다, 가능하다, 받다 "to accept", 팔다 "to sell", 하다 "to do" a service), then the ending.
"""

from __future__ import annotations

from tools.rag.textutil import kiwi_tokenize

__all__ = ["asks_bare_amenity"]

# Off only to show what the rule changes (its tests switch it off).
use_bare_amenity = True

_NOUN_TAGS = frozenset({"NNG", "NNP", "SL", "SN", "NR", "NNB", "XSN"})
# A particle after the thing named: "와이파이도", "주차는", "카드가".
_PARTICLES = frozenset({"도", "은", "는", "이", "가"})
# The predicates of a thing being there, working or offered ("있", "되", "가능하", …), and
# a service done ("독감 예방접종도 해요?": 하 after a noun, not "운동해도", an act).
_PREDICATES = frozenset({"되", "있", "없", "받", "팔", "하"})
_MAX_NOUNS = 3
# Nouns of a property or a notion, which general knowledge does hold of anything named:
# "타이레놀 부작용 있어요?", "효과 있어요?", "차이 있어요?" ask about a thing, not the place.
_PROPERTY_NOUNS = frozenset(
    {
        *("부작용", "효과", "효능", "위험", "위험성", "차이", "장점", "단점", "방법", "이유"),
        *("문제", "영향", "증상", "답", "정답", "시간", "의미", "뜻", "예", "예시", "종류"),
        *("원인", "해결책", "대안", "비결", "팁", "질문", "규칙", "가능성", "확률", "근거"),
        *("상관", "관계", "관련", "후유증", "금기", "주의"),
    }
)


def _is_noun(form: str, tag: str) -> bool:
    return tag in _NOUN_TAGS and form != "가능"


def asks_bare_amenity(question: str) -> bool:
    """Whether a Korean question names a thing and asks only whether it is there or works.

    Args:
        question: The step's question.

    Returns:
        True for "와이파이 돼요?", "수유실 있어요?", "카드 결제 되나요?", "휠체어 대여
        가능해요?"; False for "술 마셔도 돼요?", "부작용 있어요?", "감기 걸리면 병원에
        가야 돼요?", "몇 시에 열어요?", "와이파이가 뭐예요?".
    """
    if not use_bare_amenity:
        return False
    tokens = [(t.form, str(t.tag).split("-")[0]) for t in kiwi_tokenize(question)]
    while tokens and tokens[-1][1] in {"SF", "SW", "SE", "SS"}:
        tokens.pop()  # "?", "…", "~"
    if len(tokens) < 3 or not tokens[-1][1].startswith("EF"):
        return False
    body = tokens[:-1]
    done = False
    # "가능해요?" is 가능 + 하 + 어요; "돼요" 되 + 어요; "있나요" 있 + 나요.
    if len(body) >= 2 and body[-2] == ("가능", "NNG") and body[-1][0] == "하":
        body = body[:-2]
    elif body[-1][0] in _PREDICATES and body[-1][1] in {"VV", "VA", "XSV"}:
        done = body[-1][0] == "하"
        body = body[:-1]
    else:
        return False
    particle = bool(body) and body[-1][1].startswith("J")
    if particle:
        if body[-1][0] not in _PARTICLES:
            return False
        body = body[:-1]
    nouns = [form for form, tag in body if _is_noun(form, tag)]
    if _PROPERTY_NOUNS & set(nouns):
        return False
    # A thing done is a service only with 도/은/는 or two nouns ("치과 진료 해요?"):
    # "요가 해요?" asks the one spoken to, "요가도 해요?" what the place offers.
    if done and not particle and len(nouns) < 2:
        return False
    return 1 <= len(body) <= _MAX_NOUNS + 2 and len(nouns) == len(body) and len(nouns) > 0
