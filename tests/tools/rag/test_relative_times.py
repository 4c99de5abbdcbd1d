"""Words counted from the day asked (올해, 내년, 이번 달) set a question's scene, not its topic;
a medicine's brand name is its generic one (tools/rag/vocabulary.tsv)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import tools.rag.scene_words as scene_words
from agents.documents import plan_document_step
from tests.tools.rag.conftest import small_store
from tools.rag import crosslingual
from tools.rag.store import DocumentStore

_GYM_KO = """# 해오름 체육관 회원 규정

## 운동 쿠폰
회원에게 해마다 개인 레슨 쿠폰 10장을 드립니다.
그해에 쓰지 않은 레슨 쿠폰은 다음 해로 넘어가지 않습니다.

## 보관함
보관함은 한 달에 8,000원입니다.
"""

_MEDICINE_KO = """# 새봄 약국 복약 안내

## 아세트아미노펜
아세트아미노펜은 해열진통제입니다. 성인은 하루 최대 3,000mg을 넘기지 마세요.
"""


@pytest.fixture
def gym(tmp_path: Path) -> Iterator[DocumentStore]:
    yield from small_store(tmp_path / "data", "gym", {"gym_ko.md": _GYM_KO})


@pytest.fixture
def pharmacy(tmp_path: Path) -> Iterator[DocumentStore]:
    yield from small_store(tmp_path / "data", "pharmacy", {"medicine_ko.md": _MEDICINE_KO})


_CARRY_OVER = "올해 레슨 쿠폰 다 못썼는데 내년으로 넘어가요?"


def test_this_year_and_next_year_do_not_veto_the_rule(gym: DocumentStore) -> None:
    plan = plan_document_step(gym, _CARRY_OVER, collection="gym", pinned=False)
    assert plan.kind == "extractive", plan.reasons
    assert "넘어가지 않습니다" in plan.answer


def test_without_the_rule_the_relative_words_are_unknown_topics(
    gym: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scene_words, "KO_RELATIVE_TIMES", frozenset())
    plan = plan_document_step(gym, _CARRY_OVER, collection="gym", pinned=False)
    assert plan.kind == "not_covered", plan.reasons
    assert "올해" in plan.answer


def test_a_topic_never_named_is_still_declined_beside_a_relative_word(gym: DocumentStore) -> None:
    # The sauna is what is asked; no document names it.
    plan = plan_document_step(
        gym, "이번 달 사우나 이용권 남았는데 다음 달로 넘어가요?", collection="gym", pinned=False
    )
    assert plan.kind == "not_covered", plan.reasons
    assert "사우나" in plan.answer


_BRAND = "타이레놀 하루에 최대 얼마까지 먹어도 돼요?"


def test_a_brand_name_finds_the_generic_medicine(pharmacy: DocumentStore) -> None:
    plan = plan_document_step(pharmacy, _BRAND, collection="pharmacy", pinned=False)
    assert plan.kind == "extractive", plan.reasons
    assert "3,000mg" in plan.answer


def test_without_the_word_lists_the_brand_name_is_unknown(pharmacy: DocumentStore) -> None:
    with crosslingual.word_lists_off():
        plan = plan_document_step(pharmacy, _BRAND, collection="pharmacy", pinned=False)
    assert plan.kind != "extractive", plan.reasons
    assert "3,000mg" not in plan.answer
