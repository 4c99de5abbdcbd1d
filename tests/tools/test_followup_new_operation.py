"""Follow-ups that ask something new of the previous calculation (twenty-first set's kinds).

Our own examples: the charge alone inside a total, a share of the result, a figure said
anew to include the tax, part of a group swapped to another price, the same moment in
another place. Each with negatives that must stay unresolved.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tools.followups import resolve_in_conversation

_NOW = datetime(2026, 12, 2, 9, 0)


def _answer(previous: str, turn: str) -> str | None:
    resolved = resolve_in_conversation([previous], turn, _NOW)
    return None if resolved is None else resolved.result.answer


_HEADPHONES = "headphones are 250 dollars plus 6% sales tax, what's the total"
_BAG = "가방 180,000원에 부가세 10% 별도면 총 얼마야"
_TRANSFER = "송금 800,000원에 수수료 2% 붙으면 총 얼마야"


@pytest.mark.parametrize(
    ("previous", "turn", "expected"),
    [
        (_HEADPHONES, "how much of that is just the tax", "$15.00"),
        (_HEADPHONES, "and the tax alone?", "$15.00"),
        (_HEADPHONES, "how much tax is that?", "$15.00"),
        (_BAG, "그중 세금만?", "18,000원"),
        (_BAG, "부가세는 얼마야?", "18,000원"),
        (_TRANSFER, "수수료만 따지면?", "16,000원"),
    ],
)
def test_the_charge_alone_is_the_percentage_put_on(previous: str, turn: str, expected: str) -> None:
    assert _answer(previous, turn) == expected


@pytest.mark.parametrize(
    ("previous", "turn"),
    [
        # No charge was put on top: there is no charge to single out.
        ("월급 2,000,000원에서 세금 10% 떼면 얼마야", "세금은 얼마야?"),
        # Another kind of charge than the one added.
        (_HEADPHONES, "how much is the tip"),
        (_BAG, "수수료만 따지면?"),
    ],
)
def test_no_charge_alone_without_that_charge_added(previous: str, turn: str) -> None:
    assert _answer(previous, turn) is None


_SAVED = "용돈 800,000원에서 40% 저축하면 얼마야"


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        ("그중 딱 반을 주식에 넣으면?", "160,000원"),
        ("그 중 25%는?", "80,000원"),
        ("이 중 4분의 1만 보내면?", "80,000원"),
        ("a quarter of that?", "80,000원"),
        ("what if I put 50% of that into a fund?", "160,000원"),
    ],
)
def test_a_share_of_the_result_is_taken_of_the_result(turn: str, expected: str) -> None:
    assert _answer(_SAVED, turn) == expected


def test_what_about_a_rate_of_it_keeps_its_old_reading() -> None:
    # After a 15% tip "what about 20% of it" may mean the bill: not read as a share here.
    previous = "lunch came to 80 dollars, how much is a 15% tip"
    assert _answer(previous, "what about 20% of it") != "$2.40"


def test_a_share_of_the_result_never_replaces_the_rate() -> None:
    # "그 중 25%는?" had read as the 40% made 25% (200,000원): a wrong answer.
    assert _answer(_SAVED, "그 중 25%는?") != "200,000원"


@pytest.mark.parametrize(
    "turn",
    [
        "반만 주식에 넣으면?",  # no "of that": the salary's half or the savings' half?
        "그중 반을 쓰면 얼마 남아?",  # asks what is left
    ],
)
def test_a_share_without_reference_or_asking_the_rest_is_not_read_here(turn: str) -> None:
    assert _answer(_SAVED, turn) is None


@pytest.mark.parametrize(
    ("turn", "expected"),
    [
        ("아 180,000원이 부가세 포함 가격이래. 그럼 공급가액은?", "163,636원"),
        ("180,000원은 VAT 포함이래, 부가세는 얼마야?", "16,364원"),
    ],
)
def test_a_figure_said_to_include_the_vat_has_it_taken_out(turn: str, expected: str) -> None:
    answer = _answer(_BAG, turn)
    assert answer == expected
    assert answer != "162,000원"  # 180,000 less 10%: wrong


def test_a_figure_said_to_include_the_tax_in_english() -> None:
    turn = "oh wait, 250 already includes the tax. what's the pre-tax price?"
    assert _answer(_HEADPHONES, turn) == "$235.85"


@pytest.mark.parametrize(
    "turn",
    [
        "300,000원이 부가세 포함 가격이래. 공급가액은?",  # no figure of the conversation
        "180,000원이 부가세 포함이면 총 얼마야?",  # asks no amount before the tax
    ],
)
def test_no_tax_included_reading_without_the_figure_or_the_question(turn: str) -> None:
    assert _answer(_BAG, turn) is None


_DUMPLINGS = "만두 1인분 6,000원인데 여섯 명이 1인분씩 먹으면 얼마야"
_LUNCH = "lunch sets are 12 dollars each, how much for 5"


@pytest.mark.parametrize(
    ("previous", "turn", "expected"),
    [
        (_DUMPLINGS, "그중 세 명은 7,000원짜리 냉면으로 바꾸면?", "39,000원"),
        (_LUNCH, "two of us switch to the 15 dollar set", "$66.00"),
    ],
)  # fmt: skip
def test_part_of_the_group_swapped_to_another_price(
    previous: str, turn: str, expected: str
) -> None:
    assert _answer(previous, turn) == expected


@pytest.mark.parametrize(
    "turn",
    [
        "그중 두 명은 냉면으로 바꾸면?",  # no new price
        "그중 여섯 명은 7,000원짜리로 바꾸면?",  # the whole group: not a part
        "그중 두 명은 5달러짜리로 바꾸면?",  # another currency
    ],
)
def test_no_split_without_a_part_and_its_price(turn: str) -> None:
    assert _answer(_DUMPLINGS, turn) is None


def test_the_same_moment_over_in_another_place() -> None:
    previous = "if it's 9 am in paris on june 1 2027, what time is it in tokyo"
    assert _answer(previous, "and over in new york?") == "03:00 (America/New_York, 2027-06-01)"


def test_over_in_with_more_than_a_place_is_not_this() -> None:
    previous = "if it's 9 am in paris on june 1 2027, what time is it in tokyo"
    assert _answer(previous, "and over in new york at 10?") is None
