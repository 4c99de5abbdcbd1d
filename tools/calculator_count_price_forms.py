"""A count and a price for each, in the order people say them: the count first.

The calculator read "1인당 18,000원씩 4명이면" and "3 pizzas at 24,000 won each", but the
eighteenth unseen set said the count first and the price after a connective, or added a
rate or a closing question: "고깃집 4명인데 1인당 18,000원이면 총 얼마야", "렌터카 하루
65,000원인데 4일 빌리면 얼마야", "3 pizzas at 24,000 won each plus 10% tax, what's the
total", "320 kWh at 120 won per kWh, how much is the bill". Each went to the cloud, and
the follow-up after it ("세 명 더 오면?") had no steps to change. Like every form of
``tools.calculator``, each matches a whole, already normalised request (numerals as
digits, currency markers removed, "얼마야" and "총" cut off) and gives a template over its
operands. A day count must go with a daily price and nights with a nightly one, so "하루
65,000원인데 3박" is no product of this kind.
"""

from __future__ import annotations

import re

from tools.calculator_forms import NUMBER
from tools.calculator_forms import OPERAND_A as _A
from tools.calculator_forms import OPERAND_B as _B
from tools.calculator_price_first_forms import PRICE_FIRST_FORMS

__all__ = ["COUNT_PRICE_FORMS"]

_C = rf"(?P<c>{NUMBER})"
# A topic word or two before the count ("고깃집", "우리 팀").
_KO_TOPIC = r"(?:[가-힣]{1,6}\s+){0,2}"
_KO_JOINS = r"(?:인데|이고|이면|이서|이|,)?\s*,?\s*"
_KO_EACH = (
    r"(?:1\s*인당|인당|1\s*명당|한\s*명당|한\s*명에|한\s*사람당|한\s*사람에|1\s*사람당"
    r"|각자|각각)"
)
# Verbs a count of days or nights is said with ("4일 빌리면", "3박 묵으면", "5일 쓰면").
_KO_SPAN_VERB = (
    r"(?:빌리면|쓰면|이용하면|묵으면|자면|머물면|있으면|다니면|맡기면|주차하면|대여하면|하면|면|이면"
    r"|동안|간)?"
)
# A closing question about the whole: "what's the total", "how much is the bill".
_EN_ASKS_WHOLE = (
    r"(?:\s*[,.]?\s*(?:so\s+)?(?:what(?:'s|\s+is|\s+will\s+be|\s+would\s+be)\s+(?:the|my|our)\s+"
    r"(?:total|bill|cost|price)|how\s+much\s+(?:is|will\s+be|would\s+be|does\s+it\s+come\s+to)"
    r"(?:\s+(?:the|my|our)\s+(?:total|bill|cost|price))?|how\s+much(?:\s+in\s+total)?|"
    r"(?:in\s+)?total))?\s*[?.!]*"
)
_EN_ADD_ON = r"(?:tax|vat|tip|service\s+charge|gratuity|(?:booking\s+|delivery\s+)?fee|surcharge)"
COUNT_PRICE_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "고깃집 4명인데 1인당 18000이면": people, then the price for each.
    (
        re.compile(
            rf"^{_KO_TOPIC}{_A}\s*(?:명|인|사람)\s*{_KO_JOINS}{_KO_EACH}\s*(?:에)?\s*{_B}\s*"
            r"(?:씩)?\s*(?:이면|인데|으로|로|면|이라면)?\s*(?:먹으면|내면|하면)?\s*(?:모두|전부|다\s*해서)?$"
        ),
        "{b} * {a}",
    ),
    # "하루 65000인데 4일 빌리면", "1박 98000이고 3박 묵으면", "한 달 59000인데 12개월이면".
    (
        re.compile(
            rf"^{_KO_TOPIC}(?:하루|1\s*일)\s*(?:에)?\s*{_A}\s*(?:씩)?\s*{_KO_JOINS}"
            rf"{_B}\s*일\s*(?:동안|간)?\s*{_KO_SPAN_VERB}$"
        ),
        "{a} * {b}",
    ),
    (
        re.compile(
            rf"^{_KO_TOPIC}(?:1\s*박|한\s*밤)\s*(?:에)?\s*{_A}\s*(?:씩)?\s*{_KO_JOINS}"
            rf"{_B}\s*박\s*(?:동안)?\s*{_KO_SPAN_VERB}$"
        ),
        "{a} * {b}",
    ),
    (
        re.compile(
            rf"^{_KO_TOPIC}(?:한\s*달|1\s*달|매달|월)\s*(?:에)?\s*{_A}\s*(?:씩)?\s*{_KO_JOINS}"
            rf"{_B}\s*(?:개월|달)\s*(?:동안|간)?\s*{_KO_SPAN_VERB}$"
        ),
        "{a} * {b}",
    ),
    # "3 pizzas at 24000 each plus 10% tax, what's the total": the count, the price, the rate.
    (
        re.compile(
            rf"^{_A}\s+[a-z]+(?:\s+[a-z]+)?\s+(?:at|for|@)\s+{_B}\s*(?:each|apiece|a\s+piece)?\s*,?\s*"
            rf"(?:plus|with|and|\+)\s+(?:an?\s+)?{_C}\s*%\s*{_EN_ADD_ON}(?:\s+on\s+top)?{_EN_ASKS_WHOLE}$",
            re.IGNORECASE,
        ),
        "{a} * {b} * (1 + {c} / 100)",
    ),
    # "320 kWh at 120 per kWh, how much is the bill": a quantity at a price for each unit.
    (
        re.compile(
            rf"^{_A}\s*(?P<u>[a-z]{{1,5}})\s+(?:at|for|@)\s+{_B}\s*(?:per|a|/)\s*(?P=u)"
            rf"{_EN_ASKS_WHOLE}$",
            re.IGNORECASE,
        ),
        "{a} * {b}",
    ),
)
# The price before the count, a counter's own 당, a month's amount for years.
COUNT_PRICE_FORMS += PRICE_FIRST_FORMS
