"""An opening self-introduction in chat shapes says who asks; nouns with a copula stay terms."""

from __future__ import annotations

import pytest

from tools.rag.question import analyze_question


@pytest.mark.parametrize(
    ("question", "name", "topic"),
    [
        ("저 최유진인데 주차 몇 시간 무료예요?", "최유진", "주차"),
        ("네 저 정다은입니다 환불은 며칠 걸려요?", "정다은", "환불"),
        ("Maya here, when does the pool open on sundays?", "maya", "pool"),
    ],
)
def test_the_introduced_name_is_no_term(question: str, name: str, topic: str) -> None:
    terms = analyze_question(question).terms
    assert topic in terms
    assert not any(name in term.lower() for term in terms), terms


@pytest.mark.parametrize(
    ("question", "noun"),
    [
        ("저 임산부인데 진통제 먹어도 돼요?", "임산부"),
        ("저 회사원인데 연차는 며칠이에요?", "회사원"),
        ("Parking here, is it free on weekends?", "park"),
    ],
)
def test_a_stated_noun_stays_a_term(question: str, noun: str) -> None:
    assert noun in analyze_question(question).terms


@pytest.mark.parametrize(
    ("question", "name", "topic"),
    [
        ("Nadia Okoye here, when does the pool open on sundays?", "okoye", "pool"),
        ("I'm Marisol's dad. when does the pool open on sundays?", "marisol", "pool"),
        ("Wren's grandpa here - is the pool open on sundays?", "wren", "pool"),
        ("저 예준이 외할머니인데요, 예준이 주차 몇 시간 무료예요?", "예준", "주차"),
        ("시윤 큰아빠입니다. 시윤이 환불은 며칠 걸려요?", "시윤", "환불"),
    ],
)
def test_a_two_word_sign_on_and_a_childs_name_in_a_relatives_sign_on_are_no_terms(
    question: str, name: str, topic: str
) -> None:
    terms = analyze_question(question).terms
    assert topic in terms
    assert not any(name in term.lower() for term in terms), terms
