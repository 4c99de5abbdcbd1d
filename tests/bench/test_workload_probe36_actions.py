"""Everyday acts with no tool configured for them (probe36_actions.yaml), on the real servers.

Each act is told by code that nothing was done, in its language, and no model answers it;
the look-alikes (how to do it, drafting the message, a statement) still reach a model. The
rule is pinned with inputs of its own in tests/agents/test_unserved_actions.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import run_case_file


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_acts_no_tool_can_do_are_told_by_code(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "probe36_actions.yaml")
    assert summary["n"] >= 20
    assert summary["invented_tool_results"] == 0 and summary["wrong_answers"] == 0
    assert summary["failures"] == []
