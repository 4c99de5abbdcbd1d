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


def test_a_figure_the_question_states_must_be_in_the_passage() -> None:
    # The opening-hours sentence matches "minutes" and holds a duration, but it says
    # nothing about 3.5 hours: quoting it would answer a question nobody asked.
    hours = Passage(
        chunk_id="v1",
        source="visitor_info_en.md",
        heading="Opening hours",
        text="Please register at least 30 minutes before closing time.",
    )
    assert not extractive_answer("How many minutes are in 3.5 hours?", [hours]).covered
    assert extractive_answer("How many minutes before closing must I register?", [hours]).covered
    # "1" is phrasing ("1회 복용량"), not a figure the passage must repeat.
    dose = Passage(
        chunk_id="p1",
        source="pharmacy_guide.md",
        heading="이부프로펜",
        text="성인은 보통 한 번에 200~400mg을 복용합니다.",
    )
    assert extractive_answer("이부프로펜 1회 복용량은 얼마인가요?", [dose]).covered


def test_a_rate_asks_for_an_amount() -> None:
    # "rate" words a question for a figure, like "fee" and "price".
    asked = analyze_question("What's the overtime rate on Sundays?")
    assert asked.answer_type == "amount"
    mileage = Passage(
        chunk_id="m1",
        source="travel_policy.md",
        heading="Mileage",
        text="Using your own car is reimbursed at 400 won per kilometre.",
    )
    answer = extractive_answer("What is the mileage rate for my own car?", [mileage])
    assert answer.covered and "400 won" in answer.text
