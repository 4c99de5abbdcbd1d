"""Car number plates are personal data: ``57머 1029``, ``부산 123호 4410``, ``YR22 KPT``."""

from __future__ import annotations

import pytest

from core.privacy import PII_TYPES, classify, scan


def _plates(text: str) -> list[str]:
    return [f.text for f in scan(text) if f.type == "vehicle_plate"]


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("제 차 57머 1029 주차 등록 부탁드려요", "57머 1029"),
        ("부산 123호4410 차량 출차 확인해 주세요", "123호4410"),
        ("please register YR22 KPT for the car park", "YR22 KPT"),
        ("my licence plate is 6TRJ244, can you note it", "6TRJ244"),
        ("차량번호: 8ZX 552", "8ZX 552"),
    ],
)
def test_a_plate_by_its_shape_or_its_label_is_personal_data(text: str, plate: str) -> None:
    assert _plates(text) == [plate]
    assert classify(text) == "local_only"


@pytest.mark.parametrize(
    "text",
    [
        "사과 12개 3456원",
        "20대 1234명이 왔어요",
        "12가 3456원이에요",  # an amount after the shape
        "reg no. 2024 ok",
        "the plate is broken",
        "I drive a BMW X5",
    ],
)
def test_counts_amounts_and_words_are_not_plates(text: str) -> None:
    assert _plates(text) == []


def test_the_type_is_known() -> None:
    assert "vehicle_plate" in PII_TYPES
