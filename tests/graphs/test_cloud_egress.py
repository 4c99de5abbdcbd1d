"""The cloud tier over real HTTP (a recording OpenAI-compatible server on 127.0.0.1)."""

from __future__ import annotations

import pytest
from langchain_core.messages import HumanMessage

from core.errors import PrivacyBlockedError
from tests.graphs.conftest import BuildAssistant
from tests.recording_server import CANNED, recording_server

RRN = "900101-1234567"


def test_hard_public_step_reaches_cloud_with_usage(build_assistant: BuildAssistant) -> None:
    with recording_server() as recorder:
        assistant, _ = build_assistant(
            cloud_id="openai:gpt-4o-mini",
            openai_api_key="dummy",
            openai_base_url=f"{recorder.base_url}/v1",
            router={"difficulty_threshold": 0.0},
        )
        events = list(assistant.stream("Prove that there are infinitely many primes."))
    tokens = [e.text for e in events if e.kind == "token"]
    result = events[-1].result
    assert result is not None and result.answer == CANNED
    assert len(tokens) > 1 and "".join(tokens) == CANNED
    (step,) = result.steps
    assert step.tier == "cloud" and step.tokens_in == 21 and step.tokens_out == 9
    assert step.cost > 0
    assert len(recorder.bodies) == 1


def test_personal_data_never_reaches_the_cloud_server(build_assistant: BuildAssistant) -> None:
    with recording_server() as recorder:
        assistant, _ = build_assistant(
            local_id="ollama:exaone3.5:2.4b",
            ollama_host="http://127.0.0.1:9",
            cloud_id="openai:gpt-4o-mini",
            openai_api_key="dummy",
            openai_base_url=f"{recorder.base_url}/v1",
            router={"difficulty_threshold": 0.0},
        )
        result = assistant.ask(f"주민번호 {RRN} 인 환자의 검사 결과를 자세히 분석해줘").to_json()
        follow_up = assistant.ask("그 결과를 더 쉽게 설명해 줘", thread_id=result["thread_id"])
    assert recorder.bodies == []
    assert result["steps"][0]["tier"] == "local"
    assert any("privacy" in r for r in result["steps"][0]["reasons"])
    # The thread stays local_only: the follow-up carries the earlier turn in its history.
    assert follow_up.steps[0].tier != "cloud"


def test_egress_guard_blocks_personal_data_at_the_wire(build_assistant: BuildAssistant) -> None:
    with recording_server() as recorder:
        assistant, _ = build_assistant(
            cloud_id="openai:gpt-4o-mini",
            openai_api_key="dummy",
            openai_base_url=f"{recorder.base_url}/v1",
        )
        model = assistant.services.models.chat_model("openai:gpt-4o-mini")
        with pytest.raises(PrivacyBlockedError, match="kr_rrn"):
            model.invoke([HumanMessage(content=f"환자 주민번호는 {RRN} 입니다")])
        model.invoke([HumanMessage(content="A harmless question about prime numbers.")])
    assert len(recorder.bodies) == 1
    assert RRN not in recorder.text()
