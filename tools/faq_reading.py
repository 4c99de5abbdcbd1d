"""How a question to the FAQ is read before its content words meet an entry's.

:mod:`tools.faq_match` matches a question to an entry on content words. Users
say the same thing in other words, and say things around it; each rule here is
one reading of that, stated once:

- an asker who says they cannot come ("예약했는데 못 갈 것 같아요", "I can't make
  it") asks how to cancel: the clause reads as 취소/cancel, not as a negation;
- the question word asks for a kind of answer (몇 시까지, 언제: a time; 어디,
  몇 층, which floor: a place), and an entry wording's noun that names that kind
  (시간, 영업시간, 위치, 주소) is asked by it: "약국은 몇 시까지 해요?" asks the
  pharmacy's 영업시간;
- a question for an amount, a duration or a count (얼마, 몇 시간, 몇 명) is left
  to the documents, which state the figure and cite it; a time or a floor is
  answered by an entry only when its answer states one;
- in a question for a time, a part of the day (저녁, morning) is the time asked
  about, not a topic the entry must name;
- everyday words for an entry's words (점심때 for 점심시간, 옮기다 for 바꾸다,
  주차비 for 주차 요금, car for the 차 of 주차) are the same word;
- English everyday verbs (come, leave, bring) say what the asker does, as a
  Korean verb does: they are not topics;
- an entry that says what something is (Switchyard가 뭐예요?) answers only a
  question that asks what it is, not how to install it or what it costs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from core.lazy_regex import LazyPattern
from tools.vocabulary import word_lines

if TYPE_CHECKING:
    from tools.rag.answer_types import AnswerType

__all__ = [
    "EN_PREDICATES",
    "QuestionReading",
    "answer_states",
    "asks_what_it_is",
    "everyday_equivalents",
    "joined_compounds",
    "question_word_kind",
    "read_question",
    "situation_as_intent",
    "type_nouns",
]

# "못 갈 것 같아요" -> "취소할 것 같아요": the verb's ending is kept so Kiwi reads a 하다 verb.
_CANNOT_COME_KO = LazyPattern(r"못\s*(갈|가|올|오|와)")
_CANCEL_ENDING = {"갈": "할", "가": "하", "올": "할", "오": "하", "와": "해"}
_CANNOT_COME_EN = LazyPattern(
    r"\b(?:can'?t|cannot|can not|won'?t be able to|unable to)\s+(?:make it|come|attend)\b",
    re.IGNORECASE,
)
# The floor asked by "몇 층": a place, which only a stated floor answers.
_FLOOR_ASKED = LazyPattern(r"몇\s*층")
# Kinds the documents state and cite better than a curated answer to a general question.
_LEFT_TO_DOCUMENTS = frozenset({"amount", "duration", "count"})
# Nouns of an entry's wording that name the kind of answer asked.
_TYPE_NOUNS: dict[str, frozenset[str]] = {
    # 운영/영업 (operating) of 운영 시간: what a time asked of a place is.
    "datetime": frozenset({"시간", "영업시간", "운영", "영업", "날짜", "hour", "time", "date"}),
    "place": frozenset({"위치", "주소", "곳", "데", "locat", "address"}),
}
# Stemmed as tools.rag.textutil.english_tokens leaves them ("coming" -> "com").
EN_PREDICATES = frozenset(
    {"come", "com", "came", "leave", "leav", "left", "bring", "brought", "take", "tak", "took",
     "put", "make", "mak", "made", "find", "found", "arrive", "arriv", "drive", "driv", "drove",
     "stay", "let", "pay", "hey", "thing", "something", "anything"}
)  # fmt: skip
_WHAT_IT_IS = LazyPattern(r"뭐|무엇|뭔|어떤|\bwhat\b|\btell me about\b|\bexplain\b", re.IGNORECASE)
# A wording's own question word (not a noun like 요금, which names a topic as well).
_WHERE_ASKED = LazyPattern(r"어디|몇\s*층|\bwhere\b|\bwhich floor\b", re.IGNORECASE)
_WHEN_ASKED = LazyPattern(r"언제|몇\s*시(?!간)|\bwhen\b|\bwhat time\b", re.IGNORECASE)
_HOW_OR_FIGURE = LazyPattern(r"어떻게|어떡|얼마|\bhow\b|\bcost\b|\bprice\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class QuestionReading:
    """What a question asks, as the FAQ reads it.

    Attributes:
        text: The question with a stated situation read as its intent.
        kind: The kind of answer asked (``None`` for what/how/yes-no questions).
        counter: For a floor, ``"층"``: the answer must state a floor, not any place.
        left_to_documents: Asks for an amount, a duration or a count.
    """

    text: str
    kind: AnswerType | None
    counter: str
    left_to_documents: bool


def situation_as_intent(question: str) -> str:
    """The question with "can't come" read as cancelling ("못 갈 것 같아요": "취소할 것 같아요")."""
    text = _CANNOT_COME_KO.sub(lambda m: "취소" + _CANCEL_ENDING[m.group(1)], question)
    return _CANNOT_COME_EN.sub("need to cancel", text)


def read_question(question: str) -> QuestionReading:
    """Read what ``question`` asks for (its situation already read by :func:`situation_as_intent`).

    Args:
        question: The user's question.

    Returns:
        Its reading; ``left_to_documents`` when a curated answer should not answer it.
    """
    from tools.rag.question import answer_type  # importing tools.rag is slow: only when needed

    if _FLOOR_ASKED.search(question):
        # 몇 층 is read as a count by the documents' reader (a floor counted, "3층"); it
        # asks where, but only a floor answers it: a loose place ("같은 건물") does not.
        return QuestionReading(question, "place", "층", left_to_documents=False)
    kind = answer_type(question)
    return QuestionReading(question, kind, "", left_to_documents=kind in _LEFT_TO_DOCUMENTS)


def question_word_kind(wording: str) -> AnswerType | None:
    """The kind of answer a wording's question word asks (어디: a place, 언제: a time)."""
    if _WHERE_ASKED.search(wording):
        return "place"
    if _WHEN_ASKED.search(wording):
        return "datetime"
    return None


def answer_states(answer: str, reading: QuestionReading) -> bool:
    """Whether an entry's answer states the kind of thing the question asks for."""
    from tools.rag.question import has_answer_type

    if reading.kind is None:
        return True
    if reading.counter:
        return has_answer_type(answer, "count", reading.counter)
    return has_answer_type(answer, reading.kind, question=reading.text)


def type_nouns(kind: str | None) -> frozenset[str]:
    """Nouns that name the kind of answer ``kind`` (시간 for a time, 위치 for a place)."""
    return _TYPE_NOUNS.get(kind or "", frozenset())


def everyday_equivalents(token: str) -> frozenset[str]:
    """Everyday words for the same thing as ``token`` (itself included).

    The groups are the ``[faq]`` section of the shared vocabulary file (see
    :mod:`tools.vocabulary`): not a translation lexicon, which is :mod:`tools.rag.crosslingual`'s.
    """
    return frozenset(w for group in _everyday_groups() if token in group for w in group) | {token}


@cache
def _everyday_groups() -> tuple[frozenset[str], ...]:
    return tuple(line.words for line in word_lines("faq"))


def asks_what_it_is(text: str) -> bool:
    """Whether ``text`` asks what something is (뭐예요, what is), not how or how much."""
    return bool(_WHAT_IT_IS.search(text)) and not _HOW_OR_FIGURE.search(text)


@dataclass(frozen=True, slots=True)
class _Joined:
    """Two nouns of one written word read as the single noun Kiwi knows alone."""

    form: str
    tag: str


def joined_compounds(tokens: Sequence[Any]) -> list[Any]:
    """``tokens`` with a one-syllable noun cut off the noun before it joined back to it.

    In context Kiwi cuts "예약금" (a deposit) into 예약 + 금: the reservation entry then
    accounted for 예약, and 금 passed as the head of a compound of its vocabulary (요금), so
    "예약 전날에 취소하면 예약금 돌려받을수 있나요" was answered with the clinic's
    rescheduling rule. Written as one word, and read as one noun by Kiwi alone, the pair
    is one thing (예약금), not the reservation. A pair Kiwi still cuts alone (주차 + 비)
    stays cut: the entry's synonyms read its parts.
    """
    from tools.rag.textutil import kiwi_tokenize

    joined: list[Any] = []
    for tok in tokens:
        before = joined[-1] if joined else None
        if (
            before is not None
            and not isinstance(before, _Joined)
            and str(tok.tag) == "NNG"
            and str(before.tag) == "NNG"
            and len(str(tok.form)) == 1
            and before.start + before.len == tok.start
        ):
            whole = f"{before.form}{tok.form}"
            alone = kiwi_tokenize(whole)
            if len(alone) == 1 and str(alone[0].tag) == "NNG" and alone[0].form == whole:
                joined[-1] = _Joined(whole, "NNG")
                continue
        joined.append(tok)
    return joined
