"""What every step kind runs with and hands back, and the record of a step no model ran."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from agents.policy import Role
from core.types import PrivacyClass, StepRecord
from core.workflow.runs import RunStore
from core.workflow.schema import AnyStep
from graphs.engine import Engine
from graphs.workflow.state import JsonObject, RunMeta


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


def privacy_after(run: RunMeta, result: StepResult) -> tuple[PrivacyClass, list[str]]:
    """The run's privacy after a step: once personal data shows up, the rest stays local."""
    types = sorted({*run["privacy_types"], *result.privacy_types})
    local = run["privacy"] == "local_only" or bool(result.privacy_types)
    return ("local_only" if local else "public"), types
