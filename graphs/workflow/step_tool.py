"""The ``tool`` step: one call through the policy gate, kept once per run by an idempotency key."""

from __future__ import annotations

import json
from typing import Any

from agents.gate import Confirm, Deny
from agents.toolbox import ToolBox
from core.workflow.schema import ToolStep
from core.workflow.templates import as_text, render
from graphs.workflow.state import JsonObject
from graphs.workflow.step_base import StepEnv, StepResult, deterministic_record


def box_name(tool: str) -> str:
    """A workflow's ``server.tool`` is the tool box's ``server__tool``."""
    server, dot, name = tool.partition(".")
    return f"{server}__{name}" if dot else tool


def tool_box(env: StepEnv, trusted: str) -> ToolBox:
    """The engine's tools scoped to this run; ``trusted`` is the user's own words."""
    return env.engine.tools.scoped(
        "dispatch",
        trusted,
        taint=tuple(env.run["taint"]),
        audit=env.engine.audit,
        tier="deterministic",
    )


def effect_key(step: ToolStep, env: StepEnv) -> str:
    """The idempotency key of a tool step in this run (and loop pass)."""
    return f"{step.id}{env.pass_key}"


def tool_step(step: ToolStep, scope: JsonObject, env: StepEnv, started: float) -> StepResult:
    """Call the step's tool once per run (and loop pass), asking a human when the gate says so."""
    args = {k: render(v, scope) if isinstance(v, str) else v for k, v in step.args.items()}
    # The user's own words are the run's inputs and the workflow author's literal text.
    trusted = "\n".join(
        [*(as_text(v) for v in scope["inputs"].values()), *(str(v) for v in step.args.values())]
    )
    box = tool_box(env, trusted)
    name = box_name(step.tool)
    facts = box.facts(name)
    writes = facts is None or facts.permission != "read_only"
    key = effect_key(step, env)
    runs = env.runs if writes else None
    if runs is not None:
        earlier = runs.effect(env.run["run_id"], key)
        if earlier is not None and earlier.state == "done" and earlier.output is not None:
            return _tool_result(step, env, started, args, earlier.output, "already done")
        if earlier is not None:
            message = (
                "this call may have run before a crash and is not repeated "
                f"(idempotency key {key!r}); check its effect before running again"
            )
            output = {"output": message, "is_error": True, "denied": "not repeated"}
            return _tool_result(step, env, started, args, output, "not repeated")
    decision = box.authorize(name, args, env.role, path="workflow", record=False)
    if isinstance(decision, Confirm) and not env.approved:
        return StepResult(
            {},
            None,
            confirm={
                "step": step.id,
                "kind": "tool",
                "tool": step.tool,
                "args": args,
                "reason": decision.reason,
                "origins": {o.key: o.origin for o in decision.origins},
                "flagged": decision.flagged,
            },
        )
    if not isinstance(decision, Deny) and runs is not None:
        runs.begin_effect(env.run["run_id"], key)
    outcome = box.call(name, args, role=env.role, confirmed=env.approved, path="workflow")
    output = {"output": outcome.output, "is_error": outcome.is_error, "denied": outcome.denied}
    if runs is not None and not outcome.denied:
        runs.finish_effect(env.run["run_id"], key, output)
    result = _tool_result(step, env, started, args, output, outcome.denied or "ran")
    if outcome.local_only:
        result.record = result.record and result.record.model_copy(update={"privacy": "local_only"})
        result.privacy_types = ["tool result"]
    result.taint = [f"tool:{step.tool}"]
    return result


def _tool_result(
    step: ToolStep,
    env: StepEnv,
    started: float,
    args: JsonObject,
    output: JsonObject,
    how: str,
) -> StepResult:
    record = deterministic_record(
        step, env, started, f"tool {step.tool} ({how})", json.dumps(args, ensure_ascii=False), ""
    )
    record.output_text = str(output.get("output", ""))[:2000]
    record.tool = step.tool
    record.tool_calls = 1
    record.server = step.tool.partition(".")[0] if "." in step.tool else None
    if output.get("is_error"):
        record.error = str(output.get("denied") or output.get("output"))[:300]
    else:
        output = {**output, "data": json_data(output.get("output"))}
    return StepResult(output, record)


def json_data(text: object) -> Any:
    """A tool's JSON reply (object or list) as data for later steps, else ``None``.

    MCP tools answer in text; a tool that answers in JSON (``sales.totals``) lets a
    later step read ``steps.ID.data.total`` or map over ``steps.ID.data``.
    """
    if not isinstance(text, str) or not text.lstrip().startswith(("{", "[")):
        return None
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return None
    return data if isinstance(data, dict | list) else None
