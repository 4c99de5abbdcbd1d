"""Word problems of growth and repetition the calculator reads as arithmetic.

Found by the eighth unseen set: a square root asked in words ("루트 196", "square root
of 196", written as a call before the forms), money compounding for whole years ("연 4%
복리로 3년"), an amount taken so many times ("이거 1.5배면") and a monthly amount put
aside for whole years ("매달 35만원씩 2년 모으면"). Like
:data:`tools.calculator_word_problems.WORD_PROBLEM_FORMS`, each form matches a whole,
already normalised request (numerals as digits, currency markers and the question's
tail removed) and gives a template over its operands.
"""

from __future__ import annotations

import re

from tools.calculator_forms import NUMBER

__all__ = ["GROWTH_FORMS", "UNIT_OF_FORM", "square_roots_as_calls"]

_NUM = NUMBER
_A = rf"(?P<a>{_NUM})"
_B = rf"(?P<b>{_NUM})"
_C = rf"(?P<c>{_NUM})"
# "루트 196", "제곱근 2", "√81", "square root of 196", "sqrt 2": a square root in words,
# written as the evaluator's call (dropped as a label, "루트 196 나누기 2" had read 98).
_SQUARE_ROOT = re.compile(
    rf"(?:루트|제곱근|√|\bsqrt\b|\b(?:the\s+)?square\s+root\s+of\b)\s*\(?\s*(?P<n>{_NUM})(?:\s*\))?",
    re.I,
)


def square_roots_as_calls(text: str) -> str:
    """``text`` with each square root written in words as ``sqrt(n)``."""
    return _SQUARE_ROOT.sub(lambda m: f"sqrt({m['n']})", text)


_BMI = "{b} / ({a} / 100) ** 2"
_CUT_THEN_OFF = "{a} * (1 - {b} / 100) - {c}"
_KWH = "{a} * {b} * {c}"
GROWTH_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "10000000을 연 4% 복리로 3년 넣어두면 이자": the interest alone, compounded yearly.
    (
        re.compile(
            rf"^{_A}\s*(?:을|를|원)?\s*(?:연|年|1년에|일년에)?\s*{_B}\s*%\s*(?:의\s*)?(?:연\s*)?복리\s*"
            rf"(?:로|으로)?\s*{_C}\s*년\s*(?:동안|간)?\s*[가-힣\s]*?이자[가-힣\s]*$"
        ),
        "{a} * ((1 + {b} / 100) ** {c} - 1)",
    ),
    # "10000000을 연 4% 복리로 3년 넣어두면": the amount grown, compounded yearly.
    (
        re.compile(
            rf"^{_A}\s*(?:을|를|원)?\s*(?:연|年|1년에|일년에)?\s*{_B}\s*%\s*(?:의\s*)?(?:연\s*)?복리\s*"
            rf"(?:로|으로)?\s*{_C}\s*년\s*(?:동안|간)?\s*(?:넣어\s*두면|넣어두면|넣으면|두면|맡기면"
            r"|예치하면|저축하면|모으면|굴리면)?\s*(?:총|총액|원리금|얼마|돼|되|야|\s)*$"
        ),
        "{a} * (1 + {b} / 100) ** {c}",
    ),
    # "540000 나왔는데 이거 1.5배면": the amount just stated, taken so many times.
    (
        re.compile(
            rf"^[^\d]*?{_A}\s*(?:이|가|을|를)?\s*[가-힣\s]*?(?:인데|는데|이고|이면)\s*,?\s*(?:이거|그거|이걸|그걸|이게|그게)"
            rf"\s*(?:의\s*)?{_B}\s*배\s*(?:면|이면|하면|는|가|로|면은)?\s*(?:얼마|얼마야|얼마에요|얼마예요|\s)*$"
        ),
        "{a} * {b}",
    ),
    # "매달 350000씩 2년 모으면": a monthly amount put aside for whole years; a topic word
    # may open it ("적금 월 200000씩 …").
    (
        re.compile(
            rf"^(?:[가-힣]{{1,6}}\s+)?(?:매달|매월|한\s*달(?:에)?|월)\s*{_A}\s*씩\s*{_B}\s*년\s*(?:동안|간)?\s*"
            r"(?:모으면|저축하면|저금하면|넣으면|적금하면|부으면)\s*[가-힣\s?]*$"
        ),
        "{a} * 12 * {b}",
    ),
    # "매달 350000씩 18개월 모으면": the same, for a count of months.
    (
        re.compile(
            rf"^(?:[가-힣]{{1,6}}\s+)?(?:매달|매월|한\s*달(?:에)?|월)\s*{_A}\s*씩\s*{_B}\s*(?:개월|달)\s*(?:동안|간)?\s*"
            r"(?:모으면|저축하면|저금하면|넣으면|적금하면|부으면)\s*[가-힣\s?]*$"
        ),
        "{a} * {b}",
    ),
    # "drove 270 km in 3 hours 20 min ... average speed": hours and minutes of a trip.
    (
        re.compile(
            rf"^.*?\b(?:drove|ran|walked|cycled|rode|biked|went|travel+ed|covered|flew)\s+{_A}"
            rf"\s+(?:in|over)\s+{_B}\s+(?:hours?|hrs?|h)\s*(?:and\s+)?{_C}\s*(?:minutes?|mins?|m)\b"
            r"[^\d]*?\b(?:speed|how\s+fast)\b[^\d]*$",
            re.I,
        ),
        "{a} / ({b} + {c} / 60)",
    ),
    # "$1440 and i pay it over 12 months, how much per month": a price spread over months.
    # (A rate is never the price spread: "899 plus 8.875% sales tax, paid over 24 monthly
    # payments" was read as 8.875 / 24, set 54.)
    (
        re.compile(
            rf"^.*?{_A}\b(?!\s*%)[^\d]*?\b(?:over|in|across)\s+{_B}\s+(?:monthly\s+)?(?:months?|installments?"
            r"|instalments?|payments?)\b[^\d]*?\b(?:per|a|each|every)\s+month\b[^\d]*$",
            re.I,
        ),
        "{a} / {b}",
    ),
    # "68000짜리 옷 20% 할인하고 5000 쿠폰까지 쓰면": a cut by a rate, then a fixed amount off.
    (
        re.compile(
            rf"^[^\d]*?{_A}\s*(?:짜리)?[가-힣\s]*?{_B}\s*%\s*(?:할인|세일)\s*(?:하고|받고|해서|한\s*다음에?"
            rf"|후에?)\s*,?\s*(?:추가로\s*)?{_C}\s*(?:짜리\s*)?(?:쿠폰|적립금|포인트)\s*(?:까지|도|을|를)?\s*"
            r"(?:더\s*)?(?:쓰면|사용하면|적용하면|쓰고)[가-힣\s]*$"
        ),
        _CUT_THEN_OFF,
    ),
    # "키 172cm 몸무게 68kg이면 bmi": the body mass index, kilograms over metres squared.
    (
        re.compile(
            rf"^키\s*(?:가|는)?\s*{_A}\s*(?:cm|센티)?\s*(?:이고|에|,)?\s*(?:몸무게|체중)\s*(?:가|는)?\s*{_B}"
            r"\s*(?:kg|킬로)?\s*(?:이면|인데|일\s*때)?\s*(?:내\s*)?(?:bmi|비엠아이|체질량\s*지수)[가-힣\s]*$",
            re.I,
        ),
        _BMI,
    ),
    # "1.8kW를 하루 8시간씩 30일 틀면 몇 kWh": energy from power, hours a day and days.
    (
        re.compile(
            rf"^[^\d]*?{_A}\s*(?:kw|킬로와트)\s*(?:를|을|짜리|인)?[가-힣\s]*?(?:하루에?|매일|1일)\s*{_B}\s*시간"
            rf"\s*(?:씩)?\s*,?\s*{_C}\s*일\s*(?:동안|간)?[가-힣\s]*?(?:몇\s*)?kwh[가-힣\s]*$",
            re.I,
        ),
        _KWH,
    ),
)
#: The unit a form's answer is in, where it is not the unit the request was written in
#: ("" for none: a BMI is not in centimetres).
UNIT_OF_FORM = {_BMI: "", _CUT_THEN_OFF: "원", _KWH: "kWh"}
