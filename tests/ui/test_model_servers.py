"""``doctor``'s model-server lines against real HTTP servers on loopback."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from core.models.registry import ModelRegistry
from core.settings import load_settings
from ui.cli.model_servers import model_servers

TAGS = {"models": [{"name": "qwen2.5:3b"}, {"name": "exaone3.5:latest"}]}
MODELS = {"object": "list", "data": [{"id": "Qwen/Qwen2.5-3B-Instruct"}]}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = {"/api/tags": TAGS, "/v1/models": MODELS}.get(self.path)
        if body is None:
            self.send_response(404)
            self.end_headers()
            return
        data = json.dumps(body).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def _rows(tmp_path: Path, **tiers: Any) -> dict[str, dict[str, Any]]:
    settings = load_settings(data_dir=tmp_path, tiers=tiers)
    return {row["tier"]: row for row in model_servers(ModelRegistry(settings))}


def test_ollama_that_serves_the_model(tmp_path: Path, server: str) -> None:
    rows = _rows(tmp_path, local={"model": "ollama:qwen2.5:3b", "base_url": server}, cloud="")
    local = rows["local"]
    assert local["reachable"] is True and local["status"] == 200
    assert local["model_served"] is True and local["url"] == f"{server}/api/tags"
    assert "cloud" not in rows


def test_ollama_without_the_model_says_what_to_pull(tmp_path: Path, server: str) -> None:
    local = _rows(tmp_path, local={"model": "ollama:llama3.2:1b", "base_url": server}, cloud="")
    assert local["local"]["model_served"] is False
    assert "ollama pull llama3.2:1b" in local["local"]["detail"]


def test_an_openai_compatible_server_lists_its_models(tmp_path: Path, server: str) -> None:
    rows = _rows(
        tmp_path,
        local={"model": "openai-compat:Qwen/Qwen2.5-3B-Instruct", "base_url": f"{server}/v1"},
        cloud="",
    )
    assert rows["local"]["model_served"] is True


def test_a_server_that_does_not_answer(tmp_path: Path) -> None:
    # Port 9 on loopback: nothing listens.
    rows = _rows(tmp_path, local={"model": "ollama:qwen2.5:3b", "base_url": "http://127.0.0.1:9"})
    assert rows["local"]["reachable"] is False and rows["local"]["detail"].startswith("no answer")


def test_an_external_endpoint_is_not_probed(tmp_path: Path, server: str) -> None:
    rows = _rows(
        tmp_path,
        local="test:local",
        cloud={"model": "openai:gpt-4o-mini", "base_url": f"{server}/v1"},
    )
    assert rows["cloud"]["reachable"] is None and "not probed" in rows["cloud"]["detail"]
    assert "local" not in rows  # in-process: no server
