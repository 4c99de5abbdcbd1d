"""Document turns opened in round 55 (docopens55), on small documents of our own.

- A Korean question asking leave with no "?" ("빈속에 먹어도돼", "-해도 돼요") is a
  question: its scene words (빈속) are excused as in "먹어도 돼요?", and only a sentence
  of the kind asked (a meal timing) answers it (agents/documents._QUESTION).
- Printing a paper out again (처방전 다시 뽑다) is having it reissued (발급), for the FAQ
  matcher only (tools/rag/vocabulary.tsv [faq]).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agents.documents import DocPlan, plan_document_step
from tests.tools.rag.conftest import small_store
from tools.faq import FaqBook
from tools.rag.store import DocumentStore

_SHOP_KO = """# 초록 건강식품 안내

## 비타민C

면역에 도움을 주는 영양제입니다. 위를 자극할 수 있으므로 비타민C는 식사 후에 드세요.
성인은 하루 한 알이 알맞습니다.

## 아연

아연은 하루 한 알을 넘기지 마세요.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    yield from small_store(tmp_path_factory.mktemp("data"), "d55d", {"shop.md": _SHOP_KO})


def _plan(store: DocumentStore, question: str) -> DocPlan:
    return plan_document_step(store, question, collection="d55d", pinned=False)


@pytest.mark.parametrize("question", ["비타민C 빈속에 먹어도돼", "비타민C 공복에 먹어도 돼요"])
def test_asking_leave_without_a_mark_is_a_question(store: DocumentStore, question: str) -> None:
    plan = _plan(store, question)
    assert plan.kind == "extractive" and "식사 후에" in plan.answer, plan


def test_a_section_stating_no_meal_timing_still_declines(store: DocumentStore) -> None:
    plan = _plan(store, "아연 빈속에 먹어도돼")
    assert plan.kind != "extractive" or "식사" not in plan.answer, plan


# --- Printing a paper out again is having it reissued (tools/rag/vocabulary.tsv [faq]) ---


@pytest.mark.parametrize(
    "question", ["처방전 다시 뽑을 수 있나요", "처방전 한 번 더 뽑아주실 수 있어요?"]
)
def test_printing_a_prescription_again_is_its_reissue(question: str) -> None:
    hit = FaqBook.load().lookup(question)
    assert hit is not None and "다시 발급" in hit.answer, hit


@pytest.mark.parametrize("question", ["진단서 다시 뽑을 수 있어요?", "번호표 뽑아야 돼요?"])
def test_printing_another_paper_is_no_prescription(question: str) -> None:
    hit = FaqBook.load().lookup(question)
    assert hit is None or hit.entry.id != "prescription-reissue-ko", hit
