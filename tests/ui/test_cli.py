"""The `switchyard` command line, run as a user runs it (a subprocess in a temp data dir)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
CLI = [sys.executable, "-m", "ui.cli"]


def run_cli(
    *args: str, data_dir: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {
        **os.environ,
        "SWITCHYARD_DATA_DIR": str(data_dir),
        "COLUMNS": "200",
        "SWITCHYARD_RAG__INGEST_SAMPLES_ON_START": "false",
        "SWITCHYARD_MCP__CONFIG_PATH": str(data_dir / "no-mcp.json"),
        **(env or {}),
    }
    return subprocess.run(
        [*CLI, *args], cwd=REPO, env=full_env, capture_output=True, text=True, timeout=240
    )


def test_ask_json_contract_for_a_calculator_question(tmp_path: Path) -> None:
    done = run_cli("ask", "3만 5천원의 15%는 얼마야?", "--json", data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert set(result) >= {"answer", "thread_id", "citations", "steps"}
    assert "5,250" in result["answer"]
    (step,) = result["steps"]
    assert set(step) >= {
        "node",
        "tier",
        "model",
        "reasons",
        "tokens_in",
        "tokens_out",
        "cost",
        "latency_ms",
        "degraded",
    }
    assert step["tier"] == "deterministic" and step["tokens_in"] == step["tokens_out"] == 0


def test_ask_human_output_and_trace_show(tmp_path: Path) -> None:
    done = run_cli("ask", "100 km는 몇 마일?", data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "62.1" in done.stdout and "deterministic" in done.stdout
    listing = run_cli("trace", "list", "--json", data_dir=tmp_path)
    runs = json.loads(listing.stdout)
    assert len(runs) == 1
    shown = run_cli("trace", "show", runs[0]["run_id"], "--json", data_dir=tmp_path)
    run = json.loads(shown.stdout)
    assert run["steps"][0]["tier"] == "deterministic"
    assert {"reasons", "tokens_in", "tokens_out", "cost", "latency_ms"} <= set(run["steps"][0])


@pytest.mark.slow
def test_doctor_lists_three_tiers_with_reasons(tmp_path: Path) -> None:
    done = run_cli("doctor", "--json", data_dir=tmp_path, env={"OPENAI_API_KEY": ""})
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    tiers = {t["tier"]: t for t in report["tiers"]}
    assert set(tiers) == {"deterministic", "local", "cloud"}
    assert tiers["local"]["available"] is True
    assert tiers["cloud"]["available"] is False and "OPENAI_API_KEY" in tiers["cloud"]["reason"]
    assert report["memory"]["total_gb"] > 0
    human = run_cli("doctor", data_dir=tmp_path, env={"OPENAI_API_KEY": ""})
    assert "Local models that fit at 4-bit" in human.stdout


def test_invalid_config_fails_with_key_and_fix(tmp_path: Path) -> None:
    done = run_cli("ask", "hi", data_dir=tmp_path, env={"SWITCHYARD_TIERS__LOCAL": "smollm2"})
    assert done.returncode == 2
    assert "tiers.local" in done.stderr and "provider:model" in done.stderr


def test_privacy_scan_jsonl(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text(
        "\n".join(
            json.dumps(r, ensure_ascii=False)
            for r in [
                {"id": 1, "text": "주민번호 900101-1234567 김민수 고객님"},
                {"id": 2, "text": "HbA1c 7.9%, 주문번호 2024-0012345, 35,000원"},
            ]
        )
        + "\n{not json\n",
        encoding="utf-8",
    )
    done = run_cli("privacy", "scan", "--jsonl", str(rows), "--json", data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    results = json.loads(done.stdout)["results"]
    first, second = results[0], results[1]
    assert first["privacy"] == "local_only"
    text = "주민번호 900101-1234567 김민수 고객님"
    spans = {(f["type"], text[f["start"] : f["end"]]) for f in first["findings"]}
    assert ("kr_rrn", "900101-1234567") in spans
    assert second["privacy"] == "public" and second["findings"] == []
    assert "error" in results[2]
