"""A priced follow-up that grows a count "by" a figure adds it; "by" a cut is not read.

"we're extending the trip by three days" after 9 kennel days at 38 was priced as 3 days
(114), a wrong answer on the twenty-seventh unseen set: the figure is the difference, not
the new count. Examples of our own.
"""

from __future__ import annotations

import re

import pytest

import tools.followup_priced_swap as priced_swap
from tools.followups import resolve_in_conversation

_SITTER = "the pet sitter is 25 a day and we're gone 6 days, how much"
_CABIN_KO = "펜션 1박 12만원인데 3박 하면 얼마"
_NEVER = re.compile(r"(?!x)x")


@pytest.mark.parametrize(
    ("first", "follow_up", "answer"),
    [
        (_SITTER, "we're extending it by two days", "200"),
        (_SITTER, "the trip got longer by 3 days", "225"),
        (_CABIN_KO, "2박 연장하면?", "600,000원"),
    ],
)
def test_a_count_grown_by_a_figure_adds_it(first: str, follow_up: str, answer: str) -> None:
    resolved = resolve_in_conversation([first], follow_up)
    assert resolved is not None and resolved.result.answer == answer


def test_a_count_cut_by_a_figure_is_not_the_new_count() -> None:
    resolved = resolve_in_conversation([_SITTER], "we're shortening it by two days")
    assert resolved is None or resolved.result.answer != "50"


def test_a_new_count_is_still_swapped() -> None:
    resolved = resolve_in_conversation([_SITTER], "can we make it 8 days")
    assert resolved is not None and resolved.result.answer == "200"


@pytest.mark.parametrize(
    ("first", "follow_up", "wrong"),
    [
        (_SITTER, "we're extending it by two days", "50"),
        (_SITTER, "we're shortening it by two days", "50"),
        (_CABIN_KO, "2박 연장하면?", "240,000원"),
    ],
)
def test_without_the_rule_the_difference_was_the_new_count(
    monkeypatch: pytest.MonkeyPatch, first: str, follow_up: str, wrong: str
) -> None:
    monkeypatch.setattr(priced_swap, "_GROWN_BY", _NEVER)
    monkeypatch.setattr(priced_swap, "_BY_A_DIFFERENCE", _NEVER)
    monkeypatch.setattr(
        priced_swap, "_MORE", re.compile(priced_swap._MORE.pattern.replace("|연장", ""), re.I)
    )
    resolved = resolve_in_conversation([first], follow_up)
    assert resolved is not None and resolved.result.answer == wrong
