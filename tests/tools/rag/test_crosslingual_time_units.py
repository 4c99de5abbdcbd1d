"""A time unit counted in an English question is held by a Korean document that counts it.

"Can I pause a 6-month plan?" over a Korean guide writing "3개월 이용권" was declined as
"not in the documents: month": the vocabulary linked month only to 매달 (every month), which
Kiwi does not even keep as a token.
"""

from __future__ import annotations

import pytest

from tools.rag.crosslingual import equivalents
from tools.rag.textutil import tokenize


@pytest.mark.parametrize(
    ("english", "korean_text", "morpheme"),
    [
        ("month", "사물함은 3개월 단위로 빌릴 수 있습니다.", "개월"),
        ("month", "한 달 이용권은 5만 원입니다.", "달"),
        ("week", "수선은 1주일 걸립니다.", "주일"),
        ("year", "보증 기간은 1년입니다.", "년"),
    ],
)
def test_an_english_time_unit_links_to_the_korean_count(
    english: str, korean_text: str, morpheme: str
) -> None:
    assert morpheme in tokenize(korean_text)  # written as Kiwi emits it
    assert morpheme in equivalents(english)
    assert english in equivalents(morpheme)
