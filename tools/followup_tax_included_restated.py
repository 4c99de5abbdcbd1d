"""A follow-up saying an earlier price already included the tax ("231,000원이 부가세 포함
가격이래. 그럼 공급가액은?").

After "사무용 의자 231,000원에 부가세 10% 별도면 총 얼마야" (254,100원) the user learns the
231,000원 was the price with VAT in it and asks the supply price: 231,000 / 1.1 =
210,000원. Neither the total again nor 231,000 less 10% (207,900원, a wrong answer) is
it. The turn corrects how a figure of the conversation is meant, so the answer is worked
from that figure alone, not from the previous result.

What the rule needs, or it declines:

- the turn restates one figure the previous steps said, and says it includes the tax
  ("부가세 포함", "VAT 포함 가격", "already includes the tax", "is tax-inclusive");
- it asks for the amount before the tax (공급가액, 세전, 부가세 뺀 금액, "pre-tax",
  "before tax") or for the tax inside it (부가세는 얼마, "how much is the tax");
- a rate: the one the turn names, else the one percentage the previous steps named
  beside the tax, else (for 부가세/VAT on an amount in won only) Korea's 10%.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from core.lazy_regex import LazyPattern
from tools.followup_vat_out import vat_rate_on_won

__all__ = ["tax_included_restated"]

_NUM = r"\d[\d,]*(?:\.\d+)?"
_TAX = r"(?:부가가치세|부가세|세금|vat|sales\s+tax|tax)"
# "231,000원이 부가세 포함 가격이래", "231,000원은 VAT 10% 포함이래": the figure, then the
# tax said to be inside it.
_INCLUDED_KO = LazyPattern(
    rf"(?P<sign>\$)?(?P<num>{_NUM})\s*(?P<unit>원|만\s*원|달러|불)?\s*(?:이|가|은|는|도)?\s*"
    rf"(?:이미\s*)?(?P<tax>{_TAX})\s*(?:(?P<pct>\d+(?:\.\d+)?)\s*%\s*)?(?:가|이)?\s*"
    r"(?:포함|들어\s*간|들어\s*있|붙은)",
    re.IGNORECASE,
)
# "1,540 already includes the tax", "$1,540 is tax-inclusive", "1,540 was with tax".
_INCLUDED_EN = LazyPattern(
    rf"(?P<sign>\$)?(?P<num>{_NUM})\s*(?P<unit>dollars?|won|bucks)?\s+"
    r"(?:(?:is|was)\s+)?(?:already\s+)?"
    rf"(?:includes?|including|included|incl\.?|with|inclusive\s+of)\s+(?:the\s+)?(?P<tax>{_TAX})"
    rf"(?:\s+(?:of\s+)?(?P<pct>\d+(?:\.\d+)?)\s*%)?"
    rf"|(?P<sign2>\$)?(?P<num2>{_NUM})\s*(?P<unit2>dollars?|won|bucks)?\s+(?:is|was)\s+"
    rf"(?:already\s+)?(?P<tax2>{_TAX})[-\s](?:inclusive|included|in)\b",
    re.IGNORECASE,
)
# What the turn asks: the amount before the tax, or the tax inside the figure.
_ASKS_BEFORE = LazyPattern(
    r"공급\s*가(?:액)?|세전|부가세\s*(?:를|을)?\s*(?:빼|뺀|제외)|세금\s*(?:을|를)?\s*(?:빼|뺀|제외)"
    r"|원래\s*(?:가격|금액)|\bpre-?tax\b|\bbefore\s+(?:the\s+)?(?:tax|vat)\b"
    r"|\bwithout\s+(?:the\s+)?(?:tax|vat)\b|\bnet\s+(?:price|amount)\b"
    r"|\bexcluding\s+(?:the\s+)?(?:tax|vat)\b",
    re.IGNORECASE,
)
_ASKS_TAX = LazyPattern(
    r"(?:부가세|부가가치세|세금)\s*(?:만|은|는)\s*(?:얼마|\?|？|$)"
    r"|\bhow\s+much\s+(?:of\s+(?:it|that)\s+)?(?:is|was)\s+(?:the\s+)?(?:tax|vat)\b"
    r"|\bhow\s+much\s+(?:tax|vat)\b",
    re.IGNORECASE,
)
_FIGURE = LazyPattern(_NUM)
_PERCENT = LazyPattern(r"(\d+(?:\.\d+)?)\s*(?:%|퍼센트|프로|percent\b)", re.IGNORECASE)
_TAX_BESIDE_PERCENT = LazyPattern(
    rf"{_TAX}\s*(?:of\s+|at\s+)?(?P<a>\d+(?:\.\d+)?)\s*(?:%|퍼센트|프로|percent\b)"
    rf"|(?P<b>\d+(?:\.\d+)?)\s*(?:%|퍼센트|프로|percent\b)\s*(?:의\s*)?{_TAX}",
    re.IGNORECASE,
)


def _plain(figure: str) -> Decimal | None:
    try:
        return Decimal(figure.replace(",", ""))
    except InvalidOperation:
        return None


def _rate(said: str | None, tax_word: str, steps: Sequence[str]) -> Decimal | None:
    """The rate the turn names, else the previous steps' tax rate, else Korea's VAT."""
    if said:
        rate = _plain(said)
        return rate if rate is not None and 0 < rate < 100 else None
    named = {
        Decimal(m["a"] or m["b"]) for step in steps for m in _TAX_BESIDE_PERCENT.finditer(step)
    }
    if len(named) == 1:
        rate = named.pop()
        return rate if 0 < rate < 100 else None
    if named:
        return None  # two tax rates: which one the figure held is not said
    if re.search(r"부가|vat", tax_word, re.IGNORECASE):
        return vat_rate_on_won(None, steps)
    return None


def tax_included_restated(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``231,000원이 부가세 포함 가격이래. 그럼 공급가액은?``: that figure, its tax taken out.

    Args:
        text: The follow-up turn.
        steps: The previous turn's step texts.

    Returns:
        The steps (the figure divided by one plus the rate, and its tax share when the tax
        is asked) and a line for the trace, or ``None`` when the turn does not restate a
        figure of the conversation as tax-included and ask before-tax or the tax.
    """
    if not steps:
        return None
    said = _INCLUDED_KO.search(text) or _INCLUDED_EN.search(text)
    asks_tax = _ASKS_TAX.search(text) is not None
    if said is None or not (asks_tax or _ASKS_BEFORE.search(text)):
        return None
    groups = said.groupdict()
    figure = groups.get("num") or groups.get("num2") or ""
    value = _plain(figure)
    earlier = {_plain(f) for step in steps for f in _FIGURE.findall(step)}
    if value is None or value <= 0 or value not in earlier:
        return None  # no figure of the conversation restated: a new question altogether
    tax_word = groups.get("tax") or groups.get("tax2") or ""
    rate = _rate(groups.get("pct"), tax_word, steps)
    if rate is None:
        return None
    sign = "$" if (groups.get("sign") or groups.get("sign2")) else ""
    unit = re.sub(r"\s+", "", groups.get("unit") or groups.get("unit2") or "")
    if not sign and not unit:
        sign, unit = _unit_of(figure, steps)
    divisor = format((1 + rate / 100).normalize(), "f")
    percent = format(rate.normalize(), "f")
    # Written as the calculator reads an amount: "231,000원", "$1,540", "1,540 dollars".
    amount = f"{sign}{figure}{unit}" if unit in {"", "원", "만원"} else f"{figure} {unit}"
    new_steps = [f"{amount}을 {divisor}로 나누면"]
    how = f"{figure} read as including {percent}% tax"
    if asks_tax:
        new_steps.append(f"그 금액의 {percent}%는")
        how += ": the tax inside it"
    return [*steps, *new_steps], how


def _unit_of(figure: str, steps: Sequence[str]) -> tuple[str, str]:
    """The "$" before or the unit (원, dollars) after that figure in the previous steps."""
    pattern = r"(?P<sign>\$)?" + re.escape(figure) + r"\s*(?P<unit>원|만\s*원|dollars?|won)?"
    for step in steps:
        found = re.search(pattern, step, re.IGNORECASE)
        if found is not None:
            return found["sign"] or "", re.sub(r"\s+", "", found["unit"] or "")
    return "", ""
