"""Replay a recorded run with one step pinned to another tier, in a forked thread.

The fork starts from the checkpoint just before the original run (same
conversation history), re-asks the same question with the chosen step pinned,
and reuses the original outputs of every other step, so the comparison
isolates that one step. The original thread is never written to. Privacy still
applies: a ``local_only`` step pinned to the cloud stays local.

Honesty: a tier that is unavailable, or not allowed for the step (personal data
never goes to the cloud), is reported up front and nothing is re-run; a re-run
that still landed on another tier is labelled with the tier it ran on, never
with the one asked for (``requested_tier``, ``ran_on_tier``, ``warning``).
"""

from __future__ import annotations

import uuid
from typing import Any, cast

from langchain_core.runnables import RunnableConfig
from langgraph.types import StateSnapshot

from core.errors import ConfigError
from core.trace_store import RunRecord
from core.types import ModelTier
from graphs.runner import AskResult, Assistant
from graphs.services import Services
from graphs.state import Context, RecordedStep, State, StepOutput


def _run_checkpoints(services: Services, run: RunRecord) -> tuple[StateSnapshot | None, State]:
    """The snapshot before the run started and the run's final values."""
    config: RunnableConfig = {"configurable": {"thread_id": run.thread_id}}
    history = list(services.graph.get_state_history(config))
    in_run = [s for s in history if s.values.get("run_id") == run.run_id]
    if not in_run:
        raise ConfigError(
            f"run {run.run_id[:12]} has no checkpoints in thread {run.thread_id}: it cannot be "
            "replayed (was the conversation deleted?)"
        )
    final = in_run[0]  # history is newest first
    first = in_run[-1]
    before = next(
        (s for s in history if first.parent_config and s.config == first.parent_config), None
    )
    # Checkpoint values are the graph's ``State`` as written by its nodes.
    return before, cast(State, dict(final.values))


def replay(
    services: Services, run_id: str, *, step_number: int, tier: ModelTier, user_id: str = "local"
) -> dict[str, Any]:  # a JSON report for the CLI and UI
    """Re-run ``run_id`` with step ``step_number`` (1-based) pinned to ``tier``.

    Returns:
        ``{"original": {...}, "replay": {...}}`` with answer, cost, latency and tiers.
    """
    if services.checkpointer is None:
        raise ConfigError("replay needs a checkpointer; this app was built without one")
    original = services.traces.get_run(run_id)
    if original is None:
        raise ConfigError(f"no run {run_id!r}: see `switchyard trace list` for ids")
    if original.user_id != user_id and user_id != "admin":
        raise ConfigError(f"run {run_id[:12]} belongs to another user")
    before, final = _run_checkpoints(services, original)
    outputs: list[StepOutput] = final.get("outputs", [])
    index = step_number - 1
    if not 0 <= index < max(1, len(outputs)):
        raise ConfigError(f"--step {step_number}: run {run_id[:12]} has {len(outputs)} step(s)")
    refusal = tier_problem(services, original, index, tier)
    if refusal is not None:
        # Nothing runs: another tier's answer must not stand in for this one.
        return {
            "original": _side(original, original.answer),
            "replay": None,
            "pinned": {"step": step_number, "tier": tier},
            "requested_tier": tier,
            "ran_on_tier": None,
            "warning": refusal,
            "fork_thread_id": None,
        }
    fork = f"replay-{uuid.uuid4().hex[:10]}"
    fork_config: RunnableConfig = {"configurable": {"thread_id": fork}}
    if before is not None and before.values:
        seed = {
            "messages": before.values.get("messages", []),
            "thread_privacy": before.values.get("thread_privacy", "public"),
        }
        services.graph.update_state(fork_config, seed, as_node="record")
    context = Context(
        user_id=original.user_id,
        workspace=original.workspace,
        pinned_tiers={index: tier},
        replay_outputs={
            i: RecordedStep(output=o, record=final.get("records", [])[i])
            for i, o in enumerate(outputs)
            if i != index and i < len(final.get("records", []))
        },
    )
    result = Assistant(services).ask(
        original.question, thread_id=fork, context=context, parent_run_id=original.run_id
    )
    replayed = services.traces.get_run(result.run_id)
    side = _side(replayed, replayed.answer) if replayed else _from_result(result)
    ran_on = next((step["tier"] for step in side["steps"] if step.get("step_index") == index), None)
    warning = None
    if ran_on != tier:
        why = next(
            (
                "; ".join(step.get("reasons", [])[:3])
                for step in side["steps"]
                if step.get("step_index") == index
            ),
            "the step did not run",
        )
        warning = (
            f"step {step_number} ran on the {ran_on or 'no'} tier, not {tier} ({why}): this is "
            f"not the {tier} tier's answer"
        )
    return {
        "original": _side(original, original.answer),
        "replay": side,
        "pinned": {"step": step_number, "tier": tier},
        "requested_tier": tier,
        "ran_on_tier": ran_on,
        "warning": warning,
        "fork_thread_id": fork,
    }


def tier_problem(services: Services, run: RunRecord, index: int, tier: ModelTier) -> str | None:
    """Why step ``index`` of ``run`` cannot be replayed on ``tier`` (``None``: it can).

    Args:
        services: The app's services (tier availability).
        run: The recorded run.
        index: The 0-based step index.
        tier: The tier asked for.

    Returns:
        One sentence naming the tier, the step and the reason, or ``None``.
    """
    step = next((s for s in run.steps if s.step_index == index), None)
    if tier == "cloud" and (run.privacy == "local_only" or (step and step.privacy == "local_only")):
        return (
            f"step {index + 1} cannot be replayed on the cloud tier: it carries personal data, "
            "which never leaves this machine. Nothing was re-run."
        )
    status = services.models.status(tier)
    if not status.available:
        return (
            f"the {tier} tier is unavailable ({status.reason}); step {index + 1} was not "
            f"re-run. `switchyard doctor` shows what each tier needs."
        )
    return None


def _side(run: RunRecord, answer: str) -> dict[str, Any]:  # one side of the JSON report
    return {
        "run_id": run.run_id,
        "answer": answer,
        "cost": run.cost,
        "latency_ms": run.latency_ms,
        "tokens_in": run.tokens_in,
        "tokens_out": run.tokens_out,
        "tiers": [s.tier for s in run.steps],
        "steps": [s.model_dump(mode="json") for s in run.steps],
    }


def _from_result(result: AskResult) -> dict[str, Any]:  # one side of the JSON report
    return {
        "run_id": result.run_id,
        "answer": result.answer,
        "cost": sum(s.cost for s in result.steps),
        "latency_ms": sum(s.latency_ms for s in result.steps),
        "tokens_in": sum(s.tokens_in for s in result.steps),
        "tokens_out": sum(s.tokens_out for s in result.steps),
        "tiers": [s.tier for s in result.steps],
        "steps": [s.model_dump(mode="json") for s in result.steps],
    }
