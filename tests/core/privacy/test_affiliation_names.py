"""Names introduced with a team or a relation (``this is … from accounts``, ``엄마 성함은``).

Each example is our own: romanised names the name lists lack, after a weak lead and
before where the person is from or a phone-call word, and a relative's name after a
name label. The words that fill the same place without naming anyone stay public.
"""

from __future__ import annotations

import pytest

from core.privacy import scan


def _names(text: str) -> list[str]:
    return [f.text for f in scan(text) if f.type == "person_name"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("hi, this is Oluwaseun Adeyemi from payroll, quick question", "Oluwaseun Adeyemi"),
        ("this is Meenakshi from the front desk", "Meenakshi"),
        ("it's Thandiwe here, can you check the rota", "Thandiwe"),
        ("This is Nkechi speaking", "Nkechi"),
        ("im Kwabena from the lab, need a hand", "Kwabena"),
    ],
)
def test_a_name_before_its_team_is_a_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("우리 아빠 성함은 오경태예요", "오경태"),
        ("제 남편 이름은 문재성이고 같이 갈 거예요", "문재성"),
        ("할머니 성함은 진말순이세요", "진말순"),
        ("여동생 이름은 하유진", "하유진"),
    ],
)
def test_a_relatives_name_after_a_name_label_is_a_name(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "This is Visitor Information from the clinic",
        "I'm Korean from Busan",
        "it's Friday here already",
        "this is Tokyo calling",
        "엄마 이름은 예쁘다",
        "우리 아이 이름은 뭐로 지을까",
    ],
)
def test_words_in_the_same_place_are_not_names(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("딸아이 이름은 선우하람이에요", "선우하람"),
        ("큰아들 이름은 정시후예요", "정시후"),
        ("손녀 이름은 황보아린이고요", "황보아린"),
    ],
)
def test_a_childs_name_after_a_birth_order_or_child_label_is_personal_data(
    text: str, name: str
) -> None:
    assert [f.text for f in scan(text) if f.type == "person_name"] == [name]
