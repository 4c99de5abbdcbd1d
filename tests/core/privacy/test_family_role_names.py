"""A child's name in a relative's sign-on: ``I'm Marisol's dad``, ``저 예준이 할머니인데요``."""

from __future__ import annotations

import pytest

from core.privacy import classify, scan
from core.privacy.family_role_names import detect_family_role_names


def _names(text: str) -> list[str]:
    return [text[h.start : h.end] for h in detect_family_role_names(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("I'm Marisol's dad. is the vaccine clinic open today?", "Marisol"),
        ("hi, this is Jude's stepmum - can I pick up his inhaler", "Jude"),
        ("Ottilie Brandt's nan here, she's got a cough", "Ottilie Brandt"),
        ("Wren's grandpa speaking. what time is her appointment", "Wren"),
        ("it's just Kofi's uncle, asking about his x-ray", "Kofi"),
    ],
)
def test_an_english_relatives_sign_on_names_the_child(text: str, name: str) -> None:
    assert _names(text) == [name]
    assert classify(text) == "local_only"


@pytest.mark.parametrize(
    "text",
    [
        "Apple's parent company reported earnings",
        "what is Samsung's father company called",
        "Mother's Day is in May",
        "my dad's appointment is on friday",
        "Google's uncle program",  # no sign-on around it
    ],
)
def test_a_possessive_outside_a_sign_on_names_no_one(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "given"),
    [
        ("저 예준이 할머니인데요, 예준이 독감 주사 언제 맞아요?", "예준"),
        ("안녕하세요. 시윤 작은엄마예요. 시윤이가 열이 나요", "시윤"),
        ("유나 고모부 되는 사람인데요 유나 검사 결과 나왔나요", "유나"),
        ("전 다온이 아빠입니다", "다온"),
    ],
)
def test_a_korean_relatives_sign_on_names_the_child_and_its_echoes(text: str, given: str) -> None:
    found = _names(text)
    assert found and set(found) == {given}
    assert classify(text) == "local_only"


@pytest.mark.parametrize(
    "text",
    [
        "저 친구 엄마예요",
        "동생 엄마인데요 예약 좀 할게요",
        "우리 이모예요",
        "그 사람 큰아빠예요",  # no sign-on: the name does not open the sentence
        "회사 대표님 아빠예요",
    ],
)
def test_nouns_and_mid_sentence_words_before_a_role_are_not_names(text: str) -> None:
    assert _names(text) == []


def test_the_scanner_runs_the_rule() -> None:
    assert [f.text for f in scan("Marisol's mum here") if f.type == "person_name"] == ["Marisol"]
