"""``scan_jsonl``: the `switchyard privacy scan --jsonl FILE --json` output."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from core.errors import ConfigError
from core.privacy import scan_jsonl


def test_scan_jsonl_results_and_per_line_errors(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    lines = [
        json.dumps({"id": 1, "text": "주민번호 900101-1234568"}, ensure_ascii=False),
        json.dumps({"id": "b", "text": "오늘 회의는 10:30"}, ensure_ascii=False),
        "",
        "{not json",
        json.dumps({"id": 5}),
        json.dumps({"id": 6, "text": 42}),
        json.dumps(["a", "list"]),
        json.dumps({"id": 8, "text": "mail me: a@example.com"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = scan_jsonl(path)
    results = out["results"]
    assert results[0] == {
        "id": 1,
        "privacy": "local_only",
        "findings": [{"type": "kr_rrn", "start": 5, "end": 19}],
        "line": 1,
    }
    assert results[1]["privacy"] == "public" and results[1]["findings"] == []
    assert (
        results[2]["line"] == 4
        and results[2]["id"] is None
        and "invalid JSON" in results[2]["error"]
    )
    assert results[3] == {"id": 5, "line": 5, "error": 'missing "text"'}
    assert results[4]["id"] == 6 and "must be a string" in results[4]["error"]
    assert results[5]["line"] == 7 and "object" in results[5]["error"]
    assert results[6]["findings"] == [{"type": "email", "start": 9, "end": 22}]
    assert (out["n"], out["n_local_only"], out["n_errors"]) == (7, 2, 4)
    json.dumps(out)  # the CLI prints it as is


def test_scan_jsonl_offsets_index_the_text(tmp_path: Path) -> None:
    text = "번호 ９００１０１－１２３４５６８"
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps({"id": 1, "text": text}) + "\n", encoding="utf-8")
    f = scan_jsonl(path)["results"][0]["findings"][0]
    assert text[f["start"] : f["end"]] == "９００１０１－１２３４５６８"


def test_scan_jsonl_bad_utf8_line_does_not_abort(tmp_path: Path) -> None:
    path = tmp_path / "rows.jsonl"
    path.write_bytes(b'{"id": 1, "text": "\xff\xfe"}\n{"id": 2, "text": "ok"}\n')
    results = scan_jsonl(path)["results"]
    assert "UTF-8" in results[0]["error"]
    assert results[1]["privacy"] == "public"


def test_scan_jsonl_missing_file_raises_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        scan_jsonl(tmp_path / "nope.jsonl")
    with pytest.raises(ConfigError, match="not a file"):
        scan_jsonl(tmp_path)
