"""A web address pasted into a question names no topic: its path words are not search terms."""

from __future__ import annotations

from tools.rag.question import analyze_question


def test_the_words_of_a_web_address_are_not_topics() -> None:
    plain = analyze_question("How late does the bike shop open on Sundays?")
    pasted = analyze_question(
        "How late does the bike shop at https://bikes.example.org/repair/prices open on Sundays?"
    )
    assert pasted == plain
    assert not {"repair", "price", "example", "http"} & set(pasted.topic_terms)


def test_a_bare_www_address_in_a_korean_question_names_no_topic() -> None:
    pasted = analyze_question("www.library.example/notice/parking 도서관 휴관일이 언제예요?")
    assert "parking" not in pasted.terms
    assert pasted == analyze_question("도서관 휴관일이 언제예요?")
