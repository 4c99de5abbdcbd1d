""" "그 다음엔 얼마예요?" after a free span: the documents' price after it, quoted.

Our own museum page, not any bench set's document.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphs import qualifier_plan
from tests.graphs.conftest import BuildAssistant
from tools.rag import DocumentStore

_PAGE = (
    "# 한별 박물관 이용 안내\n\n## 사물함\n\n"
    "관람객은 1층 사물함을 2시간 동안 무료로 쓸 수 있습니다. "
    "2시간이 지나면 30분마다 1,000원의 요금이 붙습니다.\n\n"
    "## 관람 시간\n\n박물관은 화요일부터 일요일까지 오전 10시에 문을 엽니다.\n"
)


def _store(tmp_path: Path) -> DocumentStore:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "museum.md").write_text(_PAGE, encoding="utf-8")
    store = DocumentStore(tmp_path / "rag", dense=False)
    store.ingest_path(docs)
    return store


def test_the_price_after_the_free_span_is_quoted(
    build_assistant: BuildAssistant, tmp_path: Path
) -> None:
    assistant, fakes = build_assistant(docs=_store(tmp_path))
    asked = assistant.ask("사물함 몇 시간 무료예요?")
    answer = assistant.ask("그 다음엔 얼마예요?", thread_id=asked.thread_id).to_json()
    assert "1,000원" in answer["answer"], answer["answer"]
    assert answer["citations"]
    assert all(f.calls == [] for f in fakes.values())


def test_without_the_rule_the_follow_up_is_not_quoted(
    build_assistant: BuildAssistant, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(qualifier_plan, "price_after_the_span", lambda *_: None)
    # The follow-up then goes to a model, which has no passage to read it from.
    assistant, _ = build_assistant(
        docs=_store(tmp_path), local=["잘 모르겠습니다."] * 2, cloud=["잘 모르겠습니다."] * 2
    )
    asked = assistant.ask("사물함 몇 시간 무료예요?")
    answer = assistant.ask("그 다음엔 얼마예요?", thread_id=asked.thread_id)
    assert "1,000원" not in answer.answer
