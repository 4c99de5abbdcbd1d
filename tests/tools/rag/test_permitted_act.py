""" "A고 B어도 돼요?" asks permission for B: documents that never say B cannot answer it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.documents import plan_document_step
from tests.tools.rag.conftest import small_store
from tools.rag.permitted_act import permitted_after
from tools.rag.store import DocumentStore

# The team's own example: a swimming pool's rules about eating and showering, and
# nothing about running (뛰다).
POOL_KO = """# 물빛 구민 수영장 이용 규칙

## 음식과 샤워

- 수영장 안에서는 음식을 먹을 수 없습니다. 음식은 1층 휴게실에서 먹어 주세요.
- 물에 들어가기 전에 반드시 샤워를 해 주세요.
- 수영모는 꼭 써야 하며, 매점에서 3,000원에 살 수 있습니다.
"""


@pytest.fixture
def pool(tmp_path: Path) -> Iterator[DocumentStore]:
    yield from small_store(tmp_path / "data", "pool", {"pool.md": POOL_KO})


def test_the_permitted_act_is_the_verb_before_the_permissive_ending() -> None:
    assert permitted_after("밥 먹고 뛰어도 돼요?") == ("먹", "뛰")
    assert permitted_after("샤워하고 바로 먹어도 괜찮아요?") is None  # 샤워하 is a noun's verb
    # One act alone is left to the other checks; so is the same act twice.
    assert permitted_after("수영장에서 뛰어도 돼요?") is None
    assert permitted_after("빈속에 먹어도 돼요? 밥 먹고 먹어야 하나") is None


def test_an_act_the_documents_never_name_is_declined(pool: DocumentStore) -> None:
    plan = plan_document_step(
        pool, "휴게실에서 밥 먹고 뛰어도 돼요?", collection="pool", pinned=False
    )
    # Before: the eating rule quoted as if it said whether running is fine.
    assert plan.kind == "not_covered", (plan.kind, plan.answer)
    assert "뛰" in plan.reasons[-1]


def test_a_named_act_is_still_answered(pool: DocumentStore) -> None:
    plan = plan_document_step(
        pool, "수영장 안에서 음식 먹어도 돼요?", collection="pool", pinned=False
    )
    assert plan.kind == "extractive", plan.reasons
    assert "먹을 수 없습니다" in plan.answer
