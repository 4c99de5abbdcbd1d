"""A number of a whole card's length right after a card label (core/privacy/ids.py)."""

from __future__ import annotations

import pytest

from core.privacy import scan


def _cards(text: str) -> list[tuple[str, bool]]:
    return [(f.text, f.validated) for f in scan(text) if f.type == "card"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # Each fails the Luhn check (a digit mistyped), each says it is a card.
        ("Here is my card number: 5105 1051 0510 5101", "5105 1051 0510 5101"),
        ("CARD NO 3782-822463-10006", "3782-822463-10006"),
        ("card # 6011000990139425 for the refund", "6011000990139425"),
        ("제 카드번호는 9410-1234-5678-9011 입니다", "9410-1234-5678-9011"),
        ("신용카드 4000 0000 0000 0001 로 결제했어요", "4000 0000 0000 0001"),
    ],
)
def test_a_mistyped_card_number_after_its_label_is_personal_data(text: str, number: str) -> None:
    assert _cards(text) == [(number, False)]


@pytest.mark.parametrize(
    ("labelled", "unlabelled"),
    [
        # No card label: a number failing Luhn is an order or reference number.
        ("My card number is 5105 1051 0510 5101", "Your order number is 5105 1051 0510 5101"),
        ("카드번호 9410-1234-5678-9011", "배송 조회 번호 9410-1234-5678-9011"),
        # A card named, but the number far from it: the reference of something else.
        (
            "I paid by card 5105 1051 0510 5101 at the airport",
            "I paid by card at the airport yesterday, and then the hotel sent me its booking "
            "reference 5105 1051 0510 5101",
        ),
    ],
)
def test_without_a_label_right_before_it_luhn_still_decides(labelled: str, unlabelled: str) -> None:
    assert len(_cards(labelled)) == 1
    assert _cards(unlabelled) == []
