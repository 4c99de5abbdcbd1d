"""A labelled birth date is reported as a birth date, not as a registration number."""

from __future__ import annotations

import pytest

from core.privacy import PII_TYPES, mask, scan
from core.privacy.pseudonym import Pseudonymizer
from core.settings import PrivacySettings
from ui.words import masked_in, pii_names

BIRTH_DATES = [
    ("My birthday is 2 May 1990. What should I eat before a blood test?", "2 May 1990"),
    ("제 생일은 1990년 5월 2일이에요. 검사 전에 뭘 먹으면 안 돼요?", "1990년 5월 2일"),
    ("I was born on 1988-07-09 and need a check-up", "1988-07-09"),
    ("생년월일은 1988-07-09, 전화 010-1234-5678", "1988-07-09"),
]


@pytest.mark.parametrize(("text", "date"), BIRTH_DATES)
def test_a_labelled_birth_date_has_its_own_type(text: str, date: str) -> None:
    dated = [f for f in scan(text) if f.text == date]
    assert [f.type for f in dated] == ["birth_date"]
    assert "[BIRTH_DATE]" in mask(text) and "[KR_RRN]" not in mask(text)


def test_the_front_half_of_a_registration_number_is_still_one() -> None:
    # "생년월일은 880412" is how people give the first half of a resident number.
    (found,) = scan("생년월일은 880412입니다")
    assert found.type == "kr_rrn"


def test_the_ui_names_it_a_birth_date() -> None:
    assert "birth_date" in PII_TYPES
    assert pii_names("birth_date, phone", "ko") == "생년월일, 전화번호"
    assert masked_in("born [BIRTH_DATE]", "ko") == "born [생년월일]"


def test_it_still_never_leaves_even_pseudonymized() -> None:
    # As a kr_rrn it was on the never-leaves list; its own type keeps that default.
    shield = Pseudonymizer(frozenset(PrivacySettings().never_leaves))
    replaced = shield.text("My date of birth is 14 February 1979.")
    assert shield.blocked == "birth_date"
    assert "14 February 1979" not in replaced
