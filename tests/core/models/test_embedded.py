"""The embedded llama.cpp tier, with the real SmolLM2-135M model loaded in-process."""

from __future__ import annotations

import asyncio
import importlib.util
import re
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.messages import AIMessageChunk, HumanMessage, SystemMessage

from core.errors import TierUnavailableError
from core.models.embedded import (
    MODEL_NAME,
    EmbeddedChatModel,
    EmbeddedLlama,
    smollm2_gguf_path,
)
from core.models.embedded_server import build_params, load_server

WELCOME = "Write one friendly sentence welcoming a new colleague."


def _looks_like_english(text: str) -> bool:
    words = re.findall(r"[A-Za-z']+", text)
    return len(words) >= 3 and sum(c.isascii() for c in text) / len(text) > 0.9


@pytest.fixture(scope="module")
def model() -> EmbeddedChatModel:
    return EmbeddedChatModel()


def test_gguf_path_points_at_the_shipped_file() -> None:
    path = smollm2_gguf_path()
    assert path.is_file()
    assert path.name == "SmolLM2-135M-Instruct.Q4_1.gguf"
    assert path.read_bytes()[:4] == b"GGUF"


def test_missing_package_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(TierUnavailableError, match="make install"):
        smollm2_gguf_path()


def test_a_file_that_is_not_gguf_is_refused(tmp_path: Path) -> None:
    bogus = tmp_path / "broken.gguf"
    bogus.write_bytes(b"not a model")
    with pytest.raises(TierUnavailableError, match="not a GGUF file"):
        load_server(build_params(bogus, n_ctx=256))


def test_tool_calling_is_refused_with_a_reason() -> None:
    with pytest.raises(NotImplementedError, match="tool calling"):
        EmbeddedChatModel().bind_tools([])


def test_identity() -> None:
    chat = EmbeddedChatModel()
    assert chat.model_name == MODEL_NAME == "llamacpp:smollm2-135m"
    assert chat._llm_type == "llamacpp-embedded"


@pytest.mark.slow
def test_engine_is_shared_and_loaded_once(model: EmbeddedChatModel) -> None:
    first = EmbeddedLlama.shared()
    loads = EmbeddedLlama.load_count
    seen: list[EmbeddedLlama] = []
    threads = [
        threading.Thread(target=lambda: seen.append(EmbeddedLlama.shared())) for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert all(engine is first for engine in seen)
    assert EmbeddedLlama.shared() is first
    assert model.engine() is first
    assert EmbeddedLlama.load_count == loads
    assert first.load_seconds > 0


@pytest.mark.slow
def test_invoke_answers_in_english_with_usage(model: EmbeddedChatModel) -> None:
    answer = model.invoke(WELCOME)
    assert isinstance(answer.content, str)
    assert _looks_like_english(answer.content), answer.content
    usage = answer.usage_metadata
    assert usage is not None
    assert usage["input_tokens"] > 0
    assert usage["output_tokens"] > 0
    assert usage["total_tokens"] == usage["input_tokens"] + usage["output_tokens"]
    assert answer.response_metadata["model_name"] == MODEL_NAME


@pytest.mark.slow
def test_greedy_answers_repeat(model: EmbeddedChatModel) -> None:
    assert model.invoke(WELCOME).content == model.invoke(WELCOME).content


@pytest.mark.slow
def test_stream_delivers_tokens_incrementally(model: EmbeddedChatModel) -> None:
    arrivals: list[tuple[float, AIMessageChunk]] = []
    for chunk in model.stream(WELCOME):
        arrivals.append((time.monotonic(), chunk))
    texts = [chunk.text for _, chunk in arrivals if chunk.text]
    assert len(texts) > 1
    # incremental: the first token reached us before the final usage chunk was made
    first_text_at = next(at for at, chunk in arrivals if chunk.text)
    assert first_text_at < arrivals[-1][0]

    streamed = "".join(texts)
    assert _looks_like_english(streamed), streamed
    assert streamed == model.invoke(WELCOME).content  # same greedy answer either way

    final = arrivals[-1][1]
    assert final.usage_metadata is not None
    assert final.usage_metadata["output_tokens"] > 0
    merged = arrivals[0][1]
    for _, chunk in arrivals[1:]:
        merged = merged + chunk
    assert merged.content == streamed
    assert merged.usage_metadata is not None
    assert merged.usage_metadata["input_tokens"] > 0
    assert merged.response_metadata.get("finish_reason") in {"stop", "length"}


class _TokenRecorder(BaseCallbackHandler):
    def __init__(self) -> None:
        self.tokens: list[str] = []

    def on_llm_new_token(self, token: str | list[str | dict[str, Any]], **kwargs: Any) -> None:
        assert isinstance(token, str)
        self.tokens.append(token)


@pytest.mark.slow
def test_callbacks_see_each_token_once(model: EmbeddedChatModel) -> None:
    recorder = _TokenRecorder()
    streamed = "".join(c.text for c in model.stream(WELCOME, config={"callbacks": [recorder]}))
    assert len([token for token in recorder.tokens if token]) > 1
    assert "".join(recorder.tokens) == streamed


@pytest.mark.slow
def test_abandoned_stream_is_cancelled_and_the_engine_recovers(model: EmbeddedChatModel) -> None:
    for _chunk in model.stream("Tell me a long story about a lighthouse keeper.", max_tokens=200):
        break
    answer = model.invoke(WELCOME)
    assert _looks_like_english(str(answer.content))


@pytest.mark.slow
def test_async_invoke_and_stream(model: EmbeddedChatModel) -> None:
    async def run() -> tuple[str, list[AIMessageChunk]]:
        answer = await model.ainvoke([SystemMessage("You are kind."), HumanMessage(WELCOME)])
        chunks = [chunk async for chunk in model.astream(WELCOME)]
        return str(answer.content), chunks

    answer, chunks = asyncio.run(run())
    assert _looks_like_english(answer), answer
    assert len([c for c in chunks if c.text]) > 1
    assert chunks[-1].usage_metadata is not None
    assert chunks[-1].usage_metadata["total_tokens"] > 0


@pytest.mark.slow
def test_stop_sequences_and_max_tokens(model: EmbeddedChatModel) -> None:
    short = model.invoke(WELCOME, max_tokens=3)
    assert short.usage_metadata is not None
    assert short.usage_metadata["output_tokens"] <= 3
    assert short.response_metadata["finish_reason"] == "length"


@pytest.mark.slow
def test_prompt_longer_than_the_context_is_an_actionable_error() -> None:
    small = EmbeddedLlama(smollm2_gguf_path(), n_ctx=256)
    messages = [{"role": "user", "content": "word " * 400}]
    with pytest.raises(TierUnavailableError, match="does not fit"):
        small.chat(messages, max_tokens=4)
    with pytest.raises(TierUnavailableError, match="does not fit"):
        small.stream_chat(messages, lambda chunk: None, max_tokens=4)


@pytest.mark.slow
def test_callback_errors_surface_instead_of_vanishing() -> None:
    def explode(chunk: object) -> None:
        raise KeyError("boom")

    with pytest.raises(KeyError, match="boom"):
        EmbeddedLlama.shared().stream_chat([{"role": "user", "content": WELCOME}], explode)
