"""kill -9 of ``support_triage`` runs at random points, 20 times, then resume.

Acceptance check of the workflow issue: every run completes, no outbox message is
sent twice, and each run's trace has one record per executed step. The kill points
come from a seeded RNG, so a failure can be replayed.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from core.trace_store import TraceStore
from core.workflow.runs import RunStore

REPO = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("chaos_worker.py")
KILLS = 20
# Runs each worker starts after resuming the unfinished ones (about 1-3 s of work).
NEW_RUNS = 3
# The steps a run of a message no rule classifies executes (faq and answer are skipped).
EXECUTED = ["kind", "draft", "approve", "send"]


class Workers:
    """The forking worker of ``chaos_worker.py``: one ``go``, one worker process."""

    def __init__(self, home: Path) -> None:
        self.zygote = subprocess.Popen(
            [sys.executable, str(WORKER), str(home), str(NEW_RUNS)],
            cwd=REPO,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=(home / "workers.log").open("w"),
            text=True,
        )

    def line(self) -> str:
        assert self.zygote.stdout is not None
        text = self.zygote.stdout.readline().strip()
        assert text, f"the worker process ended (exit {self.zygote.poll()})"
        return text

    def start(self) -> int:
        """Fork a worker and wait until its services are built; its pid."""
        assert self.zygote.stdin is not None
        self.zygote.stdin.write("go\n")
        self.zygote.stdin.flush()
        word, pid = self.line().split()
        assert word == "ready"
        return int(pid)

    def ended(self) -> tuple[list[str], int]:
        """The worker's remaining lines and its exit code."""
        lines = []
        while not (text := self.line()).startswith("exit "):
            lines.append(text)
        return lines, int(text.split()[1])

    def close(self) -> None:
        assert self.zygote.stdin is not None
        self.zygote.stdin.close()
        self.zygote.wait(timeout=60)


def kill_at_random(workers: Workers, rng: random.Random, span: float) -> float | None:
    """Fork a worker and kill -9 it at a random point of ``span`` s after it is ready.

    None when it was killed; the seconds it lived after ready when it finished first.
    """
    pid = workers.start()
    ready = time.monotonic()
    time.sleep(rng.uniform(0.0, span))
    with contextlib.suppress(ProcessLookupError):  # it finished, and was reaped
        os.kill(pid, signal.SIGKILL)
    code = workers.ended()[1]
    return None if code == -signal.SIGKILL else time.monotonic() - ready


@pytest.mark.slow
def test_twenty_random_kills_then_resume_complete_every_run_once(tmp_path: Path) -> None:
    rng = random.Random(12)
    store = RunStore(tmp_path / "data" / "workflow_runs.sqlite")
    workers = Workers(tmp_path)
    kills = tries = inside_a_run = 0
    interrupted: set[str] = set()
    try:
        # Kill delays spread over how long a worker lives after it is ready on this
        # machine (measured, and updated whenever one finishes before its kill), not
        # over a fixed span a fast machine finishes within.
        workers.start()
        ready = time.monotonic()
        assert workers.ended() == (["finished"], 0), (tmp_path / "workers.log").read_text()
        span = time.monotonic() - ready
        # A kill may land between two runs: keep going until enough landed inside runs.
        while (kills < KILLS or inside_a_run < KILLS // 2 or len(interrupted) < 5) and (
            tries < 10 * KILLS
        ):
            tries += 1
            lived = kill_at_random(workers, rng, span)
            if lived is not None:
                span = lived
            else:
                kills += 1
                unfinished = {r.run_id for r in store.list(limit=10_000) if r.status != "done"}
                inside_a_run += bool(unfinished)
                interrupted |= unfinished
        assert kills >= KILLS
        # Most kills land inside a run (the others between two runs), and in many runs.
        assert inside_a_run >= KILLS // 2
        assert len(interrupted) >= 5
        workers.start()
        lines, code = workers.ended()
    finally:
        workers.close()
    assert (lines, code) == (["finished"], 0), (tmp_path / "workers.log").read_text()

    runs = store.list("support_triage", 10_000)
    assert len(runs) >= NEW_RUNS
    assert Counter(r.status for r in runs) == {"done": len(runs)}, [r.error for r in runs]
    sent = [json.loads(line) for line in (tmp_path / "outbox.txt").read_text().splitlines()]
    assert max(Counter(sent).values()) == 1, "a message was sent twice"
    traces = TraceStore(tmp_path / "data" / "traces.sqlite", mask=lambda t: t)
    not_repeated = 0
    for run in runs:
        stored = traces.get_run(run.run_id)
        assert stored is not None, f"run {run.run_id} left no trace"
        assert [s.node for s in stored.steps] == EXECUTED
        send = stored.steps[-1]
        if "not repeated" in send.reasons[0]:
            not_repeated += 1  # killed between "about to send" and "sent": at most once
        else:
            body = str(run.outputs["reply"])
            assert sent.count(body) == 1, f"run {run.run_id}: reply not in the outbox once"
    # Every message sent belongs to a run, and only an interrupted send may be missing.
    assert len(sent) >= len(runs) - not_repeated
