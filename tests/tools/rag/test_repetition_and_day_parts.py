"""A question about doing something again, and the one list of parts of the day.

Examples of our own (a gym's lockers and cards, a swimming school), not a held-out set's.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.documents import plan_document_step
from tests.tools.rag.conftest import small_store
from tools.rag import answer_types
from tools.rag.answer_types import PARTS_OF_DAY_EN, PARTS_OF_DAY_KO, has_answer_type
from tools.rag.qualifiers import answers_another_question, missing_repetition
from tools.rag.question import analyze_question
from tools.rag.store import DocumentStore
from tools.rag.textutil import english_tokens

GYM_KO = """# 튼튼 체육관 이용 안내

## 사물함
개인 사물함 비밀번호는 등록할 때 문자로 받습니다. 사물함 이용료는 월 5,000원입니다.

## 회원증
회원증은 첫 방문 때 안내데스크에서 드립니다.
회원증을 잃어버리면 재발급 수수료 2,000원을 내고 다시 받을 수 있습니다.
"""


@pytest.fixture
def gym(tmp_path: Path) -> Iterator[DocumentStore]:
    yield from small_store(tmp_path / "data", "gym", {"gym_ko.md": GYM_KO})


@pytest.mark.parametrize(
    ("question", "sentence", "missing"),
    [
        ("사물함 비밀번호를 다시 받을 수 있어요?", "비밀번호는 등록할 때 문자로 받습니다.", True),
        # Only the marker is checked here; whether it is the locker's is coverage's job.
        ("사물함 비밀번호를 다시 받을 수 있어요?", "분실하면 재발급 수수료 2,000원입니다.", False),
        ("회원증 다시 받을 수 있어요?", "회원증을 잃어버리면 재발급 수수료 2,000원입니다.", False),
        ("Can I take the swimming test again?", "The test is held every Monday.", True),
        ("Can I take the swimming test again?", "You may retake the test after a month.", False),
        # No repetition asked: nothing to miss.
        ("사물함 비밀번호는 어떻게 받아요?", "비밀번호는 등록할 때 문자로 받습니다.", False),
    ],
)
def test_a_question_about_doing_something_again_needs_a_repetition(
    question: str, sentence: str, missing: bool
) -> None:
    assert missing_repetition(question, sentence) is missing
    assert answers_another_question(question, sentence) is missing


def test_how_it_is_sent_the_first_time_does_not_answer_again(gym: DocumentStore) -> None:
    plan = plan_document_step(
        gym, "사물함 비밀번호 문자를 지웠는데 다시 받을 수 있어요?", collection="gym", pinned=False
    )
    assert plan.kind != "extractive", plan.answer


def test_a_sentence_stating_the_repetition_still_answers(gym: DocumentStore) -> None:
    plan = plan_document_step(
        gym, "회원증 잃어버렸는데 다시 받을 수 있어요?", collection="gym", pinned=False
    )
    assert plan.kind == "extractive", plan.reasons
    assert "재발급" in plan.answer


def test_parts_of_the_day_have_one_definition() -> None:
    # The question side drops them from a time question's topics...
    for word in PARTS_OF_DAY_KO:
        asked = analyze_question(f"도서관은 {word} 몇 시까지 열어요?")
        assert word not in asked.topic_terms, word
    for word in PARTS_OF_DAY_EN:
        asked = analyze_question(f"What time does the pool open in the {word}?")
        assert not set(english_tokens(word)) & set(asked.topic_terms), word
    # ...and the answer side reads each as a rough time ("몇 시쯤").
    for word in (*PARTS_OF_DAY_KO, *PARTS_OF_DAY_EN):
        assert answer_types._PART_OF_DAY.search(f"수업은 {word}에 있어요 / classes in the {word}")
    assert has_answer_type(
        "강습은 평일 새벽에 있습니다.", "datetime", question="강습은 몇 시쯤 해요?"
    )


def test_the_adjective_low_is_no_part_of_the_day() -> None:
    assert not has_answer_type(
        "수영장 물 온도가 낮은 편입니다.", "datetime", question="몇 시쯤 해요?"
    )
