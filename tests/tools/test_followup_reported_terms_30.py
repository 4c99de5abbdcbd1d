"""A term of the previous turn set anew is a reported change (turns30, examples of our own).

Blind set 30's "the landlord agreed to a one-month deposit" (after a rent and deposit
question) was answered by a local model explaining deposits: no figure in digits, and no
count-change verb. A term set to a level ("agreed to", "is now", "came down to") with a
figure, or a count joined to its unit ("a two-week stay"), now reports a change.
"""

from __future__ import annotations

import re

import pytest

import tools.followup_reported_change as reported
from tests.tools.rule_switch import NEVER
from tools.followup_reported_change import reports_a_change

REPORTS = [
    "the seller agreed to a two-week warranty",
    "the nightly rate is now 140",
    "the quote came down to 900",
]


@pytest.mark.parametrize("text", REPORTS)
def test_a_term_set_anew_is_reported(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert reports_a_change(text)
    monkeypatch.setattr(reported, "_ENGLISH_NEW_TERM", NEVER)
    assert not reports_a_change(text)


@pytest.mark.parametrize(
    "text", ["what is the rate now for 2 people", "the two-week plan sounds nice", "it's now 3pm"]
)
def test_questions_and_remarks_are_not(text: str) -> None:
    assert not reports_a_change(text)


def test_a_hyphenated_count_is_a_figure(monkeypatch: pytest.MonkeyPatch) -> None:
    assert reports_a_change("the landlord agreed to a one-month deposit")
    figure = reported._FIGURE.pattern.replace(
        r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)-[a-z]+", ""
    )
    monkeypatch.setattr(reported, "_FIGURE", re.compile(figure, re.IGNORECASE))
    assert not reports_a_change("the landlord agreed to a one-month deposit")
