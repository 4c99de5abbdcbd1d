"""A name after words describing the writer: ``저는 302호 사는 이수민이에요``."""

from __future__ import annotations

import pytest

from core.privacy import scan


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("저는 5층 사는 윤서진이에요", "윤서진"),
        ("전 1층 빵집에서 일하는 한지원입니다", "한지원"),
        ("제가 아까 문자 드린 송민재인데요", "송민재"),
    ],
)
def test_a_full_name_after_a_described_writer_is_found(text: str, name: str) -> None:
    assert name in [f.text for f in scan(text)]


@pytest.mark.parametrize(
    "text",
    [
        "저는 부산 사는 고등학생이에요",
        "저는 그 건물 집주인이에요",
        "저는 처음 온 환자인데요",
        "저는 야간에 일하는 간호사예요",
    ],
)
def test_a_role_noun_in_that_place_is_not_a_name(text: str) -> None:
    assert [f.text for f in scan(text) if f.type == "person_name"] == []
