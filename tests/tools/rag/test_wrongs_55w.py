"""톨비, the spoken word for a road toll; a parent's act on their own child (wrongs55).

Kiwi split "톨비" into 톨 + 비 and the 비 of 빈자리 matched: "톨비는?" in a mileage thread
quoted the clinic's "당일 변경은 빈자리가 있을 때만 가능합니다". Taught as a noun
(tools.rag.chat_nouns) and linked to 통행료 and "toll" (tools/rag/vocabulary.tsv), it finds
the expense policy's "Parking and tolls are reimbursed with a receipt." Our own pages here
(the same link to a Korean 통행료, since this store has no dense model).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from agents.documents import plan_document_step
from tools.rag import DocumentStore, stage_permissions
from tools.rag.asker_acts_55w import asker_acts_on_own_child
from tools.rag.crosslingual import equivalents
from tools.rag.stage_permissions import misses_asked_stage
from tools.rag.textutil import tokenize

_TRAVEL = (
    "# 현장 학습 규정\n\n## 자가용\n\n자가용은 1킬로미터에 250원을 지급합니다. "
    "통행료와 주차비는 영수증이 있으면 돌려받습니다.\n"
)
_DESK = "# 안내 데스크\n\n## 좌석\n\n좌석 변경은 빈자리가 있을 때만 가능합니다.\n"


@pytest.mark.parametrize("text", ["톨비는?", "톨비도 줘요?", "고속도로 톨비 돌려받아요?"])
def test_tolls_are_one_noun(text: str) -> None:
    assert "톨비" in tokenize(text)
    assert "비" not in tokenize(text)


def test_tolls_are_translated() -> None:
    assert {"toll", "통행료"} <= set(equivalents("톨비"))


@pytest.fixture
def store(tmp_path: Path) -> DocumentStore:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "field_trip.md").write_text(_TRAVEL, encoding="utf-8")
    (docs / "desk.md").write_text(_DESK, encoding="utf-8")
    built = DocumentStore(tmp_path / "rag", dense=False)
    built.ingest_path(docs)
    return built


@pytest.mark.parametrize("question", ["톨비도 돌려받아요?", "톨비 돌려받을 수 있어요?"])
def test_a_toll_question_quotes_the_toll_rule(store: DocumentStore, question: str) -> None:
    plan = plan_document_step(store, question, collection="default", pinned=False)
    assert "빈자리" not in plan.answer
    assert plan.kind == "extractive" and "통행료" in plan.answer, plan


# --- A permission the asker acts in, on their own child (held-out 43) -----------------------


@pytest.mark.parametrize(
    "question",
    [
        "can we photograph our kids on the ice",
        "am i allowed to record my son at practice",
        "제가 우리 아이를 찍어도 돼요?",
    ],
)
def test_the_askers_act_on_their_child_is_not_the_childs_permission(question: str) -> None:
    assert asker_acts_on_own_child(question)
    assert not misses_asked_stage(question, "Filming from the gallery is allowed.")


@pytest.mark.parametrize(
    "question",
    [
        "can my kid swim alone",
        "may we bring our children",
        "can kids borrow books",
        "아이 혼자 타도 돼요?",
    ],
)
def test_the_childs_own_permission_still_needs_a_group(question: str) -> None:
    assert not asker_acts_on_own_child(question)


def test_without_the_rule_the_askers_act_is_screened(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stage_permissions, "asker_acts_on_own_child", lambda _q: False)
    assert misses_asked_stage(
        "can we photograph our kids on the ice", "Filming from the gallery is allowed."
    )
