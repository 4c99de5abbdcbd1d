"""적금: a deposit every month at simple yearly interest, the interest counted per month.

"적금 월 30만원씩 12개월 연 4% 단리면 세전 이자 얼마야" was answered '12,000원' (blind set 33):
the question was restated as one 30만원 left for a year, while an installment savings account
holds each month's deposit only for the months left: the first for 12 months, the last for
one. The interest is the deposit × rate × (1 + 2 + … + N) / 12 = 300,000 × 4% × 78 / 12 =
78,000원; the amount at maturity adds the N deposits; "세후"/"이자소득세" takes 15.4% (or the
rate said) off the interest. 복리 (compounded monthly in Korean banks' terms) is not read:
such a question is declined rather than answered at simple interest.
"""

from __future__ import annotations

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern

__all__ = ["installment_savings_expression"]

_SAVINGS = LazyPattern(r"적금")
_MONTHLY = LazyPattern(r"(?:월|매달|매월|한\s*달에?|달마다)\s*(?P<m>\d+(?:\.\d+)?)\s*원?\s*씩?")
_SPAN = LazyPattern(r"(?P<n>\d+)\s*(?P<u>개월|달|년)(?:\s*(?:동안|만기|짜리))?")
_RATE = LazyPattern(r"(?:연|연이율|연리|이율|금리)\s*(?P<r>\d+(?:\.\d+)?)\s*%")
_INTEREST = LazyPattern(r"이자")
_MATURITY = LazyPattern(r"만기|찾으면|받는\s*(?:돈|금액)|총\s*(?:얼마|금액)|원리금|모이")
_AFTER_TAX = LazyPattern(r"세후|이자\s*소득세|세금\s*(?:떼|빼)|(?:15\.4)\s*%\s*(?:떼|빼)")
_TAX_RATE = LazyPattern(
    r"(?P<t>\d+(?:\.\d+)?)\s*%\s*(?:떼|빼|제외|공제)|(?:이자\s*소득세|세율)\s*(?P<u>\d+(?:\.\d+)?)\s*%"
)
_COMPOUND = LazyPattern(r"복리")
_DEFAULT_TAX = "15.4"


def installment_savings_expression(question: str) -> str | None:
    """The arithmetic of a 적금 question, or None when ``question`` is no such question.

    Args:
        question: The question with its numerals as digits ("월 300000원씩 12개월 …").

    Raises:
        ToolInputError: A 적금 with monthly deposits and interest this reader cannot settle.
    """
    if not (
        _SAVINGS.search(question) and (_INTEREST.search(question) or _MATURITY.search(question))
    ):
        return None
    monthly, rate = _MONTHLY.search(question), _RATE.search(question)
    if monthly is None:
        return None  # no monthly deposit: a lump sum, read by the other forms
    spans = list(_SPAN.finditer(question))
    if _COMPOUND.search(question) or rate is None or len(spans) != 1:
        raise ToolInputError("적금 이자는 월 납입액, 기간, 연 단리 이율이 하나씩 있어야 계산합니다")
    span = spans[0]
    months = int(span["n"]) * (12 if span["u"] == "년" else 1)
    if not 1 <= months <= 600:
        raise ToolInputError("적금 기간은 1개월에서 50년 사이로 적어 주세요")
    deposit, yearly = monthly["m"], rate["r"]
    interest = f"{deposit} * {yearly} / 100 * {months * (months + 1) // 2} / 12"
    if _AFTER_TAX.search(question):
        taxed = _TAX_RATE.search(question)
        tax = (taxed["t"] or taxed["u"]) if taxed else _DEFAULT_TAX
        interest = f"{interest} * (100 - {tax}) / 100"
    if _MATURITY.search(question):
        return f"{deposit} * {months} + {interest}"
    return interest
