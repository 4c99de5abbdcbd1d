"""Document search for steps: the ``retrieve`` step, and the passages an agent step reads."""

from __future__ import annotations

from core.workflow.schema import RetrieveStep
from core.workflow.templates import render_text
from graphs.workflow import model_call
from graphs.workflow.state import JsonObject
from graphs.workflow.step_base import StepEnv, StepResult, deterministic_record


def retrieve_step(
    step: RetrieveStep, scope: JsonObject, env: StepEnv, started: float
) -> StepResult:
    """Search the step's collection; passages carrying personal data make the step local-only."""
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


def passages_for(
    env: StepEnv, query: str, collections: list[str]
) -> tuple[str, list[JsonObject], list[str]]:
    """Numbered context text, its citations, and the personal-data types the passages carry."""
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
