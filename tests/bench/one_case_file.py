"""Run one case file of the workload as a suite of its own (for the unseen sets' tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.workload.runner import run_workload
from bench.workload.suite import SUITE_DIR, load_case_file, open_cases

# The local tier's generation limit for the personal-data sets (the product's default is
# 256). Their checks are about where each turn ran and what reached the cloud, plus short
# facts a held answer states first (a name asked back, a doc's "1시간"); the embedded model
# spent most of these sets' time writing the rest of 256-token drafts nobody checks (8 s a
# turn on a shared core). A held turn's shortened answer still goes into the thread's
# history, so later turns still carry what the model echoed.
PRIVACY_SET_LOCAL_MAX_TOKENS = 96
# The limit of the turns whose answer text nothing reads (``answer_unread``: a
# conversation's last turn, one step, expecting only where it ran and what reached the
# cloud), most turns of the personal-data sets and ~220 turns of the other sets (their
# personal-data and routing cases). No later turn or step carries that text, and the
# cloud stand-in records every request as before; 32 tokens keep an answer's opening,
# where an echoed name or number would stand. Half of the privacy sets' such turns ran
# to 96 tokens, about two thirds of a set's model time; in the other sets they ran to the
# product's 256 (unseen19: 4 such turns made 366 of its 393 local tokens, 21 s of 31).
UNREAD_MAX_TOKENS = 32


def run_case_file(tmp_path: Path, file_name: str) -> dict[str, Any]:
    """The workload summary of ``cases/<file_name>`` alone, with the suite's docs and servers.

    A personal-data set (``*_privacy.yaml``) runs with the local tier's generation limit
    at ``PRIVACY_SET_LOCAL_MAX_TOKENS``; every set runs at ``UNREAD_MAX_TOKENS`` for the
    turns whose answer text nothing reads.

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
    privacy_set = file_name.endswith("_privacy.yaml")
    return run_workload(
        tmp_path,
        local_max_tokens=PRIVACY_SET_LOCAL_MAX_TOKENS if privacy_set else None,
        unread_max_tokens=UNREAD_MAX_TOKENS,
    )


def known_open(file_name: str) -> set[str]:
    """The cases of ``cases/<file_name>`` marked ``open`` (known to fail, with a reason).

    A set's test compares its run's failures with these, so it fails both when a case
    breaks and when a marked one starts passing (then its marker comes off).
    """
    return open_cases(load_case_file(SUITE_DIR / "cases" / file_name))


def assert_privacy_set_as_known(
    tmp_path: Path,
    file_name: str,
    *,
    min_cases: int,
    known_leaks: frozenset[str] = frozenset(),
    known_wrong: frozenset[str] = frozenset(),
) -> None:
    """Run a personal-data set and check it fails exactly as its file says.

    Nothing but ``known_leaks`` may reach the cloud stand-in, no answer but ``known_wrong``
    may be wrong, and the failing cases must be exactly those marked ``open`` in the file.
    """
    summary = run_case_file(tmp_path, file_name)
    assert summary["n"] >= min_cases
    leaks = set(summary["personal_data_values_at_cloud"])
    assert leaks <= known_leaks, leaks
    wrong = {f["id"] for f in summary["failures"] if f["wrong_answer"]}
    assert wrong <= known_wrong, wrong
    assert {f["id"] for f in summary["failures"]} == known_open(file_name), summary["failures"]
