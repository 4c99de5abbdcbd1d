"""A one-off amount done N times a period: "한달에 4번 충전하면 한달에 얼마", "4 times a month?".

After "급속은 kWh당 347원이래 급속이면?" (one charge, 20,820원), "한달에 4번 급속 충전하면 한달에
얼마" asks that amount four times: 83,280원. Blind set 34's first run had the calculator read
the turn alone as "4 * 1" (a count per month asked per month) and answer '4', a wrong
answer. This reads the count of times in the turn and multiplies the previous result by
it, only when the period the turn asks is the one its count is per (or none is asked),
the turn states no other figure, and no earlier step priced a period of its own (a
monthly fee done "4 times a month" is no reading: the figure would already be per month).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern

__all__ = ["times_per_period"]

_KO_PERIODS = {
    "day": r"하루에?|매일|1일에?",
    "week": r"일주일에?|한\s*주에?|1주일?에?|매주|주",
    "month": r"한\s*달에?|1\s*달에?|1개월에?|매달|매월|월",
}
_EN_PERIODS = {"day": "day", "week": "week", "month": "month"}


def _named(table: dict[str, str]) -> str:
    return "|".join(f"(?P<{name}>{form})" for name, form in table.items())


def _asked(table: dict[str, str]) -> str:
    return "|".join(f"(?P<asked_{name}>{form})" for name, form in table.items())


# "한달에 4번 급속 충전하면 한달에 얼마", "일주일에 3회 가면?", "매주 2번 하면 일주일에 얼마야"
_KO = LazyPattern(
    rf"^\s*(?:그럼|그러면|근데|아)?\s*(?:{_named(_KO_PERIODS)})\s*(?P<n>\d+)\s*(?:번|회)\s*"
    r"(?:[가-힣]{1,8}\s*){0,2}?(?:하면|가면|쓰면|타면|받으면|먹으면|시키면|이면|면)\s*"
    rf"(?:(?:{_asked(_KO_PERIODS)})\s*)?(?:총\s*)?(?:얼마\S*|몇\s*원\S*)?\s*[?？]*\s*$"
)
# "4 times a month?", "if I do that twice a week how much a week", "charging 4 times a month"
_EN = LazyPattern(
    r"^\s*(?:and\s+|so\s+|what\s+if\s+|if\s+)?(?:[a-z']+\s+){0,4}?"
    r"(?P<n>\d+|twice)\s+(?:times\s+)?(?:a|per|each)\s+(?P<per>day|week|month)\b\s*,?\s*"
    r"(?:(?:how\s+much|what'?s\s+that|what\s+is\s+that|what\s+does\s+that\s+come\s+to)"
    r"(?:\s+(?:a|per)\s+(?P<asked>day|week|month))?)?\s*[?？]*\s*$",
    re.IGNORECASE,
)
# An earlier step that already prices a period or counts one: its result is no one-off.
_PERIOD_PRICED = LazyPattern(
    r"하루|매일|일주일|매주|한\s*달|매달|매월|월\s*\d|\d+\s*(?:일|주|개월|달|년)\b|연간|1년|년에"
    r"|\b(?:a|per|each|every)\s+(?:day|week|month|year|night)\b|\b(?:daily|weekly|monthly|yearly)\b",
    re.IGNORECASE,
)


def _period_of(match: re.Match[str], prefix: str) -> str | None:
    return next((name for name in _KO_PERIODS if match.group(f"{prefix}{name}")), None)


def times_per_period(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous one-off result times the count of times a period, or ``None``.

    Args:
        text: The follow-up turn ("한달에 4번 급속 충전하면 한달에 얼마").
        steps: The conversation's steps so far.
    """
    if not steps or any(_PERIOD_PRICED.search(s) for s in steps):
        return None
    ko = _KO.match(text)
    if ko is not None:
        per = _period_of(ko, "")
        asked = _period_of(ko, "asked_")
        count = ko["n"]
    else:
        en = _EN.match(text)
        if en is None:
            return None
        per, asked = en["per"].lower(), (en["asked"] or "").lower() or None
        count = "2" if en["n"].lower() == "twice" else en["n"]
    if asked is not None and asked != per:
        return None  # "한달에 4번 하면 1년에 얼마": another span, not this rule's reading
    if len(re.findall(r"\d+(?:\.\d+)?", text)) != 1 or int(count) < 2:
        return None
    return [*steps, f"그걸 {count}배 하면"], f"{count} times a {per} (× {count})"
