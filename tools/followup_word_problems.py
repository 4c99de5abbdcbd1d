"""Follow-ups that change one figure of a word problem, found by the seventh unseen set.

A word problem holds several figures of one kind ("32,000원에 사서 38,400원에 팔면"), so a
follow-up with one new figure ("41,600원에 팔았으면") must say which one it replaces. These
changes find it by the words the follow-up repeats around its figure, and decline when
those words do not point at exactly one figure of the previous question:

- :func:`figure_of_the_same_verb`: "41,600원에 팔았으면" replaces the figure that 팔 (sell)
  follows in the previous question, not the buying price.
- :func:`named_figure_to_level`: "금리 4.1%로 오르면", "기름값이 1,750원으로 오르면" set the
  figure the noun names to the new level (to it, not by it).
- :func:`the_one_amount_restated`: "what if the bill was $240" after a question holding one
  dollar amount replaces that amount.
- :func:`weeks_in_a_month`: "한달 4주면" after a week's amount is that amount times 4.
- :func:`start_delayed`: "출발이 40분 늦어지면" after an arrival time is a start 40 minutes
  later, which moves the arrival as "40분 늦게 출발하면" does.
- :func:`days_a_week_changed`: "주 3일만 하면?" after a wage worked "주5일" replaces the
  days a week (ninth unseen set), not the result times 3.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_changes import change_by_amount
from tools.korean_numbers import normalize_numerals

__all__ = [
    "days_a_week_changed",
    "figure_of_the_same_verb",
    "named_figure_to_level",
    "start_delayed",
    "the_one_amount_restated",
    "weeks_in_a_month",
]

Change = tuple[list[str], str]
_FIGURE = LazyPattern(r"\d[\d,]*(?:\.\d+)?")
_UNIT = r"(?P<unit>원|만\s*원|달러|%|km|kg|분|시간|개|명)?"

# "41,600원에 팔았으면": one figure, a particle, and a conditional verb.
_FIGURE_THEN_VERB = LazyPattern(
    r"^\s*(?:그럼|그러면|만약)?\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*" + _UNIT + r"\s*"
    r"(?P<particle>에|으로|로)\s*(?P<stem>[가-힣])[가-힣]*(?:으면|면)\s*[?？]?\s*$"
)


def _replace(step: str, match: re.Match[str], group: str, new: str) -> str:
    start, end = match.span(group)
    return step[:start] + new + step[end:]


def figure_of_the_same_verb(text: str, steps: Sequence[str]) -> Change | None:
    """``41,600원에 팔았으면``: the figure the same verb follows, replaced."""
    turn = _FIGURE_THEN_VERB.match(normalize_numerals(text))
    if turn is None or not steps:
        return None
    unit = re.escape(turn["unit"] or "")
    same_role = re.compile(
        rf"(?P<num>\d[\d,]*(?:\.\d+)?)\s*{unit}\s*{turn['particle']}\s*{turn['stem']}"
    )
    step = normalize_numerals(steps[-1])  # "3만 2천원에 사서" holds the figure 32000
    found = list(same_role.finditer(step))
    if len(found) != 1:
        return None  # the verb follows no figure, or several: which one is meant is unclear
    changed = _replace(step, found[0], "num", turn["num"])
    return [*steps[:-1], changed], f"{found[0]['num']} → {turn['num']} ({turn['stem']}-)"


# "금리 4.1%로 오르면", "기름값이 1,750원으로 오르면": a noun, its new figure, and a verb of
# moving or becoming; 로/으로 makes the figure the level reached, not the change. A sigh
# (ㅠ, ㅎ) may follow, as typed or as NFKC leaves it (the conjoining jamo ᅲ, ᄒ).
_NAMED_TO_LEVEL = LazyPattern(
    r"^\s*(?:그럼|그러면|만약)?\s*(?P<noun>[가-힣]{2,5}?)\s*(?:이|가|은|는)?\s*"
    r"(?P<num>\d[\d,]*(?:\.\d+)?)\s*" + _UNIT + r"\s*(?:으로|로)\s*"
    r"(?:오르면|올라가면|내리면|내려가면|떨어지면|바뀌면|되면|인상되면|인하되면|변하면)"
    r"\s*(?:[ㅠㅜ\u1172\u116e]+|[ㅎ\u1112]+)?\s*[?？]?\s*$"
)


def named_figure_to_level(text: str, steps: Sequence[str]) -> Change | None:
    """``금리 4.1%로 오르면``: the figure the noun names, set to the new level."""
    turn = _NAMED_TO_LEVEL.match(normalize_numerals(text))
    if turn is None or not steps:
        return None
    step = steps[-1]
    named = [m for m in re.finditer(re.escape(turn["noun"]), step)]
    if len(named) != 1:
        return None
    # The first figure after the noun, within a few words ("금리 연 3.6%", "기름값 리터당 1,680원").
    after = re.compile(r"(?:\s*[가-힣]{1,3})?\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>원|%|달러)?")
    old = after.match(step, named[0].end())
    if old is None or (old["unit"] or "") != (turn["unit"] or ""):
        return None
    changed = _replace(step, old, "num", turn["num"])
    return [*steps[:-1], changed], f"{turn['noun']} {old['num']} → {turn['num']}"


_AMOUNT_RESTATED = LazyPattern(
    r"^\s*(?:and\s+)?what\s+if\s+(?:the\s+|it\s+)?(?:[a-z]+\s+)?(?:was|is|were|came\s+to|cost)\s+"
    r"\$\s*(?P<num>\d[\d,]*(?:\.\d+)?)\s*\??\s*$",
    re.IGNORECASE,
)
_DOLLARS = LazyPattern(r"\$\s*(?P<num>\d[\d,]*(?:\.\d+)?)")


def the_one_amount_restated(text: str, steps: Sequence[str]) -> Change | None:
    """``what if the bill was $240``: the one dollar amount of the question replaced."""
    turn = _AMOUNT_RESTATED.match(text)
    if turn is None or not steps:
        return None
    found = list(_DOLLARS.finditer(steps[-1]))
    if len(found) != 1:
        return None  # no amount, or several: which one the bill is is unclear
    changed = _replace(steps[-1], found[0], "num", turn["num"])
    return [*steps[:-1], changed], f"${found[0]['num']} → ${turn['num']}"


_WEEKS_A_MONTH = LazyPattern(
    r"^\s*(?:그럼|그러면)?\s*(?:한\s*달|1\s*달|한달)(?:을|은|이)?\s*(?P<n>\d)\s*주(?:로\s*치면|면|이면)"
    r"\s*(?:얼마(?:야|임|예요|에요)?)?\s*[?？]?\s*$"
)
_ASKED_A_WEEK = LazyPattern(r"일주일에|1주일에|한\s*주에|주급|a\s+week|per\s+week", re.IGNORECASE)


def weeks_in_a_month(text: str, steps: Sequence[str]) -> Change | None:
    """``한달 4주면``: a week's amount, the previous answer, times the weeks."""
    turn = _WEEKS_A_MONTH.match(text)
    if turn is None or not steps or not _ASKED_A_WEEK.search(steps[-1]):
        return None
    return [*steps, f"그거 곱하기 {turn['n']}"], f"a week × {turn['n']}"


_START_DELAYED = LazyPattern(
    r"^\s*(?:그럼|그러면|만약)?\s*(?:출발|시작)(?:이|을|은)?\s*(?P<q>\d+\s*(?:분|시간))\s*"
    r"(?:늦어지면|늦춰지면|미뤄지면|밀리면)\s*[?？]?\s*$"
)


def start_delayed(text: str, steps: Sequence[str]) -> Change | None:
    """``출발이 40분 늦어지면``: the start said later, as "40분 늦게 출발하면"."""
    turn = _START_DELAYED.match(normalize_numerals(text))
    if turn is None:
        return None
    return change_by_amount(f"{turn['q']} 늦게 출발하면", steps)


_NEW_DAYS_A_WEEK = LazyPattern(
    r"^\s*(?:그럼|그러면|만약)?\s*(?:일주일에|1주일에|한\s*주에|주)\s*(?P<n>\d{1,2})\s*(?:일|번|회)\s*(?:만|씩)?\s*"
    r"(?:하면|일하면|나가면|근무하면|알바하면|이면|면|출근하면)\s*[?？]?\s*$"
    r"|^\s*(?:and\s+|so\s+)?(?:what\s+if\s+(?:i|we|you|she|he|they)\s+(?:only\s+)?(?:work|go|do)\s+"
    r"|(?:and\s+)?(?:what\s+about\s+|with\s+)?(?:only\s+)?)(?P<n2>\d{1,2})\s+days?\s+(?:a|per)\s+week"
    r"\s*(?:instead)?\s*\??\s*$",
    re.IGNORECASE,
)
_DAYS_A_WEEK_IN_STEP = LazyPattern(
    r"(?:일주일에|1주일에|한\s*주에|(?<![\d가-힣])주)\s*(?P<n>\d{1,2})\s*(?:일|번|회)"
    r"|(?P<n2>\d{1,2})\s+days?\s+(?:a|per)\s+week",
    re.IGNORECASE,
)


def days_a_week_changed(text: str, steps: Sequence[str]) -> Change | None:
    """``주 3일만 하면?``: the days a week of the previous question, replaced."""
    turn = _NEW_DAYS_A_WEEK.match(normalize_numerals(text))
    if turn is None or not steps:
        return None
    step = steps[-1]
    found = list(_DAYS_A_WEEK_IN_STEP.finditer(step))
    if len(found) != 1:
        return None  # no days a week to change (the result times the days is another edit's)
    old = found[0]
    group = "n" if old["n"] else "n2"
    changed = _replace(step, old, group, turn["n"] or turn["n2"])
    return [*steps[:-1], changed], f"{old[group]} → {turn['n'] or turn['n2']} days a week"
