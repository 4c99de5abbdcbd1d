"""What each step kind does, given the values it can see; one ``StepRecord`` per step.

Nodes (``graphs.workflow.compile``) call ``run_step`` with the scope the step's
templates read (``inputs``, ``steps``, ``item`` inside a map). Deterministic kinds
never touch a model; model kinds go through ``graphs.workflow.model_call`` (router,
privacy); ``tool`` steps go through the policy gate and an idempotency key.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import jsonschema

from agents.gate import Confirm, Deny
from agents.policy import Role
from agents.toolbox import ToolBox
from core.types import PrivacyClass, StepRecord
from core.workflow.runs import RunStore
from core.workflow.schema import (
    AgentStep,
    AnswerStep,
    AnyStep,
    ClassifyStep,
    RetrieveStep,
    ToolStep,
)
from core.workflow.templates import as_text, render, render_text
from graphs.engine import Engine
from graphs.workflow import model_call
from graphs.workflow.state import JsonObject, RunMeta
from tools.handlers import match_deterministic


@dataclass
class StepEnv:
    """What a step runs with: the engine, the role, the run, and where side effects are kept."""

    engine: Engine
    role: Role
    run: RunMeta
    runs: RunStore | None
    index: int
    # A human already approved this run's side effects (an earlier ``approval`` step).
    approved: bool = False
    # Key suffix for loop passes, so a second pass is a new call, a resumed one is not.
    pass_key: str = ""
    run_workflow: Callable[[str, JsonObject, RunMeta], JsonObject] | None = None


@dataclass
class StepResult:
    """A finished step's output (``steps.ID``), its record, and what the run learnt."""

    output: JsonObject
    record: StepRecord | None
    privacy_types: list[str] = field(default_factory=list)
    taint: list[str] = field(default_factory=list)
    # The gate wants a human's yes before this tool call (the node then interrupts).
    confirm: JsonObject | None = None
    # The step could not do its job (no allowed model, a failed call, output off-schema):
    # the run stops here rather than hand a refusal or a guess to the steps after it.
    fatal: str | None = None


def deterministic_record(
    step: AnyStep, env: StepEnv, started: float, reason: str, text_in: str, text_out: str
) -> StepRecord:
    """The record of a step no model ran."""
    return StepRecord(
        node=step.id,
        tier="deterministic",
        reasons=[f"deterministic — {reason}, no model call"],
        latency_ms=(time.time() - started) * 1000,
        step_index=env.index,
        privacy=env.run["privacy"],
        input_text=text_in[:2000],
        output_text=text_out[:2000],
    )


def run_step(step: AnyStep, scope: JsonObject, env: StepEnv) -> StepResult:
    """Run one step of a kind that needs no graph feature (not branch, approval or map)."""
    started = time.time()
    if isinstance(step, AnswerStep):
        text = render_text(step.answer, scope)
        return StepResult(
            {"output": text}, deterministic_record(step, env, started, "template", "", text)
        )
    if isinstance(step, ClassifyStep):
        return _classify(step, scope, env, started)
    if isinstance(step, RetrieveStep):
        return _retrieve(step, scope, env, started)
    if isinstance(step, AgentStep):
        return _agent(step, scope, env, started)
    if isinstance(step, ToolStep):
        return _tool(step, scope, env, started)
    raise TypeError(f"step {step.id!r} of kind {type(step).__name__} is run by its node")


def rule_label(step: ClassifyStep, text: str) -> tuple[str, str] | None:
    """The first label whose keyword (or ``/regex/``) occurs in ``text``, with the rule."""
    lowered = text.casefold()
    for label in step.labels:
        for rule in step.rules.get(label, []):
            if len(rule) > 2 and rule.startswith("/") and rule.endswith("/"):
                if re.search(rule[1:-1], text):
                    return label, rule
            elif rule.casefold() in lowered:
                return label, rule
    return None


def _classify(step: ClassifyStep, scope: JsonObject, env: StepEnv, started: float) -> StepResult:
    text = render_text(step.classify, scope)
    hit = rule_label(step, text)
    if hit is not None:
        label, rule = hit
        record = deterministic_record(step, env, started, f"rule {rule!r} → {label}", text, label)
        return StepResult({"label": label, "by": "rule", "rule": rule}, record)
    if step.tier == "deterministic" or not text.strip():
        label = step.default or step.labels[-1]
        record = deterministic_record(step, env, started, f"no rule fired → {label}", text, label)
        return StepResult({"label": label, "by": "default"}, record)
    privacy, types = model_call.privacy_of(text, env.run["privacy"])
    decision = model_call.route(
        env.engine,
        text,
        step.tier,
        privacy=privacy,
        privacy_reason=", ".join(types or env.run["privacy_types"]),
        needs_tools=False,
        extra_reasons=("classify: no rule fired",),
    )
    instructions = (
        f"Classify the text into exactly one of these labels: {', '.join(step.labels)}. "
        "Reply with the label only."
    )
    reply = model_call.ask(
        env.engine, decision, model_call.prompt(instructions, text), box=None, role=env.role
    )
    found = _label_in(reply.text, step.labels)
    label = found or step.default or step.labels[-1]
    note = [] if found else [f"model reply named no label → {label}"]
    record = model_call.model_record(
        env.engine,
        step.id,
        env.index,
        reply,
        input_text=text,
        privacy=privacy,
        started=started,
        extra_reasons=note,
    )
    by = "model" if found else "default"
    return StepResult({"label": label, "by": by}, record, privacy_types=types)


def _label_in(reply: str, labels: list[str]) -> str | None:
    lowered = reply.strip().casefold()
    exact = next((label for label in labels if label.casefold() == lowered), None)
    return exact or next((label for label in labels if label.casefold() in lowered), None)


def _retrieve(step: RetrieveStep, scope: JsonObject, env: StepEnv, started: float) -> StepResult:
    query = render_text(step.retrieve, scope)
    docs = env.engine.docs
    found = docs.search(query, collection=step.collection, k=step.k) if docs is not None else []
    passages = [
        {"id": i, "source": p.source, "locator": p.locator, "text": p.text}
        for i, p in enumerate(found, start=1)
    ]
    text = "\n\n".join(f"[{p['id']}] {p['text']}" for p in passages)
    _, types = model_call.privacy_of(text, "public")
    out = f"{len(passages)} passages from {step.collection}"
    record = deterministic_record(step, env, started, f"document search ({out})", query, out)
    if types:
        record.privacy = "local_only"
    return StepResult(
        {"passages": passages, "text": text, "count": len(passages)},
        record,
        privacy_types=types,
        taint=[f"retrieve:{step.id}"],
    )


def _agent(step: AgentStep, scope: JsonObject, env: StepEnv, started: float) -> StepResult:
    config = step.agent
    instructions = render_text(config.instructions, scope)
    work = (
        render_text(config.input, scope)
        if config.input is not None
        else "\n".join(f"{k}: {as_text(v)}" for k, v in scope["inputs"].items())
    )
    if config.tier == "deterministic":
        handled = match_deterministic(work)
        text = handled.answer if handled else "No deterministic handler can do this step."
        record = deterministic_record(
            step, env, started, handled.handler if handled else "no handler", work, text
        )
        if handled is None:
            record.error = "no deterministic handler matched"
        return StepResult({"output": text}, record)
    context, citations, doc_types = _passages(env, work, config.collections)
    privacy, types = model_call.privacy_of(f"{instructions}\n{work}", env.run["privacy"])
    if doc_types:
        privacy, types = "local_only", sorted({*types, *doc_types})
    decision = model_call.route(
        env.engine,
        work,
        config.tier,
        privacy=privacy,
        privacy_reason=", ".join(types or env.run["privacy_types"]),
        needs_tools=bool(config.tools),
    )
    box = _box(env, work) if config.tools else None
    reply = model_call.ask(
        env.engine,
        decision,
        model_call.prompt(instructions, work, context),
        box=box,
        role=env.role,
        allowed_tools=frozenset(_box_name(t) for t in config.tools),
    )
    output: JsonObject = {"output": reply.text, "tier": decision.tier, "model": decision.model}
    if citations:
        output["citations"] = citations
    extra: list[str] = []
    if config.output_schema is not None and reply.error is None:
        data, problem = _structured(reply.text, config.output_schema)
        output["data"] = data
        if problem:
            reply.error = problem
            extra.append(f"output schema: {problem}")
    record = model_call.model_record(
        env.engine,
        step.id,
        env.index,
        reply,
        input_text=work,
        privacy=privacy,
        started=started,
        extra_reasons=extra,
    )
    taint = [f"tool:{c.tool}" for c in reply.tool_calls if not c.denied]
    if config.collections:
        taint.append(f"retrieve:{step.id}")
    fatal = None
    if reply.error is not None:
        fatal = reply.text if reply.error == "refused" else reply.error
    return StepResult(output, record, privacy_types=types, taint=taint, fatal=fatal)


def _passages(
    env: StepEnv, query: str, collections: list[str]
) -> tuple[str, list[JsonObject], list[str]]:
    docs = env.engine.docs
    if docs is None or not collections:
        return "", [], []
    found = [p for c in collections for p in docs.search(query, collection=c, k=4)]
    citations = [
        {"id": i, "source": p.source, "locator": p.locator} for i, p in enumerate(found, start=1)
    ]
    context = "\n\n".join(f"[{i}] {p.text}" for i, p in enumerate(found, start=1))
    _, types = model_call.privacy_of(context, "public")
    return context, citations, types


def _structured(text: str, schema: JsonObject) -> tuple[Any, str | None]:
    match = re.search(r"\{.*\}|\[.*\]", text, re.DOTALL)
    try:
        data = json.loads(match.group(0) if match else text)
    except json.JSONDecodeError as exc:
        return None, f"the reply is not JSON ({exc.msg})"
    try:
        jsonschema.validate(data, schema)
    except jsonschema.ValidationError as exc:
        return data, f"the reply does not match the schema: {exc.message}"
    return data, None


def _box_name(tool: str) -> str:
    """A workflow's ``server.tool`` is the tool box's ``server__tool``."""
    server, dot, name = tool.partition(".")
    return f"{server}__{name}" if dot else tool


def _box(env: StepEnv, trusted: str) -> ToolBox:
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


def _tool(step: ToolStep, scope: JsonObject, env: StepEnv, started: float) -> StepResult:
    args = {k: render(v, scope) if isinstance(v, str) else v for k, v in step.args.items()}
    # The user's own words are the run's inputs and the workflow author's literal text.
    trusted = "\n".join(
        [*(as_text(v) for v in scope["inputs"].values()), *(str(v) for v in step.args.values())]
    )
    box = _box(env, trusted)
    name = _box_name(step.tool)
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


def privacy_after(run: RunMeta, result: StepResult) -> tuple[PrivacyClass, list[str]]:
    """The run's privacy after a step: once personal data shows up, the rest stays local."""
    types = sorted({*run["privacy_types"], *result.privacy_types})
    local = run["privacy"] == "local_only" or bool(result.privacy_types)
    return ("local_only" if local else "public"), types
