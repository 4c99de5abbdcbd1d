"""Open markers of set 48's Korean turns closed in code (opens57k), pinned with inputs of
their own (none is a case file's ask).

Readers, each in its family: packs counted in words after a pack's price
(tools.calculator_forms_ko_52a.pack_counts_as_digits) and a line's count said anew
(tools.followup_counts_54k.line_item_more_ko); the second item at its own price
(tools.calculator_part_discounted.second_at_half) and halves with one other named
(tools.followup_shared_between_49b); a coupon then a percent off in the order said
(tools.calculator_discount_then_coupon) and the two swapped (tools.followup_rules_57k); an
"N+M" deal with the price said before it (tools.calculator_bundle_free, let through
tools.calculator_unread_cues_53x); a card's fee beside a conversion (tools.currency_fee) and
the fee dropped (tools.followup_instalment_fee_dropped); D-N from a stated today
(tools.dates_restated_labels); a clock moved by hours and a half (tools.dates_clock). Every
case is answered with its rule on, and otherwise with it switched off.
"""

from __future__ import annotations

import pytest

import tools.calculator_bundle_free as bundle_free
import tools.calculator_discount_then_coupon as coupon
import tools.calculator_forms_ko_52a as forms_ko_52a
import tools.calculator_part_discounted as part_discounted
import tools.calculator_unread_cues_53x as unread_53x
import tools.currency_fee as currency_fee
import tools.dates as dates
import tools.dates_clock as dates_clock
import tools.dates_restated_labels as restated_labels
import tools.followup_calc_60k as calc60
import tools.followup_counts_54k as counts_54k
import tools.followup_instalment_fee_dropped as fee_dropped
import tools.followup_shared_between_49b as shared_between
from tests.tools.rule_switch import (
    NEVER,
    SwitchOff,
    answer_to,
    answers_stay,
    both,
    narrowed,
    never,
    off,
    without_change,
)
from tests.tools.rule_switch import turns_read_only_by_their_rule as _read_only
from tools.followup_rules_57k import coupon_order_swapped


def _with_ko_reader_off(switch_off: SwitchOff) -> SwitchOff:
    """``switch_off`` with opens58k's wider reading of the form off too (it reads these)."""

    def both(monkeypatch: pytest.MonkeyPatch) -> None:
        switch_off(monkeypatch)
        monkeypatch.setattr(coupon, "coupon_order_ko", never)

    return both


def _with_slots_off(switch_off: SwitchOff) -> SwitchOff:
    """``switch_off`` with slot58t's slot reading of a clock and a span off too (it reads these)."""

    def both(monkeypatch: pytest.MonkeyPatch) -> None:
        switch_off(monkeypatch)
        monkeypatch.setattr(dates, "slots_restated", str)
        monkeypatch.setattr(dates_clock, "_clock_span_slots", lambda _s: None)  # slot59e's too

    return both


def _ends_only(head: str, item: str) -> bool:
    return head.endswith(item)


_PACKS = "요구르트 4개입 3200원짜리 세묶음이랑 우유 2L 짜리 4500원 하나 사면 얼마"
_TUNA = "참치캔 3개입 5980원짜리 두묶음이랑 햇반 12개입 13900원 하나 사면 얼마"
_SECOND_OWN = "피자 한판 25900원인데 두번째판은 19900원이래 두판 시키면 얼마"
_COUPON_FIRST = "6만원짜리 청바지에 3천원 쿠폰부터 쓰고 20% 할인 받으면 얼마야"
_PERCENT_FIRST = "89000원짜리 패딩 30%세일하는데 5천원 쿠폰까지 쓰면 얼마야"
_CHARGED = "80달러 환율 1400원이고 수수료 2% 붙으면 원화로 얼마 청구돼"
_CHARGED_EN = (
    "I paid 120 dollars on my card, rate is 1390 won per dollar and theres a 1% fee, "
    "how much will I be charged in won"
)

_CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # Packs counted in words after a pack's price: 3,200 x 3 + 4,500; 4,800 x 4 + 6,900.
    ([_PACKS], "14,100원", off(forms_ko_52a, "_PACKS_COUNTED_IN_WORDS", NEVER)),
    (
        ["컵라면 4개입 4800원짜리 네 묶음하고 생수 2L 6병짜리 6900원 결제하면 얼마"],
        "26,100원",
        off(forms_ko_52a, "_PACKS_COUNTED_IN_WORDS", NEVER),
    ),
    # ... then one line's count said anew, the others kept: 3,200 + 4,500; 6,000 + 4,000.
    ([_PACKS, "요구르트 한묶음만 사면?"], "7,700원", off(counts_54k, "_ONLY_OF_LINE", NEVER)),
    (
        ["김밥 3000원 2개랑 라면 4000원 3개 얼마", "라면 1개만 사면"],
        "10,000원",
        off(counts_54k, "_ONLY_OF_LINE", NEVER),
    ),
    # The line named by the start of its item's word ("참치" for "참치캔"): 5,980 x 4 + 13,900.
    ([_TUNA, "참치 두묶음 더 사면"], "37,820원", off(counts_54k, "_names_line", _ends_only)),
    # The second item at its own price: 25,900 + 19,900; 32,000 + 20,000.
    (
        [_SECOND_OWN],
        "45,800원",
        narrowed(part_discounted, "_SECOND_AT_HALF", "|(?P<q>", "|(?P<q>(?!x)x"),
    ),
    (
        ["셔츠 한벌 32000원인데 두번째 벌은 20000원에 해준대 2벌 사면 얼마야"],
        "52,000원",
        narrowed(part_discounted, "_SECOND_AT_HALF", "(?:해\\s*)?준대|"),
    ),
    # Halves with one other named after a total: 45,800 / 2; 10,000 / 2.
    (
        [_SECOND_OWN, "남편이랑 반띵하면 각자 얼마야"],
        "22,900원",
        off(shared_between, "_KO_HALVES", NEVER),
    ),
    (
        ["김밥 3000원 2개랑 라면 4000원 1개 결제하면 얼마", "동생하고 반반 내면 얼마씩"],
        "5,000원",
        off(shared_between, "_KO_HALVES", NEVER),
    ),
    # A coupon used first, then a percent off: (60,000 - 3,000) x 0.8; (35,000 - 2,000) x 0.9.
    (
        [_COUPON_FIRST],
        "45,600원",
        _with_ko_reader_off(narrowed(coupon, "_AMOUNT_FIRST", "(?:먼저\\s*|부터\\s*)?")),
    ),
    (
        ["35000원 티셔츠에 2천원 쿠폰 먼저 쓰고 10% 할인 들어가면 얼마"],
        "29,700원",
        _with_ko_reader_off(narrowed(coupon, "_AMOUNT_FIRST", "|들어가면")),
    ),
    # ... then the other order: 60,000 x 0.8 - 3,000; (89,000 - 5,000) x 0.7.
    ([_COUPON_FIRST, "순서 바꾸면 얼마"], "45,000원", without_change(coupon_order_swapped)),
    (
        [_PERCENT_FIRST, "쿠폰 먼저 쓰고 할인 받으면?"],
        "58,800원",
        without_change(coupon_order_swapped),
    ),
    # "N+M" with the price said right before it: 2,500 x 3 (5 at 1+1); 1,800 x 5 (7 at 2+1).
    (
        ["두부 2500원 1+1이래 5개 사면 얼마"],
        "7,500원",
        narrowed(
            bundle_free,
            "_ONE_PRICE",
            "짜리|(?=(?:인데|이고|에)?\\s*,?\\s*\\d\\s*\\+\\s*\\d))",
            "짜리)",
        ),
    ),
    (
        ["과자 1800원인데 2+1 행사하니까 7개 가져가면 총 얼마"],
        "9,000원",
        narrowed(bundle_free, "_BOUGHT", "|가져가려면|가져가면"),
    ),
    # ... let through the check for a deal left unread: 12,000 x 3 (5 at 1+1).
    (
        ["샴푸 12000원 1+1 행사중이라 5개 가져가려면 얼마"],
        "36,000원",
        off(unread_53x, "_deal_read", never),
    ),
    # A card's fee beside a conversion, the charge asked: 80 x 1,400 x 1.02; 120 x 1,390 x 1.01.
    ([_CHARGED], "114,240원", narrowed(currency_fee, "_ASKS_NEEDED", "|청구")),
    (
        ["직구 50달러 환율 1350원이고 수수료 1.5% 붙는대 통장에서 얼마 빠져나가"],
        "68,513원",
        narrowed(currency_fee, "_ASKS_NEEDED", "|빠져\\s*나"),
    ),
    (
        [_CHARGED_EN],
        "168,468원",
        narrowed(currency_fee, "_ASKS_NEEDED", "(?:be|get|gets|getting)", "(?!x)x"),
    ),
    # ... then the fee dropped: 80 x 1,400; 120 x 1,390.
    ([_CHARGED, "수수료 안 붙으면?"], "112,000원", off(fee_dropped, "with_fee_at_zero", never)),
    # (calc60's fee clause dropped reads these too: both switched off.)
    (
        [_CHARGED_EN, "what if there was no fee"],
        "166,800원",
        both(
            narrowed(fee_dropped, "_NO_FEE", "what\\s+if\\s+there", "(?!x)x"),
            off(calc60, "CHARGE_CHANGES", False),
        ),
    ),
    (
        [_CHARGED_EN, "and without the fee?"],
        "166,800원",
        both(off(fee_dropped, "with_fee_at_zero", never), off(calc60, "CHARGE_CHANGES", False)),
    ),
    # D-N from a stated today: 2030-09-01 + 77 days; 2028-12-30 + 10 days.
    (
        ["오늘이 2030년 9월 1일인데 수능 D-77이면 수능날 언제야"],
        "2030년 11월 17일 (일)",
        off(restated_labels, "_TODAY_D_MINUS", NEVER),
    ),
    (
        ["오늘 2028년 12월 30일이고 결혼식이 D-10이래 며칠이야"],
        "2029년 1월 9일 (화)",
        off(restated_labels, "_TODAY_D_MINUS", NEVER),
    ),
    (
        ["today is may 20 2029 and the exam is D-45, what date is the exam"],
        "Wednesday, July 4, 2029",
        off(restated_labels, "_TODAY_D_MINUS_EN", NEVER),
    ),
    # A clock moved by hours and a half: 10:50 + 2:30; 13:40 + 3.5 h; 22:50 + 3.5 h.
    (
        ["오전 10시 50분에 출발해서 2시간 반 걸리면 몇시에 도착해"],
        "13:20 (오후 1시 20분)",
        narrowed(dates_clock, "_CLOCK", "(?P<dhalf>반", "(?P<dhalf>(?!x)x"),
    ),
    (
        ["the meeting starts at 1:40 pm and runs for 3.5 hours, what time does it end"],
        "17:10",
        _with_slots_off(
            narrowed(
                dates_clock, "_EN_CLOCK_SENTENCE", "\\d+(?:\\.\\d+)?(?:\\s+and", "\\d+(?:\\s+and"
            )
        ),
    ),
    (
        ["my flight leaves at 22:50 and takes 3 and a half hours. what time do i land?"],
        "02:20",
        narrowed(dates_clock, "_CLOCK", "(?P<en_half>", "(?P<en_half>(?!x)x"),
    ),
]

test_read_only_by_its_rule = _read_only(_CASES)

# What the rules must leave alone: a second price above the first, an order said that is the
# one already taken, halves of no money, a D-N with no day asked, a count in words unread.
test_readings_around_stay = answers_stay(
    [
        (["셔츠 한벌 32000원인데 두번째 벌은 40000원이래 2벌 사면 얼마야"], None),
        ([_PERCENT_FIRST, "할인 먼저 하고 쿠폰 쓰면?"], None),
        (
            [
                "팬케이크 4인분 반죽에 밀가루 240그램이면 6인분은 몇그램 넣어",
                "친구랑 반반하면 얼마씩",
            ],
            None,
        ),
        (["2030년 11월 14일 수능 D-77이면 언제야"], None),
        (["참치캔 3개입 5980원짜리 몇묶음이랑 햇반 12개입 13900원 하나 사면 얼마"], None),
    ]
)


def test_halves_of_no_money_stay_unread(monkeypatch: pytest.MonkeyPatch) -> None:
    # The money check is what keeps grams from being halved as if they were paid.
    turns = [
        "팬케이크 4인분 반죽에 밀가루 240그램이면 6인분은 몇그램 넣어",
        "친구랑 반반하면 얼마씩",
    ]
    assert answer_to(turns) is None
    monkeypatch.setattr(shared_between, "_MONEY_UNITS", ("원", "g"))
    assert answer_to(turns) is not None
