"""The Korean note of an English quote's quantities (tools.rag.quantity_note)."""

from __future__ import annotations

from tools.rag import DocumentStore
from tools.rag.quantity_note import korean_quantities, quantity_note


def test_number_words_and_digits_with_a_unit_are_written_in_korean() -> None:
    sentence = "Members may borrow three books for 14 days and pay 1,500 won per late week."
    assert korean_quantities(sentence) == [
        ("14 days", "14일"),
        ("1,500 won", "1,500원"),
    ]
    assert korean_quantities("The gym gives two hours of free sauna.") == [("two hours", "2시간")]
    assert korean_quantities("Buses leave every twenty minutes.") == [("twenty minutes", "20분")]


def test_a_korean_question_on_an_english_quote_gets_the_note() -> None:
    note = quantity_note("ko", ["Guests get one hour of free Wi-Fi at the front desk."])
    assert note == "(영어 문서의 문장입니다: one hour = 1시간)"


def test_no_note_for_an_english_question_a_korean_quote_or_no_quantity() -> None:
    assert quantity_note("en", ["Guests get one hour of free Wi-Fi."]) == ""
    assert quantity_note("ko", ["손님은 1시간 동안 무료로 와이파이를 씁니다."]) == ""
    assert quantity_note("ko", ["Ask at the front desk for a key."]) == ""
    # A number without a unit is not rewritten (nothing says what it counts).
    assert quantity_note("ko", ["Room 12 is on the left."]) == ""


def test_an_extractive_answer_to_a_korean_question_carries_the_note(
    lexical_store: DocumentStore,
) -> None:
    guide = (
        "# Gym rules\n\nMembers get two hours of free sauna after a workout. "
        "Towels are at the counter."
    )
    lexical_store.ingest_texts([("gym_rules_en.md", guide)], "gym", markdown=True)
    question = "사우나 무료 몇 시간이에요?"
    answer = lexical_store.extractive_answer(question, lexical_store.search(question, "gym"))
    assert answer.covered, answer.text
    assert "two hours of free sauna" in answer.text
    assert "2시간" in answer.text
