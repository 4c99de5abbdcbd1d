"""The one guard the Korean and English unread-word tables run on."""

from __future__ import annotations

import pytest

from core.errors import ToolInputError
from tools.calculator_guards_50w_ko import KOREAN_GUARD
from tools.calculator_unread_cues_50w_en import ENGLISH_GUARD
from tools.calculator_unread_guard import Reading, UnreadGuard


def _dozen_unread(r: Reading) -> str | None:
    return "dozen" if "dozen" in r.question and 12 not in r.used else None


def _pair_unread(r: Reading) -> str | None:
    return "pair" if "pair" in r.question and 2 not in r.used else None


_TOY = UnreadGuard(
    covers=lambda question: question.isascii(),
    rules=(_dozen_unread, _pair_unread),
    example="12 * 3",
)


def test_the_first_rule_that_finds_a_word_unread_names_it() -> None:
    assert _TOY.unread("a dozen eggs and a pair of socks at 3", "3") == "dozen"
    assert _TOY.unread("a dozen eggs and a pair of socks at 3", "12 * 3") == "pair"
    assert _TOY.unread("a dozen eggs and a pair of socks at 3", "12 * 3 + 2 * 3") is None


def test_a_question_outside_the_guards_language_is_left_alone() -> None:
    assert _TOY.unread("계란 dozen 3", "3") is None


def test_refuse_declines_naming_the_word_and_an_example() -> None:
    with pytest.raises(ToolInputError, match=r"leaves 'dozen' unread.*e\.g\. '12 \* 3'"):
        _TOY.refuse("a dozen at 3", "3")
    _TOY.refuse("a dozen at 3", "12 * 3")  # every word read: no decline


def test_each_language_table_covers_its_own_questions_only() -> None:
    # A daily price over 2 weeks of weekdays read as 14 days; and "twice" read as once.
    assert KOREAN_GUARD.unread("평일 하루 3만원씩 2주면", "30000 * 14") == "평일"
    assert ENGLISH_GUARD.unread("평일 하루 3만원씩 2주면", "30000 * 14") is None
    assert ENGLISH_GUARD.unread("65 with 10% off twice", "65 * (1 - 10 / 100)") == "twice"
    assert KOREAN_GUARD.unread("65 with 10% off twice", "65 * (1 - 10 / 100)") is None
