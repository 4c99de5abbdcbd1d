"""The output check refuses a model's figure that only another subject's passage states.

Our own harbour page, not any bench set's document: the boat-trip section states no
length, a model reading it beside the lost-property section answers "3 hours" from "kept
for 3 to 4 weeks", which the figure check let through since some passage states a 3.
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import pytest

from graphs import output_checks
from graphs.engine import Engine
from graphs.state import Current

_PASSAGES = [
    {
        "id": 1,
        "source": "harbour.md",
        "locator": "§Boat trips",
        "text": "A boat trip around the bay costs $30 per adult. Boat trips leave from pier 4.",
    },
    {
        "id": 2,
        "source": "harbour.md",
        "locator": "§Lost property",
        "text": "Found items are kept for 3 to 4 weeks at the ticket office.",
    },
]
_QUESTION = "how long does a boat trip around the bay take?"


def _failure(answer: str, passages: list[dict[str, Any]] = _PASSAGES) -> Any:
    engine = cast(Engine, SimpleNamespace(tools=SimpleNamespace(external_source=None)))
    doc: dict[str, Any] = {"passages": passages}
    current = cast(Current, {"text": _QUESTION, "kind": "grounded", "doc": doc})
    return output_checks.guard_failure(engine, current, {}, answer, {})


def test_a_length_from_the_lost_property_line_is_refused() -> None:
    failure = _failure("A boat trip around the bay takes about 3 hours [2].")
    assert failure is not None and failure.kind == "ungrounded", failure
    assert "something else" in failure.reason


def test_a_figure_of_the_boat_trip_passage_is_kept() -> None:
    timed = [{**_PASSAGES[0], "text": "Boat trips around the bay take 90 minutes."}, _PASSAGES[1]]
    assert _failure("A boat trip around the bay takes 90 minutes [1].", timed) is None


def test_without_the_rule_the_lost_property_figure_passes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(output_checks, "figure_off_subject", lambda *_: None)
    assert _failure("A boat trip around the bay takes about 3 hours [2].") is None
