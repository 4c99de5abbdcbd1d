"""A list of company service numbers passes the wire; digits joined by bare commas do not."""

from __future__ import annotations

import pytest

from core.privacy import classify, scan_with_context
from core.privacy.wire_screen import screen_outgoing


@pytest.mark.parametrize(
    "text",
    [
        "상담은 1899-1234, 1666-7788 두 곳에서 받아요.",
        "Helplines: 1544-0101, 1600-2323, 1855-4000 (weekdays).",
        "분실 신고 1577-3000/1588-3200",
        "call 1644 9000 or 1522 0707 for delivery",
    ],
)
def test_a_list_of_whole_service_numbers_is_not_personal_data(text: str) -> None:
    assert screen_outgoing(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "1899-1234,5678",  # a bare comma: the piece after it belongs to the number
        "상담 1899-1234, 1666-7788,4321",
        "1899-1234, 010-4417-2290",  # a mobile in the list
        "1899-1234, 1666-7788, 3021-9944",  # one item is no service number
        "카드 5210,8841,6603,1172로 결제",  # a card typed with commas
        "계좌 302,1148,9920,41",
        "X1899-1234, 1666-7788",  # a letter glued on: an id
    ],
)
def test_a_list_with_anything_else_or_digits_joined_by_commas_stays_blocked(text: str) -> None:
    assert screen_outgoing(text)


@pytest.mark.parametrize(
    "text",
    [
        "총 2,480,000원이에요",
        "it came to 12,345.67 dollars",
        "scores 10,20,30,40,50",
        "(2,300 + 4,150) × 2 는?",  # runs joined across " + ", each comma an amount's
    ],
)
def test_amounts_and_small_lists_with_commas_pass(text: str) -> None:
    assert screen_outgoing(text) == []


@pytest.mark.parametrize(
    ("previous", "text"),
    [
        ("", "상담은 1899-1234, 1666-7788 두 곳에서 받아요"),
        ("", "helplines 1544-0101 or 1600-2323"),
        ("카드사 분실 신고는 1577-3000이래요", "다른 번호 1588-3200도 되나요?"),
    ],
)
def test_routing_reads_service_numbers_as_public(previous: str, text: str) -> None:
    # The routing scanner (not only the wire screen) must not keep such a step local.
    assert scan_with_context(text, previous) == []
    assert classify(previous + " " + text) == "public"
