"""Personal data the twelfth unseen round found leaving (or nearly leaving) as public text.

Each example is our own: a mobile number typed in two messages, its front half with the
prefix ("앞번호 011-3907 이구요") and its last four digits after their label ("끝번호는
2264"), and a full name a message opens with before a self-introducing copula
("정유나인데요 …", "안녕하세요 한도윤입니다"), with the nouns of the same shape kept out.
"""

from __future__ import annotations

import pytest

from core.privacy import classify, scan
from core.privacy.history import recent_turns_contain_pii


def _found(text: str, kind: str) -> list[str]:
    return [f.text for f in scan(text) if f.type == kind]


@pytest.mark.parametrize(
    ("text", "half"),
    [
        ("폰 앞번호 011-3907 이구요", "011-3907"),
        ("my cell starts 010.5512 and i'll send the rest", "010.5512"),
        ("끝번호는 2264예요", "2264"),
        ("the last four digits are 9081", "9081"),
    ],
)
def test_half_of_a_mobile_number_is_a_phone(text: str, half: str) -> None:
    assert _found(text, "phone") == [half]


def test_the_two_halves_in_two_turns_are_each_personal() -> None:
    turns = ["연락처 앞자리 016-2480 이고", "뒷번호는 5173 입니다. 배송 기사님께 문자 써줘"]
    assert classify(turns[0]) == "local_only"
    assert classify(turns[1]) == "local_only"
    assert recent_turns_contain_pii(turns)


@pytest.mark.parametrize(
    "text",
    ["주문번호 0101-2345 조회", "가격은 4821원", "2024-0105 회의록", "4자리 비밀번호 만드는 법"],
)
def test_other_numbers_are_not_phone_halves(text: str) -> None:
    assert _found(text, "phone") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("정유나인데요 적금 월 20만원씩 3년이면 얼마예요", "정유나"),
        ("안녕하세요 한도윤입니다. 택배 문의 메일 써주세요", "한도윤"),
        ("선우재민이에요 오늘 예약했는데요", "선우재민"),
    ],
)
def test_a_name_the_message_opens_with(text: str, name: str) -> None:
    assert _found(text, "person_name") == [name]


@pytest.mark.parametrize(
    "text",
    [
        "정규직인데요 연차 며칠이에요",
        "회사원인데요 연말정산 질문",
        "수요일인데요 예약 돼요?",
        "고객인데요",
    ],
)
def test_nouns_with_the_same_copula_are_not_names(text: str) -> None:
    assert _found(text, "person_name") == []
