"""Follow-up rules set 44 added, each a whole-turn form with the change it makes.

- "그 다음해는?", "이듬해는?", "and the year after?", "what about the following year" after a
  question about one dated year ("2031년 어린이날 무슨요일이야"): the same question for that
  year plus one (set 44's first run answered "그 다음해는?" with the leave policy's sentence
  "쓰지 못한 연차는 다음 해로 …", a document quote for a date question); "그 전해는?", "the
  year before?" likewise minus one. The year is the previous turn's one year: a turn with
  none or with two different years is not read ("내년", "작년" count from today, not from the
  year asked, and are left alone).

Rules that rewrite the turn hand it back to :func:`tools.followups.resolve_follow_up`,
imported when called: that module imports this one through the list of changes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["CHANGES_44", "year_after_or_before"]

Resolved = tuple[list[str], str] | None

_TAIL_KO = r"(?:는|은|엔|에는|이면|이라면|라면|면)?\s*(?:요|용)?\s*[?？.]*\s*$"
_LEAD_KO = r"^\s*(?:그럼|그러면|그럼\s*그|그)?\s*"
_NEXT_KO = re.compile(rf"{_LEAD_KO}(?:그\s*)?(?:다음\s*해|이듬\s*해|다음\s*년도?){_TAIL_KO}")
_BEFORE_KO = re.compile(rf"{_LEAD_KO}(?:그\s*)?(?:전\s*해|전\s*년도?|앞\s*해){_TAIL_KO}")
_LEAD_EN = r"^\s*(?:and|so|ok|okay|then)?\s*,?\s*(?:what\s+about|how\s+about|and)?\s*"
_NEXT_EN = re.compile(
    rf"{_LEAD_EN}(?:(?:the\s+)?(?:next|following)\s+year|the\s+year\s+after(?:\s+that)?)"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_BEFORE_EN = re.compile(
    rf"{_LEAD_EN}(?:(?:the\s+)?previous\s+year|the\s+year\s+before(?:\s+that)?)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# A year written out: "2031년", "christmas 2030" (not a figure inside a larger one).
_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d(?![\d.,])")


def _resolve(text: str, previous_steps: Sequence[str]) -> Resolved:
    from tools.followups import resolve_follow_up

    return resolve_follow_up(text, previous_steps)


def year_after_or_before(text: str, previous_steps: Sequence[str]) -> Resolved:
    """ "그 다음해는?" after "2031년 어린이날 무슨요일이야": the question asked of 2032.

    The turn becomes the year named ("2032년은?", "and 2032?"), which the date follow-ups
    read as the same question of another year.
    """
    korean = re.search("[가-힣]", text) is not None
    if _NEXT_KO.match(text) or _NEXT_EN.match(text):
        step = 1
    elif _BEFORE_KO.match(text) or _BEFORE_EN.match(text):
        step = -1
    else:
        return None
    years = {int(y) for s in previous_steps for y in _YEAR.findall(s)}
    if len(years) != 1:
        return None
    year = years.pop() + step
    return _resolve(f"{year}년은?" if korean else f"and {year}?", previous_steps)


CHANGES_44 = (year_after_or_before,)
