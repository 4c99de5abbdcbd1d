"""Run one case file of the workload as a suite of its own (for the unseen sets' tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.workload.runner import run_workload
from bench.workload.suite import SUITE_DIR, load_case_file, open_cases


def run_case_file(tmp_path: Path, file_name: str) -> dict[str, Any]:
    """The workload summary of ``cases/<file_name>`` alone, with the suite's docs and servers.

    Args:
        tmp_path: An empty folder to build the one-file suite in.
        file_name: A file of ``bench/workload/cases``.

    Returns:
        ``run_workload``'s summary.
    """
    (tmp_path / "cases").mkdir()
    cases = SUITE_DIR / "cases" / file_name
    (tmp_path / "cases" / file_name).write_text(cases.read_text(encoding="utf-8"))
    for name in ("docs", "servers", "mcp_servers.json"):
        (tmp_path / name).symlink_to(SUITE_DIR / name)
    return run_workload(tmp_path)


def known_open(file_name: str) -> set[str]:
    """The cases of ``cases/<file_name>`` marked ``open`` (known to fail, with a reason).

    A set's test compares its run's failures with these, so it fails both when a case
    breaks and when a marked one starts passing (then its marker comes off).
    """
    return open_cases(load_case_file(SUITE_DIR / "cases" / file_name))
