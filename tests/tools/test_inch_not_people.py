"""After digits, "인" counts people ("3인 가족"), but "인치" is a length ("55인치")."""

from __future__ import annotations

from tools.followup_quantities import QUANTITY, SAME_UNIT
from tools.followups import resolve_follow_up
from tools.rag.korean_counters import PEOPLE_COUNTERS, counts_with


def _unit(text: str) -> str:
    found = QUANTITY.search(text)
    assert found is not None, text
    return SAME_UNIT[found["unit"].lower()]


def test_a_quantity_in_inches_is_a_length_and_in_in_is_people() -> None:
    assert _unit("책상 폭이 40인치야") == "in"
    assert _unit("5인 가족 식비") == "person"


def test_a_head_count_does_not_replace_a_length_in_inches() -> None:
    assert resolve_follow_up("그럼 6명은?", ["75인치 TV 화면은 몇 cm야?"]) is None
    resolved = resolve_follow_up("그럼 6명은?", ["2인 가족 한 달 식비가 80만원이면 1인당 얼마?"])
    assert resolved is not None
    assert resolved[0] == ["6인 가족 한 달 식비가 80만원이면 1인당 얼마?"]


def test_a_screen_in_inches_counts_no_people() -> None:
    assert not counts_with("거실에는 65인치 텔레비전이 있습니다.", PEOPLE_COUNTERS)
    assert counts_with("객실은 2인 1실로 배정됩니다.", PEOPLE_COUNTERS)
    assert counts_with("객실은 한 사람씩 씁니다.", PEOPLE_COUNTERS)
