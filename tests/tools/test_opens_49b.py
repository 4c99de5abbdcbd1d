"""Open markers of sets 30 to 35 closed in code (opens49b), pinned with inputs of their own.

Each rule: a price of one plus add-ons each, times a count, and its follow-ups dropping or
adding an add-on (tools.calculator_add_on_each_49b, tools.followup_add_on_each_49b); printing
per page and binding per copy (tools.calculator_pages_per_copy_49b); a span that says what a
hire's price buys (tools.calculator_span_hired_49b); a total split between households, or a
share taken again between fewer (tools.followup_shared_between_49b); a charge per head added
to a group's bill (tools.followup_per_head_surcharge_49b). Every case is answered with its
rule on, and otherwise with it switched off.
"""

from __future__ import annotations

import pytest

import tools.calculator_readers_49b as readers_49b
import tools.followup_add_on_each_49b as add_on_follow
import tools.followup_per_head_surcharge_49b as surcharge
import tools.followup_shared_between_49b as shared_between
from tests.tools.rule_switch import NEVER, SwitchOff, never, off, turns_read_only_by_their_rule
from tools.calculator_add_on_each_49b import add_on_each_total
from tools.calculator_pages_per_copy_49b import pages_per_copy_total
from tools.calculator_span_hired_49b import span_hired_whole


def _reader_off(name: str) -> SwitchOff:
    return off(readers_49b, name, never)


_SHIRTS = "동호회 티셔츠 한장 2만8천원에 이름 자수 4천원씩 해서 12명 맞추면 얼마"
_BAGS = "에코백 장당 9천원에 로고 인쇄 2천5백원 추가 20명이면 얼마"
_CLASS = "가죽공방 체험 1인 6만원인데 재료비 만오천원 별도래 4명이면 얼마"
_CABIN = "the cabin is 90 a night, 4 nights, total?"
_BBQ = "바베큐 세트 어른 2만원 아이 만원인데 어른 넷 아이 둘이면 얼마"
_LUNCH = "the bill is 150 for 5 of us, how much each"
_ROOM = "스터디룸 3시간 대여 4만5천원인데 다섯명이 나눠내면 한명당 얼마"

_CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # A price of one plus an add-on each: (28,000 + 4,000) x 12, said 씩.
    ([_SHIRTS], "384,000원", _reader_off("add_on_each_total")),
    # Materials each by their nature: (60,000 + 15,000) x 4.
    ([_CLASS], "300,000원", _reader_off("add_on_each_total")),
    # A print on each one: (9,000 + 2,500) x 20.
    ([_BAGS], "230,000원", _reader_off("add_on_each_total")),
    # A second price of one, the parts counted in words: (18,000 + 7,000) x (3 + 2).
    (
        ["캠프 1인 18,000원에 저녁 1인 7천원인데 어른 셋 애 둘 다섯명이면 얼마"],
        "125,000원",
        _reader_off("add_on_each_total"),
    ),
    # An add-on dropped: 28,000 x 12; one already in the price: 60,000 x 4.
    ([_SHIRTS, "자수는 빼자"], "336,000원", off(add_on_follow, "_DROPS", NEVER)),
    ([_CLASS, "아 재료비 포함 가격이래"], "240,000원", off(add_on_follow, "_DROPS", NEVER)),
    # One more add-on each: (9,000 + 2,500 + 1,500) x 20.
    (
        [_BAGS, "안쪽 주머니도 개당 1500원 추가하면?"],
        "260,000원",
        off(add_on_follow, "_ADDED", NEVER),
    ),
    # Printing per page and binding per copy: (40 x 80 + 1,500) x 6; (0.05 x 40 + 2.25) x 12.
    (
        ["복사 한 장에 40원이고 스프링 제본 한 권에 1,500원인데 80장짜리 여섯 권 하면 얼마"],
        "28,200원",
        _reader_off("pages_per_copy_total"),
    ),
    (
        [
            "copies are 0.05 a page and binding is 2.25 a copy, "
            "12 copies of a 40-page booklet, cost?"
        ],
        "51",
        _reader_off("pages_per_copy_total"),
    ),
    # A span that says what a hire's price buys: 45,000 / 5.
    ([_ROOM], "9,000원", _reader_off("span_hired_whole")),
    # A total split between households: 360 / 3; 100,000 / 2.
    (
        [_CABIN, "we are splitting that between 3 families"],
        "120",
        off(shared_between, "_EN", NEVER),
    ),
    ([_BBQ, "두 집이 반반 내면"], "50,000원", off(shared_between, "_KO", NEVER)),
    # A share taken again between fewer: 150 / 4.
    (
        [_LUNCH, "one had to leave early so it's between 4"],
        "37.5",
        off(shared_between, "_AGAIN", NEVER),
    ),
    # A charge per head on a group's bill: 100,000 + 2,000 x 6.
    ([_BBQ, "주말이라 1인당 2천원씩 더 받는대"], "112,000원", off(surcharge, "_SURCHARGE", NEVER)),
]

test_each_turn_is_answered_by_its_rule = turns_read_only_by_their_rule(_CASES)


@pytest.mark.parametrize(
    "question",
    [
        # A call-out fee beside a price per person is paid once: declined, never x 4.
        "가죽공방 체험 1인 6만원인데 출장비 만오천원 별도래 4명이면 얼마",
        # The parts in words are not the count.
        "캠프 1인 18,000원에 저녁 1인 7천원인데 어른 셋 애 둘 여섯명이면 얼마",
        # A count of something else than the thing priced or the people.
        "에코백 장당 9천원에 로고 인쇄 2천5백원 추가 20개면 얼마",
        # A figure with no role.
        "동호회 티셔츠 한장 2만8천원에 이름 자수 4천원씩 해서 12명 맞추고 3명 더면 얼마",
    ],
)
def test_an_add_on_not_said_to_come_with_each_is_declined(question: str) -> None:
    assert add_on_each_total(question) is None


def test_an_add_on_the_turn_does_not_name_or_place_is_left() -> None:
    assert add_on_follow.add_on_dropped_each("배송은 빼자", [_SHIRTS]) is None
    # A new add-on that does not say it comes with each one.
    assert add_on_follow.add_on_added_each("포장도 1500원 추가하면?", [_BAGS]) is None


@pytest.mark.parametrize(
    "question",
    [
        # Binding per 권 but copies counted in 부: not one unit.
        "복사 한 장에 40원이고 스프링 제본 한 권에 1,500원인데 80장짜리 6부 하면 얼마",
        # The pages of one copy are not said.
        "copies are 0.05 a page and binding is 2.25 a copy, 12 copies, cost?",
    ],
)
def test_pages_and_copies_not_all_said_are_declined(question: str) -> None:
    assert pages_per_copy_total(question) is None


def test_a_span_beside_another_in_its_unit_is_declined() -> None:
    assert span_hired_whole("스터디룸 3시간 대여 4만5천원인데 5시간 쓰면 얼마") is None


def test_households_of_a_share_already_taken_are_declined() -> None:
    assert shared_between.shared_between_households("split it between 2 families", [_LUNCH]) is None
    # Half and half between three households is no one division.
    assert shared_between.shared_between_households("세 집이 반반 내면", [_BBQ]) is None


def test_a_charge_per_head_with_nobody_counted_is_declined() -> None:
    steps = ["라면 4천원 김밥 3천원 합치면 얼마"]
    assert surcharge.per_head_surcharge("1인당 2천원씩 더 받는대", steps) is None
