"""A break taken off a clock span: in the question, or said after it as a follow-up.

Blind set 48 (turns48): "아침9시반부터 오후6시15분까지 일하면 몇시간몇분 일한거야" was
answered 8시간 45분; "점심시간 1시간은 빼야지" then went to the document search, which
quoted the clinic's lunch hours as the answer. No reader took a break off a Korean span,
asked with it or after it. The English reader (:mod:`tools.dates_clock_span_en`) reads "with
a 30 min lunch" in the question, but nothing read "minus an hour for lunch" said after.

- :func:`span_less_break_ko`: a Korean span question with a break said to be taken off
  ("점심 1시간 빼고", "휴게시간 30분 제외하면"): the span less the break.
- :func:`break_off_span`: a follow-up that only takes a stated length off ("점심시간 1시간은
  빼야지", "30분 빼면?", "minus an hour for lunch", "take off 45 min for the break") after a
  step one of the span readers reads: that step with the break said in its own words.

A break as long as the span or longer, or a length that cannot be read, is no reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.dates_clock_span import span_between_clocks
from tools.dates_clock_span_en import span_between_clocks_en

__all__ = ["break_off_span", "span_less_break_ko"]

_LABEL_KO = (
    r"(?:점심\s*시간|점심|휴게\s*시간|휴게|쉬는\s*시간|식사\s*시간|밥\s*먹는\s*시간|밥\s*시간)"
)
_LENGTH_KO = r"(?P<h>\d+)\s*시간\s*(?:(?P<m>\d+)\s*분|(?P<half>반))?|(?P<mo>\d+)\s*분"
# In the question: "점심 1시간 빼고", "휴게시간 30분 제외하면" (a label is needed there).
_BREAK_IN_QUESTION = re.compile(
    _LABEL_KO
    + r"\s*(?:"
    + _LENGTH_KO
    + r")\s*(?:은|는|을|를|이)?\s*(?:빼고|빼면|빼서|제외하고|제외하면)\s*"
)
# After the answer: the turn says only the length taken off (a label may come first).
_TURN_KO = re.compile(
    r"^\s*(?:아\s+|근데\s*|그럼\s*|그리고\s*)?(?:" + _LABEL_KO + r"\s*)?(?:" + _LENGTH_KO + r")\s*"
    r"(?:은|는|을|를|이)?\s*(?:빼야지|빼야\s*돼|빼야\s*되지|빼야죠|빼야\s*해|빼야\s*하잖아|빼면|빼줘|"
    r"빼고는|제외하면|제외해야지|제외해야\s*돼)\s*[?？.!~ㅋㅎ]*\s*$"
)
_TURN_EN = re.compile(
    r"^\s*(?:and\s+|but\s+|oh\s+|ok\s+|so\s+)?(?:minus|take\s+off|subtract|less|not\s+counting)\s+"
    r"(?:a\s+|an\s+|one\s+|the\s+|my\s+)?(?P<n>\d+(?:\.\d+)?|half\s+an?)?\s*[- ]?\s*"
    r"(?P<unit>hours?|hrs?|h|minutes?|mins?)\b\s*(?:for\s+|of\s+)?(?:the\s+|my\s+|an?\s+)?"
    r"(?:unpaid\s+)?(?:lunch|break)?\s*(?:tho|though)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_ASKS_LENGTH_EN = re.compile(r"\s*how\s+(?:many\s+hours|long)\b", re.IGNORECASE)


def _minutes_ko(match: re.Match[str]) -> int:
    if match["mo"]:
        return int(match["mo"])
    return int(match["h"]) * 60 + (30 if match["half"] else int(match["m"] or 0))


def _span_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{rest}분"
    return f"{hours}시간 {rest}분" if rest else f"{hours}시간"


def _span_minutes(how: str) -> int:
    """The span's minutes from a span reader's trace ("09:30 → 18:15 = 525 min")."""
    return int(how.rsplit("=", 1)[1].split()[0])


def span_less_break_ko(s: str) -> tuple[str, str] | None:
    """A Korean clock span less the break the question takes off: (answer, how), or None.

    ``s`` is the question already normalised (NFKC, lower case), as the span reader's.
    """
    said = _BREAK_IN_QUESTION.search(s)
    if said is None:
        return None
    whole = span_between_clocks(" ".join((s[: said.start()] + " " + s[said.end() :]).split()))
    if whole is None:
        return None
    span = _span_minutes(whole[1])
    pause = _minutes_ko(said)
    if pause <= 0 or pause >= span:
        return None
    return _span_text(span - pause), f"{whole[1]} − {pause} min break = {span - pause} min"


def break_off_span(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous span step with the break the turn takes off said in it, or ``None``."""
    if not steps:
        return None
    last = steps[-1]
    korean = _TURN_KO.match(text)
    span = span_between_clocks(last.lower()) if korean is not None else None
    if korean is not None and span is not None:
        pause = _minutes_ko(korean)
        if not 0 < pause < _span_minutes(span[1]):
            return None  # a break as long as the span or longer: no reading
        changed = f"점심 {_span_text(pause)} 빼고 {last}"
        return [*steps[:-1], changed], f"less a {pause} min break"
    english = _TURN_EN.match(text)
    asks = _ASKS_LENGTH_EN.search(last)
    span_en = span_between_clocks_en(last.lower()) if english is not None else None
    if english is None or asks is None or span_en is None:
        return None
    amount = english["n"] or "1"
    amount = "half an" if amount.lower().startswith("half") else amount
    changed = (
        f"{last[: asks.start()]} with a {amount} {english['unit']} break{last[asks.start() :]}"
    )
    return [*steps[:-1], changed], f"less a {amount} {english['unit']} break"
