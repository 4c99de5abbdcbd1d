"""Open markers of sets 30 to 35 closed in code (opens49b), pinned with inputs of their own.

Each rule: a price of one plus add-ons each, times a count, and its follow-ups dropping or
adding an add-on (tools.calculator_add_on_each_49b, tools.followup_add_on_each_49b); printing
per page and binding per copy (tools.calculator_pages_per_copy_49b); a span that says what a
hire's price buys (tools.calculator_describing_figures); a total split between households, or a
share taken again between fewer (tools.followup_shared_between_49b); a charge per head added
to a group's bill (tools.followup_per_head_surcharge_49b). Every case is answered with its
rule on, and otherwise with it switched off.
"""

from __future__ import annotations

import pytest

import tools.calculator_readers_49b as readers_49b
import tools.currency_limit_clause_49b as duty_free
import tools.followup_add_on_each_49b as add_on_follow
import tools.followup_off_before_tax_49b as before_tax
import tools.followup_per_head_surcharge_49b as surcharge
import tools.followup_rate_extra_en_49b as rate_extra
import tools.followup_shared_between_49b as shared_between
import tools.followups as followups
from tests.tools.rule_switch import (
    NEVER,
    SwitchOff,
    answer_to,
    never,
    off,
    turns_read_only_by_their_rule,
)
from tools.calculator_add_on_each_49b import add_on_each_total
from tools.calculator_describing_figures import span_hired_whole
from tools.calculator_pages_per_copy_49b import pages_per_copy_total
from tools.followup_change_rules import CHANGES
from tools.followup_count_restated_49b import count_restated
from tools.followup_found_figure_49b import figure_found_out
from tools.followup_took_span_en_49b import took_span_restated


def _reader_off(name: str) -> SwitchOff:
    return off(readers_49b, name, never)


def _rule_off(rule: object) -> SwitchOff:
    """The follow-up rules without ``rule`` (the table holds the function itself)."""
    return off(followups, "CHANGES", tuple(c for c in CHANGES if c is not rule))


_SHIRTS = "동호회 티셔츠 한장 2만8천원에 이름 자수 4천원씩 해서 12명 맞추면 얼마"
_BAGS = "에코백 장당 9천원에 로고 인쇄 2천5백원 추가 20명이면 얼마"
_CLASS = "가죽공방 체험 1인 6만원인데 재료비 만오천원 별도래 4명이면 얼마"
_CABIN = "the cabin is 90 a night, 4 nights, total?"
_BBQ = "바베큐 세트 어른 2만원 아이 만원인데 어른 넷 아이 둘이면 얼마"
_LUNCH = "the bill is 150 for 5 of us, how much each"
_ROOM = "스터디룸 3시간 대여 4만5천원인데 다섯명이 나눠내면 한명당 얼마"
_DUTY_FREE = "직구할 때 200달러까지 면세라 175달러만 샀는데 환율 1400원이면 원화로 얼마"

_CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # A duty-free limit beside the basket: 175 x 1,400; the basket changed, never the limit.
    ([_DUTY_FREE], "245,000원", off(duty_free, "_LIMIT", NEVER)),
    ([_DUTY_FREE, "190달러로 맞추면?"], "266,000원", _rule_off(duty_free.amount_bought_changed)),
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
    # The same share now paid by fewer, said in Korean: 60,000 / 3.
    (
        ["수도세 6만원 나왔는데 넷이 나누면 얼마씩", "한명 나가서 이제 셋이 내야됨"],
        "20,000원",
        off(shared_between, "_AGAIN_KO", NEVER),
    ),
    # A figure found out, said in the past: the named amount at 27,000원, / 3.
    (
        ["택시비 2만4천원 나왔는데 셋이 나누면 얼마씩", "영수증 다시 보니 택시비 2만7천원이었음"],
        "9,000원",
        _rule_off(figure_found_out),
    ),
    # An extra per the rate's own unit: (22 + 3) x 4.
    (
        [
            "the cleaner charges 22 an hour and she'll be here 4 hours, what do I owe",
            "she charges 3 extra an hour for bringing her own supplies and I want that",
        ],
        "100",
        off(rate_extra, "_EXTRA", NEVER),
    ),
    # One more of a thing counted: 막국수 2 -> 3, (40,000 + 9,000 x 3) / 3.
    (
        [
            "족발 대 4만원이랑 막국수 두 그릇 그릇당 9천원 시키고 셋이 나누면 한명당 얼마",
            "막국수 하나 더 추가",
        ],
        "22,333원",
        _rule_off(count_restated),
    ),
    # Only that many: 2 games each, (5,000 x 2 + 2,500) x 3.
    (
        ["볼링 한게임 5천원 신발대여 2500원인데 셋이서 네게임씩 치면 얼마", "두게임만 치자"],
        "37,500원",
        _rule_off(count_restated),
    ),
    # A length said again in hours where the request counted minutes: 60 + 2 x 90.
    (
        [
            "the plumber charges 50 to come out and 2 a minute, she took 45 minutes, bill?",
            "sorry, it took her an hour",
        ],
        "170",
        _rule_off(took_span_restated),
    ),
    # An amount off before tax: (380 - 30) x 1.06.
    (
        ["the stroller is 380 and tax is 6%, total?", "they'll take 30 off before tax"],
        "371",
        off(before_tax, "_OFF", NEVER),
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
        # Another kind at its own price, no word adding it: alternatives, never a sum.
        "컬러 장당 500원 흑백 장당 100원 200장이면 얼마",
        "입장료 어른 1인 2만원 아이 1인 만원인데 어른 넷 애 둘 여섯명이면 얼마",
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


@pytest.mark.parametrize(
    ("turns"),
    [
        # A basket over the limit would owe duty: declined, never converted as if free.
        ["직구할 때 200달러까지 면세라 215달러 샀는데 환율 1400원이면 원화로 얼마"],
        [_DUTY_FREE, "230달러로 맞추면?"],
    ],
)
def test_a_basket_over_the_duty_free_limit_is_declined(turns: list[str]) -> None:
    assert answer_to(turns) is None


def test_an_extra_per_a_unit_no_rate_is_per_is_declined() -> None:
    steps = ["the cleaner charges 22 an hour and she'll be here 4 hours, what do I owe"]
    assert rate_extra.rate_extra_per_unit("she charges 3 extra a room", steps) is None


def test_two_lengths_or_an_amount_off_past_the_price_are_declined() -> None:
    drive = ["we drove 225 miles in 3 hours 45 minutes, what was our average speed"]
    assert took_span_restated("it took us 4.5 hours", drive) is None
    # A new length alike the call-out fee: declined, never read as one figure.
    plumber = ["the plumber charges 60 to come out and 2 a minute, she took 45 minutes, bill?"]
    assert took_span_restated("sorry, it took her an hour", plumber) is None
    stroller = ["the stroller is 380 and tax is 6%, total?"]
    assert before_tax.off_before_tax("they'll take 400 off before tax", stroller) is None
