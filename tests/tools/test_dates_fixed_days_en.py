"""Fixed-date days named with their year ("halloween 2027") are that date (turns30).

Blind set 30's "what day of the week is halloween 2027" was declined as not in the
documents: no date was read. Examples of our own; each read only with the table.
"""

from __future__ import annotations

import pytest

import tools.dates_spoken as spoken
from tools.dates import answer_date_question


@pytest.mark.parametrize(
    ("question", "weekday"),
    [
        ("what weekday is halloween 2031", "Friday"),
        ("what day of the week is valentine's day 2030", "Thursday"),
        ("which day of the week is st patrick's day 2029", "Saturday"),
    ],
)
def test_a_fixed_day_with_its_year(
    question: str, weekday: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = answer_date_question(question)
    assert found is not None and found.answer == weekday
    monkeypatch.setattr(spoken, "_FIXED_DAYS_EN", ())
    found = answer_date_question(question)
    assert found is None or found.answer != weekday
