"""A noun Kiwi cuts before a bound noun in context is read as the word it knows alone."""

from __future__ import annotations

from tools.rag.cut_words import rejoin_cut_nouns
from tools.rag.question import analyze_question
from tools.rag.textutil import kiwi_tokenize


def _forms(text: str) -> list[str]:
    return [str(t.form) for t in rejoin_cut_nouns(text, kiwi_tokenize(text))]


def test_a_chat_abbreviation_cut_in_context_is_read_whole() -> None:
    # Kiwi gives 전 + 번 (a bound noun) here, and 전번 for the word alone.
    assert "전번" in _forms("사장님 전번 알려주세요")
    asked = analyze_question("미용실 전번 좀 알려줄래요?")
    assert "전번" in asked.topic_terms
    assert "전" not in asked.terms


def test_a_bound_noun_after_a_number_or_a_compound_of_nouns_stays_as_cut() -> None:
    # 번 after a numeral counts times; 밥값 is two nouns a document may write otherwise.
    assert _forms("한 번 더 와도 돼요?")[:2] == ["한", "번"]
    assert _forms("두번 와도 돼요?")[:2] == ["두", "번"]
    assert {"밥", "값"} <= set(analyze_question("출장 가서 밥값은 하루에 얼마야?").terms)


def test_the_chat_abbreviation_is_linked_to_the_phone_number() -> None:
    from tools.rag.crosslingual import equivalents

    assert {"전화번호", "전화", "phone"} <= equivalents("전번")
