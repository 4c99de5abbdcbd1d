"""The ``open: "why"`` marker: a case known to fail, read by the tests, never by the eval."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.workload.suite import load_case_file, open_cases

_THREAD = """
- id: bill-split
  category: followup
  turns:
    - ask: 9만원 세명이 나누면
      expect: {contains: ["30,000"]}
    - ask: 네명이면
      expect: {contains: ["22,500"]}
      open: "the follow-up is not read yet"
- {id: one-off, category: calculation, turns: [{ask: "2 더하기 2", expect: {contains: ["4"]}}]}
"""


def _cases_file(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "set.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_marked_cases_are_listed_with_their_reason(tmp_path: Path) -> None:
    conversations = load_case_file(_cases_file(tmp_path, _THREAD))
    assert open_cases(conversations) == {"bill-split#2"}
    assert conversations[0].turns[1].open == "the follow-up is not read yet"
    # The case itself is still a case: the eval runs and judges it like any other.
    assert [case for case, _, _ in conversations[0].cases()] == ["bill-split#1", "bill-split#2"]


@pytest.mark.parametrize(
    "turn",
    [
        '{ask: "3 곱하기 3", expect: {contains: ["9"]}, open: ""}',  # no reason given
        '{ask: "안녕", open: "sets up the thread"}',  # not a case
    ],
)
def test_a_marker_needs_a_reason_and_a_case(tmp_path: Path, turn: str) -> None:
    text = (
        '- {id: bad, category: calculation, turns: [{ask: "1 더하기 1", '
        f'expect: {{contains: ["2"]}}}}, {turn}]}}'
    )
    with pytest.raises(ValueError, match="'open'"):
        load_case_file(_cases_file(tmp_path, text))


def test_the_runner_does_not_read_the_marker() -> None:
    runner = (Path(__file__).resolve().parents[2] / "bench" / "workload" / "runner.py").read_text(
        encoding="utf-8"
    )
    assert ".open" not in runner and "open_cases" not in runner
