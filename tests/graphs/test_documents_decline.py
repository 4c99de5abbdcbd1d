"""A document question the passages relate to but do not answer: a model, or an honest no."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.graphs.conftest import REPO, BuildAssistant
from tools.rag import DocumentStore

QUESTION = "혈액 검사 비용은 얼마인가요?"  # the samples talk about blood tests, never their price
# The samples tell how results are given, in no one sentence that answers this.
RELATED = "혈액 검사 결과는 어떻게 확인하나요?"
# About waiting without a booking: related passages, none says how long.
UNSTATED = "예약 없이 가면 얼마나 기다려요?"


@pytest.fixture(scope="module")
def samples_store(tmp_path_factory: pytest.TempPathFactory) -> DocumentStore:
    store = DocumentStore(tmp_path_factory.mktemp("rag"), dense=False)
    assert not store.ingest_path(REPO / "data" / "samples").rejected
    return store


def test_a_model_may_read_the_related_passages(
    build_assistant: BuildAssistant, samples_store: DocumentStore
) -> None:
    assistant, fakes = build_assistant(
        docs=samples_store,
        local=["혈액 검사 결과는 전화로 알려 드리지 않으니, 의원을 방문해 의사와 상담하세요."],
        router={"difficulty_threshold": 1.0},
    )
    result = assistant.ask(RELATED).to_json()
    (step,) = result["steps"]
    assert step["tier"] == "local"
    assert any("no sentence states the answer" in r for r in step["reasons"])
    assert "의사와 상담" in result["answer"] and result["citations"]
    fakes["local"].assert_complete()


def test_passages_stating_no_amount_at_all_never_reach_a_model(
    build_assistant: BuildAssistant, samples_store: DocumentStore
) -> None:
    assistant, fakes = build_assistant(docs=samples_store, router={"difficulty_threshold": 1.0})
    result = assistant.ask(QUESTION).to_json()
    (step,) = result["steps"]
    assert step["tier"] == "deterministic"
    assert any("no retrieved passage states any amount" in r for r in step["reasons"])
    assert "찾을 수 없습니다" in result["answer"] and result["citations"] == []
    assert all(f.calls == [] for f in fakes.values())


def test_without_a_model_it_says_the_documents_do_not_answer(
    build_assistant: BuildAssistant, samples_store: DocumentStore
) -> None:
    assistant, fakes = build_assistant(
        docs=samples_store,
        models={"test:local": {"languages": ["en"]}},
        cloud_id="",
        router={"difficulty_threshold": 0.0},
    )
    result = assistant.ask(UNSTATED).to_json()
    (step,) = result["steps"]
    assert step["tier"] == "deterministic"
    assert "찾을 수 없습니다" in result["answer"] and "찾아본 곳:" in result["answer"]
    assert result["citations"] == []
    assert all(f.calls == [] for f in fakes.values())


@pytest.mark.parametrize(
    ("question", "why"),
    [
        # The wheelchair passage tells of a ramp, never its length: no length anywhere
        # (몇 미터 asks an amount in metres, tools.rag.measured_units).
        ("휠체어 경사로는 몇 미터예요?", "no retrieved passage states any amount"),
        ("약 봉투는 몇 개까지 주나요?", "no retrieved passage states any number"),
        # Every word is one the samples use; no passage is about the pharmacist's name.
        ("What is the name of the clinic's pharmacist?", "none answers it, though they use"),
    ],
)
def test_a_lookup_the_passages_cannot_answer_is_declined_by_code(
    build_assistant: BuildAssistant, samples_store: DocumentStore, question: str, why: str
) -> None:
    assistant, fakes = build_assistant(docs=samples_store, router={"difficulty_threshold": 1.0})
    result = assistant.ask(question).to_json()
    (step,) = result["steps"]
    assert step["tier"] == "deterministic"
    assert any(why in r for r in step["reasons"]), step["reasons"]
    assert result["citations"] == []
    assert all(f.calls == [] for f in fakes.values())


def test_passages_stating_the_kind_asked_only_of_something_else_never_reach_a_model(
    build_assistant: BuildAssistant, tmp_path: Path
) -> None:
    # Durations are there, but as the usual loan, not the longest one asked for: a model
    # reading them had called the usual figure the maximum.
    store = DocumentStore(tmp_path / "rag", dense=False)
    rules = (
        "# 대여 안내\n\n도서관 노트북은 보통 7일 동안 빌려 드립니다. "
        "노트북을 반납할 때는 충전기도 함께 돌려주세요."
    )
    store.ingest_texts([("library/loans_ko.md", rules)], collection="default")
    assistant, fakes = build_assistant(docs=store, router={"difficulty_threshold": 1.0})
    result = assistant.ask("노트북은 최대 며칠까지 빌릴 수 있어요?").to_json()
    (step,) = result["steps"]
    assert step["tier"] == "deterministic", step["reasons"]
    assert "찾을 수 없습니다" in result["answer"] and result["citations"] == []
    assert all(f.calls == [] for f in fakes.values())


@pytest.mark.parametrize(
    "request_", ["원장님 이메일 주소 알려주세요", "Tell me the director's email"]
)
def test_a_lookup_asked_as_a_request_is_never_taken_for_the_documents_answer(
    build_assistant: BuildAssistant, samples_store: DocumentStore, request_: str
) -> None:
    # Worded as a request, not a question: it still looks something up in the documents,
    # so a model's reply must say first that they do not give it (or code declines).
    assistant, _ = build_assistant(
        docs=samples_store,
        local=["director@hanbit.example"],
        cloud_id="",
        router={"difficulty_threshold": 1.0},
    )
    result = assistant.ask(request_).to_json()
    assert result["citations"] == []
    assert "찾을 수 없습니다" in result["answer"] or "do not cover" in result["answer"], result
