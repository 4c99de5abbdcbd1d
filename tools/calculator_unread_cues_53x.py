"""Words that change a sum, left out by the reading: the calculator declines (probes 53).

Blind probes (2026-12-06, wrongs53) found forms that read the figures they were built for
and dropped a word that changes the answer:

- "마트에서 2+1 행사하는 우유가 개당 2800원이면 6개 가져가면" was 2800 * 6 (the deal
  unread: 4 of the 6 are paid); "1+1 행사 라면 4봉지" the same;
- "I bought 5 shirts at $18 each and returned two" was 5 * 18: a count said in words is
  no figure the numerals give, so the reading never saw it;
- "a gym membership is $40/month with a $99 sign up fee. first year total?" was 40 + 99,
  and "헬스 월 5만원인데 가입비 3만원 따로야 1년이면" (50000 + 30000) * 12: a one-off fee
  paid once, the monthly price paid each month;
- "netflix is $15.49 a month, the first month is free. cost for a year" was 15.49 * 12;
- "20만원짜리 코트 정가에서 30% 세일하는데 …" was 200000 / (1 - 30 / 100) …: the list price
  named as the start ("정가에서", "정가 8만원이면") read as the price asked;
- "what's the list price if the sale price is $68 after 15% off" was 68 * (1 - 15 / 100);
- "원가에서 30% 남기고 팔면 원가 7000원인 건 얼마" was 7000 * 30 / 100 (the margin alone);
- "I make $4,000 a month and spend 35% on rent, how much is left" was 4000 * 35 / 100, "we
  have 30 students and 40% are boys, how many girls" 30 * 40 / 100, "귤 20개 중에 4개
  먹었으면 남은 건 몇 %" 4 / 20 * 100: the other part asked, the part said answered;
- "what is 25 percent more than 80" was 80 * 25 / 100;
- "부모님 용돈 매달 각각 20만원씩 드리면 1년에" was 200000 * 1 * 12: "부모님 각각" is two.

Each rule names a cue whose figure or operation must show in the reading; when it does
not, the step goes on to a tier that can read the words (never a figure for another sum).
"""

from __future__ import annotations

import ast
import re
from decimal import Decimal

from core.errors import ToolInputError
from core.text import ENGLISH_NUMBER_VALUES
from tools.calculator_bundle_free import bundle_free_en, bundle_free_total
from tools.calculator_pay_period_54c import shorter_period_unread
from tools.calculator_unread_cues_51w import SHARE_ONLY, WHOLE_CHANGED
from tools.expression_figures import figures_used
from tools.korean_numbers import normalize_numerals

__all__ = ["names_one_off_fee", "refuse_unread_cues_53x", "unread_cue_53x"]

# A "buy N get M" deal: "2+1 행사", "원플원", "buy 2 get 1 free", "BOGO".
_DEAL = re.compile(
    r"(?<![\d.+*/-])[1-9]\s*\+\s*[1-9](?![\d.]|\s*[+*/-])\s*(?:행사|이벤트|세일|딜|짜리|로|이라|인데|$|\s)"
    r"|원\s*플\s*원|투\s*플\s*원|\bbogo\b|\bbuy\s+(?:\w+)\s+get\s+(?:\w+)\s+(?:free|half)",
    re.IGNORECASE,
)
# (and "get one free with a coupon": some of the items are free, whatever the deal's name)
_DEAL_WORDS_EN = re.compile(
    r"\bbogo\b|\bbuy\s+\w+\s+get\s+\w+\s+(?:free|half)|\bget\s+(?:one|\d+)\s+(?:for\s+)?free\b",
    re.IGNORECASE,
)
_MONEY = re.compile(r"\d\s*(?:원|달러|won\b|dollars?\b|bucks\b)|\$\s*\d", re.IGNORECASE)
# English counts in words (the numerals give none of them): "returned two", "three of them".
_WORD_COUNTS = {
    word: value
    for word, value in ENGLISH_NUMBER_VALUES.items()
    if 2 <= value <= 12 or value in (15, 20, 30)
}
# A count taken back said in words: "returned two", "gave back four", "three were cancelled".
# (Only a count removed: "two children enrolled", "two and a half pounds" are read by forms
# of their own, and "every two weeks" is a period.)
_WORDS = "|".join(_WORD_COUNTS)
_WORD_COUNT = re.compile(
    r"\b(?:returned|return|gave\s+back|give\s+back|sent\s+back|send\s+back|refunded|cancell?ed"
    r"|lost|broke|dropped|ate|used|sold|gave\s+away|took\s+back|exchanged)\s+"
    rf"(?:(?:the|of|them|those)\s+)?(?P<w>{_WORDS})\b(?![\s-]*(?:thirds?|halves|and\s+a\s+half))"
    rf"|\b(?P<v>{_WORDS})\s+(?:\w+\s+)?(?:were|was|got|are)\s+(?:returned|cancell?ed|missing"
    r"|broken|refunded|damaged|sent\s+back|out\s+of\s+stock)\b",
    re.IGNORECASE,
)
# A fee paid once beside a recurring price: "sign up fee", "가입비 따로", "one-time".
_ONE_OFF = re.compile(
    r"\b(?:sign[\s-]*up|joining|join|setup|set[\s-]up|activation|registration|enrol?ment"
    r"|initiation|installation|startup|start[\s-]up)\s+fee|\bone[\s-]*(?:time|off)\b"
    r"|가입비|등록비|입회비|설치비|개통비|초기\s*비용|일회성|처음에만|최초\s*1회",
    re.IGNORECASE,
)
# A span of several months or a year asked of the recurring price.
_SPAN_ASKED = re.compile(
    r"\b(?:a|per|one|1|the|first|whole)\s+year\b|\byearly\b|\bannual|\b\d+\s*months?\b"
    r"|1\s*년|일\s*년|한\s*해|\d+\s*개월|[두세네]\s*달|연간",
    re.IGNORECASE,
)
# Free periods: "the first month is free", "첫 달 무료", "2 months free".
_FREE_PERIOD = re.compile(
    r"\b(?:first|1st)\s+(?:\w+\s+)?(?:month|week|year)s?\s+(?:is\s+|are\s+|for\s+)?free\b"
    r"|\b\d+\s+(?:months?|weeks?)\s+(?:are\s+|is\s+|for\s+)?free\b|\bfree\s+(?:first\s+)?month"
    r"|첫\s*(?:달|개월|주|해)\s*(?:은|는|이|가)?\s*(?:무료|공짜|free)"
    r"|\d+\s*(?:개월|달)\s*(?:은|는)?\s*(?:무료|공짜)",
    re.IGNORECASE,
)
# The list price named as the start of a cut ("정가에서 30%", "정가 8만원이면"), not asked.
_LIST_PRICE_GIVEN = re.compile(r"(?:정가|원가|원래\s*가격|소비자가)\s*(?:에서|\d)")
_LIST_PRICE_ASKED_KO = re.compile(r"(?:정가|원가|원래\s*가격)\s*(?:은|는|이|가)?\s*(?:얼마|몇)")
_DIVIDED_BY_MOVES = re.compile(r"/\s*\(+\s*1\s*-")
# The price before the cut asked in other words than calculator_unread_cues_52w reads.
# ("a jacket's list price is $120 and it's 25% off" names it: only a price asked counts.)
_LIST_PRICE_ASKED_EN = re.compile(
    r"\b(?:what|how\s+much)\b[^?.!]{0,30}"
    r"\b(?:list|regular|full|sticker|retail|normal|usual|marked)\s+price\b"
    r"|\bprice\s+(?:was\s+it\s+)?(?:without|before)\s+the\s+(?:sale|discount)",
    re.IGNORECASE,
)
# A margin put on a cost: "30% 남기고 팔면", "마진 20%", "a 25% markup" (the price asked).
_MARGIN = re.compile(
    r"\d\s*%\s*(?:정도\s*)?(?:남기|남겨|마진|이윤|이익\s*(?:을\s*)?(?:붙|남))"
    r"|(?:마진|이윤)\s*(?:을\s*)?\d+(?:\.\d+)?\s*%|\d\s*%\s*(?:markup|mark-up|margin|profit)",
    re.IGNORECASE,
)
_MARGIN_ONLY_ASKED = re.compile(r"마진\s*(?:은|이)?\s*얼마|이익\s*(?:은|이)?\s*얼마|\bprofit\b")
# The other part asked: "how much is left", "what remains", "남은 건 몇 %", "how many girls".
_REST = re.compile(
    r"\bhow\s+much\s+(?:is|do\s+i\s+have|will\s+i\s+have|would\s+i\s+have|does\s+\w+\s+have)"
    r"\s+left\b|\bwhat\s+(?:remains|is\s+left)\b|\bleft\s+(?:for|after)\b|\bkeep\b"
    r"|남은\s*(?:건|거|게|것)?\s*(?:몇|얼마)|나머지\s*(?:는|은)?\s*(?:몇|얼마)",
    re.IGNORECASE,
)
_PART_GROUP = re.compile(
    r"\d\s*%\s*(?:of\s+(?:them|us|the\s+\w+)\s+)?(?:are|is|were)\s+(?P<g>[a-z]+)", re.I
)
_ASKED_GROUP = re.compile(r"\bhow\s+many\s+(?P<g>[a-z]+)", re.I)
_SHARE_OF_WHOLE = re.compile(r"^\s*[\d.]+\s*/\s*[\d.]+\s*\*\s*100\s*$")
# "25 percent more than 80", "30% less than": the amount changed, not the share.
_MORE_THAN = re.compile(
    r"\d\s*(?:%|percent\b|per\s*cent\b)\s*(?:more|less|higher|lower|bigger|smaller|above|below)"
    r"\s+than\s*\$?\s*\d",  # (a figure after "than": "25% more than the trousers" is no sum)
    re.IGNORECASE,
)
# Two people said by a word: "부모님 각각", "양가 부모님께 각자", "my parents each".
_PAIR_EACH = re.compile(
    r"(?:부모님|양가|두\s*분|엄마\s*아빠|할머니\s*할아버지)[^.?!]{0,20}(?:각각|각자|한\s*분\s*당|씩\s*각)"
    r"|\b(?:my\s+)?(?:parents|grandparents)\s+each\b|\bboth\s+of\s+(?:them|my)\b[^.?!]{0,20}\beach\b",
    re.IGNORECASE,
)


def names_one_off_fee(text: str) -> bool:
    """Whether ``text`` names a fee paid once beside a recurring price."""
    return _ONE_OFF.search(text) is not None


def _multiplied_figures(expression: str) -> set[Decimal]:
    """The figures of ``expression`` that are an operand of a product (or inside one)."""
    try:
        tree = ast.parse(expression, mode="eval")
    except SyntaxError:
        return set()
    found: set[Decimal] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Constant) and isinstance(inner.value, (int, float)):
                    found.add(Decimal(str(inner.value)))
    return found


def _one_off_fee_misread(digits: str, expression: str) -> bool:
    """A one-off fee and a span asked: the recurring price must be multiplied, the fee not."""
    if not (_ONE_OFF.search(digits) and _SPAN_ASKED.search(digits)):
        return False
    if "*" not in expression:
        return True  # "40 + 99": a month and the fee, for a year
    fee = re.search(
        r"(?:fee|비|one[\s-]*time|one[\s-]*off)\D{0,12}?\$?\s*(?P<a>\d+(?:\.\d+)?)"
        r"|\$?\s*(?P<b>\d+(?:\.\d+)?)\s*(?:원|dollars?)?\s*(?:\w+\s+){0,2}"
        r"(?:sign[\s-]*up|joining|join|set[\s-]?up|activation|registration|enrol?ment"
        r"|initiation|installation|start[\s-]?up|one[\s-]*time)",
        digits,
        re.IGNORECASE,
    )
    if fee is None:
        return True  # which figure is the fee is not found: no safe reading
    value = Decimal(fee["a"] or fee["b"])
    if sum(1 for f in re.findall(r"\d+(?:\.\d+)?", digits) if Decimal(f) == value) > 1:
        return False  # "25 a month plus a 25 joining fee": which 25 is multiplied is unsaid
    return value in _multiplied_figures(expression)


def _deal_read(question: str) -> str | None:
    """The expression the "N+M" reader gives ``question`` (the free ones counted), if any."""
    read = bundle_free_total(question) or bundle_free_en(normalize_numerals(question).lower())
    return None if read is None else read[0]


def unread_cue_53x(question: str, expression: str) -> str | None:
    """The cue of ``question`` the reading ``expression`` leaves out, or ``None``.

    Args:
        question: The question as typed.
        expression: The expression a form read from it.
    """
    digits = normalize_numerals(question)
    used = figures_used(expression)
    priced = _MONEY.search(digits) is not None  # ("1+1+1" alone is arithmetic, no deal)
    # A deal said in English words ("buy one get one free, 3.25 a slice") is no arithmetic
    # of its own, priced or not (para58: 3.25 * 7 for 7 slices at BOGO).
    priced = priced or _DEAL_WORDS_EN.search(digits) is not None
    if (
        priced
        and (_DEAL.search(digits) or _DEAL_WORDS_EN.search(digits))
        and "/" not in expression
        and "-" not in expression
        # (the deal's own reader counts the free ones: "15900원 1+1 … 3개", opens57k)
        and _deal_read(question) != expression
    ):
        return "the 'buy N get M' deal (only some of the items are paid)"
    for word in _WORD_COUNT.finditer(question):
        if Decimal(_WORD_COUNTS[(word["w"] or word["v"]).lower()]) not in used:
            return f"the count said in words ({word.group(0)!r})"
    if _one_off_fee_misread(digits, expression):
        return "that the one-off fee is paid once and the recurring price every period"
    if _FREE_PERIOD.search(digits) and "-" not in expression:
        return "the free period"
    if (
        _DIVIDED_BY_MOVES.search(expression)
        and _LIST_PRICE_GIVEN.search(digits)
        and not _LIST_PRICE_ASKED_KO.search(digits)
    ):
        return "that the list price is the start of the cut, not the price asked"
    if WHOLE_CHANGED.match(expression) and _LIST_PRICE_ASKED_EN.search(digits):
        return "that the price before the cut is asked, not the price after it"
    margin = _MARGIN.search(digits) and not _MARGIN_ONLY_ASKED.search(digits)
    if margin and SHARE_ONLY.match(expression):
        return "that the price with the margin is asked, not the margin alone"
    if _rest_asked(question, digits, expression):
        return "that the other part is asked, not the part said"
    if _MORE_THAN.search(digits) and SHARE_ONLY.match(expression):
        return "that the amount changed by the percent is asked, not the percent of it"
    if _PAIR_EACH.search(digits) and Decimal(2) not in used:
        return "that each of the two is given the amount"
    if shorter_period_unread(digits, expression):
        return "that a month's, a week's or a paycheck's pay is asked of a yearly figure"
    return None


def _rest_asked(question: str, digits: str, expression: str) -> bool:
    if "-" in expression:
        return False
    share = SHARE_ONLY.match(expression) or _SHARE_OF_WHOLE.match(expression)
    if share is None:
        return False
    if _REST.search(digits):
        return True
    part = _PART_GROUP.search(question)
    asked = _ASKED_GROUP.search(question)
    return bool(part and asked and part["g"].lower().rstrip("s") != asked["g"].lower().rstrip("s"))


def refuse_unread_cues_53x(question: str, expression: str) -> None:
    """Raise ``ToolInputError`` when the reading ``expression`` leaves out a cue of
    ``question`` (see :func:`unread_cue_53x`)."""
    cue = unread_cue_53x(question, expression)
    if cue is not None:
        raise ToolInputError(
            f"could not read {question!r} as one sum: the reading {expression!r} leaves out {cue}"
        )
