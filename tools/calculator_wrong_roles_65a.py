"""First-turn readings whose figures play a role the expression does not give them.

Each rule declines (raises ``ToolInputError``) a calculator result that the words say is
not what was asked; a decline routes the step on, a wrong figure is far worse:

- a budget with what remains (is left) asked, read with no subtraction, or added to what
  was bought: "budget is 75 dollars, 5 coffees at 4.60 - how much remains" was 75 + 23 =
  $98.00;
- a fee said to be apart (별도, 따로, extra, not included) with a percent off taken off a
  sum: "배달비 3천원 별도, 음식값 3만원, 10% 할인하면" took the 10% off the fee too;
- a network generation ("5G 요금", "LTE", "4G plan") read as grams: "5G 요금 10% 할인하면"
  was 4.5 g;
- a count asked (몇 개, 몇 명, how many cups) answered in money: "30개 1판이 9000원이면
  1개에 몇개" was 300원.
"""

from __future__ import annotations

import re

from core.errors import ToolInputError
from tools.handler_result import HandlerResult

__all__ = ["refuse_wrong_roles_65a"]

# Off only in the tests that show what each rule changes.
use_budget_left = True
use_fee_apart = True
use_network_generation = True
use_count_asked = True

_BUDGET = re.compile(r"\bbudget\b|예산|한도", re.I)
_LEFT_ASKED = re.compile(
    r"\bremain(?:s|ing|der)?\b|\bleft(?:\s+over)?\b|\bleftover\b|남(?:아|은|는|았|을|겠)|잔액|잔돈",
    re.I,
)
# A fee said to be outside the price ("배달비 3천원 별도", "shipping 5 dollars extra").
_APART = re.compile(
    r"별도|따로|별개|\bextra\b|\bseparate(?:ly)?\b|\bnot\s+included\b|\bexcluded\b"
    r"|\bon\s+top\b|\bexcluding\b",
    re.I,
)
_PERCENT_OFF = re.compile(r"\d\s*(?:%|퍼센트|프로)\s*(?:할인|깎|off\b|discount)|할인|\boff\b", re.I)
_OFF_A_SUM = re.compile(r"\([^()]*\+[^()]*\)\s*\*\s*\(\s*(?:100|1)\s*-")
# "5G 요금", "4G plan", "5g 요금제": a generation of network before a telecom word.
_GENERATION = re.compile(
    r"(?<![\d.,])[2-6]\s*g\s*(?:요금|폰|망|통신|데이터|무제한|network|plan|phone|data|service"
    r"|tariff|contract|subscription)",
    re.I,
)
_GRAMS = frozenset({"g", "kg", "mg", "그램"})
# A count asked ("몇 개", "몇명", "how many cups"): a counter of things, never of money
# ("몇 점" of card points, "몇 불" of dollars and "몇이야" of a figure are money's).
_COUNT_ASKED_KO = re.compile(
    r"몇\s*(?:개|명|장|병|권|잔|판|봉지|박스|상자|캔|팩|알|마리|그릇|인분|조각|켤레|벌|송이"
    r"|묶음|다스|포기|덩이|통|컵|줄|쪽|세트)(?![가-힣]*(?:값|비|요금))"
)
_COUNT_ASKED_EN = re.compile(
    r"\bhow\s+many\s+(?!dollars?\b|bucks\b|won\b|euros?\b|yen\b|pounds?\b|cents?\b"
    r"|times\b|points?\b|credits?\b|coins?\b|miles\b)[a-z]",
    re.I,
)
# Money asked beside the count ("기름 몇리터 들어? … 기름값도"): two asks, one in money.
_MONEY_ASKED = re.compile(
    r"얼마|값|금액|비용|요금|\bhow\s+much\b|\bcost\b|\bprice\b|몇\s*(?:원|달러|불|만|천)",
    re.I,
)
_MONEY = frozenset({"원", "$", "€", "£", "¥", "만원"})


def _budget_left_unsubtracted(text: str, expression: str) -> bool:
    """What is left of a budget with nothing taken off, or a budget added to purchases."""
    if len(_BUDGET.findall(text)) != 1 or "-" in expression:
        return False
    bought_and_summed = "+" in expression and "*" in expression  # "75 + 5 * 4.6"
    return bool(_LEFT_ASKED.search(text)) or bought_and_summed


def _fee_apart_discounted(text: str, expression: str) -> bool:
    return bool(_APART.search(text) and _PERCENT_OFF.search(text) and _OFF_A_SUM.search(expression))


def _generation_as_grams(text: str, unit: str | None) -> bool:
    return (unit or "").strip().lower() in _GRAMS and _GENERATION.search(text) is not None


def _count_answered_in_money(text: str, unit: str | None) -> bool:
    if (unit or "").strip() not in _MONEY or _MONEY_ASKED.search(text):
        return False
    return bool(_COUNT_ASKED_KO.search(text) or _COUNT_ASKED_EN.search(text))


def refuse_wrong_roles_65a(text: str, result: HandlerResult) -> None:
    """Raise ``ToolInputError`` when ``result`` gives a figure a role the words deny.

    Args:
        text: The request as asked.
        result: The calculator's reading of it.
    """
    expression = result.detail or ""
    if use_budget_left and _budget_left_unsubtracted(text, expression):
        raise ToolInputError(f"{text!r}: what remains of a budget is never a sum")
    if use_fee_apart and _fee_apart_discounted(text, expression):
        raise ToolInputError(f"{text!r}: a fee said apart is not under the percent off")
    if use_network_generation and _generation_as_grams(text, result.unit):
        raise ToolInputError(f"{text!r}: a network generation is no weight")
    if use_count_asked and _count_answered_in_money(text, result.unit):
        raise ToolInputError(f"{text!r}: a count asked is never answered in money")
