"""A phone number given group by group, middle or end first: ``가운데가 7714``, ``끝은 0392``."""

from __future__ import annotations

import pytest

from core.privacy import scan, scan_conversation


def _phones(text: str) -> list[str]:
    return [f.text for f in scan(text) if f.type == "phone"]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("남편 핸드폰 번호 가운데는 7714예요", "7714"),
        ("연락처 중간 자리가 3390이고요", "3390"),
        ("제 전화번호 마지막은 0392입니다", "0392"),
    ],
)
def test_a_group_after_a_position_word_and_a_phone_word_is_a_phone(text: str, group: str) -> None:
    assert _phones(text) == [group]


def test_the_next_turns_group_is_read_with_the_previous_turns_phone_word() -> None:
    found = scan_conversation(["아내 폰 번호 가운데가 6620이에요", "끝은 1185요"])
    assert [f.text for f in found[1]] == ["1185"]


@pytest.mark.parametrize(
    "text",
    [
        "영화 끝은 2030년에 개봉해요",  # no phone word
        "번호표 끝은 1234명까지 받아요",  # a count, not a group
        "대기 번호 중간이 2030년",
        "끝은 4417이에요",  # no phone word anywhere
    ],
)
def test_position_words_without_a_phone_word_or_with_a_unit_are_not_phones(text: str) -> None:
    assert _phones(text) == []
