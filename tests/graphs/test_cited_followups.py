"""A loose follow-up asking past a cited answer says its reply is not the documents'.

Our own library page, not any bench set's document.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.messages import AIMessage, AnyMessage, HumanMessage

from graphs import step_routing
from graphs.cited_followups import asks_beyond_cited_answer
from tests.graphs.conftest import BuildAssistant
from tools.rag import NOT_COVERED, DocumentStore

_PAGE = (
    "# 새봄도서관 이용 안내\n\n## 대출\n\n"
    "책은 한 사람이 한 번에 7권까지 빌릴 수 있습니다. 대출 기간은 14일입니다.\n\n"
    "## 열람실\n\n열람실은 평일 오전 9시부터 오후 10시까지 엽니다.\n"
)
_CITED = "책은 한 사람이 한 번에 7권까지 빌릴 수 있습니다 [1]."
_CITED_EN = "You may borrow up to 7 books at a time [1]."


def _conversation(answer: str, follow_up: str) -> list[AnyMessage]:
    return [
        HumanMessage(content="책은 몇 권까지 빌릴 수 있어요?"),
        AIMessage(content=answer),
        HumanMessage(content=follow_up),
    ]


@pytest.mark.parametrize(
    ("answer", "follow_up"),
    [
        (_CITED, "그거 넘으면 어떻게 돼요?"),
        (_CITED, "그럼 그건 왜 그래요?"),
        (_CITED_EN, "what happens if I go over that?"),
        (_CITED_EN, "and why is that?"),
    ],
)
def test_a_new_ask_after_a_cited_answer_is_beyond_it(answer: str, follow_up: str) -> None:
    assert asks_beyond_cited_answer(_conversation(answer, follow_up), follow_up)


@pytest.mark.parametrize(
    ("answer", "follow_up"),
    [
        # Reshaping the cited answer: nothing new is asked of the documents.
        (_CITED, "그거 더 쉽게 말해 줘"),
        (_CITED, "그거 영어로 해 줘"),
        (_CITED, "한 줄로 요약해 줘"),
        (_CITED, "그게 무슨 뜻이에요?"),
        (_CITED, "그걸로 친구한테 보낼 문자 써 줘"),
        (_CITED_EN, "can you say that more simply?"),
        (_CITED_EN, "translate that into Korean"),
        (_CITED_EN, "what does that mean?"),
        (_CITED_EN, "explain that in plain words"),
        # Computing with its figure.
        (_CITED, "그럼 두 사람이면요?"),
        (_CITED_EN, "and for 3 people?"),
        # The previous answer cited nothing: a model's own answer goes on as it was.
        ("책은 보통 몇 권 빌릴 수 있어요.", "그거 넘으면 어떻게 돼요?"),
    ],
)
def test_reshaping_or_computing_or_an_uncited_answer_is_not(answer: str, follow_up: str) -> None:
    assert not asks_beyond_cited_answer(_conversation(answer, follow_up), follow_up)


def _library(tmp_path: Path) -> DocumentStore:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "library.md").write_text(_PAGE, encoding="utf-8")
    store = DocumentStore(tmp_path / "rag", dense=False)
    store.ingest_path(docs)
    return store


def test_the_model_reply_to_a_new_ask_opens_with_the_note(
    build_assistant: BuildAssistant, tmp_path: Path
) -> None:
    assistant, fakes = build_assistant(
        docs=_library(tmp_path), local=["하루 연체료 100원이 붙습니다."]
    )
    first = assistant.ask("책은 한 번에 몇 권까지 빌릴 수 있어요?")
    assert "7권" in first.answer and first.to_json()["citations"]
    second = assistant.ask("그거 넘으면 어떻게 돼요?", thread_id=first.thread_id).to_json()
    assert second["answer"].startswith(NOT_COVERED["ko"])
    assert second["answer"].endswith("하루 연체료 100원이 붙습니다.")
    assert not second["citations"]
    fakes["local"].assert_complete()


def test_without_the_rule_the_reply_reads_as_the_documents(
    build_assistant: BuildAssistant, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(step_routing, "beyond_cited_answer_plan", lambda *_: None)
    # And the second defence of wrongs54 (graphs.document_thread_54w), which notes it too.
    monkeypatch.setattr(step_routing, "noticed_in_document_thread", lambda doc, *_: doc)
    # No figure of its own (a new figure is caught anyway: agents.cited_follow_up_figures).
    reply = "더 빌리려면 먼저 빌린 책을 반납해야 합니다."
    assistant, _ = build_assistant(docs=_library(tmp_path), local=[reply])
    first = assistant.ask("책은 한 번에 몇 권까지 빌릴 수 있어요?")
    second = assistant.ask("그거 넘으면 어떻게 돼요?", thread_id=first.thread_id)
    assert second.answer == reply


def test_a_reshaped_cited_answer_gets_no_note(
    build_assistant: BuildAssistant, tmp_path: Path
) -> None:
    assistant, _ = build_assistant(
        docs=_library(tmp_path), local=["한 번에 일곱 권까지 빌릴 수 있어요."]
    )
    first = assistant.ask("책은 한 번에 몇 권까지 빌릴 수 있어요?")
    second = assistant.ask("그거 더 쉽게 말해 줘", thread_id=first.thread_id)
    assert NOT_COVERED["ko"] not in second.answer
