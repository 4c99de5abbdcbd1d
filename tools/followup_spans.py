"""``and after 5?`` after "... after 3 years": the span of years or months asked, replaced.

The rule: when the previous step asks its figure after (or over) a count of years or
months, exactly once, a short turn giving another count for it ("and after 5?", "ok
after 10 years", "5년 뒤면?", "10년 후는?") re-runs that step with the count replaced.
Likewise a span before or after a date ("그 3주 전이 몇월 며칠", asked once): a turn that
is only another such span ("2주 전은?", "10일 뒤면?") re-runs the step with that span, so
it is counted from the date the thread named, not from today.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.dates_native_days import native_day_counts
from tools.korean_numbers import normalize_numerals

__all__ = ["is_only_a_date_span", "replace_span_count"]

_EN_SPAN_IN_STEP = LazyPattern(
    r"\b(?:after|in|over|for)\s+(?P<n>\d+)\s+(?P<u>years?|months?)\b", re.IGNORECASE
)
_KO_SPAN_IN_STEP = LazyPattern(r"(?P<n>\d+)\s*(?P<u>년|개월)\s*(?:뒤|후|동안)")
_EN_NEW = LazyPattern(
    r"^\s*(?:ok(?:ay)?\s*,?\s*|so\s+|and\s+|what\s+about\s+|how\s+about\s+)*"
    r"(?:after|in|over|for)\s+(?P<n>\d+)(?:\s+(?P<u>years?|months?))?\s*\??\s*$",
    re.IGNORECASE,
)
_KO_NEW = LazyPattern(
    r"^\s*(?:그럼|그러면)?\s*(?P<n>\d+)\s*(?P<u>년|개월)\s*(?:뒤|후|동안)\s*(?:에는|에|은|는|이면|면)?"
    r"\s*(?:얼마\S*)?\s*[?？]*\s*$"
)

_KO_OFFSET_IN_STEP = LazyPattern(r"\d+\s*(?:일|주일|주|개월|달|년)\s*(?:전|뒤|후)(?!\S*\s*동안)")
_KO_OFFSET_NEW = LazyPattern(
    r"^\s*(?:그럼|그러면)?\s*(?P<off>\d+\s*(?:일|주일|주|개월|달|년)\s*(?:전|뒤|후))\s*"
    r"(?:에는|은|는|이면|면)?\s*(?:언제|며칠|몇\s*월\s*며칠)?\S{0,3}\s*[?？]*\s*$"
)

# The English span from a date ("whats the date 45 days out" then "and 10 weeks out?",
# probes58): the step's one span of days/weeks/months/years forward or back is replaced by
# the turn's, which may only keep its direction (a turn saying "ago" after "out" is not read).
_EN_FORWARD = r"out|later|from\s+(?:now|today)|ahead|away|after|on"
_EN_BACK = r"ago|back|before|earlier"
_EN_OFFSET_IN_STEP = LazyPattern(
    rf"(?<![\d.])(?P<span>\d+\s+(?:days?|weeks?|months?|years?))\s+(?P<d>{_EN_FORWARD}|{_EN_BACK})\b"
    r"|\bin\s+(?P<span2>\d+\s+(?:days?|weeks?|months?|years?))\b",
    re.IGNORECASE,
)
_EN_DATE_ASKED = LazyPattern(r"\b(?:date|day|when)\b", re.IGNORECASE)
_EN_OFFSET_NEW = LazyPattern(
    r"^\s*(?:ok(?:ay)?\s*,?\s*|so\s+|and\s+|then\s+|what\s+about\s+|how\s+about\s+)*(?:in\s+)?"
    rf"(?P<span>\d+\s+(?:days?|weeks?|months?|years?))(?:\s+(?P<d>{_EN_FORWARD}|{_EN_BACK}))?"
    r"\s*(?:instead|then)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def _replace_date_offset_en(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    new = _EN_OFFSET_NEW.match(normalize_numerals(text))
    if new is None:
        return None
    last = steps[-1]
    if _EN_DATE_ASKED.search(last) is None:
        return None  # a span in a sum ("a loan 3 years out") is not a date's: not read here
    olds = list(_EN_OFFSET_IN_STEP.finditer(last))
    if len(olds) != 1:
        return None  # no span, or two: which one the turn replaces is not known
    old = olds[0]
    back_re = re.compile(rf"(?:{_EN_BACK})$", re.IGNORECASE)
    old_back = bool(old["d"] and back_re.match(old["d"]))
    if new["d"] and bool(back_re.match(new["d"])) != old_back:
        return None  # "10 days ago" after "45 days out": another question, not read here
    group = "span" if old["span"] else "span2"
    changed = last[: old.start(group)] + new["span"] + last[old.end(group) :]
    return [*steps[:-1], changed], f"{old[group]} → {new['span']}"


def is_only_a_date_span(text: str) -> bool:
    """Whether ``text`` is only a span before or after some date ("2주 전은?", "10일 뒤면").

    Alone it counts from today; in a thread that named a date, from that date.
    """
    return _KO_OFFSET_NEW.match(normalize_numerals(text)) is not None


def _replace_date_offset(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    new = _KO_OFFSET_NEW.match(normalize_numerals(text))
    if new is None:
        return None
    # "열흘 뒤" in the step is "10일 뒤" (set 49: "3주 뒤는?" after it was counted from today).
    last = native_day_counts(normalize_numerals(steps[-1]))
    olds = list(_KO_OFFSET_IN_STEP.finditer(last))
    if len(olds) != 1:
        return None
    old = olds[0]
    changed = last[: old.start()] + new["off"] + last[old.end() :]
    return [*steps[:-1], changed], f"{old.group()} → {new['off']}"


def replace_span_count(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous step with its one span of years or months given a new count, or None."""
    if not steps:
        return None
    plain = normalize_numerals(text)
    for new_re, old_re in ((_EN_NEW, _EN_SPAN_IN_STEP), (_KO_NEW, _KO_SPAN_IN_STEP)):
        new = new_re.match(plain)
        if new is None:
            continue
        last = normalize_numerals(steps[-1])
        olds = list(old_re.finditer(last))
        if len(olds) != 1:
            return None
        old = olds[0]
        if new["u"] and new["u"].lower().rstrip("s") != old["u"].lower().rstrip("s"):
            return None  # "after 5 months" does not replace a count of years
        changed = last[: old.start("n")] + new["n"] + last[old.end("n") :]
        return [*steps[:-1], changed], f"{old['n']} {old['u']} → {new['n']} {old['u']}"
    return _replace_date_offset(text, steps) or _replace_date_offset_en(text, steps)
