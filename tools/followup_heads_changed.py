"""Follow-ups told as news that people joined or left ("two more hopped in", "one of us bailed").

"the taxi came to 38,400 won, split 4 ways" then "two more people hopped in, what now"
is the same split among six; "movie tickets are 14,000 won each, how much for 5" then
"one of us bailed, so how much now" is four tickets. The older rules read the present
or conditional ("what if 3 more people join?", "한 명 빠지면?"); told in the past tense,
with a chat verb and more words after, these turns had no reading and fell to a model.

The count changed is the previous turn's head count ("4 ways", "5명"), or, when it
names none, the one count of a thing each person has one of ("for 5" after tickets
"each", "티켓 5장"). A step with no such count, or two, is left alone: whose number
changed is then not plain.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_quantities import QUANTITY, SAME_UNIT, SPELLED_NUMBERS
from tools.followup_result_moved import moves_the_result
from tools.korean_numbers import normalize_numerals

__all__ = ["heads_changed_as_news"]

_COUNT = r"(?P<n>\d+|a|an|one|two|three|four|five|six|a\s+couple)"
_WHO = r"(?:people|persons|friends|guests|passengers|colleagues|coworkers|of\s+us|of\s+them)"
# "two more people hopped in", "3 more friends showed up", "another 2 joined us". Only
# verbs that say joining: "got off", "turned back" leave (``_LEFT``), and a bare "got" or
# "came out" is not plain.
_JOINED = LazyPattern(
    rf"\b{_COUNT}\s+more\s+{_WHO}\s+(?:just\s+)?(?:(?:hopped|jumped|got|piled)\s+(?:in|on)"
    r"|came(?!\s+(?:out|off|back|away|down))|joined|showed\s+up|turned\s+up|are\s+coming"
    r"|will\s+come|want\s+in|signed\s+up|tagged\s+along)\b"
    # "2명 더 탔어", "두 명 더 왔는데", "친구 2명이 더 합류했어", "3명 더 탄대".
    r"|(?P<ko>\d+)\s*(?:명|사람)\s*(?:이|가)?\s*더\s*(?:탔|왔|합류했|늘었|생겼|탄대|탄다|타면|끼면|꼈)",
    re.IGNORECASE,
)
# "one of us bailed", "two of them dropped out", "two more people got off", "someone
# cancelled", "한 명 빠졌어".
_LEFT = LazyPattern(
    rf"\b{_COUNT}\s+(?:more\s+{_WHO}|(?:more\s+)?of\s+(?:us|them|the\s+\w+))\s+(?:just\s+)?"
    r"(?:bailed|dropped\s+out|left|(?:got|hopped|jumped)\s+(?:off|out)|turned\s+(?:back|around)"
    r"|backed\s+out|pulled\s+out|cancell?ed|flaked|isn'?t\s+coming|aren'?t\s+coming"
    r"|can'?t\s+(?:come|make\s+it)|couldn'?t\s+(?:come|make\s+it)|won'?t\s+(?:come|make\s+it))\b"
    r"|\b(?P<one>someone|somebody)\s+(?:just\s+)?(?:bailed|dropped\s+out|cancell?ed|flaked)\b"
    r"|(?P<ko>\d+)\s*(?:명|사람)\s*(?:이|은|가)?\s*(?:빠졌|안\s*온대|못\s*온대|못\s*간대|취소했|내렸)",
    re.IGNORECASE,
)
# A thing each person has one of: a ticket, a seat, a pass, a meal (인분).
_PER_HEAD_THING = LazyPattern(
    r"\b(?:tickets?|seats?|passes|pass|admissions?|entries|meals?)\b|티켓|입장권|표|좌석|인분",
    re.IGNORECASE,
)
_EACH = LazyPattern(
    r"\beach\b|\bapiece\b|\ba\s+(?:head|person)\b|짜리|씩|당|1\s*(?:장|매|인분)\s*에", re.IGNORECASE
)
# "how much for 5": a count with no word after it, at the end of the step.
_BARE_COUNT = LazyPattern(r"\bfor\s+(?P<num>\d+)\s*[?.]?\s*$", re.IGNORECASE)
# "티켓 4장", "3 tickets"; not the "1장에" a price is given for (a rate's unit).
_THING_COUNT = LazyPattern(
    r"(?P<num>\d+)\s*(?:tickets?|seats?|passes|admissions?|장|인분|매)(?![A-Za-z])"
    r"(?!\s*(?:에|당|씩|짜리))",
    re.IGNORECASE,
)
# The longest turn read: news with a short question after it, no story.
_MAX_LEN = 60


def _change(text: str) -> int | None:
    """How many joined (positive) or left (negative), if the turn tells it."""
    normalized = normalize_numerals(text)
    sign, match = 1, _JOINED.search(normalized)
    if match is None:
        sign, match = -1, _LEFT.search(normalized)
    if match is None:
        return None
    if match.groupdict().get("one"):
        return sign
    said = (match["n"] or match["ko"]).lower()
    said = {"a": "1", "an": "1", "one": "1"}.get(said, SPELLED_NUMBERS.get(said, said))
    if said.startswith("a") and "couple" in said:
        said = "2"
    return sign * int(said) if said.isdigit() else None


def _head_counts(step: str) -> list[tuple[int, int]]:
    """Where a step's head counts are: its people, else its per-head things."""
    people = [q for q in QUANTITY.finditer(step) if SAME_UNIT.get(q["unit"].lower()) == "person"]
    if people:
        return [q.span("num") for q in people]
    if not (_PER_HEAD_THING.search(step) and _EACH.search(step)):
        return []
    return [m.span("num") for m in (*_THING_COUNT.finditer(step), *_BARE_COUNT.finditer(step))]


def heads_changed_as_news(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``two more people hopped in, what now``: the previous head count, changed by that many.

    Args:
        text: The follow-up turn.
        steps: The previous turn's step texts.

    Returns:
        The steps with the head count changed and a line for the trace, or ``None`` when
        the turn tells no such news or the previous steps have no one head count.
    """
    if not steps or len(text) > _MAX_LEN:
        return None
    change = _change(text)
    if change is None:
        return None
    for index in range(len(steps) - 1, -1, -1):
        step = normalize_numerals(steps[index])
        spans = _head_counts(step)
        if not spans:
            continue
        if len(spans) > 1:
            return None  # two head counts: which one changed is not plain
        span = spans[0]
        old = int(step[span[0] : span[1]])
        new = old + change
        if new < 1:
            return None
        changed = list(steps)
        changed[index] = step[: span[0]] + str(new) + step[span[1] :]
        if not moves_the_result(steps, changed):
            return None  # the result does not hang on that count: a misreading
        return changed, f"{old} people {'+' if change > 0 else '-'} {abs(change)} = {new}"
    return None
