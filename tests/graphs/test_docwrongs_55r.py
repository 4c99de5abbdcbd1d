"""'same for X?' asks the previous question's kind of answer about X (docwrongs55).

Our own inputs (a gym, a library), not the workload's documents;
tests/bench/test_workload_probes55_docwrongs.py runs the conversation that found it.
"""

from __future__ import annotations

import pytest

from agents.documents import DocPlan
from graphs.same_for_another_55r import same_for_another, screened_same_for_55r


def _plan(answer: str, locator: str = "") -> DocPlan:
    return DocPlan(
        kind="extractive",
        answer=answer,
        citations=[{"id": 1, "source": "site.md", "locator": locator}],
    )


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("same for the gym?", "gym"),
        ("and the same for your library?", "library"),
        ("수영장도 똑같아요?", "수영장"),
        ("도서관도 마찬가지예요?", "도서관"),
    ],
)
def test_the_form_names_the_other_thing(text: str, other: str) -> None:
    assert same_for_another(text) == other


@pytest.mark.parametrize("text", ["is it the same?", "same on weekends?", "what about tolls?"])
def test_other_follow_ups_are_not_the_form(text: str) -> None:
    assert same_for_another(text) is None


@pytest.mark.parametrize(
    ("previous", "text"),
    [
        ("what are the library hours?", "same for the gym?"),
        ("how much is the pool fee?", "same for the gym?"),
    ],
)
def test_a_quote_of_another_kind_is_declined(previous: str, text: str) -> None:
    plan = screened_same_for_55r(_plan("The gym is on the third floor. [1]"), text, previous)
    assert plan.kind == "not_covered", plan


@pytest.mark.parametrize(
    ("answer", "locator"),
    [
        ("The gym's hours are 06:00-22:00. [1]", ""),
        ("Weekdays 06:00-22:00. [1]", "§Opening hours"),
    ],
)
def test_a_quote_of_the_asked_kind_stands(answer: str, locator: str) -> None:
    plan = _plan(answer, locator)
    assert screened_same_for_55r(plan, "same for the gym?", "what are the library hours?") is plan


def test_the_rule_is_hooked_into_routing() -> None:
    # Switched off (this hook removed), the gym's location was quoted as its hours.
    import inspect

    from graphs import step_routing

    assert "screened_same_for_55r(" in inspect.getsource(step_routing.route)
