"""Set 49's wrong answers, each read right by its rule and only by it; then its cloud turns.

Inputs are our own (not the blind set's sentences). Every case is answered as expected
with its rule on, and otherwise with that rule switched off:

- a tax named with where it applies ("sales tax here is 8.25%. total?") is put on top when
  the total is asked (tools.rate_add_on_total._PLACE_OR_TIME; off: the tax alone, 53.62);
- "split the 180 four ways", the verb first, maybe after "forget the tip"
  (tools.calculator_forms.SPLIT_WAYS_VERB_FIRST; off: a model's reply);
- "3주 뒤는?" after "오늘 … 열흘 뒤면" counts from the date the thread named
  (tools.followup_spans, native day counts; off: counted from today);
- a price less an amount paid first, the rest over months
  (tools.calculator_readers_57t.deposit_then_monthly; off: not read, and set 49's
  follow-up "and with no down payment at all" quoted the clinic's payment methods), then
  the amount paid first dropped (tools.followup_deposit_dropped_57t);
- "raising it 4%" is a rise, not the rise alone (tools.calculator_rates.RAISED_BY_VERB;
  off: "66" for the new rent);
- "and with no down payment at all" after a calculation the documents did not answer is a
  change to the sum, never a subject of the documents
  (graphs.calculation_fragment_53x._SUM_CHANGED_EN);
- a daily amount quoted from the documents, asked over "a week" / "열흘" / "a fortnight":
  the total is worked out under the quote (graphs.span_total_57t; off: the daily
  sentence alone, set 49's "for a week long trip whats the most i can claim for food");
- "약국에 가져오시면" names where a thing is taken: the place a "어디다 버려" question asks
  (tools.rag.answer_types' place evidence; off: only "서늘한 곳에", the storage sentence).
"""

from __future__ import annotations

import re

import pytest

import graphs.calculation_fragment_53x as fragment_module
import graphs.span_total_57t as span_total
import graphs.step_routing as step_routing
import tools.calculator_expression as calculator_expression
import tools.calculator_rates as calculator_rates
import tools.calculator_readers_57t as readers_57t
import tools.followup_rates as followup_rates
import tools.followup_spans as followup_spans
import tools.rag.answer_types as answer_types
import tools.rate_add_on_total as add_on_total
import tools.units as units_module
from agents.documents import DocPlan
from core.lazy_regex import LazyPattern
from graphs.calculation_fragment_53x import calculation_fragment
from tests.tools.rule_switch import (
    NEVER,
    SwitchOff,
    answer_to,
    never,
    off,
    read_only_by_its_rule,
    turns_read_only_by_their_rule,
    without_change,
)
from tools.calculator_forms import SPLIT_WAYS_VERB_FIRST, VERB_FORMS
from tools.followup_deposit_dropped_57t import deposit_dropped
from tools.rag.answer_types import has_answer_type


def _tax_place_off(monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = add_on_total._ADD_ON_BEFORE.pattern.replace(add_on_total._PLACE_OR_TIME, "")
    monkeypatch.setattr(add_on_total, "_ADD_ON_BEFORE", LazyPattern(pattern, re.IGNORECASE))


def _split_verb_first_off(monkeypatch: pytest.MonkeyPatch) -> None:
    forms = tuple(f for f in VERB_FORMS if f is not SPLIT_WAYS_VERB_FIRST)
    monkeypatch.setattr(calculator_expression, "VERB_FORMS", forms)


def _raised_off(monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = calculator_rates._RISE_BEFORE.pattern.replace(calculator_rates.RAISED_BY_VERB, "")
    monkeypatch.setattr(calculator_rates, "_RISE_BEFORE", LazyPattern(pattern, re.IGNORECASE))


_NATIVE_DAYS_OFF = off(followup_spans, "native_day_counts", lambda text: text)
_DEPOSIT_OFF = off(readers_57t, "deposit_then_monthly", never)

CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # 1,200 x 1.07 = 1,284 (off: 84, the tax alone)
    (["the laptop is 1,200 and the tax here is 7%. total?"], "1,284", _tax_place_off),
    # 480 x 1.20 = 576
    (["bike costs 480, vat there is 20%. total?"], "576", _tax_place_off),
    # 350 x 1.06 = 371
    (["desk is 350, tax in my state is 6%, whats the total"], "371", _tax_place_off),
    # 250 / 5 = 50; 96 / 3 = 32 (off: not read)
    (["skip the tax, split 250 five ways"], "50", _split_verb_first_off),
    (["forget the tip, just split the 96 three ways"], "32", _split_verb_first_off),
    # 2031-03-02 + 3 days asked first; then + 2 weeks = 2031-03-16 (off: from today)
    (
        ["오늘 2031년 3월 2일인데 사흘 뒤가 몇일이야", "2주 뒤는?"],
        "2031년 3월 16일 (일)",
        _NATIVE_DAYS_OFF,
    ),
    # 2029-08-20 + 15 (보름) asked first; then + 10 days = 2029-08-30
    (
        ["오늘이 2029년 8월 20일인데 보름 후 며칠이야", "10일 후는?"],
        "2029년 8월 30일 (목)",
        _NATIVE_DAYS_OFF,
    ),
    # (2,400,000 - 400,000) / 8 = 250,000원 (off: not read)
    (
        ["냉장고 240만원인데 선금 40만원 내고 나머지 8개월 할부면 월 얼마"],
        "250,000원",
        _DEPOSIT_OFF,
    ),
    # (2,400 - 600) / 12 = 150
    (
        ["the sofa is 2400, i pay 600 down and the rest over 12 months, how much a month"],
        "150",
        _DEPOSIT_OFF,
    ),
    # then nothing down: 2,400 / 12 = 200; 2,400,000 / 8 = 300,000원
    (
        [
            "the sofa is 2400, i pay 600 down and the rest over 12 months, how much a month",
            "what if i put nothing down",
        ],
        "200",
        without_change(deposit_dropped),
    ),
    (
        ["냉장고 240만원인데 선금 40만원 내고 나머지 8개월 할부면 월 얼마", "선금 안내면"],
        "300,000원",
        without_change(deposit_dropped),
    ),
    # 45 x 1.10 = 49.5; 52,000 x 1.03 = 53,560 (off: the rise alone, 4.5 and 1,560)
    (
        ["my gym is 45 a month and theyre hiking the price by 10%, new price?"],
        "49.5",
        _raised_off,
    ),
    (["salary 52000, boss is bumping it 3%"], "53,560", _raised_off),
]

test_set_49_wrongs_read_only_by_their_rule = turns_read_only_by_their_rule(CASES)


def test_a_tax_asked_alone_stays_the_tax() -> None:
    # The share asked in so many words keeps the share (the rule adds nothing here).
    assert answer_to(["desk is 350, tax in my state is 6%, how much is the tax"]) == "21"


def test_a_deposit_with_interest_is_no_plain_split() -> None:
    asked = "폰 120만원 계약금 20만원 내고 나머지 10개월 할부 이자 붙으면 월 얼마"
    assert answer_to([asked]) is None


@pytest.mark.parametrize(
    "text",
    ["and with no deposit at all", "without the cleaning fee", "skipping the tip?", "no tax"],
)
def test_a_sum_changed_in_english_is_a_calculation_fragment(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(
        lambda: calculation_fragment(text),
        True,
        off(fragment_module, "_SUM_CHANGED_EN", NEVER),
        monkeypatch,
    )


@pytest.mark.parametrize(
    "text", ["what about parking", "do you take credit cards", "and the hotel?"]
)
def test_a_subject_of_its_own_is_no_fragment(text: str) -> None:
    assert not calculation_fragment(text)


_TAKEN_TO = r"[가-힣]{2,}에\s*(?:가져|갖다|가지고|맡기|맡겨|반납|제출)|"


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("기한 지난 약 어디다 버려", "유효기간이 지난 약은 약국에 가져오시면 폐기해 드립니다."),
        ("고장난 우산 어디에 맡겨요", "고장난 우산은 관리사무소에 맡기시면 됩니다."),
        ("다 읽은 책 어디다 둬요", "다 읽은 책은 안내데스크에 반납해 주세요."),
    ],
)
def test_where_a_thing_is_taken_is_a_place(
    question: str, sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    place = answer_types._EVIDENCE["place"]

    def switch_off(mp: pytest.MonkeyPatch) -> None:
        assert _TAKEN_TO in place.pattern
        evidence = dict(answer_types._EVIDENCE)
        evidence["place"] = re.compile(place.pattern.replace(_TAKEN_TO, ""), place.flags)
        mp.setattr(answer_types, "_EVIDENCE", evidence)

    read_only_by_its_rule(
        lambda: has_answer_type(sentence, "place", question=question), True, switch_off, monkeypatch
    )


_MEALS = DocPlan(
    kind="extractive",
    answer="Staff may claim up to 30,000 won per day for meals. [1] Alcohol is never paid. [1]",
)


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("a fortnight trip, how much can i claim for meals max", "30,000 won × 14 = 420,000 won"),
        ("열흘 출장이면 밥값 최대 얼마까지", "30,000원 × 10일 = 300,000원"),
        ("for a 5 day trip whats the total i can claim for food", "30,000 won × 5 = 150,000 won"),
    ],
)
def test_a_daily_amount_asked_over_a_span_is_worked_out(
    question: str, line: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert vars(step_routing)["with_total_over_span"] is span_total.with_total_over_span  # hooked

    def read() -> bool:
        plan = span_total.with_total_over_span(_MEALS, question)
        return plan is not None and line in plan.answer

    def switch_off(mp: pytest.MonkeyPatch) -> None:
        mp.setattr(span_total, "_PER_DAY_EN", NEVER)
        mp.setattr(span_total, "_PER_DAY_KO", NEVER)

    read_only_by_its_rule(read, True, switch_off, monkeypatch)


@pytest.mark.parametrize(
    "question",
    ["how much per day for meals", "whats the hotel cap for 3 nights", "일주일 출장 가도 돼요"],
)
def test_no_span_or_no_amount_asked_keeps_the_quote(question: str) -> None:
    assert span_total.with_total_over_span(_MEALS, question) == _MEALS


def _fewer_off(monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = followup_rates._FEWER_PEOPLE.pattern
    for added in (
        r"|이사\s*가서",
        r"|\b(?P<single>one|a)\s+(?:guy|person|friend|girl|of\s+them)\s+(?:left|bailed"
        r"|dropped\s+out|isn'?t\s+paying|is\s+not\s+paying|won'?t\s+pay|can'?t\s+pay)\b",
        r"|(?<![가-힣])(?P<titled>[가-힣]{1,5}님)\s*(?:은|는|이|가)?\s*빼고\s*(?:나머지|남은)",
    ):
        assert added in pattern, added
        pattern = pattern.replace(added, "")
    monkeypatch.setattr(followup_rates, "_FEWER_PEOPLE", LazyPattern(pattern, re.IGNORECASE))


_UNITS_SAID_OFF = off(units_module, "chat_unit_words", lambda s: s)


_HOURS_OFF = off(readers_57t, "hours_days_at_rate", never)

CLOUD_CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # 36,000 / 4 = 9,000; the senior left out: / 3 = 12,000원
    (["택시비 36000원 4명이서 나누면", "선배님 빼고 나머지가 내면"], "12,000원", _fewer_off),
    # 90,000 / 3 = 30,000; one moves out: / 2 = 45,000원
    (["관리비 9만원 셋이 나누면 얼마씩", "한명 이사가서 둘이 내면"], "45,000원", _fewer_off),
    # 60 / 5 = 12; one friend bails: / 4 = 15
    (["pizza was 60 split between 5 of us", "one friend bailed"], "15", _fewer_off),
    # 33 m2 / 3.305785 = 9.9825 평; 25 C = 77 F (off: not read)
    (["원룸 33제곱미터인데 평수로 몇평이야"], "33 m2 = 9.9825 평", _UNITS_SAID_OFF),
    (["밖에 기온 25도인데 화씨로 몇도"], "25 °C = 77 °F", _UNITS_SAID_OFF),
    # 5.5 h x 8 days x 16.20 = 712.8 (off: not read)
    (["did 5.5 hrs a day for 8 days at 16.20/hr, total pay?"], "712.8", _HOURS_OFF),
]

test_set_49_cloud_turns_read_only_by_their_rule = turns_read_only_by_their_rule(CLOUD_CASES)
