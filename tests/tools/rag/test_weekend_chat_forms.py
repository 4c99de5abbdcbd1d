"""Chat forms of the weekend's days (토욜, 일욜) find a document's 토요일 and 일요일.

Found by the eighth unseen set ("토욜은 몇시까지 진료해요"); the document here is written
for this test and run through the real store, Kiwi and the planner (lexical only).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agents.documents import plan_document_step
from tests.tools.rag.conftest import small_store
from tools.rag.store import DocumentStore

_GYM_KO = """# 새봄 헬스장 이용 안내

## 운영 시간
- 평일: 06:00–23:00
- 토요일: 08:00–20:00
- 일요일: 휴관

## 락커
개인 락커는 한 달에 10,000원입니다.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    folder = tmp_path_factory.mktemp("docs")
    data = tmp_path_factory.mktemp("data")
    yield from small_store(data, "gym", {"gym_ko.md": _GYM_KO}, folder=folder)


def test_the_chat_form_of_saturday_finds_the_saturday_hours(store: DocumentStore) -> None:
    plan = plan_document_step(store, "토욜은 몇시까지 해요", collection="gym", pinned=False)
    assert plan.kind == "extractive", plan.reasons
    assert "20:00" in plan.answer
