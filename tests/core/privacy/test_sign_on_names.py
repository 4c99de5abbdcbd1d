"""Names people sign on with, without a lead: ``Meera here.``, ``저 박서준 아빠인데요``."""

from __future__ import annotations

import pytest

from core.privacy import classify, scan


def _names(text: str) -> list[str]:
    return [f.text for f in scan(text) if f.type == "person_name"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Meera here. can you write a note that I'll be late", "Meera"),
        ("hi, Tomás here! what time do you open", "Tomás"),
        ("Thanks. Kwame Mensah here - one more question", "Kwame Mensah"),
        ("hey Oluwaseun here, is the pharmacy open", "Oluwaseun"),
    ],
)
def test_a_sentence_opening_on_a_name_and_here_signs_someone_on(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "Parking here. is it free?",
        "Everyone here, please read this",
        "Same here!",
        "Click here.",
        "is parking here?",
        "I live here.",
    ],
)
def test_gerunds_pronouns_and_questions_sign_no_one_on(text: str) -> None:
    assert _names(text) == []


def test_a_full_name_before_a_parents_role_is_personal_data_with_its_echo() -> None:
    text = "저 박서준 아빠인데요 서준이가 어제부터 열이 나요"
    assert _names(text) == ["박서준", "서준"]
    assert classify("저 최다인 엄마예요") == "local_only"


@pytest.mark.parametrize("text", ["저 강아지 엄마예요", "정규직 엄마인데요", "우리 아이 아빠예요"])
def test_nouns_before_a_role_are_not_names(text: str) -> None:
    assert _names(text) == []
