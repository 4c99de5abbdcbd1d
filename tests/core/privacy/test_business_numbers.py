"""Korean company service numbers pass the wire screen's digit rule; nothing around them does."""

from __future__ import annotations

import pytest

from core.privacy.wire_screen import screen_outgoing


@pytest.mark.parametrize(
    "text",
    [
        "주말 문의는 고객센터 1588-0000으로 전화하세요.",
        "예약은 전화(1644-5678)나 앱으로 받습니다.",
        "- 상담 전화: 1899 5555 (평일 09:00–18:00)",
        "대표번호 16007777번으로 연락 주세요.",
        "Call our helpline on 1577-1234 or 1800-8282, weekdays only.",
    ],
)
def test_a_written_service_number_is_not_personal_data(text: str) -> None:
    assert screen_outgoing(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "카드번호 1588-0000-1234-5678",  # a 16-digit card opening like a service number
        "카드번호 1588000012345678",
        "1588-0000-1234",  # a longer run is not the service number inside it
        "주민번호 150101-3234567",  # a resident number opening with 15
        "주민번호 1501013234567",
        "휴대폰 010-1588-0000",  # a mobile with 1588 in the middle
        "휴대폰 010 1588 0000",
        "휴대폰 010\n1588-0000",  # its prefix on the line before
        "카드 1588 0000\n1644 5678",  # a card split across lines: both halves look like one
        "카드 1588-0000\n\n5678-1234",
        "집 02-1588-0000",  # a Seoul landline
        "회원번호 A1588-0000",  # an id with a letter glued on
        "１５８８-００００",  # full-width digits: not the written shape
    ],
)
def test_numbers_shaped_around_a_service_number_stay_blocked(text: str) -> None:
    assert screen_outgoing(text)
