"""A company's main landline printed right after its label is no one's personal data."""

from __future__ import annotations

import pytest

from core.privacy import classify
from core.privacy.wire_screen import screen_outgoing


@pytest.mark.parametrize(
    "text",
    [
        "요약해 줘: 한결건설 대표전화 02-6677-1200, 평일 9시~6시",
        "문의: 고객센터 (051) 740-3300",
        "Northwind Ltd - head office: 02 3411 9000 - open weekdays",
        "call the switchboard on 031-205-8800 for the ward",
    ],
)
def test_a_labelled_main_line_passes_routing_and_the_wire(text: str) -> None:
    assert classify(text) == "public"
    assert screen_outgoing(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "대표전화 010-7742-1880",  # a mobile is a person's, whatever its label
        "대표전화 말고 제 집 전화 02-6677-1200으로 주세요",  # a personal word in between
        "제 번호는 02-6677-1200이에요",  # no organisation's label
        "main line 02-6677-1200-31",  # digits go on after the landline
        "고객센터 02-6677-1200,4455",
    ],
)
def test_a_mobile_a_personal_label_or_more_digits_stay_blocked(text: str) -> None:
    assert screen_outgoing(text)
