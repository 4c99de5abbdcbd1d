"""A Korean 'why' cue must start a word to make a document question need a model."""

from __future__ import annotations

import pytest

from tools.rag import needs_synthesis


@pytest.mark.parametrize(
    "question",
    ["헬스 회원인데 수건도 줘요?", "가정의원인데 주차 돼요?", "병원인데 몇 시에 열어요?"],
)
def test_a_word_holding_the_syllables_of_a_cue_is_a_lookup(question: str) -> None:
    assert needs_synthesis(question) == (
        False,
        "a direct lookup: the best document sentences answer it",
    )


@pytest.mark.parametrize(
    "question", ["회원인데 왜 안 돼요?", "그 이유가 뭐예요?", "원인이 뭐예요?"]
)
def test_a_why_cue_word_still_asks_to_explain(question: str) -> None:
    needed, why = needs_synthesis(question)
    assert needed and why.startswith("asks to explain why"), why
