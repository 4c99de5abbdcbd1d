"""A translation just under the dense bridge's bar is taken when it stands out.

"What time does the library close on Saturdays?" over a Korean guide to a 도서관 was
declined as "the documents never mention: library": the dense model places library and
도서관 at 0.907, under the 0.915 bar, though no other word of the passages comes near.
The guide is our own, written for this test.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from agents.documents import plan_document_step
from tests.tools.rag.conftest import copy_of_samples
from tools.rag import DocumentStore, standout_translation
from tools.rag.dense_bridge import dense_translations
from tools.rag.standout_translation import clears_translation_bar

_GUIDE_KO = """# 햇살마을 작은도서관 안내

## 이용 시간

햇살마을 작은도서관의 이용 시간은 화요일부터 금요일까지 10:00~19:00, 토요일 10:00~15:00입니다.
토요일에는 15:00에 마감합니다. 일요일과 월요일은 휴무입니다.

## 책 빌리기

회원증이 있으면 한 번에 5권까지 10일 동안 빌릴 수 있습니다.
회원증은 신분증을 가져오면 무료로 만들어 드립니다.
"""

_QUESTION = "What time does the library close on Saturdays?"


@pytest.fixture(scope="module")
def store(
    tmp_path_factory: pytest.TempPathFactory, embedded_samples: Path
) -> Iterator[DocumentStore]:
    folder = tmp_path_factory.mktemp("library")
    (folder / "small_library_ko.md").write_text(_GUIDE_KO, encoding="utf-8")
    docs = copy_of_samples(embedded_samples, tmp_path_factory.mktemp("standout"), [folder])
    yield docs
    docs.close()


def test_a_pair_under_the_bar_counts_only_when_it_stands_out() -> None:
    bar = 0.915
    assert clears_translation_bar(np.array([0.92, 0.91], dtype=np.float32), 0, bar)
    assert clears_translation_bar(np.array([0.84, 0.907], dtype=np.float32), 1, bar)
    # Among near equals (tomorrow/토요일 0.899 with 오전 0.869) or under 0.90: not taken.
    assert not clears_translation_bar(np.array([0.907, 0.88], dtype=np.float32), 0, bar)
    assert not clears_translation_bar(np.array([0.899, 0.80], dtype=np.float32), 0, bar)
    assert not clears_translation_bar(np.array([0.907], dtype=np.float32), 0, bar)


def test_the_library_is_the_guides_도서관(store: DocumentStore) -> None:
    links = dense_translations(store, _QUESTION, "devset")
    assert any("도서관" in linked for linked in links.values()), links


def test_without_the_standout_rule_the_library_stays_unknown(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(standout_translation, "STANDOUT_SIMILARITY", 1.0)
    links = dense_translations(store, _QUESTION, "devset")
    assert not any("도서관" in linked for linked in links.values()), links


def test_the_english_question_is_answered_from_the_korean_guide(store: DocumentStore) -> None:
    plan = plan_document_step(store, _QUESTION, collection="devset", pinned=False)
    assert plan.kind == "extractive", plan.reasons
    assert "15:00" in (plan.answer or "")
