"""The "is it free?" check reads a question only once it asks whether something is free."""

from __future__ import annotations

import pytest

from tools.rag import free_questions
from tools.rag.free_questions import misses_free_subject
from tools.rag.question import QuestionAnalysis, analyze_question


def test_a_question_asking_no_price_is_not_analysed_per_sentence(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The check runs for every candidate sentence: a question that never says "free"
    # must not cost a question analysis each time (the cheap test comes first).
    analysed: list[str] = []

    def counted(question: str) -> QuestionAnalysis:
        analysed.append(question)
        return analyze_question(question)

    monkeypatch.setattr(free_questions, "analyze_question", counted)
    for sentence in ("Members can use the wifi.", "The wifi runs at 300 Mbps."):
        assert not misses_free_subject("is the wifi fast?", sentence, "")
        assert not misses_free_subject("와이파이 빨라요?", sentence, "")
    assert analysed == []
    # A question that asks it is still analysed and still checked.
    assert misses_free_subject("is the wifi free?", "Members can use the wifi.", "")
    assert analysed == ["is the wifi free?"]
