"""Two readings of a membership question (tools.rag.asked_without, tools.rag.inclusion_questions).

Probe 28's "pt 끊으면 헬스장도 그냥 쓸 수 있어요?" was answered first with "헬스장 이용권은 PT
없이도 등록할 수 있습니다": the case without PT, while the asker takes PT. And "PT 요금에
헬스장 이용권 포함돼요?" was answered with a two-person PT price, because a fee word made it
ask for a sum, so the sentence saying what the fee includes (it states none) was passed
over. Our own document (a climbing gym's lessons and day passes), run through the real
store, Kiwi, e5 and the planner.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest

from agents.documents import plan_document_step
from bench.docqa import _COLLECTION
from tests.tools.rag.conftest import copy_of_samples
from tools.rag.answer_types import answer_type
from tools.rag.asked_without import states_case_without_held
from tools.rag.inclusion_questions import asks_inclusion
from tools.rag.store import DocumentStore

_CLIMBING = """# 바위숲 클라이밍 이용 안내

## 강습
- 입문 강습은 주 2회 4주 과정이며 강습 요금은 160,000원입니다.
- 강습 요금에는 자유이용권이 포함되어 있지 않으므로 자유이용권을 따로 구매해야 합니다.
- 단체 강습은 1회에 1인당 30,000원이며 4명 이상만 신청할 수 있습니다.

## 자유이용권
- 자유이용권은 강습 없이도 구매할 수 있습니다.
- 자유이용권은 한 달에 120,000원이고 암벽화 대여는 별도로 하루 3,000원입니다.
"""


@pytest.fixture(scope="module")
def store(
    tmp_path_factory: pytest.TempPathFactory, embedded_samples: Path
) -> Iterator[DocumentStore]:
    folder = tmp_path_factory.mktemp("climbing")
    (folder / "climbing_gym_ko.md").write_text(_CLIMBING, encoding="utf-8")
    docs = copy_of_samples(embedded_samples, tmp_path_factory.mktemp("data"), [folder])
    yield docs
    docs.close()


def _answer(store: DocumentStore, question: str) -> str:
    plan = plan_document_step(store, question, collection=_COLLECTION, pinned=False)
    return plan.answer if plan.kind == "extractive" else ""


def test_inclusion_questions_are_yes_or_no_in_both_languages() -> None:
    for question in (
        "강습료에 자유이용권 포함돼요?",
        "숙박비엔 조식도 들어가나요?",
        "does the price include towels?",
        "is breakfast included in the rate?",
    ):
        assert asks_inclusion(question), question
        assert answer_type(question) is None, question
    for question in (
        "조식 포함 가격이 얼마예요?",
        "how much is the fee including tax",
        "요금 알려줘",
    ):
        assert not asks_inclusion(question), question
    assert answer_type("how much is the fee including tax") == "amount"


def test_a_fee_question_about_what_it_includes_is_answered_by_the_inclusion(
    store: DocumentStore,
) -> None:
    question = "강습 요금에 자유이용권도 포함돼요?"
    quoted = _answer(store, question)
    assert quoted.startswith("강습 요금에는 자유이용권이 포함되어 있지 않으므로"), quoted
    # Read as a question for a sum, the inclusion sentence (it states none) cannot answer.
    with mock.patch("tools.rag.answer_types.asks_inclusion", return_value=False):
        assert not _answer(store, question).startswith("강습 요금에는 자유이용권이")


def test_a_sentence_about_going_without_what_the_asker_takes_is_another_case() -> None:
    without = "자유이용권은 강습 없이도 구매할 수 있습니다."
    assert states_case_without_held("강습 끊으면 자유이용권도 돼요?", without)
    assert states_case_without_held(
        "if i buy a lesson can i climb on my own?", "You can climb without a lesson."
    )
    # Asking whether it is needed, or asking about going without it, is answered by it.
    assert not states_case_without_held("자유이용권 사려면 강습 들어야 돼요?", without)
    assert not states_case_without_held("강습 없이 자유이용권만 돼요?", without)
    assert not states_case_without_held("강습 끊으면 자유이용권도 돼요?", "강습은 50분입니다.")


def test_the_held_case_screen_changes_the_quoted_answer(store: DocumentStore) -> None:
    question = "강습 끊으면 자유이용권도 그냥 쓸 수 있어요?"
    assert "강습 없이도" not in _answer(store, question).split("[1]")[0]
    with mock.patch("tools.rag.qualifiers.states_case_without_held", return_value=False):
        assert "강습 없이도" in _answer(store, question).split("[1]")[0]
    # Whether a lesson is needed is still answered by it.
    assert "강습 없이도" in _answer(store, "자유이용권 사려면 강습 들어야 돼요?")
