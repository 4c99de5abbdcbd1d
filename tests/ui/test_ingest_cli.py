"""``switchyard ingest`` as a user runs it, on the fault suite's bad files next to good ones."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.cli_env import cli_env, run_cli
from tests.tools.rag.fault_files import build_fault_folder

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_cli_ingest_reports_every_bad_file_and_exits_zero(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    expected = build_fault_folder(folder)
    env = cli_env(tmp_path / "data", extra={"SWITCHYARD_RAG__DENSE": "false"})
    proc = run_cli(env, "ingest", str(folder), "--json", timeout=600, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    outcome = {Path(f["source"]).name: f for f in report["files"]}
    assert sorted(outcome) == sorted(expected)
    for name, want in expected.items():
        if want == "added":
            assert outcome[name]["status"] == "added", outcome[name]
        else:
            assert outcome[name]["status"] == "rejected", outcome[name]
            assert want in outcome[name]["reason"].lower(), outcome[name]


HWP_FOLDER = REPO.parent / "shared" / "data" / "office" / "hwp"


@pytest.mark.slow
@pytest.mark.skipif(not HWP_FOLDER.is_dir(), reason="needs ../shared/data/office/hwp")
def test_hwp_acceptance_ingest_then_cited_header_answer(tmp_path: Path) -> None:
    """Issue 14's acceptance check, as written: ingest the HWP folder, then ask about the header."""
    env = cli_env(tmp_path / "data")

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return run_cli(env, *args, timeout=600, cwd=tmp_path)

    ingested = cli("ingest", str(HWP_FOLDER), "--json")
    assert ingested.returncode == 0, ingested.stderr
    outcome = {Path(f["source"]).name: f for f in json.loads(ingested.stdout)["files"]}
    assert outcome["password-12345.hwp"]["status"] == "rejected"
    assert "password" in outcome["password-12345.hwp"]["reason"].lower()
    assert outcome["matrix.hwp"]["status"] == "rejected"
    assert "no text" in outcome["matrix.hwp"]["reason"].lower()
    readable = set(outcome) - {"password-12345.hwp", "matrix.hwp"}
    assert readable and all(outcome[name]["status"] == "added" for name in readable)

    asked = cli("ask", "머리말에 뭐라고 적혀 있어?", "--json")
    assert asked.returncode == 0, asked.stderr
    result = json.loads(asked.stdout)
    assert "이것은 머리말입니다" in result["answer"], result["answer"]
    cited = {(Path(c["source"]).name, c.get("locator", "")) for c in result["citations"]}
    assert ("headerfooter.hwp", "§머리말") in cited, result["citations"]
    assert all(step["tier"] != "cloud" for step in result["steps"])
