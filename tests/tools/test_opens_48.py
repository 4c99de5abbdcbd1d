"""Open markers of sets 30, 31, 33 and 36 closed in code, pinned with inputs of their own.

Each rule: a rental's hire plus its deposit paid up front (tools.calculator_rental_deposit),
one more person wanting one of the things counted (tools.followup_ordinal_wants_one), a
bill charged in tiers and its use told anew (tools.calculator_tiered_rates,
tools.followup_tiered_use, with the planner keeping a tier's "그 다음"/"after that" in one
step), and a monthly pass against a daily rate over the days used
(tools.calculator_pass_or_daily). Every case is run with its rule on and switched off.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

import pytest

import tools.calculator_everyday_readers as readers
import tools.calculator_readers_51a as readers_51a
import tools.followup_count_said_anew_en as only_needed
import tools.followup_one_more_night_ko as one_more_night_ko
import tools.followup_ordinal_wants_one as ordinal_wants
import tools.followup_plan_saving as plan_saving
import tools.followup_tiered_use as tiered_use
import tools.planner as planner
import tools.priced_add_on_rates as add_on_rates
import tools.priced_each_player as each_player
import tools.priced_reading_ko_more as ko_more
import tools.unit_price_cheaper as cheaper
from core.lazy_regex import LazyPattern
from tests.tools.rule_switch import NEVER, never
from tools.calculator_each_plus_per_thing_en import each_plus_per_thing
from tools.calculator_pass_or_daily import pass_or_daily
from tools.calculator_per_head_ticket import per_head_ticket_total
from tools.calculator_rental_deposit import rental_paid_up_front
from tools.calculator_tiered_rates import tiered_bill
from tools.followup_chain import run_chain
from tools.followups import resolve_in_conversation
from tools.planner import split_steps
from tools.priced_per_one_counted import bare_count_of_the_one_priced

_NOW = datetime(2026, 12, 5, 9, 0)


def _first(question: str) -> str | None:
    result = run_chain(split_steps(question), _NOW)
    return None if result is None else result.answer


def _follow(earlier: list[str], turn: str) -> str | None:
    follow = resolve_in_conversation(earlier, turn, _NOW)
    return None if follow is None else follow.result.answer


# --- A rental's hire plus its deposit, paid up front -----------------------------------------
_RENTALS = [
    # 42 x 3 + 150 = 276
    (
        "the tent rents for 42 a day plus a 150 refundable deposit, 3 days, what do I pay upfront",
        "276",
    ),
    # 12 x 5 + 40 = 100
    (
        "a paddleboard is 12 an hour with a 40 deposit, for 5 hours what do I hand over at pickup",
        "100",
    ),
    # (20 x 3 + 30) x 2 = 180
    (
        "scooter hire is 20 a day per scooter plus a 30 deposit per scooter, 2 scooters for 3 "
        "days, what do we pay up front",
        "180",
    ),
]


@pytest.mark.parametrize(("question", "answer"), _RENTALS)
def test_a_rental_and_its_deposit_paid_up_front(
    question: str, answer: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _first(question) == answer
    monkeypatch.setattr(readers, "rental_paid_up_front", never)
    assert _first(question) != answer


@pytest.mark.parametrize(
    "question",
    [
        # A deposit that comes off the bill is no sum paid up front.
        "the tent rents for 42 a day and a 150 deposit comes off the final bill, 3 days, "
        "what do I pay upfront",
        # A rate per scooter but a deposit once: which is per thing is unsaid.
        "scooter hire is 20 a day per scooter plus a 30 deposit, 2 scooters for 3 days, "
        "what do we pay up front",
        # Not asked what is paid up front.
        "the tent rents for 42 a day plus a 150 refundable deposit, 3 days, what does it cost me",
    ],
)
def test_a_rental_whose_sum_is_not_the_up_front_one_is_declined(question: str) -> None:
    assert rental_paid_up_front(question) is None


def test_the_rental_span_changed_follows() -> None:
    first = _RENTALS[0][0]
    assert _follow([first], "make it 5 days") == "360"  # 42 x 5 + 150


# --- One more person wants one of the things counted ----------------------------------------
def test_a_fifth_person_wants_one_too(monkeypatch: pytest.MonkeyPatch) -> None:
    first = (
        "kayak hire is 25 a day per kayak plus a 20 deposit per kayak, 4 kayaks for 2 days, "
        "what do we pay up front"
    )
    assert _first(first) == "280"  # (25 x 2 + 20) x 4
    assert _follow([first], "a fifth cousin wants a kayak too") == "350"  # x 5
    monkeypatch.setattr(ordinal_wants, "_WANTS", NEVER)
    assert _follow([first], "a fifth cousin wants a kayak too") != "350"


def test_an_ordinal_the_count_does_not_follow_is_declined() -> None:
    steps = ["kayak hire is 25 a day per kayak plus a 20 deposit per kayak, 4 kayaks for 2 days"]
    assert ordinal_wants.ordinal_wants_one_too("a seventh cousin wants a kayak too", steps) is None


# --- A bill in tiers ---------------------------------------------------------------------------
_TIERS = [
    # 100 x 90 + (160 - 100) x 180 = 9,000 + 10,800 = 19,800원
    ("전기요금 100kWh까지는 kWh당 90원 그 다음 300까지는 180원이면 160kWh 쓰면 얼마", "19,800원"),
    # 20 x 500 + (27 - 20) x 1200 = 10,000 + 8,400 = 18,400원
    ("수도요금 20톤까지 톤당 500원이고 초과분은 1200원인데 27톤 쓰면 얼마", "18,400원"),
    # 300 x 0.10 + (420 - 300) x 0.25 = 30 + 30 = 60
    (
        "power is 0.10 per kwh for the first 300 kwh and 0.25 after that, we used 420 kwh, bill?",
        "60",
    ),
]


@pytest.mark.parametrize(("question", "answer"), _TIERS)
def test_a_bill_in_tiers(question: str, answer: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _first(question) == answer
    monkeypatch.setattr(readers, "tiered_bill", never)
    assert _first(question) != answer


def test_a_use_above_the_last_tier_said_is_declined() -> None:
    # 500kWh is above the 300 of the last tier, whose charge beyond is unsaid.
    question = "전기요금 100kWh까지는 kWh당 90원 그 다음 300까지는 180원이면 500kWh 쓰면 얼마"
    assert tiered_bill(question) is None
    assert _first(question) is None


def test_a_tier_is_one_step(monkeypatch: pytest.MonkeyPatch) -> None:
    korean, english = _TIERS[0][0], _TIERS[2][0]
    assert len(split_steps(korean)) == 1 and len(split_steps(english)) == 1
    # Without the lookarounds, "그 다음" and "after that" cut the tiers into two steps.
    plain = planner._CONNECTORS.pattern.replace(r"(?!\s*\d[\d,.]*\s*[A-Za-z㎥]*\s*까지)", "")
    plain = plain.replace(r"(?<!\d\s)\bafter", r"\bafter")
    monkeypatch.setattr(planner, "_CONNECTORS", LazyPattern(plain, re.I))
    assert len(split_steps(korean)) == 2 and len(split_steps(english)) == 2


@pytest.mark.parametrize(
    ("first", "turn", "answer"),
    [
        # 100 x 90 + (250 - 100) x 180 = 36,000원: the use, never the 100 of the first tier.
        (_TIERS[0][0], "250kWh 썼으면?", "36,000원"),
        # 300 x 0.10 + (500 - 300) x 0.25 = 80
        (_TIERS[2][0], "in august we used 500", "80"),
    ],
)
def test_the_use_told_anew_after_a_tiered_bill(
    first: str, turn: str, answer: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _follow([first], turn) == answer
    monkeypatch.setattr(tiered_use, "tiered_use_replaced", never)
    assert _follow([first], turn) != answer


# --- A monthly pass against a daily rate -----------------------------------------------------
def test_a_monthly_pass_against_a_daily_rate(monkeypatch: pytest.MonkeyPatch) -> None:
    first = "헬스장 월회원권 12만원이고 일일권은 하루 8천원인데 한달에 12일 가면 뭐가 더 싸"
    answer = _first(first)
    # 12 x 8,000 = 96,000원 < 120,000원: the daily pass, 24,000원 cheaper.
    assert answer is not None and "96,000원" in answer and "일일권이 24,000원 더 쌉니다" in answer
    later = _follow([first], "한달에 20일 가면?")
    # 20 x 8,000 = 160,000원 > 120,000원: the monthly one, 40,000원 cheaper.
    assert later is not None and "160,000원" in later and "월회원권이 40,000원 더 쌉니다" in later
    monkeypatch.setattr(cheaper, "pass_or_daily", never)
    assert _first(first) != answer


def test_a_pass_question_with_a_figure_left_over_is_declined() -> None:
    # A discount on the pass is a fourth figure: no reading here.
    question = (
        "헬스장 월회원권 12만원인데 10% 할인되고 일일권은 하루 8천원, 한달에 12일 가면 뭐가 더 싸"
    )
    assert pass_or_daily(question) is None


# --- A ticket each person pays, times heads and uses --------------------------------------
_TICKETS = [
    # 50,000 x 3 x 2 = 300,000원
    ("놀이공원 입장권 하루 5만원인데 셋이서 이틀 가면 얼마", "300,000원"),
    # a fare one way, both ways: 59,800 x 3 x 2 = 358,800원
    ("KTX 편도 59,800원인데 세 명 왕복이면 얼마", "358,800원"),
    # a lesson said per person: 20,000 x 3 x 4 = 240,000원
    ("수영 강습 1회 1인 2만원인데 셋이서 4회 들으면 얼마", "240,000원"),
    # 30 x 4 x 3 = 360
    ("climbing classes are 30 per person per class, 4 of us taking 3 classes each, total?", "360"),
]


@pytest.mark.parametrize(("question", "answer"), _TICKETS)
def test_a_ticket_each_person_pays(
    question: str, answer: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _first(question) == answer
    monkeypatch.setattr(readers, "per_head_ticket_total", never)
    # opens51a's reader of a one-way fare both ways for a group reads the KTX case too.
    monkeypatch.setattr(readers_51a, "one_way_fare_both_ways_group", never)
    assert _first(question) != answer


@pytest.mark.parametrize(
    "question",
    [
        # A room's price says no person: two people share it.
        "펜션 1박 18만원인데 둘이서 이틀 자면 얼마",
        # A share asked is another sum.
        "놀이공원 입장권 하루 5만원인데 셋이서 이틀 가면 인당 얼마",
    ],
)
def test_a_price_not_each_persons_is_not_multiplied_by_heads(question: str) -> None:
    assert per_head_ticket_total(question) is None


# --- A charge said per person after the shoes, with games each -------------------------------
def test_shoes_said_per_person_with_games_each(monkeypatch: pytest.MonkeyPatch) -> None:
    question = "볼링 1게임 4천원 신발 대여 1인 1,500원인데 셋이서 두 게임씩 치면 얼마"
    assert _first(question) == "28,500원"  # 3 x (4,000 x 2 + 1,500)
    assert _follow([question], "그냥 세 게임씩 치자") == "40,500원"  # 3 x (4,000 x 3 + 1,500)
    old = each_player._WORN.pattern.replace(r"(?:1인|인당|1명당?)?\s*", "")
    monkeypatch.setattr(each_player, "_WORN", re.compile(old, re.I))
    assert _first(question) != "28,500원"


# --- A price per one of a noun, then a bare count in 개 --------------------------------------
def test_a_bare_count_of_the_noun_priced_per_one(monkeypatch: pytest.MonkeyPatch) -> None:
    question = "케이크 2만원에 초는 하나당 500원 추가인데 10개 하면 얼마"
    assert _first(question) == "25,000원"  # 20,000 + 500 x 10
    assert _follow([question], "아니 10개 말고 12개") == "26,000원"
    monkeypatch.setattr(ko_more, "bare_count_of_the_one_priced", lambda s: s)
    assert _first(question) != "25,000원"


def test_a_count_after_a_noun_of_its_own_stays_its_own() -> None:
    s = "케이크 20000원에 초는 하나당 500원 추가인데 사과 10개 사면"
    assert bare_count_of_the_one_priced(s) == s


# --- A count a month over a year, and a monthly plan's saving over that year ------------------
_YEARLY = "세차 한번 만원인데 한달에 두번 하면 1년에 얼마"


def test_a_count_a_month_over_a_year() -> None:
    # 10,000 x 2 x 12: the year is 12 of the month the count is in (down the chain).
    assert _first(_YEARLY) == "240,000원"


@pytest.mark.parametrize(
    ("first", "turn", "answer"),
    [
        (
            _YEARLY,
            "정기권이 월 15,000원이면 1년에 얼마 아끼는거야",
            "60,000원",
        ),  # 240,000 - 180,000
        (
            "a car wash is 12 each time and I go 4 times a month, what's that for a year",
            "the club plan is 35 a month, how much would I save in a year",
            "156",  # 576 - 420
        ),
    ],
)
def test_a_monthly_plan_saving_over_the_year(
    first: str, turn: str, answer: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _follow([first], turn) == answer
    monkeypatch.setattr(plan_saving, "_PLAN_KO", NEVER)
    monkeypatch.setattr(plan_saving, "_PLAN_EN", NEVER)
    assert _follow([first], turn) != answer


def test_a_plan_dearer_than_the_year_saves_nothing() -> None:
    assert (
        plan_saving.plan_saving_over_year(
            "정기권이 월 25,000원이면 1년에 얼마 아끼는거야", [_YEARLY]
        )
        is None
    )


# --- A stay's charge a day beside its price a night, and one more night -----------------------
_STAY = "글램핑 1박 8만원이고 바베큐 이용료 하루 2만원 따로인데 3박하면 얼마"


def test_a_charge_a_day_beside_a_price_a_night(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _first(_STAY) == "300,000원"  # (80,000 + 20,000) x 3
    monkeypatch.setattr(
        add_on_rates, "units_of_the_stay", lambda found: {r.unit for r in found.rates}
    )
    assert _first(_STAY) != "300,000원"


def test_one_more_night_said_in_korean(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _follow([_STAY], "하룻밤 더 묵기로 했어") == "400,000원"  # 4 nights
    assert _follow([_STAY, "하룻밤 더 묵기로 했어"], "5명이서 나눠내면 얼마씩?") == "80,000원"
    monkeypatch.setattr(one_more_night_ko, "_ONE_MORE", NEVER)
    assert _follow([_STAY], "하룻밤 더 묵기로 했어") != "400,000원"


def test_one_more_night_with_two_counts_of_nights_is_declined() -> None:
    steps = ["펜션 1박 8만원인데 이번주 2박하고 다음주 3박하면 얼마"]
    assert one_more_night_ko.one_more_night("하룻밤 더 있기로 함", steps) is None


# --- A price each plus a charge per the same thing, and fewer needed ---------------------------
_PADS = "brake pads are 45 each plus 15 a pad for fitting, I need 6, how much"


def test_a_charge_per_the_thing_priced_each(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _first(_PADS) == "360"  # (45 + 15) x 6
    monkeypatch.setattr(readers, "each_plus_per_thing", never)
    assert _first(_PADS) != "360"


def test_a_charge_per_some_other_thing_is_declined() -> None:
    question = "bulbs are 8 each plus 30 a visit for fitting, I need 5, how much"
    assert each_plus_per_thing(question) is None


def test_only_fewer_needed(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _follow([_PADS], "the garage says only 4 need replacing") == "240"  # (45 + 15) x 4
    assert only_needed.only_some_needed("the garage says only 8 need replacing", [_PADS]) is None
    monkeypatch.setattr(only_needed, "FEWER_NEEDED", replace(only_needed.FEWER_NEEDED, turn=NEVER))
    assert _follow([_PADS], "the garage says only 4 need replacing") != "240"
