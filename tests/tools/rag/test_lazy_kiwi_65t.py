"""Importing the graph does not start the Korean analyser (Kiwi).

Two readers (tools/rag/paid_back_60e.py, tools/rag/word_problem_60e.py) tokenized their
Korean word lists at import, so every process that imports the graph (the CLI, the app,
each MCP server, every subprocess the tests start) loaded Kiwi: seconds of CPU and some
300 MB, whether or not it ever read Korean. The lists are now read on first use; what
they hold is pinned by the readers' own tests and by the check below.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tools.rag import paid_back_60e, word_problem_60e
from tools.rag.textutil import tokenize

REPO = Path(__file__).resolve().parents[3]


def test_importing_the_graph_and_the_servers_leaves_kiwi_unloaded() -> None:
    code = (
        "import sys, graphs.runner, mcp_servers.serve, ui.cli\n"
        "print(sorted(m for m in sys.modules if m.startswith('kiwipiepy')))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]", done.stdout


def test_the_word_lists_read_on_first_use_hold_the_korean_tokens() -> None:
    # The Korean words are read as index tokens (through Kiwi), as at import before.
    costs = paid_back_60e._cost_words()
    assert set(tokenize("비용 요금 경비 비")) <= costs and "fee" in costs
    assert {"paid", "back", "claim"} <= paid_back_60e._relation_words()
    quantities = word_problem_60e._quantity_words()
    korean = tokenize("합 합계 원 명 번 개 분 시간 일 살 사람 가격 값 돈 개수")
    assert set(korean) <= quantities and "사람" in korean and "총" in quantities
