"""Identifiers typed in parts after their label, across turns (found on unseen set 6)."""

from __future__ import annotations

import pytest

from core.privacy.history import scan_recent_turns
from core.privacy.scanner import scan


def _found(turns: list[str]) -> list[list[tuple[str, str]]]:
    return [[(f.type, f.text) for f in fs] for fs in scan_recent_turns(turns)]


def test_a_passport_number_in_two_turns() -> None:
    turns = ["제 여권 번호 첫 부분은 R7731 입니다", "나머지는 5520 이고요. 비자 신청 방법 알려줘"]
    assert _found(turns) == [[("passport", "R7731")], [("passport", "5520")]]


def test_a_fee_after_the_word_passport_is_no_part_of_one() -> None:
    assert scan("여권 발급 수수료가 53000원인데 3명이면 얼마야") == []
    assert scan("여권번호 재발급에 7일 걸려요?") == []


def test_the_word_card_labels_groups_of_its_digits() -> None:
    turns = [
        "the first half of my card is 4716 0082",
        "second half 1190 4417. how do refunds work?",
    ]
    assert _found(turns) == [[("card", "4716 0082")], [("card", "1190 4417")]]


@pytest.mark.parametrize("label", ["Card No.", "CARD NO", "My Card Number is", "CARD #"])
def test_a_card_label_in_any_case(label: str) -> None:
    # A form's capitals label the digits as well as "card number" does.
    assert [(f.type, f.text) for f in scan(f"{label} 5290 1187")] == [("card", "5290 1187")]


def test_card_without_groups_of_four_is_nothing() -> None:
    assert scan("I paid 30 dollars by card for 2 tickets") == []
