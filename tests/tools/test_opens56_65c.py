"""First-turn calculation opens of unseen56_mixed.yaml closed by widening readers by slots
(calc65).

- tools.calculator_forms: a count at a price each, how they are bought said before the
  verb ("텀블러 삼만오천원짜리 열두개 단체주문하면 얼마야": 420,000원).
- tools.calculator_quantities: one day said 하루 for a count of days ("제주 렌트카 3일에
  이십칠만원이면 하루에 얼마꼴이야": 90,000원); no price for one when something else is asked
  ("4개에 6000원이면 1개에 몇시간" was 1,500원).
- tools.calculator_readers_43: a budget said first, as so much 어치 ("주유소에서 7만원어치
  넣었는데 리터당 1,750원이면 몇리터": 40 L).
- tools.calculator_expression / tools.calculator_listed_amounts: spans of any form summed
  beside one of hours and minutes ("1시간 45분 + 2시간 30분 + 50분 다 더하면"); and
  tools.calculator: minutes whose hours run past two places kept in minutes, said in hours
  and minutes too ("305 min (5시간 5분)", never "5.0833 h").
"""

from __future__ import annotations

import re

import pytest

import tools.calculator as calculator
import tools.calculator_expression as calculator_expression
import tools.calculator_quantities as quantities
import tools.calculator_readers_43 as readers_43
from tests.tools.rule_switch import (
    answers_stay,
    declined_by,
    narrowed,
    off,
    read_by,
    turns_read_only_by_their_rule,
    unread,
)
from tools.calculator_forms import BOUGHT_HOW, VERB_FORMS


def _bought_how_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """The count-at-a-price form without how the count is bought."""
    said = f"(?:{BOUGHT_HOW}\\s*)?"
    forms = tuple(
        (re.compile(form.pattern.replace(said, "")), template)
        if said in form.pattern
        else (form, template)
        for form, template in VERB_FORMS
    )
    assert forms != VERB_FORMS
    monkeypatch.setattr(calculator_expression, "VERB_FORMS", forms)


_DAY = narrowed(quantities, "_PER_ONE_KO", r"|(?P<day>하루)\s*(?:에|당)?")
_PRICE_ASKED = off(quantities, "USE_PRICE_ASKED", False)
_BUDGET_FIRST = off(readers_43, "USE_BUDGET_FIRST", False)
_SPANS = off(calculator_expression, "USE_SPANS_OF_ANY_FORM", False)
_MINUTES_KEPT = off(calculator, "USE_MINUTES_KEPT", False)

test_opens_read_only_by_their_rule = turns_read_only_by_their_rule(
    [
        *read_by(
            _bought_how_off,
            [
                (["텀블러 삼만오천원짜리 열두개 단체주문하면 얼마야"], "420,000원"),
                (["티셔츠 12000원짜리 30장 단체로 사면 얼마"], "360,000원"),
                (["볼펜 1500원짜리 40자루 한꺼번에 구매하면"], "60,000원"),
                (["우산 8천원짜리 5개를 같이 사면 총 얼마야"], "40,000원"),
                (["생수 900원짜리 24병 온라인으로 주문하면"], "21,600원"),
            ],
        ),
        *read_by(
            _DAY,
            [
                (["제주 렌트카 3일에 이십칠만원이면 하루에 얼마꼴이야"], "90,000원"),
                (["렌트카 3일에 27만원이면 하루에 얼마야"], "90,000원"),
                (["캠핑장 5일에 35만원이면 하루 얼마꼴"], "70,000원"),
                (["주차 10일에 4만5천원이면 하루당 얼마"], "4,500원"),
                (["펜션 2일에 32만원인데 하루에 얼마꼴"], "160,000원"),
            ],
        ),
        *declined_by(
            _PRICE_ASKED,
            [["4개에 6000원이면 1개에 몇시간"], ["3일에 27만원이면 하루에 몇시간"]],
        ),
        *read_by(
            _BUDGET_FIRST,
            [
                (["주유소에서 7만원어치 넣었는데 리터당 1,750원이면 몇리터 넣은거야"], "40 L"),
                (["5만원어치 주유했는데 리터당 1650원이면 몇리터야"], "30.303 L"),
                (["경유 10만원어치 넣었어 리터당 1,600원이면 몇 리터"], "62.5 L"),
                (["삼겹살 3만원어치 샀는데 키로당 25000원이면 몇키로"], "1.2 kg"),
                (["휘발유 4만원어치 넣었는데 리터당 1600원이면 몇 리터야"], "25 L"),
            ],
        ),
        *read_by(
            _SPANS,
            [
                (["2시간 + 1시간 20분 + 35분 합치면"], "235 min (3시간 55분)"),
                (["1 hr 20 min plus 45 min plus 2 hours, total?"], "245 min (4 h 5 min)"),
                (["50분 + 1시간 15분 + 2시간 다 더하면"], "245 min (4시간 5분)"),
            ],
        ),
        *read_by(
            _MINUTES_KEPT,
            [
                (["1시간 45분 + 2시간 30분 + 50분 다 더하면 몇시간이야"], "305 min (5시간 5분)"),
                (["40분이랑 1시간 10분 더하면 총 몇시간"], "110 min (1시간 50분)"),
                (["하루 40분씩 일주일이면 몇시간"], "280 min (4시간 40분)"),
            ],
        ),
    ]
)

test_near_misses_stay = answers_stay(
    [
        (["텀블러 35000원짜리 12개 사면 얼마야"], "420,000원"),
        (["숙소 4박에 48만원이면 1박에 얼마꼴"], "120,000원"),
        (["간병비 7일 126만원인데 하루에 얼마"], "180,000원"),
        (["리터당 1750원인데 7만원 넣으면 몇리터"], "40 L"),
        (["1시간 45분 + 2시간 30분 다 더하면 몇시간이야"], "4.25 h"),
        (["90분은 몇 시간?"], "90 min = 1.5 h"),
        *unread(
            [
                ["텀블러 35000원짜리 12개 환불하면 얼마야"],
                ["35000원짜리 12개 팔면"],
                ["3개월에 27만원이면 하루에 얼마꼴"],
                ["7만원어치 넣었는데 리터당 1750원이면 얼마"],
                ["1시간 45분 + 50분 + 3000원 다 더하면"],
            ]
        ),
    ]
)
