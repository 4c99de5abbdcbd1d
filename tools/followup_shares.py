"""Follow-ups about a share of an amount and about a monthly figure over a longer span.

Found by the fifth unseen set:

- after a share of an amount ("an 18% tip on $86.40", "계약금 10%"), "with the tip" asks
  the amount plus the share and "계약금 내고 남는 돈" the amount less it. The share is
  read from how the calculator read the step, so any sentence it reads as "A * P / 100"
  counts, not only the fixed wordings of ``tools.followup_changes``;
- "관리비 12만 원까지 더하면 …?": an amount named and added to the result;
- "1년 치로 치면?", "over a 12-month lease?" after a monthly figure (월세, 월급, "a month"):
  the result times the months in the span.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern
from tools.calculator import to_expression
from tools.followup_added_per_period_51w import added_per_period
from tools.followup_unrounded import unrounded_expression
from tools.korean_numbers import normalize_numerals

__all__ = [
    "add_named_amount",
    "amount_with_share",
    "amount_without_share",
    "monthly_over_span",
    "yearly_per_month",
]

_NUM = r"\d[\d,]*(?:\.\d+)?"
# How the calculator writes a share of one amount.
_SHARE_EXPRESSION = LazyPattern(rf"^(?P<a>{_NUM}) \* (?P<p>{_NUM}) / 100$")
_WITH_SHARE = LazyPattern(
    r"\b(?:with|including|incl\.?|plus)\s+(?:the\s+)?(?:tip|tax|fee|service\s+charge|vat)\b"
    r"|(?:팁|세금|부가세|수수료)\s*(?:까지\s*)?(?:포함하면|포함해서|합치면|더하면|넣으면)",
    re.IGNORECASE,
)
# "계약금 내고 남는 돈은?", "and what's left after the deposit?": the amount less the share.
_WITHOUT_SHARE = LazyPattern(
    r"^\s*(?:그럼|그러면)?\s*[가-힣]{1,6}\s*(?:내고|빼고|떼고|주고|제하고)\s*(?:남는|남은|나머지)"
    r"\s*(?:돈|금액|잔금|잔액)?(?:은|는)?\s*(?:얼마(?:야|예요|인가요)?)?\s*[?？]?\s*$"
)
# "관리비 120000원까지 더하면 한 달 주거비는?": an amount, its name before it, added.
_ADD_NAMED = LazyPattern(
    # ("버스 대절비 80만원 추가하면": a name of two words.)
    # (Never a word per a unit, "회당 3000원": that is added for each, not once.)
    rf"^\s*(?:그럼|그러면|거기에|여기에)?\s*(?:[가-힣]{{1,6}}(?<!당)\s*){{0,2}}(?P<n>{_NUM})\s*(?:원|달러)?\s*"
    r"(?:까지|도|을|를)?\s*(?:더하면|더\s*내면|합치면|추가하면|얹으면)"
    r"(?:\s*[가-힣\d ]{0,12}(?:은|는|이|가)?)?\s*(?:얼마(?:야|예요)?)?\s*[?？]?\s*$"
)
# "더 내면": one more payment, not one more thing bought.
_PAID_MORE = LazyPattern(r"더\s*내면")
# A step that asked what is left of an amount once something is paid or spent.
_LEFT_ASKED = LazyPattern(r"남는|남은|남아|\bleft\b|\bremaining\b", re.I)
# A figure said to be monthly, somewhere in the steps.
_MONTHLY = LazyPattern(
    r"월세|월급|관리비|한\s*달|1\s*달|매달|매월|\ba\s+month\b|\bper\s+month\b|\bmonthly\b", re.I
)
_YEARLY = LazyPattern(
    # ("… 32.99 a month, what's that for the first year": a year's total, set 37 took it
    # for a month's and gave 444.88 x 24.)
    r"연봉|연간|1\s*년|한\s*해|첫\s*해|\b(?:per|a|each|first|one)\s+year\b|\byearly\b|\bannual",
    re.I,
)
# (A span in words is one too: "일년 합계" after monthly prices was read as a month's sum and
# six months of it gave six years' worth, opens62.)
_SPAN_IN_STEP = LazyPattern(
    r"\d\s*(?:년|개월|달)(?!\s*\d)|\d\s*(?:years?|months?)\b"
    r"|(?<![가-힣])(?:일|반)\s*년|(?<![가-힣])한\s*해"
    # "paid over 24 monthly payments", "10회 할부": a span counted in payments (set 54).
    r"|\d\s*(?:monthly\s+)?(?:payments?|instal+ments?)\b|\d\s*회\s*(?:할부|분할|납)",
    re.I,
)
_KO_SPAN = LazyPattern(
    r"^\s*(?:그럼|그러면)?\s*(?P<n>\d+)\s*(?P<u>년|개월|달)\s*(?:치|치로|동안|으로|로)?\s*"
    r"(?:치면|이면|면|하면|은|는|으로는|로는)?"
    # "1년이면 총 얼마 받는거임": the amount asked with a verb of its own.
    r"\s*(?:(?:총|모두|다)\s*)?(?:얼마\S*(?:\s+\S+)?)?\s*[?？]*\s*$"
)
# "한달로 치면??", "월로 치면", "한 달에 얼마야", "per month?": a yearly figure asked per month.
_PER_MONTH = LazyPattern(
    r"^\s*(?:그럼|그러면)?\s*(?:한\s*달|1\s*달|1\s*개월|월)\s*(?:로|으로|에|당|기준으로)?\s*"
    r"(?:치면|따지면|나누면|환산하면|하면|은|는)?\s*(?:얼마\S*)?\s*[?？]*\s*$"
    r"|^\s*(?:and\s+|so\s+)?(?:per|a|each|every)\s+month\s*\??\s*$"
    r"|^\s*(?:and\s+)?(?:how\s+much\s+is\s+that\s+)?monthly\s*\??\s*$",
    re.IGNORECASE,
)
# A step that already asks a share per person ("how much each", "1인당 얼마").
_PER_PERSON_STEP = LazyPattern(
    r"\beach\b|\bper\s+person\b|\bapiece\b|인당|각자|\bmy\s+(?:half|share|part|cut)\b", re.I
)
_EN_SPAN = LazyPattern(
    r"^\s*(?:and\s+|what\s+about\s+)?"
    # "and my part for the whole year?": the share just worked out, over the span (set 54).
    r"(?:(?P<mine>my\s+(?:part|share|half|cut|portion))\s+)?(?:over|for|in)\s+(?:a\s+|one\s+)?"
    # "for the whole year", "over an entire year": one year, said in full.
    r"(?:(?:the|a|an)\s+(?:whole|full|entire)\s+)?(?:(?P<n>\d+)[-\s]?)?"
    r"(?P<u>month|year)s?(?:[-\s](?:lease|contract|term))?"
    # "… each?" after a share per person: the same share over the span.
    r"(?:\s+(?P<each>each|apiece|per\s+person))?\s*\??\s*$",
    re.IGNORECASE,
)


def _share(step: str) -> tuple[str, str, str, str] | None:
    """The amount and rate of a step the calculator reads as a share, with its currency."""
    try:
        expression, unit = to_expression(step)
    except ToolInputError:
        return None
    match = _SHARE_EXPRESSION.match(expression.strip())
    if match is None:
        return None
    won, dollar = ("원", "") if unit == "원" else ("", "$" if unit == "$" else "")
    return match["a"], match["p"], won, dollar


def amount_with_share(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``so what's the bill with the tip?``: the amount plus the share just worked out."""
    if not steps or _WITH_SHARE.search(text) is None:
        return None
    share = _share(steps[-1])
    if share is None:
        return None
    amount, pct, won, dollar = share
    return [*steps[:-1], f"{dollar}{amount}{won}에 {pct}% 더하면"], f"{amount} plus {pct}%"


def amount_without_share(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``그럼 계약금 내고 남는 돈은?``: the amount less the share just worked out."""
    if not steps or _WITHOUT_SHARE.match(text) is None:
        return None
    share = _share(steps[-1])
    if share is None:
        return None
    amount, pct, won, dollar = share
    return [*steps[:-1], f"{dollar}{amount}{won}에서 {pct}% 빼면"], f"{amount} less {pct}%"


def add_named_amount(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``관리비 12만 원까지 더하면?``: the amount named, added to the result."""
    if not steps:
        return None
    match = _ADD_NAMED.match(normalize_numerals(text))
    if match is None or added_per_period(normalize_numerals(text), steps):
        return None  # ("관리비 월 5만원" after a year's total: added each month, not once)
    added = match["n"].replace(",", "")
    if _PAID_MORE.search(text) and any(_LEFT_ASKED.search(step) for step in steps):
        # ("월급 280만원에서 월세 60만원 내면 남는 돈" then "관리비 10만원 더 내면"): one
        # more payment out of what is left lowers it; adding it gave 2,300,000원.
        return [*steps, f"it minus {added}"], f"less {added} paid"
    return [*steps, f"it plus {added}"], f"plus {added}"


def monthly_over_span(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``1년 치로 치면?`` after a monthly figure: the result times the months in the span."""
    if not steps or not any(_MONTHLY.search(step) for step in steps):
        return None
    if any(_YEARLY.search(step) for step in steps):
        return None  # the result is for a year ("How much is that per year?"), not a month
    if any(_SPAN_IN_STEP.search(normalize_numerals(step)) for step in steps):
        return None  # a span is already counted ("2년 동안"): a new one replaces it instead
    plain = normalize_numerals(text)
    match = _KO_SPAN.match(plain) or _EN_SPAN.match(plain)
    if match is None:
        return None
    asks_share = match.groupdict().get("each") or match.groupdict().get("mine")
    if asks_share and not any(_PER_PERSON_STEP.search(s) for s in steps):
        return None  # "for a year each?" before any share: per person is not yet worked out
    count = int(match["n"] or 1)
    months = count * 12 if match["u"].lower() in ("년", "year") else count
    if months <= 1:
        return None
    unrounded = unrounded_expression(steps[-1])
    if unrounded is not None:
        # "22.99 a month split 4 ways, how much each" was shown as 5.75: twelve of the
        # shown share are 69, twelve of the share itself 68.97; the span multiplies the
        # step's own arithmetic, never its rounded answer.
        return [*steps[:-1], f"{unrounded} * {months}"], f"a monthly figure over {months} months"
    return [*steps, f"그걸 {months}배 하면"], f"a monthly figure over {months} months"


def yearly_per_month(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``한달로 치면?`` after a yearly figure (연봉, 1년 이자): the result over twelve months."""
    if not steps or _PER_MONTH.match(text) is None:
        return None
    last = steps[-1]
    if _YEARLY.search(last) is None and not re.search(r"(?<![가-힣])연\s*\d", last):
        return None
    if _MONTHLY.search(last):
        return None  # already a monthly figure ("연봉 ... 월급은"): nothing to divide
    return [*steps, "그걸 12로 나누면"], "a yearly figure over 12 months"
