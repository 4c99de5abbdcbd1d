"""Open markers of sets 33 to 42 closed in code (opens51b), pinned with inputs of their own.

Readers: a refund of tickets less a cancellation fee (tools.calculator_refund_less_fee_51b),
a bill shared by floor area (tools.calculator_share_by_area_51b), an amount paid once beside
a total the readers read (tools.calculator_one_off_beside_51b), an order whose group is said
first (tools.calculator_group_said_first_51b, and the group guard's hook for an order of one
each), a phone's monthly bill (tools.calculator_phone_bill_51b), a cost split among those
who paid (tools.calculator_unpaid_left_out_51b), a charge over an allowance
(tools.calculator_allowance_excess_51b), a price without VAT asked with it
(tools.calculator_vat_included_asked_51b), one of a group paying half
(tools.calculator_one_pays_half_51b), an exchange fee cut by 우대
(tools.currency_preferential_fee_51b, hooked into tools.handler_money) and "한근" before its
price (tools.korean_numbers). Follow-up rules: tools.followup_*_51b, and the follow-up's unit
squares (㎡) kept (tools.followups). Every case is answered with its rule on, and otherwise
with it switched off.
"""

from __future__ import annotations

import re
import unicodedata

import pytest

import tools.calculator_figure_roles_62c as figure_roles
import tools.calculator_group_size as group_size
import tools.calculator_readers_51b as readers_51b
import tools.followups as followups
import tools.handler_money as handler_money
import tools.korean_numbers as korean_numbers
from tests.tools.rule_switch import SwitchOff, answer_to, both, never, off
from tests.tools.rule_switch import turns_read_only_by_their_rule as _read_only
from tools.calculator_allowance_excess_51b import charge_over_allowance
from tools.calculator_one_off_beside_51b import one_off_beside_total
from tools.calculator_one_pays_half_51b import others_share_when_one_pays_half
from tools.calculator_phone_bill_51b import phone_bill_a_month
from tools.calculator_refund_less_fee_51b import refund_less_cancel_fee
from tools.calculator_share_by_area_51b import share_by_area
from tools.calculator_unpaid_left_out_51b import split_among_those_who_paid
from tools.calculator_vat_included_asked_51b import price_with_vat_asked
from tools.currency_preferential_fee_51b import preferential_said_as_fee
from tools.followup_area_share_51b import part_area_told
from tools.followup_beside_one_off_51b import change_beside_one_off
from tools.followup_change_rules import CHANGES
from tools.followup_order_changes_51b import another_of_a_line_en, counted_line_skipped_en
from tools.followup_percent_change_end_51b import percent_change_end_told
from tools.followup_rate_per_unit_51b import rate_per_unit_said_anew
from tools.followup_refund_count_51b import fewer_cancelled_refunded
from tools.followup_said_around_51b import (
    doubted_figure_ko,
    noun_then_figure_to_ko,
    one_fewer_of_kind_en,
    reason_then_so_en,
)
from tools.followup_supply_price_cut_51b import supply_price_cut
from tools.followup_unpaid_paid_51b import some_unpaid_paid
from tools.korean_numbers import normalize_numerals

_VAT_SIDES_OFF = off(figure_roles, "USE_VAT_SIDES", False)


def _switched_off(what: str | object) -> SwitchOff:
    """A calculator reader of this helper's table by name, or a follow-up rule, reading
    nothing (the rule table holds the function itself, so the rule is left out of it)."""
    if isinstance(what, str):
        return off(readers_51b, what, never)
    return off(followups, "CHANGES", tuple(c for c in CHANGES if c is not what))


_reader_off = _rule_off = _switched_off


def _measure_price_off(monkeypatch: pytest.MonkeyPatch) -> None:
    # The native-count pattern as it was: a joined measure ("한근") read only before a
    # particle, 반 or the end, never before its price.
    old = korean_numbers._NATIVE_COUNT.pattern.replace(r"(?<!돈)\s+\d|", "")
    monkeypatch.setattr(korean_numbers, "_NATIVE_COUNT", re.compile(old))


def _unit_squares_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every symbol dropped as an emoji, ㎡ too, as before.
    monkeypatch.setattr(followups, "_is_emoji", lambda ch: unicodedata.category(ch) == "So")


_CONCERT = "콘서트 티켓 3장 12만원씩 샀는데 취소 수수료 20% 떼면 얼마 돌려받아"
_OFFICE = "건물 전체 청소비 120만원이고 전체 면적 600평인데 우리 사무실 45평이면 면적 비례로 얼마"
_SHOP = "건물 전체 수도요금 90만원이고 전체 면적 3000㎡인데 우리 가게 150㎡면 면적 비례로 얼마"
_PIANO = (
    "피아노 레슨 시간당 3만원이고 주1회 한번에 1시간씩 4주 하고 악보값 1만5천원 따로면 한달 총 얼마"
)
_YOGA = "요가 10회권 30만원 끊고 매트 대여 한달에 5천원씩 3개월 쓰면 다 해서 얼마야"
_LUNCH = "lunch for 3, three sandwiches at 6.50 and 3 coffees at 2.50, split evenly how much each"
_DRINKS = "bought drinks for 4 of us, 2 ciders at 5.20 and 2 g&ts at 7.80, whats the total"
_PHONE = (
    "휴대폰 기기값 96만원 24개월 할부고 요금제 월 5만원인데 선택약정 25% 할인이면 한달에 얼마 내?"
)
_TABLET = "아이패드 출고가 120만원 12개월 할부고 요금제 월 3만원이면 한달에 얼마씩 내?"
_CLUB = "동호회 회식비 36만원인데 회원 15명 중에 3명이 회비 안냈어 낸 사람끼리 나누면 1인당 얼마"
_DATA = (
    "my phone plan includes 20 gigabytes a month for 6 months and overage is 2.50 a gigabyte, "
    "I used 150 gigabytes, what's the overage charge"
)
_DOLLARS = (
    "달러 매매기준율 1달러에 1400원이고 환전수수료 1.5%인데 90% 우대 받으면 1000달러 바꾸는데 "
    "원화 얼마 필요해"
)
_ALLOWANCE = "용돈 20만원에서 25만원으로 올랐으면 몇 퍼 오른거야"
_SALES = "작년 매출 4억이었는데 올해 5억이면 몇프로 늘은거야"
_HALL = "웨딩홀 총 500만원인데 계약금 20% 냈으면 잔금 얼마 남았어"
_MUSEUM = "3 museum tickets at 24 each plus a 2 booking fee per ticket, how much"
_INTERIOR = "인테리어 견적이 부가세 별도 800만원인데 부가세 포함하면 얼마"
_DUES = "모임 회비 20만원을 5명이 내는데 막내는 반만 내기로 했어 나머지는 얼마씩?"
_ZOO = "zoo entry is 18 for adults and 9 for kids, we're 2 adults and 3 kids, how much"

_CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # Tickets refunded less a percent fee: 3 x 120,000 x 0.8; two of them: 2 x 120,000 x 0.8
    # (never the count less two, 96,000원).
    ([_CONCERT], "288,000원", _reader_off("refund_less_cancel_fee")),
    ([_CONCERT, "2장만 취소하면?"], "192,000원", _rule_off(fewer_cancelled_refunded)),
    # A bill by floor area: 1,200,000 x 45 / 600; the neighbour's 30평; 900,000 x 60 / 3000.
    ([_OFFICE], "90,000원", _reader_off("share_by_area")),
    ([_OFFICE, "옆 사무실은 30평인데 거긴?"], "60,000원", _rule_off(part_area_told)),
    ([_SHOP, "옆 가게는 60㎡인데 거긴?"], "18,000원", _unit_squares_dropped),
    # An amount paid once beside a read total: 30,000 x 1 x 1 x 4 + 15,000; 300,000 + 5,000 x 3.
    ([_PIANO], "135,000원", _reader_off("one_off_beside_total")),
    ([_YOGA], "315,000원", _reader_off("one_off_beside_total")),
    # A change read without the once-paid amount, which stays: 30,000 x 2 x 4 + 15,000.
    ([_PIANO, "주2회로 늘리면"], "255,000원", _rule_off(change_beside_one_off)),
    ([_YOGA, "매트 대여 6개월로 하면?"], "330,000원", _rule_off(change_beside_one_off)),
    # The group said first: split between it, (19.50 + 7.50) / 3; one each for it, 10.40 + 15.60.
    ([_LUNCH], "9", _reader_off("group_said_first")),
    ([_DRINKS], "26", off(group_size, "order_counts_cover_group", lambda _q, _s: False)),
    # A counted line skipped (6.50 x 3 / 3) or one more of it, the group one more too.
    ([_LUNCH, "and if we skip the coffees?"], "6.5", _rule_off(counted_line_skipped_en)),
    ([_DRINKS, "plus another cider for my friend"], "31.2", _rule_off(another_of_a_line_en)),
    # A phone's month: 960,000 / 24 + 50,000 x 0.75; "할부 24개월로 하면?" as "24개월이면?",
    # 1,200,000 / 24 + 30,000.
    ([_PHONE], "77,500원", _reader_off("phone_bill_a_month")),
    ([_TABLET, "할부 24개월로 하면?"], "80,000원", _rule_off(noun_then_figure_to_ko)),
    # A split among those who paid: 360,000 / 12; one more paid: 360,000 / 13.
    ([_CLUB], "30,000원", _reader_off("split_among_those_who_paid")),
    ([_CLUB, "안낸 3명 중에 1명은 방금 냈대"], "27,692원", _rule_off(some_unpaid_paid)),
    # Use over an allowance: (150 - 20 x 6) x 2.50; the rate said anew: (150 - 120) x 3.
    ([_DATA], "75", _reader_off("charge_over_allowance")),
    ([_DATA, "what if the rate was 3 a gigabyte"], "90", _rule_off(rate_per_unit_said_anew)),
    # An exchange fee cut by 우대: 1.5% at 90% off is 0.15%, 1,400,000 x 1.0015.
    ([_DOLLARS], "1,402,100원", off(handler_money, "preferential_said_as_fee", lambda t: t)),
    # One amount of a percent change anew, named by its time: the starting one by 작년
    # (500M over 250M), the new one by 올해 (600M over 400M).
    ([_SALES, "작년이 2억5천이었으면?"], "100%", _rule_off(percent_change_end_told)),
    ([_SALES, "올해 6억이면?"], "50%", _rule_off(percent_change_end_told)),
    # A figure told back as a doubt: as "계약금이 10%면?", 5,000,000 x 0.9.
    ([_HALL, "계약금이 10%였나? 그럼?"], "4,500,000원", _rule_off(doubted_figure_ko)),
    # A reason, then "so" and the change: 4 x (24 + 2).
    ([_MUSEUM, "my cousin is joining, so 4 tickets"], "104", _rule_off(reason_then_so_en)),
    # One of a kind less, or the youngest free: 18 + 27; 36 + 18.
    ([_ZOO, "one less adult"], "45", _rule_off(one_fewer_of_kind_en)),
    ([_ZOO, "the youngest is under 3 so he's free"], "54", _rule_off(one_fewer_of_kind_en)),
    # A price without VAT, the price with it asked: 8,000,000 x 1.1; the supply price cut
    # first: (8,000,000 - 500,000) x 1.1.
    # (Read by the figure's side of VAT too, calc62: both switched off.)
    ([_INTERIOR], "8,800,000원", both(_reader_off("price_with_vat_asked"), _VAT_SIDES_OFF)),
    ([_INTERIOR, "공급가에서 50만원 깎아주면?"], "8,250,000원", _rule_off(supply_price_cut)),
    # One of five pays half a share: 200,000 / 4.5 each for the others.
    ([_DUES], "44,444원", _reader_off("others_share_when_one_pays_half")),
    # A joined measure before its price: 18,000 x 3.
    (["돼지고기 한근 1만8천원이면 세근 얼마"], "54,000원", _measure_price_off),
]

test_read_only_by_its_rule = _read_only(_CASES)


@pytest.mark.parametrize(
    "question",
    [
        # A fixed charge beside the percent: a fourth figure the refund would drop.
        "티켓 2장 5만원씩 샀는데 취소 수수료 10% 떼고 발권 수수료 2000원 빼면 얼마 돌려받아",
        # No refund asked: what is paid, another question.
        "티켓 2장 5만원씩 샀는데 취소 수수료 10% 떼면 얼마야",
    ],
)
def test_refund_declines_other_forms(question: str) -> None:
    assert refund_less_cancel_fee(normalize_numerals(question)) is None


@pytest.mark.parametrize(
    "question",
    [
        # The part no smaller than the whole.
        "전체 관리비 100만원이고 전체 면적 100평인데 우리집 120평이면 면적 비례로 얼마",
        # Two units: 평 beside ㎡ is no share of one whole.
        "전체 관리비 100만원이고 전체 면적 3000㎡인데 우리집 30평이면 면적 비례로 얼마",
        # No share by area asked.
        "전체 관리비 100만원이고 전체 면적 3000㎡인데 우리집 90㎡면 얼마",
    ],
)
def test_share_by_area_declines(question: str) -> None:
    assert share_by_area(normalize_numerals(question)) is None


@pytest.mark.parametrize(
    "question",
    [
        # A separate charge said a month: it recurs, not paid once.
        "과외 시간당 4만원이고 주2회 한번에 2시간씩 4주 하고 교재비 월 2만원 따로면 한달 총 얼마",
        # No total asked.
        "과외 시간당 4만원이고 주2회 한번에 2시간씩 4주 하고 교재비 2만원 따로면 회당 얼마",
    ],
)
def test_one_off_declines_recurring_or_no_total(question: str) -> None:
    assert one_off_beside_total(normalize_numerals(question)) is None


@pytest.mark.parametrize(
    "turns",
    [
        # A group the order does not count one by one: left to decline.
        ["drinks for 6 of us, 2 ciders at 5.20 and 2 colas at 3, whats the total"],
        # A split that names its own count beside the group: which one divides is unsaid.
        ["lunch for 3, 3 sandwiches at 6.50, split evenly between 2 how much each"],
    ],
)
def test_group_said_first_declines(turns: list[str]) -> None:
    assert answer_to(turns) is None


def test_phone_bill_declines_instalment_interest() -> None:
    question = (
        "휴대폰 기기값 96만원 24개월 할부고 할부이자 5.9% 요금제 월 5만원이면 한달에 얼마 내?"
    )
    assert phone_bill_a_month(normalize_numerals(question)) is None


def test_unpaid_split_declines_all_left_out() -> None:
    question = "회식비 30만원인데 회원 5명 중에 5명이 회비 안냈어 낸 사람끼리 나누면 1인당 얼마"
    assert split_among_those_who_paid(normalize_numerals(question)) is None


def test_allowance_declines_use_within_it() -> None:
    question = _DATA.replace("150 gigabytes", "100 gigabytes")
    assert charge_over_allowance(normalize_numerals(question)) is None


def test_preferential_fee_needs_the_fee_right_before() -> None:
    # 우대 said before the fee: which fee it cuts is not plain, the text stays as typed.
    question = (
        "90% 우대 받고 1달러에 1400원이고 환전수수료 1.5%면 1000달러 바꾸는데 원화 얼마 필요해"
    )
    assert preferential_said_as_fee(question) == question


def test_refund_count_needs_fewer_than_bought() -> None:
    assert fewer_cancelled_refunded("3장만 취소하면?", [_CONCERT]) is None


def test_one_fewer_needs_one_counted_kind() -> None:
    # "one teacher less": no count of teachers in the question.
    assert one_fewer_of_kind_en("one teacher less", [_ZOO]) is None


def test_reason_then_so_needs_a_reason_without_figures() -> None:
    # The clause before "so" carries a figure of its own: not only a reason.
    assert reason_then_so_en("2 friends cancelled, so 3 tickets", [_MUSEUM]) is None


def test_doubted_figure_needs_the_doubt() -> None:
    assert doubted_figure_ko("계약금이 10%야", [_HALL]) is None


@pytest.mark.parametrize(
    "follow_up",
    [
        "월세는 30만원이면?",  # a word that names no time of the change
        "30만원이었으면?",  # a bare amount: which end is not said (test_wrongs_34)
    ],
)
def test_percent_change_end_needs_its_time_named(follow_up: str) -> None:
    assert percent_change_end_told(follow_up, [_ALLOWANCE]) is None


def test_vat_included_needs_the_amount_said_without_it() -> None:
    # No 별도: "800만원 부가세 포함하면" may be a price that already includes it.
    question = "인테리어 견적이 800만원인데 부가세 포함하면 얼마"
    assert price_with_vat_asked(normalize_numerals(question)) is None


def test_supply_cut_declines_a_cut_of_the_whole() -> None:
    assert supply_price_cut("공급가에서 900만원 깎아주면?", [_INTERIOR]) is None


def test_one_pays_half_declines_another_figure() -> None:
    # "한명은": a count said as a figure beside the group, left to other readers.
    question = "선물 12만원을 친구 넷이 내는데 한명은 반만 내기로 했어 나머지 셋은 얼마씩 내?"
    assert others_share_when_one_pays_half(normalize_numerals(question)) is None
