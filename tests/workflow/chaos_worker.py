"""Runs of the ``support_triage`` sample in processes a test kills with SIGKILL at random.

Usage: ``chaos_worker.py HOME NEW``. This process imports everything once, then for
each ``go`` line on stdin forks a worker and prints ``exit CODE`` when it ends (``-9``
when killed): a fork starts in milliseconds where a fresh interpreter takes seconds,
so twenty kills fit in the test's time. Each worker is a process of its own with its
own connections; it first resumes every run in ``HOME/data`` that is not done
(approving any pending question), then starts ``NEW`` new runs, each
approved when it pauses. It prints ``ready PID`` once its services are built (so the
test's random delay lands inside runs, not in the start-up) and ``finished`` at the
end. ``outbox.send`` appends the body to ``HOME/outbox.txt``; the local model's draft
quotes the customer's message, so every run sends a body of its own and a duplicate
send shows as a repeated line.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from langchain_core.messages import BaseMessage

from agents.toolbox import ToolBox
from core.models.fake import ScriptedChatModel
from core.settings import load_settings
from graphs.services import build_services
from graphs.workflow.runner import WorkflowResult, WorkflowRunner
from tools.builtin import builtin_tools
from tools.registry import ToolRegistry, ToolSpec

REPO = Path(__file__).resolve().parents[2]
HOME = Path(sys.argv[1])
WORKFLOW = "support_triage"


def message(number: int) -> str:
    """The customer message of run ``number`` (no FAQ or document rule fires on it)."""
    contact = " 제 번호는 010-2345-6789 입니다" if number % 3 == 0 else ""
    return f"지난번 직원 응대가 불편했어요 (문의 {number}){contact}"


def reply(messages: list[BaseMessage]) -> str:
    """The local model: a label for the classifier, a draft quoting the message otherwise."""
    system, user = str(messages[0].content), str(messages[-1].content)
    if system.startswith("Classify"):
        return "other"
    return f"답장: {user}"


def outbox_send(body: str) -> str:
    """Send a reply to the customer."""
    with (HOME / "outbox.txt").open("a", encoding="utf-8") as out:
        out.write(json.dumps(body, ensure_ascii=False) + "\n")
    return "sent"


def finish(runner: WorkflowRunner, result: WorkflowResult) -> WorkflowResult:
    """Approve every question until the run is done or failed."""
    while result.status == "paused":
        result = runner.resume(result.run_id, "approve")
    return result


def main() -> None:
    """Resume what a kill left unfinished, then start a few new runs."""
    HOME.mkdir(parents=True, exist_ok=True)
    (HOME / "mcp.json").write_text(json.dumps({"mcpServers": {"outbox": {"command": "x"}}}))
    settings = load_settings(
        data_dir=HOME / "data",
        workflows_dir=REPO / "workflows",
        faq_path=REPO / "data" / "faq.yaml",
        tiers={"local": "test:local", "cloud": "test:cloud"},
        mcp={"config_path": str(HOME / "mcp.json")},
    )
    fakes = {
        tier: ScriptedChatModel(replies=[reply] * 10_000, model_name=f"test:{tier}")
        for tier in ("local", "cloud")
    }
    registry = ToolRegistry(
        [*builtin_tools(), ToolSpec("outbox__send", outbox_send, permission="writes")]
    )
    services = build_services(
        settings, fakes=dict(fakes), docs=None, mcp=False, toolbox=ToolBox(builtin=registry)
    )
    assert services.engine is not None
    runner = WorkflowRunner(services.engine, services.checkpointer)
    print(f"ready {os.getpid()}", flush=True)
    runs = runner.runs.list(WORKFLOW, limit=10_000)
    for row in runs:
        if row.status != "done":
            finish(runner, runner.resume(row.run_id, "approve"))
    for number in range(len(runs), len(runs) + int(sys.argv[2])):
        finish(runner, runner.run(WORKFLOW, {"message": message(number)}))
    print("finished", flush=True)


def zygote() -> None:
    """Fork one worker per ``go`` line and report how it ended."""
    for line in sys.stdin:
        if line.strip() != "go":
            continue
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                main()
            except BaseException as exc:  # noqa: BLE001 - the child reports, never returns
                print(f"worker failed: {type(exc).__name__}: {exc}", file=sys.stderr)
                code = 1
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
        _, status = os.waitpid(pid, 0)
        code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        print(f"exit {code}", flush=True)


if __name__ == "__main__":
    zygote()
