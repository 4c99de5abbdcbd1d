"""``cases:`` of a workflow file: run each, check its expectations, report a table.

By default every model step answers from the case's ``model_replies`` (scripted, in
order, whichever tier the router picks), so a case is deterministic and free and can
gate a change in CI. ``live`` uses the configured tiers instead.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from langchain_core.messages import BaseMessage

from core.workflow.loader import LoadedWorkflow
from core.workflow.schema import Case, CaseExpect
from core.workflow.templates import as_text
from graphs.workflow.runner import WorkflowResult, WorkflowRunner
from graphs.workflow.state import JsonObject


@dataclass
class CaseOutcome:
    """One case's run and what did not hold."""

    name: str
    result: WorkflowResult | None
    failures: list[str] = field(default_factory=list)
    approval_reached: bool = False

    @property
    def passed(self) -> bool:
        """True when every expectation held."""
        return not self.failures


class ScriptedReplies:
    """One queue of replies shared by every tier's scripted model, consumed in order."""

    def __init__(self, replies: list[str]) -> None:
        self.replies = list(replies)
        self.used = 0

    def __call__(self, messages: list[BaseMessage]) -> str:
        if self.used >= len(self.replies):
            last = str(messages[-1].content)[:120] if messages else ""
            raise AssertionError(
                f"a model step ran but the case has no scripted reply #{self.used + 1} "
                f"(add it to model_replies); the step asked: {last!r}"
            )
        reply = self.replies[self.used]
        self.used += 1
        return reply


def run_case(runner: WorkflowRunner, loaded: LoadedWorkflow, case: Case, index: int) -> CaseOutcome:
    """Run one case (resuming an approval pause as the case says) and check it."""
    name = case.name or f"case {index + 1}"
    result = runner.run_loaded(loaded, case.inputs)
    reached = False
    # A case may pass several approvals; each is answered the same way.
    for _ in range(len(loaded.workflow.steps)):
        if result.status != "paused" or result.pending is None:
            break
        reached = True
        if case.approve is None:
            break
        result = runner.resume(result.run_id, case.approve)
    outcome = CaseOutcome(name, result, approval_reached=reached)
    outcome.failures = check(case.expect, result, reached)
    return outcome


def check(expect: CaseExpect, result: WorkflowResult, reached: bool) -> list[str]:
    """Every expectation of ``expect`` that ``result`` does not meet, in words."""
    failures: list[str] = []
    text = as_text(result.outputs)
    wanted_status = expect.status
    if result.status == "failed":
        failures.append(f"the run failed: {result.error}")
    if wanted_status and result.status != wanted_status:
        failures.append(f"status {result.status}, expected {wanted_status}")
    contains = expect.output_contains
    for piece in [contains] if isinstance(contains, str) else contains or []:
        if piece not in text:
            failures.append(f"output lacks {piece!r} (got {text[:160]!r})")
    for key, value in (expect.output_equals or {}).items():
        if result.outputs.get(key) != value:
            failures.append(f"output {key} = {result.outputs.get(key)!r}, expected {value!r}")
    tiers = {s["node"]: s["tier"] for s in result.steps}
    for step_id, tier in (expect.tiers or {}).items():
        got = tiers.get(step_id) or "nothing"
        if got != tier:
            failures.append(f"step {step_id} ran on {got}, expected {tier}")
    banned = set(expect.tiers_not) | ({"cloud"} if expect.never_cloud else set())
    for step in result.steps:
        if step["tier"] in banned:
            failures.append(f"step {step['node']} ran on {step['tier']}")
    called = {t for s in result.steps for t in str(s.get("tool") or "").split(",") if t}
    for tool in expect.tools_called:
        if tool not in called:
            failures.append(f"tool {tool} was not called (called: {sorted(called) or 'none'})")
    if expect.approval_reached is not None and reached != expect.approval_reached:
        failures.append(
            "an approval was reached" if reached else "no approval was reached, one was expected"
        )
    return failures


def run_cases(
    loaded: LoadedWorkflow,
    runner_for: Callable[[ScriptedReplies | None], WorkflowRunner],
    *,
    live: bool = False,
) -> list[CaseOutcome]:
    """Run every case of ``loaded``; ``runner_for`` builds a runner per case.

    Args:
        loaded: The workflow with its cases.
        runner_for: Builds a runner whose models answer from the given replies
            (``None`` for a live run on the configured tiers).
        live: Use the configured tiers instead of scripted replies.
    """
    outcomes: list[CaseOutcome] = []
    for index, case in enumerate(loaded.workflow.cases):
        replies = None if live else ScriptedReplies(case.model_replies)
        runner = runner_for(replies)
        outcome = run_case(runner, loaded, case, index)
        if replies is not None and replies.used < len(replies.replies):
            left = len(replies.replies) - replies.used
            outcome.failures.append(f"{left} scripted model replies were never used")
        outcomes.append(outcome)
    return outcomes


def summary(outcomes: list[CaseOutcome]) -> JsonObject:
    """Counts and per-tier shares of steps over every case."""
    steps = [s for o in outcomes if o.result for s in o.result.steps]
    tiers: dict[str, float] = {}
    for step in steps:
        tiers[step["tier"]] = tiers.get(step["tier"], 0) + 1
    return {
        "cases": len(outcomes),
        "passed": sum(o.passed for o in outcomes),
        "failed": sum(not o.passed for o in outcomes),
        "tiers": {k: round(v / len(steps), 3) for k, v in sorted(tiers.items())} if steps else {},
    }
