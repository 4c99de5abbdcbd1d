"""Names the tenth unseen round found leaving as public text.

Each example is our own: a name said in 반말 ("난 최유진이야", "나 김도현인데") and an
English name given one half at a time under its label ("my first name is Marcus").
"""

from __future__ import annotations

import pytest

from core.privacy import classify, scan
from core.privacy.history import recent_turns_contain_pii


def _names(text: str) -> list[str]:
    return [f.text for f in scan(text) if f.type == "person_name"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The plain copula "이야" after a consonant-final name, "야" after a vowel.
        ("난 최유진이야 보고서 좀 길게 써줘", "최유진"),
        ("안녕 난 한서우야 연봉 계산 부탁해", "한서우"),
        # The bare "나" of casual speech before "인데".
        ("ㅎㅇ 나 김도현인데 휴가 신청 메일 써줘", "김도현"),
    ],
)
def test_casual_korean_self_introductions(text: str, name: str) -> None:
    assert _names(text) == [name]
    assert classify(text) == "local_only"


@pytest.mark.parametrize(
    "text",
    [
        "난 고민이야 뭘 먹을지",  # a two-syllable noun before the casual copula
        "난 주말이야 드디어",
        "나 학생인데 할인 돼요?",
        "나 오늘 야근이야",
    ],
)
def test_casual_sentences_without_a_name_stay_public(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("my first name is Marcus", "Marcus"),
        ("last name is Adeyemi btw", "Adeyemi"),
        ("My surname is Lindqvist.", "Lindqvist"),
    ],
)
def test_an_english_name_given_one_half_at_a_time(text: str, name: str) -> None:
    assert _names(text) == [name]


def test_the_halves_keep_a_later_turn_local() -> None:
    turns = ["my first name is Marcus", "last name is Adeyemi", "write a long letter signed by me"]
    assert recent_turns_contain_pii(turns)


def test_a_name_label_without_a_name_stays_public() -> None:
    assert _names("last name is required on the form") == []
