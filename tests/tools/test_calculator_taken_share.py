"""A rate taken off one amount: the part taken when the question asks for it.

Examples of our own. "…에서 3.3% 떼면 세금이 얼마야" asks the tax; "… 떼면 얼마 받아" and
"… 떼면 실수령 얼마야" ask what is left. With the rule off the first is answered with the
remainder, a wrong answer.
"""

from __future__ import annotations

import pytest

from tools.handlers import match_deterministic


def _answered(text: str) -> str:
    result = match_deterministic(text)
    assert result is not None, text
    return result.answer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 800,000 × 3.3% = 26,400 taken; 773,600 left.
        ("프리랜서 강의료 80만원에서 3.3% 떼면 세금은 얼마예요", "26,400"),
        ("번역료 120만원에서 3.3% 떼면 떼는 돈이 얼마야?", "39,600"),
        ("80만원에서 3.3% 떼면 얼마 받아?", "773,600"),
        ("연봉 4,000만원에서 세금 10% 떼면 실수령 얼마야", "36,000,000"),
    ],
)
def test_the_part_taken_or_what_is_left(text: str, expected: str) -> None:
    assert expected in _answered(text)
