"""One of several monthly things kept for a span, dropped or kept alone by its name: "넷플
끊으면?", "유튭만 남기면?" (set 50).

After "넷플 월 13,500 유튭프리미엄 14,900 둘다 일년 구독하면 총얼마" ((13,500 + 14,900) × 12,
read by :mod:`tools.calculator_monthly_items_span`), "넷플 끊으면?" asks the span's cost
without that one: 14,900 × 12 = 178,800원. The name must lead exactly one price of the step
("넷플" leads "넷플릭스 월 13,500원" too); a name that leads none, or two, is declined.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_monthly_items_span import monthly_items_for_span
from tools.followup_reading_51a import Change, plain
from tools.followup_rerun import kept_if_read
from tools.korean_numbers import normalize_numerals

__all__ = ["monthly_item_dropped"]

_TURN = LazyPattern(
    r"^\s*(?:그럼\s*|그러면\s*|만약\s*|근데\s*)?(?P<name>[가-힣A-Za-z]{1,10}?)\s*"
    r"(?:(?P<only>만)\s*(?:하면|남기면|보면|쓰면|구독하면|유지하면)"
    r"|(?:은|는|을|를)?\s*(?:끊으면|끊고|해지하면|빼면|빼고|없으면|안\s*(?:보면|쓰면|하면)|취소하면|그만\s*(?:두면|보면)))"
    r"\s*(?:총\s*)?(?:얼마[가-힣]*)?\s*[?？.]*\s*$"
)
_EXPRESSION = re.compile(r"^\((?P<sum>\d+(?: \+ \d+)+)\) \* (?P<months>\d+)$")


def monthly_item_dropped(text: str, steps: Sequence[str]) -> Change | None:
    """The span's cost without (or with only) the thing the turn names, or ``None``."""
    said = _TURN.match(plain(text))
    if said is None or len(steps) != 1:
        return None
    step = normalize_numerals(steps[0]).replace(",", "")
    read = monthly_items_for_span(step)
    found = _EXPRESSION.match(read or "")
    if found is None:
        return None
    prices = found["sum"].split(" + ")
    led = [
        p
        for p in prices
        if re.search(rf"{re.escape(said['name'])}[가-힣A-Za-z]*\s*(?:월\s*)?{p}(?!\d)", step)
    ]
    if len(led) != 1 or prices.count(led[0]) != 1:
        return None  # the name leads no price, or two: which one is unsaid
    kept = [led[0]] if said["only"] else [p for p in prices if p != led[0]]
    return kept_if_read(
        f"({' + '.join(kept)}) * {found['months']}원",
        f"{'only' if said['only'] else 'without'} {said['name']} ({led[0]}원)",
    )
