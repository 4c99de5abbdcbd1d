"""Number forms the unseen workload cases found missing on input (round 6).

A spoken phone number followed by the copula "이에요" read the "이" as a digit,
and the front half of a resident number said alone was not personal data.
"""

from __future__ import annotations

import pytest

from core.privacy import classify, scan


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.type, f.text) for f in scan(text)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("제 번호는 공일공 일이삼사 오육칠팔이에요. 안내해 주세요", "공일공 일이삼사 오육칠팔"),
        ("번호는 공일공-일이삼사-오육칠팔이고 이름은 비밀이에요", "공일공-일이삼사-오육칠팔"),
        ("공일공일이삼사오육칠팔이라고 적어 주세요", "공일공일이삼사오육칠팔"),
        ("연락처는 공일공 구팔칠육 오사삼일이었어요", "공일공 구팔칠육 오사삼일"),
    ],
)
def test_spoken_phone_before_the_copula_is_a_phone(text: str, value: str) -> None:
    assert _found(text) == [("phone", value)]
    assert classify(text) == "local_only"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("제 주민번호 앞자리는 880412예요", "880412"),
        ("주민등록번호 앞 6자리는 880412", "880412"),
        ("생년월일: 880412", "880412"),
        ("생년월일은 020229입니다", None),  # neither 1902 nor 2002 has a 29 February
        ("주민번호 앞자리는 팔팔공사일이예요", "팔팔공사일이"),
    ],
)
def test_labelled_front_half_of_a_resident_number(text: str, value: str | None) -> None:
    found = _found(text)
    if value is None:
        assert found == []
    else:
        assert found == [("kr_rrn", value)]


def test_the_whole_number_is_still_one_finding() -> None:
    assert _found("주민번호 880412-1234567") == [("kr_rrn", "880412-1234567")]


@pytest.mark.parametrize(
    "text",
    [
        "880412번 주문 배송 언제 와요?",
        "주문번호 880412 확인해 주세요",
        "880412",
        "주민번호 앞자리는 881350이에요",  # month 13: not a birth date
        "주민센터 가는 버스는 880412번 아니에요?",  # a label must sit right before it
        "일이삼 단계로 나눠 설명해 줘",
        "오늘 일이삼사오육 단계까지 했어요",
        "이거 삼사일이면 될까요",
    ],
)
def test_ordinary_numbers_are_not_personal_data(text: str) -> None:
    assert _found(text) == []
