"""The `openai:` tier's protocol, spoken for real: ChatOpenAI against llama.cpp's HTTP server.

The server runs the embedded GGUF on 127.0.0.1, so the test needs no key and no internet.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from langchain_core.messages import AIMessageChunk
from langchain_openai import ChatOpenAI

from core.errors import TierUnavailableError
from core.models.embedded import EmbeddedServerHandle, start_openai_server

pytestmark = pytest.mark.slow

WELCOME = "Write one friendly sentence welcoming a new colleague."


@pytest.fixture(scope="module")
def server() -> Iterator[EmbeddedServerHandle]:
    with start_openai_server() as handle:
        yield handle


def _client(server: EmbeddedServerHandle) -> ChatOpenAI:
    return ChatOpenAI(
        model="smollm2",
        base_url=server.base_url,
        api_key="dummy",
        stream_usage=True,
        temperature=0,
        max_retries=0,
        timeout=120,
    )


def test_server_listens_on_loopback_only(server: EmbeddedServerHandle) -> None:
    assert server.base_url == f"http://127.0.0.1:{server.port}/v1"
    with urllib.request.urlopen(f"{server.base_url}/models", timeout=10) as response:
        models = json.load(response)
    assert "smollm2" in {entry["id"] for entry in models["data"]}


def test_invoke_returns_text_and_usage(server: EmbeddedServerHandle) -> None:
    answer = _client(server).invoke(WELCOME)
    assert isinstance(answer.content, str)
    assert len(answer.content.split()) >= 3
    usage = answer.usage_metadata
    assert usage is not None
    assert usage["input_tokens"] > 0
    assert usage["output_tokens"] > 0
    assert usage["total_tokens"] == usage["input_tokens"] + usage["output_tokens"]


def test_stream_returns_chunks_and_usage(server: EmbeddedServerHandle) -> None:
    chunks = list(_client(server).stream(WELCOME))
    assert len([chunk for chunk in chunks if chunk.text]) > 1
    merged: AIMessageChunk = chunks[0]
    for chunk in chunks[1:]:
        merged = merged + chunk
    assert len(merged.text.split()) >= 3
    assert merged.usage_metadata is not None
    assert merged.usage_metadata["input_tokens"] > 0
    assert merged.usage_metadata["output_tokens"] > 0


def test_openai_base_url_env_reaches_the_server(
    server: EmbeddedServerHandle, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
    monkeypatch.setenv("OPENAI_API_KEY", "dummy")
    answer = ChatOpenAI(model="smollm2", temperature=0, max_retries=0).invoke(WELCOME)
    assert answer.usage_metadata is not None
    assert answer.usage_metadata["output_tokens"] > 0


def test_stop_closes_the_port() -> None:
    handle = start_openai_server()
    health = f"http://127.0.0.1:{handle.port}/health"
    with urllib.request.urlopen(health, timeout=10) as response:
        assert response.status == 200
    handle.stop()
    handle.stop()  # idempotent
    with pytest.raises(OSError):
        urllib.request.urlopen(health, timeout=5)


def test_a_file_that_is_not_a_gguf_fails_with_the_reason(tmp_path: Path) -> None:
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"not a model")
    with pytest.raises(TierUnavailableError, match="is not a GGUF file"):
        start_openai_server(model_path=broken)


def test_a_key_is_required_when_one_is_set() -> None:
    with start_openai_server(api_key="s3cret") as handle:
        request = urllib.request.Request(f"{handle.base_url}/models")
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=10)
        assert refused.value.code == 401
        request.add_header("Authorization", "Bearer s3cret")
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.status == 200


def test_the_server_process_ends_when_its_parent_goes() -> None:
    # A parent that dies without stop() closes the child's stdin; the child must not
    # outlive it holding a port and a model.
    handle = start_openai_server()
    process = handle._process
    assert process is not None and process.stdin is not None
    process.stdin.close()
    assert process.wait(timeout=30) == 0
    handle.stop()
