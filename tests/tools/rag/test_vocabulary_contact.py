"""연락하다 (get in touch) is 알리다 / 통보하다 (let know): a deadline to contact is one to tell."""

from __future__ import annotations

import pytest

from agents.documents import plan_document_step
from tools.rag import DocumentStore

_NOTICE = (
    "# 이사 안내\n\n이삿날 엘리베이터를 쓰려면 3일 전까지 관리사무소에 알려 주세요. "
    "엘리베이터 사용료는 2만 원입니다.\n\n"
    "# 공사 안내\n\n인테리어 공사는 시작 7일 전까지 관리사무소에 통보해야 합니다. "
    "공사는 평일 오전 9시부터 오후 6시까지만 할 수 있습니다."
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("이사할 때 엘리베이터 쓰려면 언제까지 연락해야 돼요?", "3일 전까지"),
        ("인테리어 공사하면 며칠 전까지 연락해야 해요?", "7일 전까지"),
    ],
)
def test_a_deadline_to_get_in_touch_is_one_to_let_know(
    lexical_store: DocumentStore, question: str, expected: str
) -> None:
    lexical_store.ingest_texts([("apartment_notice.md", _NOTICE)], "home", markdown=True)
    plan = plan_document_step(lexical_store, question, collection="home", pinned=False)
    assert plan.kind == "extractive", plan.reasons
    assert expected in plan.answer
