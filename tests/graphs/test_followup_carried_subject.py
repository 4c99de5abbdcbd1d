"""A follow-up naming the previous question's subject by its bare noun goes to the documents.

Our own animal-clinic page, not any bench set's document.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.graphs.conftest import BuildAssistant
from tools.followup_carried_subject import with_carried_subject
from tools.rag import DocumentStore

_PAGE = (
    "# 행복동물병원 안내\n\n## 엑스레이 결과\n\n"
    "엑스레이 결과는 촬영 후 1시간 안에 나옵니다. "
    "결과는 문자로 보내 드리지 않으며, 진료실에서 수의사가 직접 설명해 드립니다.\n\n"
    "## 주차\n\n병원 건물 뒤편 주차장을 1시간 무료로 이용할 수 있습니다.\n"
)


def test_the_previous_questions_words_before_the_noun_are_carried() -> None:
    assert (
        with_carried_subject("결과를 문자로 보내주나요?", "강아지 엑스레이 결과는 언제 나와요?")
        == "강아지 엑스레이 결과를 문자로 보내주나요?"
    )


@pytest.mark.parametrize(
    ("follow_up", "previous"),
    [
        # A figure: arithmetic on the result just computed.
        ("결과를 3으로 나누면?", "12 곱하기 4 결과는?"),
        # The previous question never named the noun: nothing to carry.
        ("결과를 문자로 보내주나요?", "주차는 몇 시간 무료예요?"),
        # Not opening with the noun.
        ("문자로도 보내주나요?", "엑스레이 결과는 언제 나와요?"),
    ],
)
def test_nothing_is_carried_otherwise(follow_up: str, previous: str) -> None:
    assert with_carried_subject(follow_up, previous) is None


def test_the_follow_up_is_answered_from_the_documents(
    build_assistant: BuildAssistant, tmp_path: Path
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "animal_clinic.md").write_text(_PAGE, encoding="utf-8")
    store = DocumentStore(tmp_path / "rag", dense=False)
    store.ingest_path(docs)
    assistant, fakes = build_assistant(docs=store)
    first = assistant.ask("엑스레이 결과는 몇 시간 뒤에 나와요?")
    assert "1시간 안에" in first.answer
    second = assistant.ask("결과를 문자로 보내주나요?", thread_id=first.thread_id).to_json()
    assert "문자로 보내 드리지 않" in second["answer"]
    assert second["citations"][0]["source"].endswith("animal_clinic.md")
    (step,) = second["steps"]
    assert step["tier"] == "deterministic"
    assert any("subject carried to the documents" in r for r in step["reasons"])
    assert all(f.calls == [] for f in fakes.values())
