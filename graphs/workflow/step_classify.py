"""The ``classify`` step: keyword or ``/regex/`` rules first, a model only when none fires."""

from __future__ import annotations

import re

from core.workflow.schema import ClassifyStep
from core.workflow.templates import render_text
from graphs.workflow import model_call
from graphs.workflow.state import JsonObject
from graphs.workflow.step_base import StepEnv, StepResult, deterministic_record


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


def classify_step(
    step: ClassifyStep, scope: JsonObject, env: StepEnv, started: float
) -> StepResult:
    """Label the text: a rule, else the default (deterministic tier, no text), else a model."""
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
