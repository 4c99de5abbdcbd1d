"""Set 52's document turns closed by opens52d: the repaying asked in everyday words, and
the least lead time asked ("연차 쓰려면 최소 며칠전에 올려야돼").

"do highway tolls get paid back" was declined: "paid" and "back" were read as terms the
answering sentence ("Parking and tolls are reimbursed with a receipt") must hold. In a
question asking whether a cost is paid back, the words of that relation ("get paid
back", "put … on the claim") are the relation, which the answering sentence must state
in its own words (tools.rag.paid_back_60e.states_paid_back), not terms it must hold
(tools.rag.paid_back_60e.paid_back_relation_terms). "can i put the beer i had with
dinner on the claim" is the same relation ("Alcohol is never reimbursed").

"최소 며칠 전에" asks the least lead time; "연차는 사용하기 3일 전까지 … 신청해야 합니다"
states it as a deadline. 최소 (like "minimum" in English) names a bound, no topic
(tools.rag.question_words), and "N일 전까지" states a lower bound of lead time
(tools.rag.qualifiers.missing_limit).

The wordings are none of the case files'. Near misses (a cost the documents never name)
must stay declined, and a switch-off test fails with the rule off.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import tools.rag.paid_back_60e as paid_back_60e
import tools.rag.qualifiers as qualifiers
import tools.rag.question as question_module
from tests.tools.rag.conftest import cites_first, copy_of_samples, devset_plan
from tests.tools.rule_switch import SwitchOff, off
from tools.rag import DocumentStore
from tools.rag.paid_back_60e import paid_back_relation_terms
from tools.rag.question_words import KO_FUNCTION_WORDS

_WORKLOAD_DOCS = Path(__file__).resolve().parents[3] / "bench/workload/docs"


@pytest.fixture(scope="module")
def store(
    tmp_path_factory: pytest.TempPathFactory, embedded_samples: Path
) -> Iterator[DocumentStore]:
    store = copy_of_samples(
        embedded_samples, tmp_path_factory.mktemp("opens52d"), (_WORKLOAD_DOCS,)
    )
    yield store
    store.close()


_PAID_BACK = [
    ("do highway tolls get paid back", "reimbursed with a receipt"),
    ("will i get paid back for tolls", "reimbursed with a receipt"),
    ("if i pay tolls do they get paid back", "reimbursed with a receipt"),
    ("can i put the soju on my expenses", "Alcohol is never reimbursed"),
    ("can i put the wine i ordered on the expense claim", "Alcohol is never reimbursed"),
    ("can i put the beer i had with dinner on the claim", "Alcohol is never reimbursed"),
]


def test_a_question_on_paying_alone_is_unchanged(store: DocumentStore) -> None:
    plan = devset_plan(store, "when do claims get paid")
    assert plan.kind == "extractive" and "next monthly salary" in plan.answer


def test_relation_words_are_only_those_of_the_relation() -> None:
    assert paid_back_relation_terms("do tolls get paid back", ("toll", "paid", "back")) == [
        "paid",
        "back",
    ]
    assert paid_back_relation_terms("how much did i get paid", ("paid",)) == []
    assert paid_back_relation_terms("get paid back", ("paid", "back")) == []  # nothing else


# --- the least lead time asked (최소 며칠 전에), stated as a deadline (N일 전까지) -----------

_LEAST_LEAD = [
    ("연차 최소 며칠전에 신청해야돼", "3일 전까지"),
    ("연차 적어도 며칠 전에 올려야 해요", "3일 전까지"),
    ("휴가 쓰려면 최소 며칠전에 신청해요?", "3일 전까지"),
    ("진료 예약하면 최소 몇분 일찍 가야돼", "10분 전까지"),
    ("예약 시간 최소 몇분전에 가야돼요", "10분 전까지"),
    ("병가 최소 며칠부터 진단서 내야돼", "5일 이상"),
]


# --- each question's answer, the near misses, each rule switched off ------------------------

_NEVER_NAMED = [
    "do parking fines get paid back",  # fines: never named
    "can i put my gym membership on the claim",
    "will my taxi fare get paid back",
    "can i put the taxi on the claim",
    "연차는 최소 며칠 쓸 수 있어",  # a least use: never stated
    "최소 주문금액 얼마야",
    "진단서는 최소 며칠 전에 떼야돼",
]


@pytest.mark.parametrize(
    ("question", "quoted", "cited"),
    [(q, quoted, "expense_policy_en.md") for q, quoted in _PAID_BACK]
    + [(q, quoted, None) for q, quoted in _LEAST_LEAD],
)
def test_the_question_is_answered_by_its_rule(
    store: DocumentStore, question: str, quoted: str, cited: str | None
) -> None:
    plan = devset_plan(store, question)
    assert plan.kind == "extractive", plan.reasons
    assert quoted in plan.answer
    assert cited is None or cites_first(plan, cited)


@pytest.mark.parametrize("question", _NEVER_NAMED)
def test_a_cost_or_a_least_the_documents_never_name_stays_declined(
    store: DocumentStore, question: str
) -> None:
    plan = devset_plan(store, question)
    assert plan.kind != "extractive", plan.answer


_RELATION_OFF = off(paid_back_60e, "use_paid_back_relation", False)
_DEADLINE_OFF = off(qualifiers, "LEAD_TIME_AS_MINIMUM", False)
# The least word read as a topic: what tools.rag.question reads 최소 as without the rule.
_LEAST_WORD_OFF = off(question_module, "_KO_FUNCTION_WORDS", KO_FUNCTION_WORDS - {"최소", "최저"})


@pytest.mark.parametrize(
    ("question", "quoted", "switch_off"),
    [(q, quoted, _RELATION_OFF) for q, quoted in _PAID_BACK[:2] + _PAID_BACK[3:5]]
    + [(q, quoted, _DEADLINE_OFF) for q, quoted in _LEAST_LEAD[:2]]
    + [(q, quoted, _LEAST_WORD_OFF) for q, quoted in [_LEAST_LEAD[0], _LEAST_LEAD[3]]],
)
def test_switched_off_the_answer_is_no_longer_quoted(
    store: DocumentStore,
    question: str,
    quoted: str,
    switch_off: SwitchOff,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    switch_off(monkeypatch)
    plan = devset_plan(store, question)
    assert not (plan.kind == "extractive" and quoted in plan.answer)
