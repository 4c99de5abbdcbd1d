"""A topic word before the period an amount is for ("관리비 한 달 N원이면 1년에 얼마").

The word names what is paid; the period forms read the rest. Found by the fourteenth
unseen set ("통신비 한 달 …" went to a model). The figures are ours.
"""

from __future__ import annotations

import pytest

from tools.handlers import match_deterministic


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("관리비 한 달 180,000원이면 1년에 얼마야", "2,160,000원"),
        ("구독료는 월 9,900원이면 1년에 얼마", "118,800원"),
    ],
)
def test_a_topic_word_before_the_period(text: str, answer: str) -> None:
    result = match_deterministic(text)
    assert result is not None and result.answer == answer


def test_an_amount_in_words_is_no_topic_word() -> None:
    # "오백만원을" is the amount, though it is a word before "연 4%".
    result = match_deterministic("오백만원을 연 4% 복리로 2년 두면 얼마돼")
    assert result is not None and result.answer == "5,408,000원"
