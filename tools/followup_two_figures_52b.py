"""Follow-ups of the two-figure questions of :mod:`tools.two_figures_52b` (set 37).

- :func:`one_more_listed_amount`: "다음주에 10만원 하나 더 내면 평균 얼마 돼?" after "축의금 5만
  10만 5만 7만 냈는데 총 얼마고 평균 얼마야": the amount joins the list (370,000원 in all,
  74,000원 on average);
- :func:`more_of_the_group_came`: "2 more kids just showed up" after "3 large pizzas, 8
  slices each, 7 kids …": the group is 9 (2 slices each, 6 left over). Any question that
  counts that group once is asked again with it grown;
- :func:`another_payment_made`: "아 친구가 커피값 3만원도 냈대" after who sends whom how much:
  the payment is said in the question, which is settled again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from core.text import ENGLISH_DIGITS
from tools.followup_rerun import replaced
from tools.korean_numbers import normalize_numerals
from tools.settle_up_52b import SETTLE_ASKED, settle_up
from tools.two_figures_52b import listed_amounts_total_and_mean, listed_span

__all__ = ["another_payment_made", "more_of_the_group_came", "one_more_listed_amount"]

_N = r"\d+(?:\.\d+)?"
_ONE_MORE_KO = LazyPattern(
    rf"(?<![\d.])(?P<a>{_N})\s*(?P<unit>만|천)?\s*(?P<won>원)?\s*(?:짜리\s*)?(?:을|를)?\s*"
    r"(?:하나|한\s*번|1번|한\s*개|1개)?\s*더\s*(?:내면|쓰면|넣으면|추가하면|하면|받으면|나가면)"
)
_ONE_MORE_EN = LazyPattern(
    rf"\b(?:add|adding|plus|with)\s+(?:another|one\s+more)\s+\$?(?P<a>{_N})\b", re.IGNORECASE
)
_MEAN_ASKED = LazyPattern(r"평균|\baverage\b|\bmean\b", re.IGNORECASE)
_WHO = r"kids|children|people|guests|friends|students|players|boys|girls|adults"
_MORE_CAME = LazyPattern(
    r"^\s*(?:oh\s+|and\s+|so\s+|but\s+|wait\s*,?\s+)*(?P<n>\d+|"
    + "|".join(w for w in ENGLISH_DIGITS if w != "zero")
    + rf")\s+more\s+(?P<who>{_WHO})\s+(?:just\s+|have\s+|also\s+)?(?:showed\s+up|turned\s+up"
    r"|came|arrived|joined|are\s+coming|are\s+here)\b(?:\s+too)?\s*[.!?]*\s*$",
    re.IGNORECASE,
)


def one_more_listed_amount(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The list with the turn's one amount added, its total and mean asked again, or ``None``.

    Args:
        text: The follow-up ("다음주에 10만원 하나 더 내면 평균 얼마 돼?").
        steps: The previous turn's steps (one request).
    """
    if len(steps) != 1 or not _MEAN_ASKED.search(text):
        return None
    said = _ONE_MORE_KO.search(text) or _ONE_MORE_EN.search(text)
    if said is None or len(re.findall(rf"(?<![\d.]){_N}", text)) != 1:
        return None
    step = normalize_numerals(steps[0])
    span = listed_span(step)
    if span is None or listed_amounts_total_and_mean(step) is None:
        return None
    groups = said.groupdict()
    added = f"{said['a']}{groups.get('unit') or ''}"
    changed = f"{step[: span[1]]} {added}{step[span[1] :]}"
    return [changed], f"{added} added to the list"


def more_of_the_group_came(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The question asked again with its one counted group grown by the turn's N, or ``None``.

    Args:
        text: The follow-up ("2 more kids just showed up").
        steps: The previous turn's steps (one request).
    """
    said = _MORE_CAME.match(text)
    if said is None or len(steps) != 1:
        return None
    who = said["who"].lower()
    counts = list(re.finditer(rf"(?<![\d.])(?P<k>\d+)\s+{who}\b", steps[0], re.IGNORECASE))
    if len(counts) != 1:
        return None
    more = said["n"].lower()
    grown = int(counts[0]["k"]) + (int(more) if more.isdigit() else int(ENGLISH_DIGITS[more]))
    return replaced(steps[0], counts[0].span("k"), str(grown), f"{counts[0]['k']} -> {grown} {who}")


_ANOTHER_PAYMENT = LazyPattern(
    rf"^\s*(?:아|아\s*맞다|참|근데|그리고)?\s*,?\s*(?P<clause>(?:내가|제가|[가-힣]{{1,4}}?(?:이|가))\s+"
    rf"(?:[가-힣]{{1,6}}\s+)?{_N}\s*원)\s*도\s*(?:냈|내|결제|계산|썼)[가-힣]*\s*[.!?]*\s*$"
)


def another_payment_made(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The settling asked again with one more payment said in it, or ``None``.

    Args:
        text: The follow-up ("아 친구가 커피값 3만원도 냈대").
        steps: The previous turn's steps (one request).
    """
    said = _ANOTHER_PAYMENT.match(normalize_numerals(text))
    if said is None or len(steps) != 1:
        return None
    step = normalize_numerals(steps[0])
    asked = SETTLE_ASKED.search(step)
    if asked is None or settle_up(step) is None:
        return None
    # Said just before the settling is asked, where the question's own payments stand.
    split = re.search(
        r"(?:똑같이|n분의\s*1로?|1/n로?|다\s*같이)?\s*(?:나누면|나눠서|정산하면)", step
    )
    at = split.start() if split is not None and split.start() < asked.start() else asked.start()
    changed = f"{step[:at].rstrip()} {said['clause']}도 냈고 {step[at:].lstrip()}"
    return ([changed], f"another payment: {said['clause']}") if settle_up(changed) else None
