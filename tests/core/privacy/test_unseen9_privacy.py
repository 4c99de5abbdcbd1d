"""Personal data the ninth unseen round found leaving as public text.

Each example is our own: a name after a particle-less label ("제 이름 한지아고"), a
message opening on the bare label with the chat spelling "에요", a name followed by a
birth year in number words, and an IBAN with its checksum.
"""

from __future__ import annotations

import pytest

from core.privacy import classify, scan


def _found(text: str, kind: str) -> list[str]:
    return [f.text for f in scan(text) if f.type == kind]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The label's particle dropped, "고" joined onto a vowel-final name.
        ("제 이름 한지아고 적금 얼마 들었는지 계산해줘", "한지아"),
        # A message opening on the bare label, "에요" for "예요".
        ("이름은 서윤에요", "서윤"),
        ("제 이름은 강하은에요 잘 부탁드려요", "강하은"),
        # A name followed by the writer's birth year, in number words or digits.
        ("저 박도현 팔십구년 시월 삼일생인데 자기소개 써줘", "박도현"),
        ("저 오민준 2001년생이라 올해 몇살이죠", "오민준"),
    ],
)
def test_korean_self_introductions_in_chat_spelling(text: str, name: str) -> None:
    assert _found(text, "person_name") == [name]
    assert classify(text) == "local_only"


@pytest.mark.parametrize(
    "text",
    [
        "제 이름 지어주고 싶은데 좋은 이름 있을까",  # the label as an object, no name
        "이름은 뭐로 할까",
        "저 내일 2027년 계획 세울래",  # no name before the year
    ],
)
def test_label_shapes_without_a_name_stay_public(text: str) -> None:
    assert _found(text, "person_name") == []


@pytest.mark.parametrize(
    "text",
    [
        "please wire it to GB82 WEST 1234 5698 7654 32 by friday",
        "IBAN: FR1420041010050500013M02606",
    ],
)
def test_an_iban_with_a_valid_checksum_is_a_bank_account(text: str) -> None:
    assert len(_found(text, "bank_account")) == 1
    assert classify(text) == "local_only"


def test_an_iban_shape_with_a_wrong_checksum_is_not() -> None:
    assert _found("order ref GB83 WEST 1234 5698 7654 32", "bank_account") == []
