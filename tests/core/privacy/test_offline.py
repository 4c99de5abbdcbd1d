"""Nothing in the privacy path touches the network: no connect, no DNS lookup."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Any, NoReturn

import pytest

from bench.privacy_corpus import evaluate, generate_corpus
from core.privacy import (
    classify,
    contains_pii,
    mask,
    pseudonymize,
    scan,
    scan_conversation,
    scan_jsonl,
    scan_with_context,
)
from core.privacy.normalize import normalize
from core.privacy.scanner import ALL_DETECTORS


class NetworkTouched(AssertionError):
    """Raised by the patched socket layer."""


def _refuse(*args: Any, **kwargs: Any) -> NoReturn:
    raise NetworkTouched(f"network access attempted: {args!r}")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []

    def record(name: str) -> Any:
        def refuse(*args: Any, **kwargs: Any) -> NoReturn:
            calls.append(name)
            _refuse(*args, **kwargs)

        return refuse

    monkeypatch.setattr(socket.socket, "connect", record("connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", record("connect_ex"))
    monkeypatch.setattr(socket.socket, "sendto", record("sendto"))
    monkeypatch.setattr(socket, "create_connection", record("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", record("getaddrinfo"))
    monkeypatch.setattr(socket, "gethostbyname", record("gethostbyname"))
    monkeypatch.setattr(socket, "gethostbyname_ex", record("gethostbyname_ex"))
    return calls


def test_every_detector_and_entry_point_runs_offline(no_network: list[str], tmp_path: Path) -> None:
    samples = generate_corpus(300, seed=99)
    for sample in samples:
        folded = normalize(sample.text).text
        for detector in ALL_DETECTORS:
            list(detector(folded))
        findings = scan(sample.text)
        classify(sample.text)
        contains_pii(sample.text)
        mask(sample.text, findings)
        pseudonymize(sample.text)
    scan_conversation([s.text for s in samples[:20]])
    scan_with_context(samples[1].text, samples[0].text)
    evaluate(samples[:50])
    path = tmp_path / "rows.jsonl"
    path.write_text('{"id": 1, "text": "+44 20 7946 0958, a@example.com"}\n', encoding="utf-8")
    assert scan_jsonl(path)["results"][0]["privacy"] == "local_only"
    assert no_network == []


def test_the_guard_itself_works(no_network: list[str]) -> None:
    with pytest.raises(NetworkTouched):
        socket.getaddrinfo("example.com", 80)
    assert no_network == ["getaddrinfo"]
