"""The coordinator's fixes of round 53, each pinned with inputs the case files do not hold."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tools.followup_rules_44 import new_quantity_converted
from tools.units import parse_unit_request


@pytest.mark.parametrize(
    ("question", "inches"),
    [
        ("im 5 foot 11 whats that in cm", 71),
        ("I'm 5 ft 4 what's that in cm", 64),
        ("my dad is 6 foot 2, what is that in cm", 74),
        ("she's 5'7 how tall is that in cm", 67),
    ],
)
def test_a_height_with_bare_inches_is_one_length(question: str, inches: int) -> None:
    request = parse_unit_request(question)
    assert request is not None
    assert (request.value, request.from_unit, request.to_unit) == (Decimal(inches), "inches", "cm")


@pytest.mark.parametrize(
    "question",
    [
        "5 ft 11 boards in cm",  # a count of things after the feet, not inches
        "im 5 foot 11 and 70kg whats that in cm",  # two quantities: which one is unsaid
        "6 foot 14 whats that in cm",  # 14 is no count of inches in a height
    ],
)
def test_no_bare_inches_where_the_figure_is_not_a_height(question: str) -> None:
    request = parse_unit_request(question)
    assert request is None or request.value != Decimal(71)
    assert request is None or request.from_unit != "inches"


@pytest.mark.parametrize(
    ("follow_up", "step"),
    [
        ("and my brother is 6'2", "74 inches in cm"),
        ("what about my wife, she's 5 foot 4", "64 inches in cm"),
        ("and 6 foot 2?", "74 inches in cm"),
    ],
)
def test_someone_elses_height_is_converted_like_the_first(follow_up: str, step: str) -> None:
    resolved = new_quantity_converted(follow_up, ["im 5 foot 11 whats that in cm"])
    assert resolved is not None
    assert resolved[0] == [step]


def test_someone_elses_bare_figure_is_not_read_as_a_height() -> None:
    # "and my brother is 6": his age as well as six feet; never converted.
    assert new_quantity_converted("and my brother is 6", ["im 5 foot 11 whats that in cm"]) is None


def test_a_twin_must_state_the_quantity_said_in_words() -> None:
    # "one hour" is a figure too: the Korean parking line without it is no twin, and the
    # swap lost the free hour ("병원 주차장 있어요?", set 21).
    from tools.rag.question import analyze_question
    from tools.rag.same_language_quote_53w import same_statement

    question = "병원 주차장 있어요?"
    quoted = "Patients get one hour of free parking in the basement garage."
    asked = analyze_question(question)
    plain = "건물 지하 주차장을 이용하실 수 있습니다."
    assert not same_statement(quoted, plain, "주차", asked, question)
