"""Follow-ups of priced first turns read right or declined since turns30 (examples of our own).

Blind set 30 answered "she adds 15% for rush jobs" with 15% *of* the amount (the last
resort read a percent beside a reference as a share) and "아 코트 두 벌이었음" by swapping
the shirts' count for the coat's. Now a percent said with a word of more raises the amount
and one with a word of a lower price takes it off; "adds N%" is an addition like "add N%";
a figure of another item than the one named is never swapped. Each case is also run with
its rule switched off: the same answer must not come.
"""

from __future__ import annotations

import re

import pytest

import tools.followup_chat_forms as chat_forms
import tools.followup_edits as edits
import tools.followup_percent_on_top as percent_module
import tools.followup_priced_price_alone as price_alone
import tools.followup_priced_swap as priced_swap
import tools.followups as followups
import tools.korean_native_tens as native_tens
import tools.priced_quantities as quantities
import tools.references as references
from core.lazy_regex import LazyPattern
from tests.tools.rule_switch import NEVER, SwitchOff, off, read_only_by_its_rule
from tools.followup_change_rules import CHANGES
from tools.followup_discount_dropped import discount_dropped
from tools.followup_one_swapped import one_swapped_for_another
from tools.followup_percent_on_top import percent_on_top
from tools.followups import resolve_in_conversation
from tools.references import _OPERATION_FORMS, OPERATION_RES


def _answer(turns: list[str]) -> str | None:
    found = resolve_in_conversation(turns[:-1], turns[-1])
    return None if found is None else found.result.answer


def _without(monkeypatch: pytest.MonkeyPatch, rule: str) -> None:
    rules = tuple(r for r in CHANGES if r.__name__ != rule)
    monkeypatch.setattr(followups, "CHANGES", rules)


def _without_percent_on_top(monkeypatch: pytest.MonkeyPatch) -> None:
    _without(monkeypatch, "percent_on_top")


def _add_percent_without_adds(monkeypatch: pytest.MonkeyPatch) -> None:
    # "adds 20%" is read by both: the named operation first, percent_on_top after it.
    _without_percent_on_top(monkeypatch)
    form = _OPERATION_FORMS["add_percent"].replace("add(?:s|ed|ing)?", "add(?:ing)?")
    changed = dict(OPERATION_RES, add_percent=LazyPattern(form, re.IGNORECASE))
    monkeypatch.setattr(references, "OPERATION_RES", changed)
    monkeypatch.setattr(edits, "OPERATION_RES", changed)


_VAN = "a cleaner charges 30 an hour and the job took 6 hours, what do I owe"
_TAXI = "택시 기본 4,800원에 키로당 1,000원인데 12키로 가면 얼마"

CASES: list[tuple[list[str], str, SwitchOff]] = [
    ([_VAN, "it's 25% more on sundays and it was a sunday"], "225", _without_percent_on_top),
    ([_VAN, "there's a 10% holiday surcharge on that"], "198", _without_percent_on_top),
    ([_TAXI, "그거 심야라 20% 더 받는대"], "20,160원", _without_percent_on_top),
    ([_TAXI, "그거 앱으로 부르면 10% 더 싸대"], "15,120원", _without_percent_on_top),
    ([_VAN, "he adds 20% for holidays and it was one"], "216", _add_percent_without_adds),
]


@pytest.mark.parametrize(
    "turns",
    [
        # Both ways at once, a refund, interest or a second figure: never guessed.
        [_TAXI, "그거 20% 더 받는데 카드면 더 싸대"],
        [_VAN, "it's 25% more on sundays but 10% off for members"],
        [_TAXI, "그거 연 5% 이자 붙으면"],
    ],
)
def test_percent_without_one_direction_is_not_read_as_on_top(turns: list[str]) -> None:
    assert percent_on_top(turns[-1], [turns[0]]) is None


def test_a_figure_of_another_item_is_never_swapped(monkeypatch: pytest.MonkeyPatch) -> None:
    # The coat's count is unsaid (its price's "한 벌"); the shirts' 여덟 벌 is no coat. The
    # suits' own count is said after its price now (opens51a's item_count_was_ko): 2 suits.
    swapped = "와이셔츠 한 벌 3,000원 여덟 벌이랑 정장 한 벌 15,000원 맡기면 얼마"
    assert _answer([swapped, "정장 두 벌이었어"]) == "54,000원"
    # The named item's own count still changes.
    assert _answer([swapped, "와이셔츠 열 벌이었어"]) == "45,000원"
    monkeypatch.setattr(priced_swap, "slot_of_another_item", lambda *_args: False)
    assert _answer([swapped, "정장 두 벌이었어"]) == "21,000원"


def _without_discount_dropped(monkeypatch: pytest.MonkeyPatch) -> None:
    _without(monkeypatch, "discount_dropped")


_GIMBAP = "김밥 한 줄 3,500원 여섯 줄인데 20% 할인쿠폰 쓰면 얼마"
_BAGS = "4 gym bags at 45 each and the spring sale is 25% off, what's the total"
_PARCELS = "택배 한 박스 4,000원인데 여덟 박스 보내면 얼마"
_COMPOST = "퇴비 한 포대 6천원인데 열 포대 사면 얼마"
_OLD_COUNTERS = (
    r"(?:명|사람|개|잔|장|병|권|대|마리|판|그릇|봉지|상자|켤레|캔|팩|박스|세트|인분|시간"
    r"|달|벌|채|통|줄|송이|포기|롤|게임|번|군데|곳)"
)

MORE_CASES: list[tuple[list[str], str, SwitchOff]] = [
    ([_GIMBAP, "쿠폰 만료됐대"], "21,000원", _without_discount_dropped),
    ([_BAGS, "the sale ended yesterday"], "180", _without_discount_dropped),
    (
        [_PARCELS, "빠른배송은 한 박스에 5,500원이래"],
        "44,000원",
        off(price_alone, "_BY_AN_AMOUNT", re.compile(r"더|추가|싸|빠|빼|할인|깎|%")),
    ),
    (
        [_COMPOST, "마흔 포대로 할게"],
        "240,000원",
        off(
            native_tens,
            "_COUNT",
            re.compile(
                rf"(?<![가-힣])(?P<tens>{'|'.join(native_tens._TENS)})"
                rf"(?P<ones>{'|'.join(sorted(native_tens._ONES, key=len, reverse=True))})?"
                rf"\s*(?={_OLD_COUNTERS})"
            ),
        ),
    ),
]


def test_a_discount_said_gone_needs_a_discount_and_no_figure() -> None:
    # No discount in the first turn, or a new figure: not this rule's.
    assert discount_dropped("쿠폰 못 쓴대", [_PARCELS]) is None
    assert discount_dropped("쿠폰 못 쓰고 5% 적립만 된대", [_GIMBAP]) is None


_VAN_KO = "캠핑카 하루 12만원에 보험료 하루 2만원인데 사흘 빌리면 얼마"


def test_extended_to_a_figure_is_not_by_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # "6일로 연장": to six days (840,000원), never three more (9 days, 1,260,000원).
    assert _answer([_VAN_KO, "6일로 연장할게"]) == "840,000원"
    assert _answer([_VAN_KO, "이틀 연장할게"]) == "700,000원"
    monkeypatch.setattr(priced_swap, "_TO_THE_FIGURE", NEVER)
    assert _answer([_VAN_KO, "6일로 연장할게"]) != "840,000원"


def test_native_day_words_are_days(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _answer([_VAN_KO, "엿새로 바꿀게"]) == "840,000원"
    monkeypatch.setattr(
        quantities, "_NATIVE_DAY_WORDS", re.compile(r"(?<![가-힣])(이틀|사흘|나흘)")
    )
    assert _answer([_VAN_KO, "엿새로 바꿀게"]) != "840,000원"


def test_a_cost_also_spent_is_added(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _answer([_VAN_KO, "톨비 3만원도 나왔어"]) == "450,000원"
    monkeypatch.setattr(chat_forms, "_ALSO_SPENT", NEVER)
    assert _answer([_VAN_KO, "톨비 3만원도 나왔어"]) != "450,000원"


def _without_one_swapped(monkeypatch: pytest.MonkeyPatch) -> None:
    _without(monkeypatch, "one_swapped_for_another")
    monkeypatch.setattr(followups, "one_swapped_for_another", lambda *_args: None)


_TACOS = "4 tacos at 3.75 and 2 sodas at 2.50 plus 3 for delivery, what's the total"
_RICE_CAKE = "떡 한 상자 25,000원 세 상자랑 배달비 5천원이면 얼마"

SWAP_CASES: list[tuple[list[str], str, SwitchOff]] = [
    ([_TACOS, "swap one of the tacos for a burrito at 8.25"], "27.5", _without_one_swapped),
    ([_RICE_CAKE, "한 상자는 꿀떡 32,000원짜리로 바꿔줘"], "87,000원", _without_one_swapped),
]


def test_one_swapped_needs_one_price_of_its_unit() -> None:
    # Two prices per person (a service and a tip): which one goes is not said.
    massage = "마사지 1인 5만원 네 명 받고 팁은 1인당 5천원씩 주면 총 얼마"
    assert one_swapped_for_another("한 명은 8만원짜리로 할래", [massage]) is None
    # No price for the new one: never guessed.
    assert one_swapped_for_another("swap one of the tacos for a burrito", [_TACOS]) is None


def test_a_percent_on_one_of_several_is_not_on_the_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    trades = "the painter charged 300 and the roofer 450, what's the total"
    more = "one of them charges 10% more on sundays and it was one"
    assert percent_on_top(more, [trades]) is None
    assert _answer([trades, more]) != "825"
    monkeypatch.setattr(percent_module, "_ONE_OF_SEVERAL", NEVER)
    assert percent_on_top(more, [trades]) is not None


@pytest.mark.parametrize(("turns", "expected", "switch_off"), CASES + MORE_CASES + SWAP_CASES)
def test_follow_up_read_and_only_by_its_rule(
    turns: list[str], expected: str, switch_off: SwitchOff, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(lambda: _answer(turns), expected, switch_off, monkeypatch)
