"""What each step kind does, given the values it can see; one ``StepRecord`` per step.

Nodes (``graphs.workflow.compile``) call ``run_step`` with the scope the step's
templates read (``inputs``, ``steps``, ``item`` inside a map). Deterministic kinds
never touch a model; model kinds go through ``graphs.workflow.model_call`` (router,
privacy); ``tool`` steps go through the policy gate and an idempotency key.
"""

from __future__ import annotations

import time

from core.workflow.schema import (
    AgentStep,
    AnswerStep,
    AnyStep,
    ClassifyStep,
    RetrieveStep,
    ToolStep,
)
from core.workflow.templates import render_text
from graphs.workflow.state import JsonObject
from graphs.workflow.step_agent import agent_step
from graphs.workflow.step_base import StepEnv, StepResult, deterministic_record, privacy_after
from graphs.workflow.step_classify import classify_step, rule_label
from graphs.workflow.step_retrieve import retrieve_step
from graphs.workflow.step_tool import effect_key, json_data, tool_step

__all__ = [
    "StepEnv",
    "StepResult",
    "deterministic_record",
    "effect_key",
    "json_data",
    "privacy_after",
    "rule_label",
    "run_step",
]


def run_step(step: AnyStep, scope: JsonObject, env: StepEnv) -> StepResult:
    """Run one step of a kind that needs no graph feature (not branch, approval or map)."""
    started = time.time()
    if isinstance(step, AnswerStep):
        text = render_text(step.answer, scope)
        return StepResult(
            {"output": text}, deterministic_record(step, env, started, "template", "", text)
        )
    if isinstance(step, ClassifyStep):
        return classify_step(step, scope, env, started)
    if isinstance(step, RetrieveStep):
        return retrieve_step(step, scope, env, started)
    if isinstance(step, AgentStep):
        return agent_step(step, scope, env, started)
    if isinstance(step, ToolStep):
        return tool_step(step, scope, env, started)
    raise TypeError(f"step {step.id!r} of kind {type(step).__name__} is run by its node")
