"""A first month paid at one amount and every month after at another ("적금 첫달은 50만원
넣고 그담달부터 매달 20만원씩 넣으면 1년 원금 얼마", set 49).

The first-then-each family (:mod:`tools.priced_first_then_each`) prices a first block of
hours or days, or a first thing counted after; a first month of deposits or fees over a
span said in months or years is neither. The total is the first month's amount plus the
monthly amount for each further month (50만 + 20만 × 11 = 270만). Read only when every
figure is the first amount, the monthly amount or the span, the span is said once, and a
total (or 원금) is asked: a rising deposit ("매달 1만원씩 더"), interest or a span asked
instead are other questions, declined here.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tools.priced_figures import NUMBER

__all__ = ["FirstMonth", "first_month_then_monthly", "first_month_total", "with_first_month"]

# "첫달은", "첫 달에는", "처음 한달만", "첫 납입", "1회차", "첫 회".
_FIRST = (
    r"(?:첫\s*(?:번째\s*)?(?:달|월|납입|회(?:차)?|개월)|처음\s*(?:한\s*|1\s*)?달|1\s*(?:회차|개월\s*차))"
    r"\s*(?:만|에만|에는|엔|에|은|는|도)?\s*(?:[가-힣]{1,6}\s*){0,2}?"
)
# "그담달부터 매달", "다음달부터는 월", "이후 매월", "두달째부터 달마다", "그 뒤로 다달이".
_FURTHER = (
    r"(?:[가-힣]{1,4}\s*)?(?:,\s*)?"
    r"(?:그\s*다음\s*달|그담\s*달|담\s*달|다음\s*달|둘째\s*달|(?:2|두)\s*(?:달|개월|회)\s*(?:째|차)|이후|그\s*뒤로?"
    r"|그\s*다음|나머지\s*(?:달)?)\s*(?:부터(?:는|은)?|에는|엔|는|은|로는)?\s*"
    r"(?:매\s*달|매월|매\s*월|월|달마다|다달이|한\s*달에|달에)?\s*"
)
_FORM = re.compile(
    _FIRST
    # A first month free (probes58: "첫달은 무료고 담달부터 만7천원씩"): its amount is 0.
    + rf"(?:(?P<a>{NUMBER})\s*원|(?P<free>무료|공짜|프리|free))"
    + r"\s*(?:씩\s*)?(?:[가-힣]{1,5}\s*)?,?\s*"
    + _FURTHER
    + rf"(?P<b>{NUMBER})\s*원\s*(?:씩)?"
)
# The span, said once: "1년", "12개월", "24달", "반년", "일년".
_SPAN = re.compile(
    rf"(?<![\d.])(?P<n>{NUMBER})\s*(?P<u>개월|달|년)(?!\s*(?:째|차|부터))|(?P<w>반\s*년|일\s*년)"
)
_ASKS_TOTAL = re.compile(r"원금|총|합계|전부|다\s*해서|얼마|몇\s*원")
# Not this form: a deposit that grows, interest or a span asked, the months asked.
_OTHER_QUESTION = re.compile(
    r"더\s*(?:넣|늘|올)|씩\s*(?:늘|올|증가)|이자|수익|이율|금리|%|만기\s*금액|몇\s*(?:달|개월|년)|언제"
)


class FirstMonth(NamedTuple):
    """The first month's amount, each further month's, and the months in all."""

    first: str
    each: str
    months: int


def first_month_then_monthly(digits: str) -> FirstMonth | None:
    """The figures of a first month priced apart from the months after it, or ``None``.

    Args:
        digits: The request with numerals as digits.
    """
    text = digits.replace(",", "")
    form = _FORM.search(text)
    if form is None or not _ASKS_TOTAL.search(text) or _OTHER_QUESTION.search(text):
        return None
    rest = text[: form.start()] + " " + text[form.end() :]
    spans = list(_SPAN.finditer(rest))
    if len(spans) != 1:
        return None
    span = spans[0]
    if span["w"]:
        months = 6 if span["w"].startswith("반") else 12
        said = []
    else:
        said = [span["n"]]
        count = float(span["n"]) * (12 if span["u"] == "년" else 1)
        if count != int(count):
            return None
        months = int(count)
    if re.findall(rf"(?<![\d.]){NUMBER}", rest) != said or months < 2:
        return None  # another figure (a rate, a second amount): not this form alone
    return FirstMonth(form["a"] or "0", form["b"], months)


def first_month_total(digits: str) -> str | None:
    """``a + b * (months - 1)`` for the first month at a and every one after at b."""
    read = first_month_then_monthly(digits)
    return None if read is None else f"{read.first} + {read.each} * ({read.months} - 1)"


def with_first_month(digits: str, amount: str) -> str | None:
    """``digits`` with its first month's amount said as ``amount`` (a follow-up changing
    it), or ``None`` when ``digits`` is not this form."""
    if first_month_then_monthly(digits) is None:
        return None
    form = _FORM.search(digits.replace(",", ""))
    assert form is not None
    text = digits.replace(",", "")
    if form["free"]:  # "첫달은 무료고" said as an amount: "첫달은 5000원이고"
        return f"{text[: form.start('free')]}{amount}원{text[form.end('free') :]}"
    return f"{text[: form.start('a')]}{amount}{text[form.end('a') :]}"
