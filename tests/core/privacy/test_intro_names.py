"""Names in self-introductions, next to titles, and bare English full names."""

from __future__ import annotations

import pytest

from core.privacy import scan
from core.privacy.name_list import family_names, given_names, is_name_pair


def _names(text: str) -> list[str]:
    return [f.text for f in scan(text) if f.type == "person_name"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("제 이름은 김민수입니다", "김민수"),
        ("안녕하세요, 저는 김민수인데요, 예약 문의드려요", "김민수"),
        ("전 이서연이에요", "이서연"),
        ("김민수라고 합니다. 잘 부탁드립니다", "김민수"),
        ("제 이름은 남궁민이고 서울에 살아요", "남궁민"),
        ("김민수 과장님께 전달해 주세요", "김민수"),
        ("박지훈씨 오늘 오셨나요?", "박지훈"),
        ("My name is Jane Doe.", "Jane Doe"),
        ("my name is Jane and I need help", "Jane"),
        ("Hi, I'm Jane Doe from accounting.", "Jane Doe"),
        ("This is Michael Brown, calling about my order.", "Michael Brown"),
        ("Jane Doe likes short notes", "Jane Doe"),
        ("Please forward this to John Smith before noon.", "John Smith"),
        ("I had lunch with Grace Park yesterday", "Grace Park"),
    ],
)
def test_names_people_write(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "저는 학생입니다",
        "저는 회사원인데요, 주차 되나요?",
        "저는 한국인입니다",
        "저는 간호사인데요",
        "제 이름은 안 알려드릴게요",
        "과장님께 전달해 주세요",
        "I live in New York and study Machine Learning",
        "Visitor Information is on the ground floor",
        "The Summer Sale starts at Long Beach",
        "Meet me at the Rose Garden entrance",
        "The Visitor Center is near Virginia Beach",
        "I'm Korean and I'm happy to help",
        "This is Customer Service, how can I help?",
        "My name is on the list",
        "Our Data Science team uses Google Cloud",
        "Chase Bank branch hours",
    ],
)
def test_capitalised_phrases_and_plain_sentences_are_not_names(text: str) -> None:
    assert _names(text) == []


def test_name_lists_are_loaded_offline() -> None:
    # US Census lists shipped in the ``names`` package: thousands of each.
    assert len(given_names()) > 5000
    assert len(family_names()) > 20000
    assert "JANE" in given_names() and "SMITH" in family_names()


def test_strict_pairs_skip_common_words_the_loose_screen_does_not() -> None:
    assert is_name_pair("Jane", "Doe")
    assert not is_name_pair("Long", "Beach")
    assert is_name_pair("Long", "Beach", strict=False)
    assert not is_name_pair("In", "Bell", strict=False)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A romanised given name the list lacks, with a listed family name after it.
        ("hey im Seojin Park, could you help me plan a trip", "Seojin Park"),
        ("Hi, I'm Haneul Choi and I need a cover letter", "Haneul Choi"),
    ],
)
def test_a_weak_lead_with_a_listed_family_name(text: str, name: str) -> None:
    assert name in _names(text)


def test_a_weak_lead_without_a_name_after_it_stays_plain() -> None:
    assert _names("im Going Home now") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Chat drops the topic particle: "저 …인데요", or says "제가 …예요".
        ("저 윤서진인데요 환불 되나요", "윤서진"),
        ("제가 오민재예요 어제 전화드린", "오민재"),
    ],
)
def test_a_self_introduction_without_the_topic_particle(text: str, name: str) -> None:
    assert _names(text) == [name]


@pytest.mark.parametrize(
    "text", ["저 간호사인데요 질문요", "저 사람이 누구예요", "제가 회사원이라서요"]
)
def test_a_bare_lead_before_an_occupation_is_not_a_name(text: str) -> None:
    assert _names(text) == []
