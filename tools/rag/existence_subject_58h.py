"""A thing asked to exist must be held: "세면장에 온수 나와요?" is about the hot water.

Blind set 49: "세면장에 온수 나와요?" was answered with "샤워 시설은 없으며, 세면장에서
세제나 치약을 쓰지 마세요." The documents never write 온수, the washroom and the dense
model agreed on the soap rule, and the dense-confirmed path let the unknown word pass
as phrasing. A Korean yes/no question whose predicate says a thing is there, comes out
or is provided (있다, 없다, 나오다, 제공되다, 비치되다, 구비되다) asks about that thing,
its subject: when the documents hold it nowhere, a sentence on the place or the
question's other words says nothing of it. (An act asked about, "김밥 먹어도 되나요?",
is left to the other checks: a rule on eating answers any food; see
:func:`tools.rag.dense_confirmed._unheld_argument`.)
"""

from __future__ import annotations

from collections.abc import Collection

from tools.rag.informativeness import is_everyday_word
from tools.rag.kiwi_tags import morpheme_tags

__all__ = ["unheld_existence_subject"]

# Predicates saying a thing is present or provided (Kiwi's verb and adjective stems);
# 되 is read only after a noun naming the provision (제공, 비치, 구비).
_BEING = frozenset({"있", "없", "나오"})
_PROVIDED = frozenset({"제공", "비치", "구비", "준비"})
_VERB_TAGS = frozenset({"VV", "VA", "VX"})
_NOUN_TAGS = frozenset({"NNG", "NNP", "SL"})
# Particles between the thing and its predicate: subject, topic, "also" ("전자렌지도 있어요").
_SUBJECT_PARTICLES = frozenset({"이", "가", "은", "는", "ᆫ", "도"})
_QUESTION_WORDS = frozenset({"뭐", "무엇", "어디", "언제", "누구", "왜", "어떻게", "몇", "얼마"})


def existence_subject(question: str) -> str:
    """The noun a Korean question asks is there ("온수" of "세면장에 온수 나와요?"), or "".

    The question's last predicate must say a thing is there, comes out or is provided;
    a modal "할 수 있어요" asks an act (수 before it), and a question word asks for
    something else than whether the thing is there.
    """
    tags = [(form, tag) for form, tag in morpheme_tags(question) if tag not in ("SF", "SP")]
    if any(form in _QUESTION_WORDS for form, _ in tags):
        return ""
    verbs = [i for i, (_, tag) in enumerate(tags) if tag in _VERB_TAGS or tag == "XSV"]
    if not verbs:
        return ""
    last = verbs[-1]
    form = tags[last][0]
    if form in _BEING and not (last >= 1 and tags[last - 1][0] == "수"):
        at = last - 1
    elif form in ("되", "돼") and last >= 1 and tags[last - 1][0] in _PROVIDED:
        at = last - 2
    else:
        return ""
    if at >= 1 and tags[at][1].startswith("J") and tags[at][0] in _SUBJECT_PARTICLES:
        at -= 1
    if at < 0 or tags[at][1] not in _NOUN_TAGS:
        return ""
    # A prefixed noun is read whole: 불 + 이익 is 불이익, an everyday word (see below).
    return tags[at - 1][0] + tags[at][0] if at >= 1 and tags[at - 1][1] == "XPN" else tags[at][0]


def existence_kind(question: str) -> str:
    """The adjective that says which kind of the thing is asked ("따뜻하" of "따뜻한 물"), or "".

    "세면장 따뜻한 물 나와요?" asks about warm water: a document holding water (to drink)
    but no warmth says nothing of it, as with a noun it never holds.
    """
    subject = existence_subject(question)
    if not subject:
        return ""
    tags = [(form, tag) for form, tag in morpheme_tags(question) if tag not in ("SF", "SP")]
    at = max((i for i, (form, _) in enumerate(tags) if form == subject), default=-1)
    if at >= 2 and tags[at - 1][1] == "ETM" and tags[at - 2][1] in ("VA", "XSA"):
        head = at - 2 if tags[at - 2][1] == "VA" else at - 3
        return tags[head][0] if head >= 0 else ""
    return ""


def unheld_existence_subject(question: str, unknown: Collection[str]) -> bool:
    """Whether a Korean question asks that a thing the documents never hold is there.

    Args:
        question: The user's question.
        unknown: The question's terms the documents hold in neither language.

    >>> unheld_existence_subject("세면장에 온수 나와요?", {"온수"})
    True
    >>> unheld_existence_subject("김밥 먹어도 되나요?", {"김밥"})
    False
    """
    if not unknown:
        return False
    # An everyday word phrases what a sentence states in its own words: "연락없이 안가면
    # 불이익 있어요" is answered by "… 예약이 제한될 수 있습니다" (workload case n49).
    asked = {existence_subject(question), existence_kind(question)}
    return any(w in unknown and not is_everyday_word(w) for w in asked if w)
