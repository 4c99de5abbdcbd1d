"""A safe calculator for arithmetic written in Korean or English.

The text is rewritten into a Python arithmetic expression (Korean numerals and
operator words, percentages, "X의 Y%", "Y% of X") and then evaluated by walking
the AST with a whitelist of node types over ``Decimal``. Nothing is ever passed
to ``eval``; anything outside the whitelist is a ``ToolInputError``.
"""

from __future__ import annotations

import ast
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext

from core.errors import ToolInputError
from core.privacy.opening_names import opening_introduction_end
from core.text import KOREAN_COUNT_FORMS
from tools.calculator_chat_rates import chat_rate_expression
from tools.calculator_count_price_forms import COUNT_PRICE_FORMS
from tools.calculator_dropped_amounts import refuse_a_dropped_amount
from tools.calculator_each_forms import each_expression
from tools.calculator_eval import LIMIT, ArithmeticEvaluator, nesting_depth
from tools.calculator_everyday_forms import EVERYDAY_FORMS
from tools.calculator_everyday_readers import FUEL_ECONOMY_UNIT, read_everyday_problem
from tools.calculator_forms import NUMBER, PERCENT_CHANGE, VERB_FORMS
from tools.calculator_growth_forms import GROWTH_FORMS, UNIT_OF_FORM, square_roots_as_calls
from tools.calculator_lists import price_list_expression
from tools.calculator_pace import pace_expression, pace_words
from tools.calculator_paid_amount_forms import paid_amount_expression
from tools.calculator_per_period import per_period_expression
from tools.calculator_period_forms import PERIOD_FORMS
from tools.calculator_periods import period_expression
from tools.calculator_pooled_forms import pooled_expression
from tools.calculator_quantities import quantity_expression
from tools.calculator_rate_included import rate_included_expression
from tools.calculator_rates import rate_expression
from tools.calculator_shop_forms import shop_expression
from tools.calculator_taken_share import taken_share
from tools.calculator_tallies import tally_expression
from tools.calculator_unit_rate_forms import unit_rate_expression
from tools.calculator_units import HOURS_MINUTES, MEASURE, detect_measure, in_asked_unit
from tools.calculator_word_problems import FUEL_FOR_DISTANCE, PERCENT_SHARE, WORD_PROBLEM_FORMS
from tools.calculator_word_reader import read_word_problem
from tools.korean_numbers import english_counts_as_digits, format_number, normalize_numerals
from tools.units import unit_symbol

__all__ = ["LIMIT", "CalcResult", "calculate", "to_expression"]

_MAX_LEN = 500
_MAX_DEPTH = 120

_NUM = NUMBER

# Leading and trailing phrases that only say "please compute this".
_LEAD = re.compile(
    r"^(?:(?:what|how much)\s+(?:is|are|'s)\s+|what'?s\s+|calculate\s+|compute\s+|"
    r"evaluate\s+|계산(?:해\s*줘|해\s*주세요|하기)?\s*:?\s*)",
    re.IGNORECASE,
)
_TAIL = re.compile(
    # "얼마씩": how much each, after a split the sentence already states.
    r"(?:\s*(?:=|\?|!|\.|,|고)\s*|\s*(?:은|는|이|가)?\s*(?:얼마씩|얼마|몇|뭐|무엇|계산)"
    r"(?:야|이야|예요|에요|인가요|인가|일까요?|이지|지|니|냐|입니까|이에요|임|해\s*줘|해\s*주세요|하면)?"
    r"|\s*(?:(?:한|1)\s*(?:명|사람)(?:당|이|에)?|1\s*(?:인|명)당|인당|사람당|각자"
    r"|each|per person)\s*"
    # "7개로 나누면 하나에 몇 그램": the share asked in a unit the step already holds.
    r"|\s*(?:하나에|하나당|개당|한\s*개에|한\s*개당)?\s*몇\s*"
    r"(?:그램|킬로그램|kg|g|미터|m|km|cm|개|리터|밀리리터|L|ml|시간\s*몇\s*분)(?:이야|야|예요|이에요|인가요)?"
    # "얼마 나와", "총 얼마 내는 거야", "한 주에 얼마 벌어": the amount asked, said with a verb.
    r"|\s*(?:총|모두|전부|합쳐서)?\s*얼마\s*(?:나와|나와요|나오지|나오나요|내는\s*거야|내는\s*거예요"
    r"|벌어|벌어요|받아|받아요|들어|드는\s*거야|나가|나가요|나가나요|나가는\s*거야)"
    r"|\s*(?:총|모두|전부|합쳐서|합해서)"
    # "다 해서 얼마", "다 합쳐서": everything together, the sum the sentence already states.
    r"|\s*다\s*(?:해서|합쳐서|합해서|더해서)"
    r"|\s*(?:는|은)\s*$)+$",
    re.IGNORECASE,
)
# Leading words naming what the first number is ("월급 320만원의 9%", "회식비 186,000원을",
# "홍길동 환자 진료비 45000원을").
_LABEL = re.compile(
    r"^(?!그럼|그러면|그렇다면|만약|만일|그리고|그래서|그런데|근데)(?:[가-힣]{1,5}\s+){1,3}(?=\d)"
)
_WORD_OPS: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r"\s*더하기\s*", " + "),
    (r"\s*빼기\s*", " - "),
    (r"\s*곱하기\s*", " * "),
    (r"\s*나누기\s*", " / "),
    (r"\s+(?:plus)\s+", " + "),
    (r"\s+(?:minus)\s+", " - "),
    (r"\s+(?:times|multiplied by)\s+", " * "),
    (r"\s+(?:divided by|over)\s+", " / "),
    (r"(?<=[\d)])\s*[xX×·]\s*(?=[\d(])", " * "),
    # The typographic minus and en dash between figures ("(18 + 27) × 4 − 35").
    (r"(?<=[\d)])\s*[−–]\s*(?=[\d(])", " - "),
    (r"÷", " / "),
    (r"\^", " ** "),
    # Powers in words: "7 squared", "5 cubed", "7의 제곱", "3의 세제곱".
    (r"(?<=[\d)])\s+squared\b", " ** 2"),
    (r"(?<=[\d)])\s+cubed\b", " ** 3"),
    # "15000원 두 배에서 1000원 빼면": a multiple in words, then what is done to it.
    (
        rf"(?P<a>{_NUM})\s*(?:의|을|를)?\s*(?P<n>{_NUM}|{'|'.join(KOREAN_COUNT_FORMS)})\s*배"
        r"(?=\s*(?:에서|에|로|를|을))",
        lambda m: f"({m['a']} * {KOREAN_COUNT_FORMS.get(m['n'], m['n'])})",
    ),
    (r"(?<=[\d)])\s*의\s*세제곱", " ** 3"),
    (r"(?<=[\d)])\s*의\s*제곱(?!근)", " ** 2"),
    # "60을 제곱하면": squared, said with a verb.
    (r"(?<=[\d)])\s*(?:을|를)\s*세제곱\s*(?:하면|한|해)\S*$", " ** 3"),
    (r"(?<=[\d)])\s*(?:을|를)\s*제곱\s*(?:하면|한|해)\S*$", " ** 2"),
    # Square roots in words: "729의 제곱근", "square root of 2", "루트 2".
    (rf"({_NUM})\s*의\s*제곱근", r"sqrt(\1)"),
    (rf"(?:the\s+)?square\s+root\s+of\s+({_NUM})", r"sqrt(\1)"),
    (rf"루트\s*({_NUM})", r"sqrt(\1)"),
    (r"(?<=\d)\s*(?:퍼센트|프로|percent|pct)(?![A-Za-z가-힣]|는|의)", "%"),
)
_PCT_OF_KO = re.compile(rf"(?P<a>{_NUM})\s*의\s*(?P<p>{_NUM})\s*%")
_PCT_OF_EN = re.compile(rf"(?P<p>{_NUM})\s*%\s*of\s+(?P<a>{_NUM})", re.IGNORECASE)
_PCT_ADD = re.compile(rf"(?P<a>{_NUM})\s*(?P<op>[+-])\s*(?P<p>{_NUM})\s*%")
# A "%" followed by a number is modulo ("10 % 3"), not a percentage.
_PCT_BARE = re.compile(rf"(?P<p>{_NUM})\s*%(?!\s*[\d(])")
# Identifiers that look like numbers but are not arithmetic (dates, phones, IDs).
_NOT_ARITHMETIC = re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{2,4}-\d{3,4}-\d{4}\b|\b\d{6}-\d{7}\b")
# An identifier given as an aside, "홍길동(주민번호 850315-1234567) 진료비 45000원을…": it
# says whose bill it is, it is not an operand.
_ID_ASIDE = re.compile(r"\([^()]*(?:" + _NOT_ARITHMETIC.pattern + r")[^()]*\)")
# A phone or registration number said with a particle and followed by more text, "010-
# 1234-5678로 택배 5개 보내는데 ...": where it goes or whose it is, not an operand.
_ID_WITH_PARTICLE = re.compile(
    r"\b(?:\d{2,4}-\d{3,4}-\d{4}|\d{6}-\d{7})(?:으로|로|에게|에|는|은|이|가|의)\s+(?=\S)"
)
_LEADING_REMARK = re.compile(r"^[^\d.!?。]*[가-힣A-Za-z][.!?。]\s+(?=\D*\d)")
# "통신비 한 달 55,000원이면 1년에 얼마": a topic word before the period an amount is for
# names what is paid, in up to three words ("정수기 렌탈료 월 …"); the period forms read the rest.
_TOPIC_BEFORE_PERIOD = re.compile(
    r"^(?:[가-힣]{1,6}(?:은|는|이|가|도)?\s+){1,3}(?=(?:한\s*달|1\s*달|월|매달|매월|하루|매일"
    r"|일주일|한\s*주|1년|연)\s*(?:에|에\s*)?(?:\d|(?:[일이삼사오육칠팔구십백천만]+\s*){1,4}원))"
)
# "send it to me later, for now whats 12% of 450,000": a clause set aside for later (an
# address, a chore) before the calculation asked now; its figures are not operands.
_SET_ASIDE = re.compile(
    r"^[^?!。]*?[,.;]\s*(?:but\s+|and\s+)?(?:for\s+now|right\s+now|meanwhile|in\s+the\s+meantime)"
    r"\s*,?\s+(?=\D*\d)",
    re.IGNORECASE,
)
# "제 이름 윤서아고 월급 280만원인데 …", "저 정수아인데요 보너스 …": a self-introduction
# joined on by a connective instead of a full stop says who asks, not what to work out.
_LEADING_INTRODUCTION = re.compile(
    r"^(?:제\s*이름(?:은|는|이)?|저는|저|나는|전)\s+[^\d.!?。]*?"
    r"(?:이고|고|인데요|인데|이에요|예요|에요|입니다)[,.]?\s+(?=\D*\d)"
)
# An area asked of lengths: the answer's unit is the length squared.
_LENGTHS = frozenset({"m", "cm", "km", "mm", "ft", "in"})
_ASKS_AREA = re.compile(
    r"넓이|면적|제곱미터|평방미터|몇\s*평|\barea\b|\bsquare\s+(?:met|feet|foot)", re.IGNORECASE
)
# Two lengths multiplied and nothing else ("4.2m × 3m"): a product of lengths is an area.
_PRODUCT_OF_TWO = re.compile(rf"^\s*{_NUM}\s*\*\s*{_NUM}\s*$")
# The speed asked for ("시속 몇 km"), not one stated ("시속 60km로 … 몇 km", a distance).
_ASKS_SPEED = re.compile(r"시속\s*몇|how\s+fast|\bspeed\b", re.IGNORECASE)
_SPEED_OF_DISTANCE = {"km": "km/h", "mi": "mph"}
_ALLOWED = re.compile(r"^[\da-z.\s+\-*/%(),]*$")
# The decimals a plain number is shown to.
_SHOWN_PLACES = Decimal("1e-10")


@dataclass(frozen=True)
class CalcResult:
    """The value of an arithmetic expression and how it was read."""

    value: Decimal
    expression: str
    unit: str | None = None
    # A span of minutes also said in hours and minutes ("4시간 15분", "4 h 15 min").
    span_words: str | None = None

    @property
    def display(self) -> str:
        """The value formatted for a person ("5,250원", "1,234.5")."""
        if self.unit == "원":
            won = self.value.quantize(Decimal(1), rounding=ROUND_HALF_UP)
            return f"{format_number(won)}원"
        if self.unit == "$":
            cents = self.value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            return f"{'-' if cents < 0 else ''}${abs(cents):,.2f}"
        if self.unit == "%":
            return f"{format_number(self.value, 4)}%"
        if self.unit == FUEL_ECONOMY_UNIT:
            return f"{format_number(self.value, 2)} {self.unit}"  # as a car's display shows it
        if self.unit:
            # A measure keeps the precision the unit converter shows.
            shown = f"{format_number(self.value, 4)} {self.unit}"
            return f"{shown} ({self.span_words})" if self.span_words else shown
        shown, two_places = format_number(self.value), format_number(self.value, 2)
        if two_places != shown and self.value != self.value.quantize(_SHOWN_PLACES):
            # Cut at ten decimals ("0.6666666667"): the two places a person reads are said
            # too, marked as rounded, so neither figure passes for the other.
            return f"{shown} (≈ {two_places})"
        return shown


def _detect_unit(s: str) -> tuple[str, str | None]:
    """Strip currency markers next to numbers and report which currency was meant."""
    won = re.search(r"(?<=\d)\s*(?:원|won\b)|₩\s*(?=\d)", s, re.I) is not None
    usd = re.search(r"(?<=\d)\s*(?:달러|불|dollars?)|\$\s*(?=\d)", s, re.I) is not None
    if won and usd:
        raise ToolInputError(
            f"{s!r} mixes won and dollars: use convert_currency with an explicit rate"
        )
    s = re.sub(r"(?<=\d)\s*(?:원|won\b|달러|불|dollars?)(?:화)?|[₩$]\s*(?=\d)", "", s, flags=re.I)
    if won or usd:
        return s, ("원" if won else "$")
    return detect_measure(s)


def to_expression(text: str) -> tuple[str, str | None]:
    """Rewrite natural-language arithmetic into a Python expression string and unit.

    Args:
        text: For example "3만 5천원의 15%는 얼마야?" or "what is 15% of 200".

    Returns:
        The expression (not yet validated) and the currency unit if one was written.
    """
    s = _ID_ASIDE.sub(" ", unicodedata.normalize("NFKC", text)).strip()
    s = _ID_WITH_PARTICLE.sub("", s)
    if _NOT_ARITHMETIC.search(s):
        raise ToolInputError(
            f"{text!r} looks like a date, phone or ID number, not arithmetic: "
            "write the calculation with operators, e.g. '12 * 7'"
        )
    # "저는 최유나예요. 3만 원의 20%는?": a leading remark without figures is not arithmetic.
    s = _LEADING_INTRODUCTION.sub("", _LEADING_REMARK.sub("", _SET_ASIDE.sub("", s)))
    topic = _TOPIC_BEFORE_PERIOD.match(s)
    if topic is not None and not re.search(r"\d", normalize_numerals(topic.group(0))):
        s = s[topic.end() :]  # a word, never an amount in words ("천만원을 연 3% …")
    # "김하은인데요 월급 …": a name the message opens with says who asks, not what to work out.
    s = s[opening_introduction_end(s) or 0 :].strip()
    s = normalize_numerals(s)
    s = square_roots_as_calls(english_counts_as_digits(s))
    if len(HOURS_MINUTES.findall(s)) >= 2:
        # "3시간 20분이랑 1시간 55분": spans of hours and minutes in one sum, in minutes.
        s = HOURS_MINUTES.sub(lambda m: f"{int(m['h']) * 60 + int(m['m'])} min", s)
    lengths = sum(1 for m in MEASURE.finditer(s) if unit_symbol(m["u"]) in _LENGTHS)
    s, unit = _detect_unit(s)
    for _ in range(2):
        s = _LEAD.sub("", s).strip()
        s = _TAIL.sub("", s).strip()
    if unit in _LENGTHS and _ASKS_AREA.search(s):
        unit = f"{unit}2"  # "가로 4.5m, 세로 3.2m 방의 넓이": metres times metres
    elif unit in _SPEED_OF_DISTANCE and _ASKS_SPEED.search(text):
        # "42.195km를 4시간에 뛰면 시속 몇 km", "150 miles in 2.5 hours ... speed"
        unit = _SPEED_OF_DISTANCE[unit]
    for form, template in PERIOD_FORMS + EVERYDAY_FORMS + COUNT_PRICE_FORMS:
        period = form.match(s)
        if period:
            values = {k: v for k, v in period.groupdict().items() if k in ("a", "b", "c")}
            return template.format(**values), unit
    spread = (
        rate_included_expression(s)  # "33000 including 10% VAT … before VAT": 33000 / 1.1
        or unit_rate_expression(text)  # "리터당 1685원인데 45리터", "시급 … 하루 6시간씩 5일"
        or period_expression(s)
        or per_period_expression(s)
        or price_list_expression(s)
        or tally_expression(s)
        or each_expression(s, text)
        or shop_expression(s, text)
        or pooled_expression(s, text)
    )
    if spread is not None:
        return spread, unit
    chat = pace_expression(normalize_numerals(text)) or chat_rate_expression(s, text, unit)
    chat = chat or paid_amount_expression(text)  # its own unit ("37.5 hours" is not one)
    if chat is not None:
        return chat
    whole = s  # the labels kept: a word problem's words give its figures their roles
    for form, template in GROWTH_FORMS:
        # Before the labels go: "루트", "매달" are what these forms read.
        grown = form.match(s)
        if grown:
            return template.format(**grown.groupdict()), UNIT_OF_FORM.get(template, unit) or None
    s = _LABEL.sub("", s)
    stated = s
    for pattern, repl in _WORD_OPS:
        s = re.sub(pattern, repl, s, flags=re.IGNORECASE)
    for form, template in VERB_FORMS + WORD_PROBLEM_FORMS:
        m = form.match(s)
        if m:
            # An optional operand left out ("2시간" without minutes) counts as 0.
            s = template.format(**{k: v or "0" for k, v in m.groupdict().items() if k in "abcd"})
            if template in (PERCENT_CHANGE, PERCENT_SHARE):
                unit = "%"  # "from $1,200 to $1,350, what percent": a share, not dollars
            elif template == FUEL_FOR_DISTANCE:
                # "12 km per litre ... for 300 km": litres, not the km taken out
                unit = "gal" if m["v"].lower().startswith("gal") else "L"
            break
    # "15% of 240, plus 30": a comma before an operator only joins the clauses.
    s = re.sub(r",\s*(?=[-+*/]\s)", " ", s)
    s = _PCT_OF_KO.sub(lambda m: f"{m['a']} * {m['p']} / 100", s)
    s = _PCT_OF_EN.sub(lambda m: f"{m['a']} * {m['p']} / 100", s)
    s = _PCT_ADD.sub(lambda m: f"{m['a']} * (1 {m['op']} {m['p']} / 100)", s)
    s = _PCT_BARE.sub(lambda m: f"({m['p']} / 100)", s)
    if unit in _LENGTHS and lengths == 2 and _PRODUCT_OF_TWO.match(s):
        unit = f"{unit}2"
    if not _reads_as_arithmetic(s):
        # No form read the sentence: one amount with its rates, or quantities in
        # proportion, may still be arithmetic.
        proportion = quantity_expression(stated)
        if proportion is not None:
            s, unit = proportion[0], proportion[1] or unit
        else:
            read = rate_expression(stated)
            word_problem = None if read else read_word_problem(whole, unit)
            if read is None and word_problem is None:
                word_problem = read_everyday_problem(whole, text)
            if word_problem is not None:
                read, unit = word_problem[0], unit if word_problem[1] is None else word_problem[1]
            s = read or s
    return taken_share(s.strip(), text), unit


def _reads_as_arithmetic(source: str) -> bool:
    """Whether the rewritten text is an expression the evaluator can parse."""
    if not _ALLOWED.match(source):
        return False
    try:
        ast.parse(source.strip(), mode="eval")
    except SyntaxError:
        return False
    return True


def calculate(expression: str) -> CalcResult:
    """Evaluate arithmetic written in digits, Korean or English.

    Args:
        expression: For example "12*7", "3만 5천원의 15%", "15% of 35,000",
            "10 나누기 4" or "what is 2^10".

    Returns:
        The exact value, the normalized Python-style expression and the unit
        ("원" or "$") when the text named one.

    Raises:
        ToolInputError: On division by zero, results over 10^18, or text that
            is not a calculation.
    """
    if len(expression) > _MAX_LEN:
        raise ToolInputError(f"expression is longer than {_MAX_LEN} characters; shorten it")
    source, unit = to_expression(expression)
    refuse_a_dropped_amount(expression, source)
    if not source or not _ALLOWED.match(source) or not re.search(r"\d|pi", source):
        raise ToolInputError(
            f"could not read {expression!r} as arithmetic: write it like '12 * 7', "
            "'3만 5천원의 15%' or '15% of 200'"
        )
    try:
        tree = ast.parse(source, mode="eval")
        too_deep = nesting_depth(tree) > _MAX_DEPTH
    except (SyntaxError, RecursionError, MemoryError):
        raise ToolInputError(
            f"could not read {expression!r} as arithmetic (got {source!r}): check the "
            "operators and parentheses"
        ) from None
    if too_deep:
        # The evaluator and ast.unparse recurse; refuse before they hit Python's limit.
        raise ToolInputError(
            f"expression {expression[:40]!r}... is nested too deeply (max {_MAX_DEPTH} levels); "
            "simplify it"
        )
    with localcontext() as ctx:
        ctx.prec = 34
        value = ArithmeticEvaluator(source, expression).eval(tree)
    value, unit = in_asked_unit(expression, value, unit)
    if value == value.to_integral_value():
        value = value.quantize(Decimal(1))
    return CalcResult(
        value=value,
        expression=ast.unparse(tree),
        unit=unit,
        span_words=_span_in_hours(value, expression)
        if unit == "min"
        else pace_words(value, unit, expression),
    )


def _span_in_hours(minutes: Decimal, text: str) -> str | None:
    """ "4시간 15분" for 255 minutes (in the question's language); None under an hour."""
    if minutes < 60 or minutes != minutes.to_integral_value():
        return None
    asks_minutes = re.search(r"몇\s*분|how many min", text, re.IGNORECASE)
    if asks_minutes and not re.search(r"몇\s*시간|how many hours|how long", text, re.IGNORECASE):
        return None  # "총 몇 분?": the minutes alone were asked
    hours, rest = divmod(int(minutes), 60)
    if re.search(r"[가-힣]", text):
        return f"{hours}시간 {rest}분" if rest else f"{hours}시간"
    return f"{hours} h {rest} min" if rest else f"{hours} h"
