"""A four-digit "0000" is no year: the holiday reader must not ask date() for year 0
(redteam41: a masked phone, "010·0000·0000", in a question made the date tool raise
"year 0 is out of range", and the turn ended in an error instead of an answer)."""

from __future__ import annotations

from datetime import datetime

import pytest

from tools.dates import answer_date_question

_NOW = datetime(2026, 12, 5, 9, 0)


@pytest.mark.parametrize(
    "question",
    [
        "안내문에 대표번호를 02·0000·0000 으로 가려 놨던데 원래 이렇게 써?",
        "0000년 성탄절은 무슨 요일이야?",
    ],
)
def test_a_zero_year_is_declined_not_raised(question: str) -> None:
    assert answer_date_question(question, now=_NOW) is None


def test_a_real_named_year_is_still_read() -> None:
    answer = answer_date_question("2028년 크리스마스는 무슨 요일이야?", now=_NOW)
    assert answer is not None and answer.detail == "2028-12-25"
