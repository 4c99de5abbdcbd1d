"""A one-syllable predicate stem is not the noun spelled alike: 열어요 (open) is no 열 (fever)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.documents import plan_document_step
from tests.tools.rag.conftest import small_store
from tools.rag.homographs import (
    WordClass,
    asked_classes,
    homographs_apart,
    other_class_words,
    word_classes,
)
from tools.rag.models import Passage
from tools.rag.store import DocumentStore

# The team's own example: opening hours that never write 문/열, a closing-day line with
# the verb 열다, a health rule with the noun 열 (fever) next to a time (24시간), and a
# lesson line with the numeral 열 (ten) next to a weekday time.
POOL_KO = """# 물빛 구민 수영장 이용 안내

## 운영 시간

| 구분 | 시간 |
|---|---|
| 평일 | 06:00–22:00 |
| 주말 | 08:00–18:00 |

매월 둘째 주 월요일은 정기 휴관일이라 문을 열지 않습니다.

## 건강 확인

- 열이 37.5도 이상이면 입장할 수 없으며, 열이 내린 뒤 24시간이 지나야 다시 이용할 수 있습니다.
- 피부병이 있는 분은 의사 소견서를 내야 이용할 수 있습니다.
- 수영장 안에서 열이 나거나 어지러우면 바로 안전요원에게 알려 주세요.

## 주차

주차장 자리가 차면 길 건너 공영주차장을 이용해 주세요. 회원 차량은 2시간까지 무료입니다.

## 강습

어린이 강습은 한 반에 열 명까지 받으며, 평일 16:00에 시작합니다.
"""

FEVER_RULE = "열이 37.5도 이상이면 입장할 수 없으며"


@pytest.fixture
def pool(tmp_path: Path) -> Iterator[DocumentStore]:
    yield from small_store(tmp_path / "data", "pool", {"pool.md": POOL_KO})


def test_kiwi_reads_the_stem_and_the_noun_apart() -> None:
    assert word_classes("매월 둘째 주 월요일은 문을 열지 않습니다.")["열"] == {"predicate"}
    assert word_classes("열이 나거나 어지러우면 알려 주세요.")["열"] == {"noun"}
    assert word_classes("자리가 차면 차를 밖에 세워 주세요.")["차"] == {"predicate", "noun"}
    assert word_classes("한 반에 열 명까지 받습니다.")["열"] == {"numeral"}


def test_a_term_the_question_uses_both_ways_is_left_alone() -> None:
    assert asked_classes("차가 꽉 차면 어디에 세워요?", ("차", "꽉", "세우")) == {}
    assert asked_classes("몇 시에 문 열어요?", ("문", "열")) == {"문": "noun", "열": "predicate"}
    # Only the question's terms are asked about.
    assert asked_classes("몇 시에 문 열어요?", ("문",)) == {"문": "noun"}
    # A numeral is no term of its own ("열 명이면" asks about the figure).
    assert asked_classes("열 명이면 몇 반이에요?", ("열", "반")) == {"반": "noun"}


def test_a_sentence_holding_the_word_only_in_the_other_class_loses_it() -> None:
    asked: dict[str, WordClass] = {"열": "predicate", "문": "noun"}
    assert other_class_words(asked, "열이 38도 이상이면 들어갈 수 없습니다.") == {"열"}
    assert other_class_words(asked, "일요일에는 문을 열지 않습니다.") == frozenset()
    assert other_class_words(asked, "한 반에 열 명까지 받습니다.") == {"열"}
    # A sentence using it both ways still holds the asked one.
    assert other_class_words(asked, "열이 나도 창문은 열어 두세요.") == frozenset()


def test_passages_without_a_one_syllable_term_are_returned_as_they_are() -> None:
    passages = [Passage(chunk_id="c1", source="a.md", text="열이 나면 알려 주세요.")]
    assert homographs_apart("주차 요금은 얼마예요?", ("주차", "요금"), passages) is passages


def test_the_opening_time_is_not_answered_by_the_fever_rule(pool: DocumentStore) -> None:
    plan = plan_document_step(pool, "수영장 문 몇 시에 열어요?", collection="pool", pinned=False)
    assert plan.kind == "extractive", plan.reasons
    # Before: the fever rule alone, its 열 covering 열어요 and its "24시간" passing for the time.
    assert plan.answer.startswith("평일 06:00–22:00"), plan.answer


def test_the_opening_time_is_not_answered_by_a_count_of_ten(pool: DocumentStore) -> None:
    plan = plan_document_step(pool, "평일 몇 시에 문 열어요?", collection="pool", pinned=False)
    assert plan.kind == "extractive", plan.reasons
    # Before: the lesson line first, its "열 명" (ten children) covering 열어요.
    assert plan.answer.startswith("평일 06:00–22:00"), plan.answer


def test_a_fever_question_is_not_answered_by_the_closing_day(pool: DocumentStore) -> None:
    question = "열이 나면 수영장 이용 못 해요?"
    plan = plan_document_step(pool, question, collection="pool", pinned=False)
    # Before: "문을 열지 않습니다" (the verb 열다) quoted alone as the rule for a fever.
    assert "문을 열지 않습니다" not in plan.answer, plan.answer


def test_a_fever_question_is_not_answered_by_a_count_of_ten(pool: DocumentStore) -> None:
    question = "열 나면 수영장 이용할 수 있어요?"
    plan = plan_document_step(pool, question, collection="pool", pinned=False)
    assert plan.kind == "extractive", plan.reasons
    assert plan.answer.startswith(FEVER_RULE)
    # Before: the lesson line ("한 반에 열 명까지") quoted after the two fever lines.
    assert "열 명" not in plan.answer, plan.answer
