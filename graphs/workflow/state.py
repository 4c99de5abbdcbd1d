"""The typed state of a compiled workflow: inputs, each step's output, run metadata.

Everything is plain JSON-able data so any checkpointer stores it. Step outputs are
merged by step id (a loop's second pass replaces the first); records append.
"""

from __future__ import annotations

import operator
from typing import Annotated, Any, TypeAlias

from typing_extensions import TypedDict

from core.types import PrivacyClass
from graphs.state import StepRecordData

# Any: a workflow's inputs, step outputs, tool arguments and outputs are whatever JSON
# the user's file declares; core.workflow validates them against the file's own types
# at run time, which no static type can know.
JsonObject: TypeAlias = dict[str, Any]
# A partial update of a workflow's state, as a LangGraph node returns it (keys of
# ``WorkflowState``/``MapItem``, merged by their reducers).
StateUpdate: TypeAlias = dict[str, Any]


def merge(left: JsonObject | None, right: JsonObject | None) -> JsonObject:
    """Reducer: later keys win (parallel map items write disjoint keys)."""
    return {**(left or {}), **(right or {})}


def merge_results(
    left: dict[str, JsonObject] | None, right: dict[str, JsonObject] | None
) -> dict[str, JsonObject]:
    """Reducer for map results: per map step, per item index (as text, for JSON).

    An empty dict for a step resets it, so a loop's second pass runs every item again.
    """
    merged = {k: dict(v) for k, v in (left or {}).items()}
    for step, results in (right or {}).items():
        if not results:
            merged[step] = {}  # a map starting (again) clears its earlier pass
        else:
            merged.setdefault(step, {}).update(results)
    return merged


class RunMeta(TypedDict):
    """What the run is and what it has learnt: privacy is sticky once personal data shows."""

    run_id: str
    workflow: str
    version: str
    hash: str
    started_at: float
    privacy: PrivacyClass
    privacy_types: list[str]
    # Untrusted text the run has read (``retrieve:find``, ``tool:outbox.list``): the gate
    # must know it at every later tool call.
    taint: list[str]


class WorkflowState(TypedDict, total=False):
    """The state every workflow graph shares."""

    inputs: JsonObject
    run: RunMeta
    steps: Annotated[JsonObject, merge]
    records: Annotated[list[StepRecordData], operator.add]
    # map step id -> item index -> that item's sub-step outputs.
    map_results: Annotated[dict[str, JsonObject], merge_results]
    # branch step id -> how many times it jumped back.
    loops: Annotated[dict[str, int], merge]
    outputs: JsonObject
    stop_reason: str | None
    # Why the run failed (a step that could not do its job); ``None`` while it is fine.
    error: str | None


class MapItem(TypedDict):
    """What ``Send`` hands one map item's node."""

    inputs: JsonObject
    run: RunMeta
    steps: JsonObject
    item: Any
    index: int
