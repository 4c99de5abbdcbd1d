"""The ``agent`` step: a deterministic handler, or a routed model with tools and documents."""

from __future__ import annotations

import json
import re
from typing import Any

import jsonschema

from core.workflow.schema import AgentStep
from core.workflow.templates import as_text, render_text
from graphs.workflow import model_call
from graphs.workflow.state import JsonObject
from graphs.workflow.step_base import StepEnv, StepResult, deterministic_record
from graphs.workflow.step_retrieve import passages_for
from graphs.workflow.step_tool import box_name, tool_box
from tools.handlers import match_deterministic


def agent_step(step: AgentStep, scope: JsonObject, env: StepEnv, started: float) -> StepResult:
    """Run the agent: a deterministic handler on that tier, else the routed model with its tools."""
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
    context, citations, doc_types = passages_for(env, work, config.collections)
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
    box = tool_box(env, work) if config.tools else None
    reply = model_call.ask(
        env.engine,
        decision,
        model_call.prompt(instructions, work, context),
        box=box,
        role=env.role,
        allowed_tools=frozenset(box_name(t) for t in config.tools),
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
