"""A daily cap the documents state, asked over a span said in words: the total worked out.

Blind set 49 (turns49): after the meal allowance ("up to 30,000 won per day for meals"),
"so for a week long trip whats the most i can claim for food" was answered with the daily
sentence alone, which does not say what was asked (210,000 won over seven days). The rule:
when a quote of the documents states exactly one amount a day ("30,000 won per day",
"하루 3만원") and the question asks an amount (how much, the most, total, 얼마, 최대) over a
number of days said in words or figures (a week, a fortnight, 10 days, 일주일, 열흘, 보름,
5일), the quote is kept and the product is added under it, worked in the open. A night's
rate ("per night") is left alone (a week of nights is not said), and so is a quote with
two daily amounts (which one applies is the documents' to say).
"""

from __future__ import annotations

import re
from decimal import Decimal

from agents.documents import DocPlan

__all__ = ["days_asked", "with_total_over_span"]

_EN_SPANS = {"week": 7, "fortnight": 14}
_KO_SPANS = {"일주일": 7, "한\\s*주": 7, "열흘": 10, "보름": 15, "이주일": 14}
# The native counts of days (docthread60e: "나흘 출장이면 총 얼마까지?" after the meal cap).
_KO_DAY_WORDS = {"이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7, "여드레": 8}
_KO_DAY_WORDS |= {"아흐레": 9}
_KO_SPANS |= _KO_DAY_WORDS
_EN_SPAN = re.compile(
    r"\b(?:a|one|1)\s*[- ]?(?P<w>week|fortnight)(?:[- ]?long)?\b|\bweek[- ]long\b"
    r"|\b(?P<n>\d{1,3})\s*[- ]?days?\b|\btwo\s+weeks\b",
    re.IGNORECASE,
)
_KO_SPAN = re.compile(
    r"(?P<w>일주일|한\s*주|열흘|보름|이주일|이틀|사흘|나흘|닷새|엿새|이레|여드레|아흐레)"
    r"|(?P<n>\d{1,3})\s*일\s*(?:동안|간|짜리)"
)
_ASKS_AMOUNT = re.compile(
    r"\bhow\s+much\b|\bthe\s+most\b|\bmax(?:imum)?\b|\btotal\b|\bin\s+all\b|얼마|최대|총", re.I
)
_PER_DAY_EN = re.compile(r"(?P<a>\d[\d,]*)\s*won\s+(?:per|a|each)\s+day\b", re.IGNORECASE)
_PER_DAY_KO = re.compile(r"(?:하루|1일)\s*(?:에|당)?\s*(?:최대\s*)?(?P<a>\d[\d,]*)\s*원")
_HANGUL = re.compile(r"[가-힣]")


def days_asked(question: str) -> int | None:
    """The number of days ``question`` asks about ("a week long trip": 7), or ``None``."""
    found = [*_EN_SPAN.finditer(question), *_KO_SPAN.finditer(question)]
    if len(found) != 1:
        return None
    m = found[0]
    if m["n"]:
        return int(m["n"])
    word = (m["w"] or "").lower()
    if word in _EN_SPANS:
        return _EN_SPANS[word]
    if "two weeks" in m.group(0).lower():
        return 14
    if "week" in m.group(0).lower():
        return 7
    for pattern, days in _KO_SPANS.items():
        if re.fullmatch(pattern, word):
            return days
    return None


def with_total_over_span(plan: DocPlan | None, question: str) -> DocPlan | None:
    """``plan`` with the daily amount it quotes worked over the span the question asks."""
    if plan is None or plan.kind != "extractive" or not _ASKS_AMOUNT.search(question):
        return plan
    days = days_asked(question)
    if days is None or days < 2:
        return plan
    amounts = {
        m["a"].replace(",", "")
        for pattern in (_PER_DAY_EN, _PER_DAY_KO)
        for m in pattern.finditer(plan.answer)
    }
    if len(amounts) != 1:
        return plan
    daily = Decimal(amounts.pop())
    total = daily * days
    if _HANGUL.search(question):
        line = f"{days}일이면 최대 {daily:,}원 × {days}일 = {total:,}원입니다."
    else:
        line = f"Over {days} days that is {daily:,} won × {days} = {total:,} won at most."
    why = f"a daily amount quoted, asked over {days} days: the total worked out"
    return plan.model_copy(
        update={"answer": f"{plan.answer}\n\n{line}", "reasons": [*plan.reasons, why]}
    )
