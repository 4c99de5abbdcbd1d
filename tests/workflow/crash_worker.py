"""A workflow run in its own process, for kill -9 tests (``python crash_worker.py ...``).

Usage: ``crash_worker.py HOME run|resume [RUN_ID]``. The ``outbox_send`` tool appends to
``HOME/outbox.txt`` and, when ``HOME/kill_on_send`` exists, deletes that file and kills
this process with SIGKILL right after appending: the call happened, its completion was
never recorded. Prints the run's JSON on a normal exit.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from pathlib import Path

from agents.toolbox import ToolBox
from core.settings import load_settings
from graphs.services import build_services
from graphs.workflow.runner import WorkflowRunner
from tools.builtin import builtin_tools
from tools.registry import ToolRegistry, ToolSpec

HOME = Path(sys.argv[1])


def outbox_send(body: str) -> str:
    """Send a message to the customer."""
    with (HOME / "outbox.txt").open("a", encoding="utf-8") as out:
        out.write(body + "\n")
    trigger = HOME / "kill_on_send"
    if trigger.exists():
        trigger.unlink()
        os.kill(os.getpid(), signal.SIGKILL)
    return "sent"


def main() -> None:
    """Run or resume the ``notify`` workflow of ``HOME/workflows``."""
    settings = load_settings(
        data_dir=HOME / "data",
        workflows_dir=HOME / "workflows",
        mcp={"config_path": str(HOME / "no-mcp.json")},
    )
    registry = ToolRegistry(
        [*builtin_tools(), ToolSpec("outbox_send", outbox_send, permission="writes")]
    )
    services = build_services(settings, docs=None, mcp=False, toolbox=ToolBox(builtin=registry))
    assert services.engine is not None
    runner = WorkflowRunner(services.engine, services.checkpointer)
    if sys.argv[2] == "run":
        result = runner.run("notify", {"body": "hello"})
        if result.status == "paused":
            result = runner.resume(result.run_id, "approve")
    else:
        result = runner.resume(sys.argv[3])
    print(json.dumps(result.to_json(), ensure_ascii=False))


if __name__ == "__main__":
    main()
