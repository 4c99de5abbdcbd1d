"""Calculation turns of sets 51, 50 and probes58_para, and one wrong answer (calc60).

- "전기세 두달치가 84000원 나왔는데 이번달 3만원이면 한달 평균" was answered 57,000
  ((84,000 + 30,000) / 2): an amount for N months counts as N months of a monthly average
  (tools/calculator_tallies, MONTHS_WEIGH), and a span it cannot weigh is declined.
"""

from __future__ import annotations

import pytest

import tools.calculator_tallies as tallies
from tests.tools.rule_switch import answer_to, answers_stay, off, turns_read_only_by_their_rule

_WEIGH_OFF = off(tallies, "MONTHS_WEIGH", False)

# Amounts of several months in a list, the average per month over every month said.
test_months_worth_weighs = turns_read_only_by_their_rule(
    [
        (["전기세 두달치가 84000원 나왔는데 이번달 3만원이면 한달 평균"], "38,000원", _WEIGH_OFF),
        (["가스비 석달치 12만원 이번달 4만원 월평균"], "40,000원", _WEIGH_OFF),
        (["관리비 세달치 27만원이랑 이번달 11만원 한달 평균 얼마"], "95,000원", _WEIGH_OFF),
        (["통신비 3개월 동안 15만원 이번달 6만원 월평균"], "52,500원", _WEIGH_OFF),
        (["가스비 세달치 9만원 지난달 4만원 이번달 2만원 한달 평균은"], "30,000원", _WEIGH_OFF),
        (["수도요금 이번달 2만원이고 지난 네달치 10만원이면 월 평균"], "24,000원", _WEIGH_OFF),
    ]
)


# Spans no weighting reads (another period, every so often, an average per a day), and the
# English wordings no list reader reads: declined, never the mean of the figures.
@pytest.mark.parametrize(
    "ask",
    [
        "통신비 3개월 동안 15만원 이번달 6만원 하루 평균",
        "관리비 1년치 120만원 이번달 12만원 한달 평균",
        "수도세 두달마다 4만원 이번달 2만원 평균",
        "전기세 지난달 4만원 이번달 3만원 석달 평균",
        "two months of gas came to 96 dollars and this month 40, monthly average",
        "gas for two months was 96 and this month 40, average per month",
        "water bill 3 months 90 dollars, this month 36, monthly average",
    ],
)
def test_unweighed_spans_declined(ask: str) -> None:
    assert answer_to([ask]) is None


# Near misses: months as points in time or the average's own span stay the plain mean.
test_plain_means_stay = answers_stay(
    [
        (["전기세 지난달 4만원 이번달 3만원 한달 평균"], "35,000원"),
        (["전기세 지난달 4만원 이번달 3만원 두달 평균"], "35,000원"),
        (["난방비 두달 전에 9만원 이번달 6만원 한달 평균"], "75,000원"),
        (["국어 87 영어 92 수학 79 평균"], "86"),
    ]
)
