"""What a question asks, read without word lists: filler, intervals, headings (issue 11)."""

from __future__ import annotations

from tools.rag.answer import extractive_answer
from tools.rag.models import Passage
from tools.rag.question import analyze_question, has_answer_type


def test_a_greeting_and_a_negated_auxiliary_are_not_terms() -> None:
    greeted = analyze_question("Hi, I'm Jenny. What hours is chat support open?")
    assert "hi" not in greeted.terms and "jenni" not in greeted.terms
    assert {"chat", "support"} <= set(greeted.terms)
    negated = analyze_question("Can I return it if I haven't opened it?")
    assert not any(t.startswith("haven") for t in negated.terms)


def test_how_often_asks_for_an_interval() -> None:
    for question in (
        "How often do I have to change my password?",
        "비밀번호는 며칠마다 바꿔야 하나요?",
    ):
        asked = analyze_question(question)
        assert asked.answer_type == "duration" and asked.recurring, question
        assert "often" not in asked.terms
    sentence = "The battery keeps the clock running for up to 8 hours."
    assert has_answer_type(sentence, "duration")
    assert not has_answer_type(sentence, "duration", recurring=True)
    assert has_answer_type("Passwords are changed every 90 days.", "duration", recurring=True)


def test_durations_in_words_and_hyphenated_units() -> None:
    for sentence in (
        "Laptops are replaced every four years.",
        "Requests are answered within three working days.",
        "It has a 2-year limited warranty.",
    ):
        assert has_answer_type(sentence, "duration"), sentence


def test_a_section_heading_is_never_quoted_as_the_answer() -> None:
    text = "고객 카드\n\n고객 카드는 처음 방문한 날 접수창구에서 만들어 드립니다."
    passage = Passage(
        chunk_id="c1",
        source="guide.md",
        locator="§고객 카드",
        text=text,
        score=1.0,
        heading="고객 카드",
    )
    answer = extractive_answer("고객 카드는 무엇인가요?", [passage])
    assert answer.covered
    assert [s.text for s in answer.sentences] == [
        "고객 카드는 처음 방문한 날 접수창구에서 만들어 드립니다."
    ]
