"""Graph logic on scripted fake models: tracks, reasons, tokens, privacy, multi-step, threads."""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage

from core.models.fake import UnexpectedModelCallError
from tests.graphs.conftest import BuildAssistant

EASY = {"router": {"difficulty_threshold": 1.0}}  # every model step prefers local
HARD = {"router": {"difficulty_threshold": 0.0}}  # every model step prefers cloud


def test_calculator_question_is_deterministic_with_no_model_call(
    build_assistant: BuildAssistant,
) -> None:
    assistant, fakes = build_assistant()
    result = assistant.ask("3만 5천원의 15%는 얼마야?").to_json()
    assert "5,250" in result["answer"]
    assert len(result["steps"]) == 1
    step = result["steps"][0]
    assert step["tier"] == "deterministic"
    assert step["tokens_in"] == step["tokens_out"] == 0
    assert step["reasons"][0].startswith("deterministic — calculator")
    for fake in fakes.values():
        assert fake.calls == []


def test_generative_question_goes_to_local_and_counts_tokens(
    build_assistant: BuildAssistant,
) -> None:
    assistant, fakes = build_assistant(local=["Welcome aboard, we're glad you're here!"], **EASY)
    result = assistant.ask("Write one friendly sentence welcoming a new colleague.").to_json()
    assert result["answer"] == "Welcome aboard, we're glad you're here!"
    (step,) = result["steps"]
    assert step["tier"] == "local" and step["model"] == "test:local"
    assert step["tokens_in"] > 0 and step["tokens_out"] > 0
    fakes["local"].assert_complete()


def test_hard_question_without_cloud_is_degraded_to_local(build_assistant: BuildAssistant) -> None:
    assistant, fakes = build_assistant(
        local=["A short local answer."], cloud_id="openai:gpt-4o-mini", **HARD
    )
    result = assistant.ask("Prove that there are infinitely many primes.").to_json()
    (step,) = result["steps"]
    assert step["tier"] == "local"
    assert step["degraded"] is True
    assert any(r.startswith("degraded: cloud tier unavailable") for r in step["reasons"])
    fakes["local"].assert_complete()


def test_hard_question_goes_to_cloud_when_available(build_assistant: BuildAssistant) -> None:
    assistant, fakes = build_assistant(cloud=["A careful proof."], **HARD)
    result = assistant.ask("Prove that there are infinitely many primes.").to_json()
    (step,) = result["steps"]
    assert step["tier"] == "cloud" and not step["degraded"]
    fakes["cloud"].assert_complete()


def test_korean_generation_is_never_sent_to_an_english_only_model(
    build_assistant: BuildAssistant,
) -> None:
    assistant, fakes = build_assistant(
        cloud_id="",
        models={"test:local": {"languages": ["en"]}},
        **EASY,
    )
    result = assistant.ask("새로 온 동료를 환영하는 따뜻한 문장을 하나 써 줘.").to_json()
    assert "exaone3.5" in result["answer"] and "OPENAI_API_KEY" in result["answer"]
    (step,) = result["steps"]
    assert step["tier"] == "deterministic" and step["degraded"] is True
    assert any("does not write Korean" in r for r in step["reasons"])
    assert fakes["local"].calls == []


def test_personal_data_never_reaches_cloud_even_when_local_is_down(
    build_assistant: BuildAssistant,
) -> None:
    # Local points at an Ollama that is not there; cloud is a ready scripted model that
    # must never be called (its empty script raises on any call).
    assistant, fakes = build_assistant(
        local_id="ollama:exaone3.5:2.4b",
        ollama_host="http://127.0.0.1:9",
        **HARD,
    )
    result = assistant.ask(
        "주민번호 900101-1234567 인 환자의 검사 결과를 자세히 분석해줘"
    ).to_json()
    assert fakes["cloud"].calls == []
    (step,) = result["steps"]
    assert step["tier"] != "cloud"
    assert any("privacy" in r for r in step["reasons"])
    assert "클라우드로는 보내지 않았습니다" in result["answer"]
    assert result["privacy"] == "local_only"


def test_personal_data_goes_local_when_local_is_up(build_assistant: BuildAssistant) -> None:
    assistant, fakes = build_assistant(local=["검사 결과 설명입니다."], **HARD)
    result = assistant.ask(
        "김민수 고객님(010-1234-5678)의 혈액검사 결과를 쉬운 말로 설명해줘"
    ).to_json()
    (step,) = result["steps"]
    assert step["tier"] == "local"
    assert any(r.startswith("privacy:") for r in step["reasons"])
    assert fakes["cloud"].calls == []


def test_multi_step_request_routes_each_step(build_assistant: BuildAssistant) -> None:
    assistant, _ = build_assistant()
    result = assistant.ask("환율 1350원일 때 250달러는 원화로 얼마고, 그걸 3명이 나누면?").to_json()
    assert len(result["steps"]) == 2
    assert all(s["tier"] == "deterministic" for s in result["steps"])
    assert "337,500" in result["answer"] and "112,500" in result["answer"]


def test_follow_up_sees_the_earlier_turn(build_assistant: BuildAssistant) -> None:
    assistant, fakes = build_assistant(local=["Hello Mina!", "Your name is Mina."], **EASY)
    first = assistant.ask("Hi, my name is Mina. Please greet me warmly.")
    second = assistant.ask("Tell me again what my name is.", thread_id=first.thread_id)
    assert second.answer == "Your name is Mina."
    prompt = " ".join(str(m.content) for m in fakes["local"].calls[1])
    assert "my name is Mina" in prompt and "Hello Mina!" in prompt
    fakes["local"].assert_complete()


def test_tool_call_by_a_tool_calling_model_is_recorded(build_assistant: BuildAssistant) -> None:
    call = AIMessage(
        content="",
        tool_calls=[{"name": "calculator", "args": {"expression": "17 * 23"}, "id": "c1"}],
    )
    assistant, fakes = build_assistant(local=[call, "17 times 23 is 391."], **EASY)
    result = assistant.ask("Help me with some arithmetic for my homework on products.").to_json()
    (step,) = result["steps"]
    assert step["tool"] == "calculator"
    tool_message = fakes["local"].calls[1][-1]
    assert "391" in str(tool_message.content)
    fakes["local"].assert_complete()


def test_tool_call_budget_stops_a_runaway_loop(build_assistant: BuildAssistant) -> None:
    call = AIMessage(
        content="",
        tool_calls=[{"name": "calculator", "args": {"expression": "1+1"}, "id": "c"}],
    )
    assistant, fakes = build_assistant(
        local=[call, call, call], budget={"max_tool_calls_per_turn": 2}, **EASY
    )
    result = assistant.ask("Keep adding numbers for me forever please.").to_json()
    assert "tool-call budget" in result["answer"]
    fakes["local"].assert_complete()


def test_local_failure_falls_back_to_cloud_for_public_steps(
    build_assistant: BuildAssistant,
) -> None:
    def broken(_: object) -> AIMessage:
        from core.errors import TierUnavailableError

        raise TierUnavailableError("local model crashed")

    assistant, _ = build_assistant(local=[broken], cloud=["Cloud answer."], **EASY)
    result = assistant.ask("Write a haiku about autumn leaves.").to_json()
    (step,) = result["steps"]
    assert step["tier"] == "cloud" and step["degraded"] is True
    assert result["answer"] == "Cloud answer."


def test_scripted_model_is_strict_about_extra_calls(build_assistant: BuildAssistant) -> None:
    assistant, _ = build_assistant(**EASY)
    with pytest.raises(UnexpectedModelCallError):
        assistant.ask("Write a haiku about autumn leaves.")


def test_faq_hit_needs_no_plan(build_assistant: BuildAssistant) -> None:
    assistant, _ = build_assistant()
    result = assistant.ask("진료 시간이 어떻게 되나요?").to_json()
    (step,) = result["steps"]
    assert step["node"] == "answer_from_faq" and step["tier"] == "deterministic"
    assert "09:00" in result["answer"]
