"""The assistant on real models: the embedded SmolLM2, and the openai: tier talking to
xllamacpp's OpenAI-compatible server on 127.0.0.1 through OPENAI_BASE_URL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from core.models.embedded import start_openai_server
from core.settings import load_settings
from graphs.runner import Assistant
from graphs.services import build_services

pytestmark = pytest.mark.slow
QUESTION = "Write one friendly sentence welcoming a new colleague."


@pytest.fixture(scope="module")
def openai_url() -> Iterator[str]:
    with start_openai_server() as handle:
        yield handle.base_url


def test_embedded_model_answers_generative_step(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path, tiers={"cloud": ""})
    assistant = Assistant(build_services(settings, docs=None, mcp=False))
    result = assistant.ask(QUESTION).to_json()
    (step,) = result["steps"]
    assert step["tier"] == "local" and step["model"] == "llamacpp:smollm2-135m"
    assert step["tokens_in"] > 0 and step["tokens_out"] > 0
    assert len(result["answer"]) > 10


def test_embedded_model_streams_tokens(tmp_path: Path) -> None:
    settings = load_settings(data_dir=tmp_path, tiers={"cloud": ""})
    assistant = Assistant(build_services(settings, docs=None, mcp=False))
    events = list(assistant.stream(QUESTION))
    tokens = [e.text for e in events if e.kind == "token"]
    result = events[-1].result
    assert result is not None and len(tokens) > 1
    assert "".join(tokens).strip() == result.answer


def test_openai_tier_over_http_with_streaming_and_usage(tmp_path: Path, openai_url: str) -> None:
    settings = load_settings(
        data_dir=tmp_path,
        tiers={"cloud": "openai:smollm2"},
        openai_api_key="dummy",
        openai_base_url=openai_url,
        router={"difficulty_threshold": 0.0},
    )
    assistant = Assistant(build_services(settings, docs=None, mcp=False))
    events = list(assistant.stream(QUESTION))
    tokens = [e.text for e in events if e.kind == "token"]
    result = events[-1].result
    assert result is not None and len(tokens) > 1
    (step,) = result.steps
    assert step.tier == "cloud" and step.model == "openai:smollm2"
    assert step.tokens_in > 0 and step.tokens_out > 0 and step.cost > 0
    assert "".join(tokens).strip() == result.answer
