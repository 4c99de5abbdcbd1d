"""Tool requests in forms earlier rounds did not try (probe35_tools.yaml), on the real servers.

Every request that cannot run is told why by code, the runnable ones call their tool, and
no model answers as if a tool had run. The rules are pinned with inputs of their own in
tests/agents/test_tool_request_forms.py and tests/agents/test_tool_retry.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.one_case_file import run_case_file


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_round_35_tool_request_forms_are_told_or_run_by_code(tmp_path: Path) -> None:
    summary = run_case_file(tmp_path, "probe35_tools.yaml")
    assert summary["n"] >= 28
    assert summary["invented_tool_results"] == 0 and summary["wrong_answers"] == 0
    assert summary["failures"] == []
