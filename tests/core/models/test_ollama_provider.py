"""The ``ollama:`` provider through langchain-ollama against a loopback Ollama stand-in.

The stand-in (``ollama_server.py``) speaks ``/api/tags`` and ``/api/chat`` and answers
with the embedded SmolLM2 model, so these are real HTTP round trips and real generations.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace

import pytest
from langchain_core.messages import AIMessage, AIMessageChunk, HumanMessage, ToolMessage
from langchain_core.tools import tool

from core.models.embedded import EmbeddedLlama
from core.models.registry import ModelRegistry
from core.settings import load_settings
from tests.core.models.ollama_server import PULLED, Ollama, serve_ollama
from ui.cli.doctor import doctor_report

pytestmark = pytest.mark.slow

QUESTION = "Write one short sentence about the sea."


@pytest.fixture(scope="module")
def ollama() -> Iterator[Ollama]:
    with serve_ollama(EmbeddedLlama.shared()) as running:
        yield running


def _registry(ollama: Ollama, tmp_path: Path, model: str = PULLED) -> ModelRegistry:
    settings = load_settings(
        data_dir=tmp_path,
        tiers={"local": f"ollama:{model}", "cloud": ""},
        ollama_host=ollama.base_url,
    )
    return ModelRegistry(settings)


@tool
def get_weather(city: str) -> str:
    """The weather in a city."""
    return f"sunny in {city}"


def test_tags_make_the_tier_available(ollama: Ollama, tmp_path: Path) -> None:
    status = _registry(ollama, tmp_path).status("local")
    assert status.available, status.reason
    assert status.egress == "local"
    assert status.endpoint is not None and status.endpoint.base_url == ollama.base_url


def test_non_streaming_chat(ollama: Ollama, tmp_path: Path) -> None:
    model = _registry(ollama, tmp_path).chat_model(f"ollama:{PULLED}")
    answer = model.invoke([HumanMessage(content=QUESTION)], stream=False)
    assert isinstance(answer, AIMessage) and answer.text.strip()
    assert answer.usage_metadata is not None and answer.usage_metadata["output_tokens"] > 0
    assert ollama.chats[-1]["stream"] is False
    assert ollama.chats[-1]["messages"][-1]["content"] == QUESTION


def test_streaming_chat(ollama: Ollama, tmp_path: Path) -> None:
    model = _registry(ollama, tmp_path).chat_model(f"ollama:{PULLED}")
    chunks = list(model.stream([HumanMessage(content=QUESTION)]))
    assert len([c for c in chunks if c.text]) > 1
    merged: AIMessageChunk = chunks[0]
    for chunk in chunks[1:]:
        merged = merged + chunk
    assert merged.text.strip()
    assert merged.usage_metadata is not None and merged.usage_metadata["input_tokens"] > 0
    assert ollama.chats[-1]["stream"] is True


def test_tool_call_round_trip(ollama: Ollama, tmp_path: Path) -> None:
    model = _registry(ollama, tmp_path).chat_model(f"ollama:{PULLED}")
    with_tools = model.bind_tools([get_weather])
    question = HumanMessage(content="What is the weather in Seoul? Use the tool.")
    call = with_tools.invoke([question])
    assert isinstance(call, AIMessage)
    (tool_call,) = call.tool_calls
    assert tool_call["name"] == "get_weather"
    assert isinstance(tool_call["args"].get("city"), str)
    sent_tools = ollama.chats[-1]["tools"]
    assert sent_tools[0]["function"]["name"] == "get_weather"
    result = get_weather.invoke(tool_call["args"])
    answer = with_tools.invoke(
        [question, call, ToolMessage(content=result, tool_call_id=tool_call["id"] or "1")]
    )
    assert not answer.tool_calls and answer.text.strip()
    assert ollama.chats[-1]["messages"][-1]["role"] == "tool"


def test_doctor_reports_a_model_that_is_not_pulled(ollama: Ollama, tmp_path: Path) -> None:
    registry = _registry(ollama, tmp_path, model="exaone3.5:2.4b")
    services = SimpleNamespace(models=registry, settings=registry.settings, extras={})
    report = doctor_report(services)
    local = next(row for row in report["tiers"] if row["tier"] == "local")
    assert local["available"] is False
    assert "has not pulled exaone3.5:2.4b" in local["reason"]
    assert "ollama pull exaone3.5:2.4b" in local["reason"]
    assert local["provider"] == "ollama" and local["endpoint"] == ollama.base_url
    assert local["egress"] == "local"
