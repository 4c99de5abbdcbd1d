"""Forms of a cited answer that pass the figure checks and still misstate the documents.

Part of :mod:`agents.answer_grounding`. Every figure of these replies is in the
passages, so "nothing new" passes them, yet the reply is wrong:

- **Half of a range**: "what time is the lunch break" → "The lunch break is 14:00
  hours" where the passage gives "Lunch break: 13:00–14:00". A time the passages state
  only as one end of a range, given without the other end and with no word saying
  which end it is ("until", "from", "ends", "까지"...), misreads the range.
- **A bare yes/no on a time or figure**: "can i register at 1:30" → "yes" where
  13:00–14:00 is the lunch break, when registration is closed. A question naming a
  time or figure is answered by the passages' time or figure; a yes/no that states
  none of them cannot be told right from wrong, so it is no checked answer.
- **A list number as the answer**: a figure the passages write only as list numbering
  ("3. Bring your ID") counts nothing; given as the answer it reads as the documents'
  figure.

Each returns a reason, never an answer: the guard escalates the step once or
declines (``graphs.output_checks``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agents.label_numbers import without_label_numbers
from tools.dates_zones import clock_times

__all__ = ["bare_yes_no", "half_of_a_range", "list_number_answer"]

# A clock time as passages write one ("13:00", "1:30 pm", "13시", "오후 1시 30분").
_TIME = (
    r"(?:\d{1,2}:\d{2}(?:\s*[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?"
    r"|(?:오전|오후)?\s*\d{1,2}\s*시(?!간)(?:\s*\d{1,2}\s*분|\s*반)?)"
)
# Two times joined as a span: "13:00–14:00", "9 am to 6 pm", "13시~14시".
_RANGE = re.compile(
    rf"(?P<start>{_TIME})\s*(?:[-–—~〜]|to|until|till|through)\s*(?P<end>{_TIME})",
    re.IGNORECASE,
)
# Words that say which end of a span a time is: with one, a lone end is read rightly
# ("closes at 18:00", "14시까지", "starts at 13:00").
_BOUNDARY = re.compile(
    r"\b(?:open(?:s|ing|ed)?|clos(?:e|es|ed|ing)|start(?:s|ing|ed)?|begin(?:s|ning)?|began"
    r"|end(?:s|ing|ed)?|finish(?:es|ed)?|until|till|from|by|before|after|last|latest|earliest"
    r"|resumes?|back)\b|까지|부터|시작|끝|마감|종료|이후|이전|오픈|열고|열어|여는|엽니다|닫",
    re.IGNORECASE,
)
# A reply opening with a yes or a no ("Yes.", "No, ...", "네, ...", "아니요").
_YES_NO = re.compile(
    r"^\W*(?:answer\s*:\s*)?(?:yes|yeah|yep|no|nope|네|예|아니요|아니오|아뇨)(?![\w])",
    re.IGNORECASE,
)
# "1." or "2)" opening a line: list numbering.
_ENUMERATOR = re.compile(r"^\s*(?:[-*]\s*)?(\d{1,2})\s*[.)]\s+", re.MULTILINE)
# A number written as a place in a list: "step 3", "item #2", "No. 4", "3번째", "2단계".
_POSITION = re.compile(
    r"\b(?:steps?|items?|points?|stages?|no\.?|number|#)\s*#?\d{1,2}\b"
    r"|\d{1,2}\s*(?:번째|단계|번\s*항목|st|nd|rd|th)\b|#\d{1,2}",
    re.IGNORECASE,
)
# "[1]", "[2, 3]": citation markers, no figures.
_CITATION = re.compile(r"\[\d+(?:\s*,\s*\d+)*\]")
_NUMBER = re.compile(r"(?<![\d:.,])\d+(?:[.,]\d+)?(?![\d:]|[.,]\d)")


def _same_time(a: tuple[int, int], b: tuple[int, int]) -> bool:
    # A time written without a.m./p.m. may be read on either clock (13:00 is "1:00").
    return a[1] == b[1] and a[0] % 12 == b[0] % 12


def _range_ends(passages: Sequence[str]) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Each span of the passages as (start, end) clock times."""
    spans = []
    for text in passages:
        for m in _RANGE.finditer(text):
            start, end = clock_times(m["start"]), clock_times(m["end"])
            if len(start) == 1 and len(end) == 1:
                spans.append((start[0], end[0]))
    return spans


def _lone_times(passages: Sequence[str]) -> list[tuple[int, int]]:
    """The clock times the passages state outside any span."""
    return [t for text in passages for t in clock_times(_RANGE.sub(" ", text))]


def half_of_a_range(answer: str, question: str, passages: Sequence[str]) -> str | None:
    """A time of ``answer`` the passages give only as one end of a span, read as the whole.

    Returns:
        The time ("14:00") or ``None``.
    """
    if _BOUNDARY.search(answer) or _BOUNDARY.search(question):
        return None
    spans = _range_ends(passages)
    lone = _lone_times(passages)
    said = clock_times(answer)
    for time in said:
        if any(_same_time(time, t) for t in lone):
            continue
        others = [
            other
            for start, end in spans
            for mine, other in ((start, end), (end, start))
            if _same_time(time, mine)
        ]
        # The other end said too ("13:00 to 14:00" written any way) reads the span whole.
        if others and not any(_same_time(o, s) for o in others for s in said):
            return f"{time[0]:02d}:{time[1]:02d}"
    return None


def _numbers(text: str) -> set[str]:
    return {m.group(0) for m in _NUMBER.finditer(text)}


def bare_yes_no(answer: str, question: str, passages: Sequence[str]) -> str | None:
    """Why a yes/no ``answer`` to a question naming a time or figure is unchecked.

    The answer must state a time (for a question naming a time) or a figure the
    passages state: "No, the lunch break is 13:00–14:00" can be checked, "yes" cannot.

    Returns:
        The question's time or figure the answer leaves unanswered, or ``None``.
    """
    if not _YES_NO.search(answer):
        return None
    source = "\n".join(passages)
    asked_times = clock_times(question)
    if asked_times:
        stated = clock_times(source)
        if any(_same_time(t, s) for t in clock_times(answer) for s in stated):
            return None
        hour, minute = asked_times[0]
        return f"{hour:02d}:{minute:02d}"
    # "terminal 2", "room 301": a label, not a figure the answer turns on.
    asked = _numbers(without_label_numbers(_RANGE.sub(" ", question)))
    if not asked:
        return None
    if _numbers(answer) & _numbers(source):
        return None
    return sorted(asked)[0]


def list_number_answer(
    answer: str, question: str, passages: Sequence[str], *, asks_count: bool
) -> str | None:
    """A figure of ``answer`` the passages and the question write only as list numbering.

    A number the answer names as a position ("step 3", "3번째") reads the list rightly,
    and so does the last number of a list given to "how many" (the items counted).

    Returns:
        The figure or ``None``.
    """
    numbered = [int(m.group(1)) for text in passages for m in _ENUMERATOR.finditer(text)]
    if not numbered:
        return None
    # The figures the passages state as figures: their text with the numbering taken out.
    stated = _numbers(_ENUMERATOR.sub(" ", "\n".join(passages))) | _numbers(question)
    # "13:00" holds no list number; the answer's own numbering and positions are no figure.
    plain = _CITATION.sub(" ", _ENUMERATOR.sub(" ", answer))
    plain = _POSITION.sub(" ", re.sub(r"\d{1,2}:\d{2}", " ", plain))
    for figure in sorted(_numbers(plain) & {str(n) for n in numbered}):
        if figure in stated or (asks_count and int(figure) == max(numbered)):
            continue
        return figure
    return None
