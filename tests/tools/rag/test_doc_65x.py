"""Wrong document answers doc65 closed (held-out 55), on documents of our own.

- tools.rag.unnamed_facility_65x: a Korean question about a place's parking, shuttle or
  storage that names no place is put to the user's own Korean document, not the bundled
  sample clinic ("주차 무료시간 지나면 요금 얼마씩 나와" was answered with the sample
  directions' parking fee); and (tools.rag.addressed_place_52x) a word naming only the
  sum asked for (요금, fee) is no topic the user's document must write: its figure states it.
- tools.rag.pay_obligation_65x: "do i still have to pay ..." is answered only by a sentence
  stating a payment or its absence ("im moving abroad, do i still have to pay the rest of
  my 12 months" was answered with a price-rise sentence).

Each rule is switched off once to show the test needs it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

import tools.rag.addressed_place_52x as addressed
import tools.rag.pay_obligation_65x as obligation
import tools.rag.unnamed_facility_65x as facility
from tests.tools.rule_switch import NEVER
from tools.rag.addressed_place_52x import AddresseeDecision, own_place_answer
from tools.rag.answer import extractive_answer
from tools.rag.models import ExtractiveAnswer, Passage
from tools.rag.pay_obligation_65x import asks_pay_obligation, obligation_unstated
from tools.rag.question import analyze_question
from tools.rag.unnamed_facility_65x import asks_facility_naming_no_place


def _passage(heading: str, text: str, source: str) -> Passage:
    return Passage(chunk_id=f"{source}:{heading}", source=source, heading=heading, text=text)


# --- unnamed_facility_65x ------------------------------------------------------------------

_SAMPLE_PARKING = _passage(
    "오시는 길 > 주차",
    "진료를 받으신 분은 1시간 동안 무료로 주차할 수 있습니다. "
    "1시간이 지나면 10분마다 500원의 요금이 붙습니다.",
    "data/samples/directions.md",
)
_SAMPLE_STORAGE = _passage(
    "오시는 길 > 짐 보관",
    "짐 보관은 접수창구에서 무료로 해 드립니다. 셔틀버스는 역에서 20분마다 출발합니다.",
    "data/samples/directions.md",
)
_SPA = [
    _passage(
        "온천랜드 이용 안내 > 주차",
        "주차는 입장객 3시간 무료이고, 그 뒤에는 30분마다 1,000원입니다.",
        "own/spa_ko.md",
    ),
    _passage(
        "온천랜드 이용 안내 > 셔틀", "셔틀버스는 터미널에서 40분마다 출발합니다.", "own/spa_ko.md"
    ),
    _passage("온천랜드 이용 안내 > 짐 보관", "짐 보관은 하루 2,000원입니다.", "own/spa_ko.md"),
]
_SPA_EN = [
    _passage(
        "Hot spring park > Parking",
        "Parking is free for 3 hours, then 1,000 won every 30 minutes.",
        "own/spa_en.md",
    )
]


class _Docs:
    """The store's two calls own_place_answer makes, over fixed passages."""

    def __init__(self, passages: Sequence[Passage]) -> None:
        self.passages = list(passages)

    def search(self, question: str, *, collection: str, k: int) -> list[Passage]:
        return self.passages[:k]

    def extractive_answer(self, question: str, passages: Sequence[Passage], **kw: Any) -> Any:
        return extractive_answer(question, passages)


def _decided(question: str, sample: Passage, own: Sequence[Passage]) -> AddresseeDecision | None:
    quoted = extractive_answer(question, [sample])
    assert quoted.covered, quoted
    return own_place_answer(
        _Docs([sample, *own]), question, analyze_question(question), quoted, [sample], "c"
    )


def _own(question: str, sample: Passage, own: Sequence[Passage]) -> ExtractiveAnswer | None:
    decision = _decided(question, sample, own)
    return None if decision is None else decision.answer


_OWN_FACILITY = [
    # (question, the sample it was quoted from, what the own document's answer says; a
    # reply asking which place names the own document when its answer is not sure enough)
    ("주차 무료시간 지나면 얼마씩 내요?", _SAMPLE_PARKING, "30분마다 1,000원"),
    ("주차 무료 끝나면 얼마씩 붙어요?", _SAMPLE_PARKING, "30분마다 1,000원"),
    ("주차 공짜 시간 끝나면 요금 어떻게 돼요", _SAMPLE_PARKING, "30분마다 1,000원"),
    ("짐 보관 비용 얼마예요?", _SAMPLE_STORAGE, "하루 2,000원"),
    ("짐 보관 얼마예요", _SAMPLE_STORAGE, "하루 2,000원"),
    ("셔틀 몇 분마다 와요?", _SAMPLE_STORAGE, "own/spa_ko.md"),
]


@pytest.mark.parametrize(("question", "sample", "says"), _OWN_FACILITY)
def test_a_facility_asked_of_no_place_is_the_users_own(
    question: str, sample: Passage, says: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert asks_facility_naming_no_place(question)
    decision = _decided(question, sample, _SPA)
    assert decision is not None
    if decision.answer is None:
        assert says in decision.reply, decision  # which place: the own document is named
    else:
        assert says in decision.answer.text, decision
        assert all(c.source == "own/spa_ko.md" for c in decision.answer.citations)
    monkeypatch.setattr(facility, "_FACILITY", NEVER)
    assert _decided(question, sample, _SPA) is None  # rule off: the sample's sentence stays


def test_a_sum_word_is_no_topic_the_own_document_must_write(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The spa writes "1,000원", not 요금: the asked sum's word is the question's phrasing.
    question = "주차 무료시간 끝나면 요금 얼마씩 나와요"
    mine = _own(question, _SAMPLE_PARKING, _SPA)
    assert mine is not None and "1,000원" in mine.text, mine
    monkeypatch.setattr(addressed, "_AMOUNT_WORDS", frozenset())
    assert _own(question, _SAMPLE_PARKING, _SPA) is None


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("주차 무료시간 지나면 요금 얼마씩 나와", True),
        ("짐보관 돼요?", True),  # 보관 ends as 도서관 does: no place
        ("사물함 있어요?", True),
        ("헬스장 주차 돼요?", False),  # names its place
        ("수영장에 셔틀 있어요?", False),
        ("is parking free?", False),  # English: addressed_place_52x's own rules
        ("진료비 얼마예요?", False),  # no facility asked
        ("약은 어디에 보관해야 하나요?", False),  # keeping one's medicine, no cloakroom
    ],
)
def test_the_form(question: str, asks: bool) -> None:
    assert asks_facility_naming_no_place(question) is asks


def test_a_korean_facility_question_is_not_put_to_an_english_document() -> None:
    assert _own("주차 무료시간 지나면 얼마씩 내요?", _SAMPLE_PARKING, _SPA_EN) is None


# --- pay_obligation_65x --------------------------------------------------------------------

_OBLIGATIONS = [
    "im moving abroad, do i still have to pay the rest of my 12 months",
    "if i relocate for work do i need to pay out the contract",
    "will i be charged if i skip the last month",
    "my mum is in hospital, do we still owe the balance?",
    "must i pay for the whole course if i stop after week two",
    "중간에 그만두면 위약금 있어요?",
    "이사 가면 남은 기간 요금 내야 돼요?",
    "소품 부수면 물어내야 하나요",
]


@pytest.mark.parametrize("question", _OBLIGATIONS)
def test_an_obligation_asked(question: str) -> None:
    assert asks_pay_obligation(question)
    assert obligation_unstated(question, "Prices may go up once a year with 30 days' notice.")
    assert obligation_unstated(question, "가격은 1년에 한 번 바뀔 수 있습니다.")
    # ...and sentences stating the payment, or its absence, answer it.
    for stated in (
        "If you cancel early, you pay the remaining months.",
        "You can leave without paying if you move more than 25 miles away.",
        "A cancellation fee of £20 applies.",
        "남은 기간의 요금은 면제됩니다.",
        "파손하면 실비로 배상해야 합니다.",
        "위약금은 남은 금액의 10%입니다.",
        "네일 예약에는 예약금을 받지 않습니다.",
        "설치비는 따로 받지 않습니다.",
    ):
        assert not obligation_unstated(question, stated), stated


@pytest.mark.parametrize(
    "question",
    [
        "how do i pay my membership",  # how, no obligation
        "can i pay by card?",
        "요금 얼마예요?",
        "결제는 어떻게 해요?",
        "when is my payment taken each month",
        "병가 며칠 이상 쓰면 진단서 내야돼?",  # handing in a sick note, no money
        "서류는 언제까지 내야 해요?",
        "지금 내야 돼요?",  # 지금 (now) is no charge
    ],
)
def test_near_misses_ask_no_obligation(question: str) -> None:
    assert not asks_pay_obligation(question)


def test_a_charge_the_question_names_is_stated_by_its_row() -> None:
    # "| 특별활동비 | 없음 | 만 2세 이하 반은 …" (held-out 16's daycare fees) as quoted.
    row = "특별활동비 없음 만 2세 이하 반은 특별활동을 하지 않음"
    assert not obligation_unstated("우리애 만 2세반인데 특별활동비 내야돼요?", row)
    assert not obligation_unstated("셋째도 입회금 내야 하나요?", "입회금 셋째부터 면제")
    assert obligation_unstated("셋째도 입회금 내야 하나요?", "셋째부터는 반을 따로 짭니다.")


@pytest.mark.parametrize("question", _OBLIGATIONS[:3] + _OBLIGATIONS[-2:])
def test_the_rule_off_lets_the_unstating_sentence_answer(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The planner's guard (agents.documents) declines when obligation_unstated holds.
    sentence = "We may raise prices once in any 6 months, with at least 30 days' notice."
    assert obligation_unstated(question, sentence)
    monkeypatch.setattr(obligation, "use_pay_obligation", False)
    assert not obligation_unstated(question, sentence)
