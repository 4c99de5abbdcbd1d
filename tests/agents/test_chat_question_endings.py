"""A Korean question typed without "?" in a chat ending ("되나", "되냐") still asks.

"이부프로펜 빈속에 먹어도 되나" was not read as a question, so the documents' answer
("식사 후에 … 복용하세요") was never looked for; with "되나요?" it was answered. The
document here is written for this test and runs through the real store (lexical only).
"""

from __future__ import annotations

import pytest

from agents.documents import plan_document_step
from tests.doc_stores import written_store_fixture
from tools.rag.store import DocumentStore

_CAFE_KO = """# 해오름 카페 안내

## 할인
텀블러를 가져오시면 음료 값에서 300원을 할인해 드립니다.

## 비타민 음료
비타민 샷은 위에 부담이 될 수 있어 식사 후에 드시기를 권합니다.
"""


store = written_store_fixture({"cafe_ko.md": _CAFE_KO}, "notices")


@pytest.mark.parametrize(
    ("typed", "quoted"),
    [
        # "빈속" (on an empty stomach) is scenery the document never writes: only a
        # question may set it aside, so the ending must read as one.
        ("비타민 샷 빈속에 마셔도 되나", "식사 후에"),
        ("비타민 샷 빈속에 마셔도 되냐ㅠ", "식사 후에"),
        ("텀블러 가져가면 할인 되나", "300원"),
    ],
)
def test_a_chat_ending_asks_like_a_question_mark(
    store: DocumentStore, typed: str, quoted: str
) -> None:
    plan = plan_document_step(store, typed, collection="notices", pinned=False)
    assert plan.kind == "extractive", plan.reasons
    assert quoted in (plan.answer or "")
