"""Provenance taint refused at the wire, even when routing is wrong (issue 10, part 2a).

The cloud tier is the OpenAI-compatible recorder on 127.0.0.1, reached through
the real guarded HTTP client. A "route bug" is forced by making the router
forget a step's privacy class, so every step goes to the cloud; what stops the
personal data then is the egress guard alone.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from langgraph.checkpoint.memory import InMemorySaver

from core import egress
from core.errors import PrivacyBlockedError
from core.models.fake import ScriptedChatModel
from core.privacy.public_contacts import PublicContacts
from core.privacy.taint import taint_of
from core.router import Router, Spend, StepRequest
from core.settings import load_settings
from core.types import RouteDecision
from graphs.runner import Assistant
from graphs.services import build_services
from tests.security.harness import REPO
from tests.security.openai_stub import Stub, openai_stub
from tools.rag import DocumentStore

NAME, GIVEN = "김민수", "민수"
ADDRESS = "서울특별시 강남구 테헤란로 152"
ROMANIZED = ("Kim Minsu", "Minsu", "Teheran-ro 152", "Gangnam-gu")
CLIENT_FILE = (
    "# 고객 카드\n\n고객 "
    + NAME
    + " 님의 자택 주소는 "
    + ADDRESS
    + " 이며 상담은 화요일 오전에 진행한다. 고객 카드는 상담 전에 확인한다."
)
FILLERS = ("진료 시간은 몇 시까지인가요?", "주차는 어디에 하나요?")


@pytest.fixture(autouse=True)
def _fresh_taint() -> Iterator[None]:
    egress.forget_recent_taint()
    yield
    egress.set_taint_check(True)
    egress.forget_recent_taint()


def _assistant(
    tmp: Path, cloud: Stub, local: list[Any], docs: DocumentStore | None = None
) -> Assistant:
    settings = load_settings(
        data_dir=tmp / "data",
        faq_path=REPO / "data" / "faq.yaml",
        tiers={"local": "test:local", "cloud": "openai:gpt-4o-mini"},
        openai_api_key="dummy",
        openai_base_url=f"{cloud.base_url}/v1",
        router={"difficulty_threshold": 0.0},
        privacy={"public_contacts": []},
    )
    fake = ScriptedChatModel(replies=local, model_name="test:local")
    services = build_services(
        settings, fakes={"local": fake}, docs=docs, mcp=False, checkpointer=InMemorySaver()
    )
    return Assistant(services)


def _route_bug(monkeypatch: pytest.MonkeyPatch) -> None:
    """The router forgets the privacy class of every step: personal data is routed out."""
    decide = Router.decide

    def forgetful(self: Router, step: StepRequest, spend: Spend | None = None) -> RouteDecision:
        return decide(self, dataclasses.replace(step, privacy="public", privacy_reason=""), spend)

    monkeypatch.setattr(Router, "decide", forgetful)


def _given_name_turns(assistant: Assistant) -> list[str]:
    """A self-introduction, two filler turns, then the given name alone.

    By the fourth turn the introduction has left the prompt's history window, so
    the request carries ``민수`` with nothing around it that any scanner reads
    as a name: only the provenance taint knows it is the user's.
    """
    first = assistant.ask(f"제 이름은 {NAME}입니다. 내일 진료 예약을 확인하고 싶어요.")
    answers = [first.answer]
    for question in (*FILLERS, f"{GIVEN} 씨에게 보낼 예약 안내 문자를 짧게 써 줘"):
        answers.append(assistant.ask(question, thread_id=first.thread_id).answer)
    return answers


def test_a_route_bug_is_refused_at_the_wire_by_provenance(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _route_bug(monkeypatch)
    with openai_stub() as cloud:
        answers = _given_name_turns(_assistant(tmp_path, cloud, local=[]))
    assert GIVEN not in cloud.text() and NAME not in cloud.text()
    # The user reads why; the given-name turn is refused by provenance (from "your message").
    assert answers[-1].startswith("kept on this machine because"), answers[-1]
    assert "person_name" in answers[-1] and "your message" in answers[-1]
    assert GIVEN not in answers[-1]


def test_without_the_provenance_check_the_route_bug_leaks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The same conversation with only the provenance check off: the wire screen alone
    # misses the bare given name, so the test above fails without the check.
    _route_bug(monkeypatch)
    egress.set_taint_check(False)
    with openai_stub() as cloud:
        _given_name_turns(_assistant(tmp_path, cloud, local=[]))
    assert f"{GIVEN} 씨에게" in cloud.text()


def _client_store(tmp: Path) -> DocumentStore:
    store = DocumentStore(tmp / "rag", dense=False)
    store.ingest_texts([("clients/card.md", CLIENT_FILE)], collection="default")
    return store


@pytest.mark.parametrize("route_bug", [False, True], ids=["routing", "route_bug"])
@pytest.mark.parametrize("quoted_by", ["extract", "model"])
def test_translating_a_document_answer_that_quoted_a_person_sends_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, route_bug: bool, quoted_by: str
) -> None:
    """The issue's acceptance check, end to end with the cloud a loopback recorder.

    The quoting answer is made both ways: a sentence extracted from the document (the
    issue's own case) and the local model's summary of it.
    """
    quoting = f"고객 {NAME} 님의 자택 주소는 {ADDRESS} 입니다 [1]."
    translation = f"The home address of client {ROMANIZED[0]} is 152 Teheran-ro, Gangnam-gu."
    by_model = quoted_by == "model"
    local = [quoting, translation] if by_model else [translation]
    with openai_stub() as cloud:
        assistant = _assistant(tmp_path, cloud, local=local, docs=_client_store(tmp_path))
        # The channel is live: a public question reaches the recorder.
        public = assistant.ask("Why is the sky blue? Explain in two sentences.")
        assert public.steps[0].tier == "cloud" and "sky" in cloud.text()
        if by_model:
            first = assistant.ask("고객 카드의 내용을 한 문장으로 요약해 줘")
            assert first.answer == quoting and first.steps[0].tier == "local"
        else:
            first = assistant.ask("고객 카드에 적힌 고객의 자택 주소를 알려 줘")
            assert first.steps[0].tier == "deterministic", first.steps[0]
            assert NAME in first.answer and ADDRESS in first.answer
        if route_bug:
            # Routing sends the follow-up out with the quoting answer in its history.
            _route_bug(monkeypatch)
        translated = assistant.ask(
            "Translate your previous answer into English", thread_id=first.thread_id
        )
    seen = cloud.text()
    for value in (NAME, GIVEN, ADDRESS, "테헤란로", *ROMANIZED):
        assert value not in seen, value
    if not route_bug:
        assert translated.steps[0].tier == "local", translated.steps[0]
        assert translated.answer == translation
    else:
        assert translated.answer.startswith("kept on this machine because"), translated.answer
        assert "an earlier answer" in translated.answer


def _request(text: str) -> httpx.Request:
    body = {"messages": [{"role": "user", "content": text}]}
    return httpx.Request("POST", "http://127.0.0.1:9/v1/chat/completions", json=body)


def test_the_guard_refuses_a_tainted_value_in_any_numeral_form() -> None:
    facts = taint_of(
        [("a tool result", "고객 전화 010-4821-7730, 메일 minsu.kim@example.com")],
        PublicContacts([]),
    )
    disguised = (
        "call O1O 4821 773O today",
        "공일공 사팔이일 칠칠삼공 으로 연락",
        "write to minsu.kim at example dot com",
    )
    with egress.carrying_taint(facts):
        for text in disguised:
            with pytest.raises(PrivacyBlockedError, match="a tool result"):
                egress.check_request(_request(text), "cloud", None)
        # Text without any tainted value passes.
        egress.check_request(_request("What are the opening hours?"), "cloud", None)
    # Outside the step the facts are gone: the same bare number is the screen's business.
    egress.check_request(_request("What are the opening hours?"), "cloud", None)


def test_trace_export_is_checked_against_the_taint_of_the_threads_it_names() -> None:
    facts = taint_of([("your message", "My name is Jane Holloway.")], PublicContacts([]))
    egress.remember_taint(facts, "thread-7f3a")
    # "Holloway" alone is no name to any scanner; the trace check knows it is the user's.
    batch = '{"metadata": {"thread_id": "thread-7f3a"}, "outputs": "Holloway prefers mornings"}'
    assert egress.personal_data_types(batch) == ["person_name from your message"]
    assert egress.personal_data_types(batch.replace("Holloway ", "")) == []
    # Another conversation's trace is not held to Jane's taint.
    other = batch.replace("thread-7f3a", "thread-other")
    assert egress.personal_data_types(other) == []
