"""Wrong figures found by wrongs53's blind probes, fixed by their general mechanism.

- A reading that drops a word changing the sum declines (tools.calculator_unread_cues_53x,
  hooked into tools.calculator_dropped_amounts and tools.handler_calculation): a "2+1"
  deal, a count said in words, a one-off fee beside a monthly price, a free month, the
  list price named as the start of a cut, the list price asked, a margin, the other part
  asked, "N% more than".
- A follow-up's bare count never replaces a figure with a role: the pack a price is for
  ("5개에 만원") or the threshold overtime starts past (tools.followup_role_figures_53x,
  hooked into tools.followup_edits); a monthly total is not scaled when it holds a
  one-off fee (hooked into tools.followup_months_of_monthly).
- A figure-less fragment after a calculation is not answered by a document quote
  (graphs.calculation_fragment_53x, hooked into graphs.qualifier_plan).

The questions below are variants of the probes (bench/workload/cases/probes53_mixed.yaml
holds the probes themselves), in both languages where the form exists in both.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from agents.documents import DocPlan
from graphs.calculation_fragment_53x import (
    calculation_fragment,
    fragment_after_calculation,
    kept_from_a_fragment,
)
from tests.tools.answers import chain_answer, follow_up_answer

NOW = datetime(2026, 12, 6, 10, 0)


def _answer(text: str) -> str | None:
    return chain_answer(text, NOW)


def _follow_up(first: str, second: str) -> str | None:
    return follow_up_answer(first, second, NOW)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # A "buy N get M" deal: only some of the items are paid.
        ("과자 1+1 한 봉지 2000원 6봉지 얼마", "12,000"),
        # A count said in words, never read by the numerals.
        ("I bought 7 mugs at $9 each and returned three, how much did I spend", "63"),
        # A one-off fee beside a monthly price, over a year.
        ("정수기 렌탈 월 3만원 설치비 5만원 따로 1년이면", "960,000"),
        # A free month.
        ("the gym is $30 a month and the first month is free, cost for a year", "360"),
        ("구독료 월 1만원인데 첫 달 무료면 1년에 얼마", "120,000"),
        # The list price named as the start of the cut, read as the price asked.
        ("회원은 정가에서 10% 할인 정가 6만원이면 회원가", "66,667"),
        # The list price asked, the price after the cut answered.
        ("what's the regular price if it's $72 after 10% off", "64.80"),
        ("what was the full price if I paid $45 after 25% off", "33.75"),
        # A margin: the price with it asked, the margin alone answered.
        ("원가 5천원짜리를 40% 남기고 팔면 얼마에 팔아야 돼", "2,000"),
        # The other part asked, the part said answered.
        ("I earn $3,000 and spend 40% on rent, how much do I have left", "1,200"),
        ("of 50 students 30% are girls, how many boys", "15"),
        ("사탕 30개 중에 6개 먹었으면 남은 건 몇 %", "20%"),
        # "N% more than": the amount changed, not the percent of it.
        ("what is 20 percent more than 150", "30"),
        # "parents each": two people, each given the amount.
        ("my parents each get $200 a month from me, how much a year", "2,400"),
    ],
)
def test_a_reading_that_drops_a_cue_declines(text: str, wrong: str) -> None:
    answer = _answer(text)
    assert answer is None or wrong not in answer, answer


@pytest.mark.parametrize(
    ("text", "right"),
    [
        # The cues' words where they change nothing: still answered.
        ("I'm paid $1,800 every two weeks. what's my yearly income", "46,800"),
        ("a jacket's list price is $120 and it's 25% off for members, what do members pay", "90"),
        ("streaming is $12 a month plus a $30 setup fee, how much for a year", "174"),
        ("원가 12000원에 25% 마진 붙여 팔면 판매가", "15,000"),
        ("정가에서 20% 할인하면 4만원짜리는 얼마", "32,000"),
        ("what is 25 percent less than 80", "60"),
    ],
)
def test_the_cue_words_alone_change_nothing(text: str, right: str) -> None:
    answer = _answer(text)
    assert answer is not None and right in answer, answer


def test_a_sum_of_ones_is_no_deal() -> None:
    assert _answer("1+1+1+1") is not None


@pytest.mark.parametrize(
    ("first", "second", "right"),
    [
        # The pack a price is for is no count bought.
        ("배 4개에 만원인데 10개 사면 얼마", "6개는?", "15,000"),
        ("사과 5개에 만원인데 12개 사면 얼마", "그럼 8개는?", "16,000"),
        # The threshold overtime starts past is no count of hours worked.
        (
            "I earn $22/hr with time and a half after 40 hours. I worked 46 hours this week, "
            "what's my gross pay",
            "what if it was 50 hours",
            "1,210",
        ),
    ],
)
def test_a_bare_count_replaces_the_count_bought_or_worked(
    first: str, second: str, right: str
) -> None:
    assert _follow_up(first, second) == right or right in (_follow_up(first, second) or "")


@pytest.mark.parametrize(
    ("first", "second", "right"),
    [
        # Said in the pack's own role, the pack changes.
        ("사과 5개에 만원인데 12개 사면 얼마", "6개에 만원이면?", "20,000"),
        # Said as the threshold, the threshold changes.
        (
            "I earn $22/hr with time and a half after 40 hours. I worked 46 hours this week, "
            "what's my gross pay",
            "what if overtime starts after 35 hours",
            "1,133",
        ),
    ],
)
def test_a_figure_said_in_its_role_replaces_that_figure(
    first: str, second: str, right: str
) -> None:
    answer = _follow_up(first, second)
    assert answer is not None and right in answer, answer


@pytest.mark.parametrize(
    ("first", "second", "wrong"),
    [
        (
            "a gym costs $35 a month plus a one-time $50 joining fee, how much for the first year",
            "and for 6 months?",
            "2,820",
        ),
        (
            "a phone plan is $40 a month plus a one-time $60 activation fee, "
            "how much for the first year",
            "and for 8 months?",
            "4,320",
        ),
    ],
)
def test_a_total_with_a_one_off_fee_is_not_scaled_by_months(
    first: str, second: str, wrong: str
) -> None:
    answer = _follow_up(first, second)
    assert answer is None or wrong not in answer, answer


@pytest.mark.parametrize(
    "text",
    ["작은 쪽은?", "셋째 자리까지는?", "많이 내는 사람은?", "평일만 마시면?", "the bigger one?"],
)
def test_a_figure_less_fragment_is_a_calculation_fragment(text: str) -> None:
    assert calculation_fragment(text)


@pytest.mark.parametrize(
    "text", ["그럼 주차는요?", "그럼 병가는요?", "what about weekends?", "3명이면?"]
)
def test_a_subject_of_its_own_is_no_fragment(text: str) -> None:
    assert not calculation_fragment(text)


def _quote(source: str, sentence: str) -> DocPlan:
    return DocPlan(
        kind="extractive",
        answer=f"{sentence} [1]",
        citations=[{"source": source, "text": sentence}],
    )


def _not_covered(_question: str) -> DocPlan:
    return DocPlan(kind="not_covered", answer="")


@pytest.mark.parametrize(
    ("previous", "text", "quote"),
    [
        (
            "20만원을 3대2로 나누면 큰 쪽은 얼마",
            "작은 쪽은?",
            "다른 약보다 졸음이 적은 편이지만, 처음 복용할 때는 몸 상태를 확인하세요.",
        ),
        (
            "23 나누기 7 소수 첫째자리까지 반올림",
            "셋째 자리까지는?",
            "주차 공간이 12대뿐이라 토요일 오전에는 자리가 없을 수 있습니다.",
        ),
        (
            "we split $90 so one pays 70% and the other 30%, what does the first pay",
            "and the other one?",
            "Other insurers are accepted on request.",
        ),
    ],
)
def test_a_calculation_fragment_is_not_answered_by_a_quote(
    previous: str, text: str, quote: str
) -> None:
    quoted = _quote("data/samples/guide.md", quote)
    plan = kept_from_a_fragment(quoted, text, previous, _not_covered)
    assert plan.kind == "not_covered"


def test_a_fragment_naming_its_own_subject_keeps_its_quote() -> None:
    quoted = _quote("data/samples/directions.md", "주차는 2시간까지 무료입니다.")
    plan = kept_from_a_fragment(quoted, "그럼 주차는요?", "커피 4500원 5잔 얼마", _not_covered)
    assert plan.kind == "extractive"


def test_a_thread_the_documents_answered_keeps_its_quote() -> None:
    quoted = _quote("data/samples/guide.md", "적은 양부터 시작하세요.")
    plan = kept_from_a_fragment(
        quoted, "적은 쪽은?", "하루 2번 500mg 3일이면 몇 mg", lambda _q: quoted
    )
    assert plan.kind == "extractive"


@pytest.mark.parametrize(
    ("previous", "text", "fragment"),
    [
        ("하루 커피 4500원 평일 22일이면 한달에 얼마", "주말에도 마시면?", True),
        (
            "a coffee is $5, I buy 2 every weekday, how much a month",
            "what if weekends too?",
            True,
        ),
        ("하루 커피 4500원 평일 22일이면 한달에 얼마", "그럼 주차는요?", False),
        ("주차는 몇 시간 무료예요?", "주말에도 되면?", False),
    ],
)
def test_a_curated_answer_is_not_given_to_a_calculation_fragment(
    previous: str, text: str, fragment: bool
) -> None:
    assert fragment_after_calculation(text, previous) is fragment
