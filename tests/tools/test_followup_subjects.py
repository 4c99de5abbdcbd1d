"""A bare subject after a puzzle is that puzzle's other unknown, nothing else."""

from __future__ import annotations

import pytest

from tools.followup_subjects import asks_about_previous_problem, bare_subject

PUZZLE_KO = "주차장에 승용차랑 오토바이가 모두 15대고 바퀴가 40개면 오토바이는 몇 대야? 풀이도"
PUZZLE_EN = (
    "Ann has twice as many stamps as Ben; together they have 36. How many does Ben have? Explain."
)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("승용차는?", "승용차"),
        ("그럼 엄마는요?", "엄마"),
        ("and Ann?", "Ann"),
        ("what about the father?", "father"),
        ("승용차는 몇 대야?", None),
        ("and how many stamps are left over after that?", None),
    ],
)
def test_bare_subject(text: str, subject: str | None) -> None:
    assert bare_subject(text) == subject


def test_the_other_unknown_of_a_puzzle_is_a_follow_up() -> None:
    assert asks_about_previous_problem("승용차는?", [PUZZLE_KO])
    assert asks_about_previous_problem("and Ann?", [PUZZLE_EN])


def test_a_subject_the_puzzle_does_not_name_stands_alone() -> None:
    assert not asks_about_previous_problem("버스는?", [PUZZLE_KO])
    assert not asks_about_previous_problem("and Carl?", [PUZZLE_EN])


def test_after_a_plain_lookup_a_bare_subject_stays_a_lookup() -> None:
    # "그럼 주차는?" after a question about fees may be answered by the documents.
    assert not asks_about_previous_problem("주차는?", ["주차 요금은 얼마예요?"])
    assert not asks_about_previous_problem("and parking?", ["what are the parking hours?"])
    assert not asks_about_previous_problem("승용차는?", [])
