"""Follow-ups of priced first turns read since turns27 (examples of our own).

An area "as well" (도 같이) adds to the count; "one of them" changing leaves the sum to a
model; a split asked with 나눠/엔빵; a discount on the whole given afresh; the total over
so many of the period asked (4주치); a fee named and waived; "an hour and a half"; "two
more people". Each is also run with its rule switched off.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import tools.followup_added_and_shared as added_and_shared
import tools.followup_items as followup_items
import tools.followup_priced_swap as priced_swap
import tools.priced_quantities as quantities
from tools.followups import resolve_in_conversation

_NEVER = re.compile(r"(?!x)x")


def _never(*_args: Any) -> None:
    return None


_FLOOR = "바닥 제곱미터당 30,000원인데 주방 8제곱미터면 얼마"
_SALON = "샴푸 1번 3,000원 드라이 1번 2,000원인데 네 번씩 하면 얼마"
_CHICKEN = "치킨 한 마리 18,000원 세 마리 시키면 얼마"
_PILATES = "필라테스 1회 40,000원인데 10회 끊으면 얼마야"
_HELPER = "청소 도우미 주 2회 회당 3시간 시급 14,000원이면 일주일에 얼마야"
_PURIFIER = "공기청정기 설치비 4만원에 렌탈료 월 19,900원 1년 쓰면 총 얼마"
_PIANO = "the piano teacher is 60 an hour, 2 hours a week, what's that over 6 weeks"
_SNACKS = "튀김 3개 1개 4,000원이랑 어묵 2개 1개 1,500원 얼마"
_CHALET = "the chalet is 1,200 for the week and there are four of us, what's each person's share"

CASES = [
    (_FLOOR, "욕실 4제곱미터도 같이 하면", "360,000원", "_MORE", None),
    (_CHICKEN, "여섯명이 엔빵하면?", "9,000원", "_SHARE_ASKED", None),
    (_PILATES, "카드로 하면 5% 깎아준대", "380,000원", "_DISCOUNT_NOW", None),
    (_HELPER, "4주치 한번에 주면 얼마", "336,000원", "_FOR_PERIODS_KO", None),
    (_PURIFIER, "설치비는 무료래", "238,800원", "named_fee_dropped", _never),
    (_CHALET, "two more people are coming", "200", "_WORDS_MORE", None),
    (_SNACKS, "어묵은 빼줘", "12,000원", "named_fee_dropped", _never),
]


def _switch_off(monkeypatch: pytest.MonkeyPatch, name: str, value: object) -> None:
    if name == "_SHARE_ASKED":
        # The general share rule reads "엔빵" too: both off.
        monkeypatch.setattr(added_and_shared, "_SHARED_KO", _NEVER)
    if name == "_MORE":
        value = re.compile(priced_swap._MORE.pattern.split("|\\d\\s*[가-힣A-Za-z]{1,4}\\s*도")[0])
    monkeypatch.setattr(priced_swap, name, _NEVER if value is None else value)


@pytest.mark.parametrize(("first", "follow_up", "answer", "rule", "off"), CASES)
def test_the_follow_up_re_runs_the_sum(
    first: str, follow_up: str, answer: str, rule: str, off: object
) -> None:
    resolved = resolve_in_conversation([first], follow_up)
    assert resolved is not None and resolved.result.answer == answer


@pytest.mark.parametrize(("first", "follow_up", "answer", "rule", "off"), CASES)
def test_without_the_rule_it_is_not_that_sum(
    monkeypatch: pytest.MonkeyPatch, first: str, follow_up: str, answer: str, rule: str, off: object
) -> None:
    _switch_off(monkeypatch, rule, off)
    resolved = resolve_in_conversation([first], follow_up)
    assert resolved is None or resolved.result.answer != answer


def test_an_hour_and_a_half_is_the_new_count(monkeypatch: pytest.MonkeyPatch) -> None:
    said = "what if we do an hour and a half a week"
    resolved = resolve_in_conversation([_PIANO], said)
    assert resolved is not None and resolved.result.answer == "540"
    monkeypatch.setattr(quantities, "_HOUR_AND_A_HALF", _NEVER)
    resolved = resolve_in_conversation([_PIANO], said)
    assert resolved is None or resolved.result.answer != "540"


def test_one_of_them_changing_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    # Which of the two services is done five times is not said: no sum from code.
    assert resolve_in_conversation([_SALON], "하나는 다섯 번 할래") is None
    monkeypatch.setattr(priced_swap, "_ONE_OF_THEM", _NEVER)
    # (turns28's guard on a count said 씩 for several items declines it too: off as well.)
    monkeypatch.setattr(priced_swap, "count_of_each_item_unnamed", lambda *_: False)
    resolved = resolve_in_conversation([_SALON], "하나는 다섯 번 할래")
    assert resolved is not None and resolved.result.answer == "25,000원"


def test_a_fee_per_item_after_a_price_in_words(monkeypatch: pytest.MonkeyPatch) -> None:
    earlier = ["five passes at twenty-eight each, what's that"]
    resolved = resolve_in_conversation(earlier, "plus a 2 service fee per pass")
    assert resolved is not None and resolved.result.answer == "150"
    monkeypatch.setattr(followup_items, "plain_text", lambda text: text)
    resolved = resolve_in_conversation(earlier, "plus a 2 service fee per pass")
    assert resolved is None or resolved.result.answer != "150"
