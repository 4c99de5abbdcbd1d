"""Weekday names clipped in chat ("hours on sat?", "open sun", "mon-fri"), written out.

Why this exists: people type "sat" for Saturday, "thurs" for Thursday; the documents write
the day whole ("Saturday: 09:00–13:00"). Read as written, "sat" is a word no document
holds, and the question was declined as naming something the documents never mention
("not in the documents: sat").

The rule: a clipped day name is written out when nothing else could be meant. "mon",
"tue(s)", "wed", "thu(r)(s)" and "fri" are no other English words a question asks with
but "sat" and "sun" are ("I sat", "the sun"), so every clipped name is read as a day
only where a day stands: right after a word introducing one ("on", "this", "next",
"every", "till", "from", "open", "hours") or a range's dash or slash; or, after "to" or
opening the question, when a range's dash, a time-of-day word ("hours", "morning") or
the question's end follows ("open from tues to sat?", "sat hours?").
"""

from __future__ import annotations

import re

__all__ = ["with_weekday_names"]

_DAYS = {
    "mon": "monday",
    "tue": "tuesday",
    "tues": "tuesday",
    "wed": "wednesday",
    "thu": "thursday",
    "thur": "thursday",
    "thurs": "thursday",
    "fri": "friday",
    "sat": "saturday",
    "sun": "sunday",
}
# Words that introduce a day ("on sat", "till fri"), and a range's dash or slash.
_BEFORE = r"(?:on|this|next|every|last|till|until|til|thru|through|from|open|hours)"
# Words a day names the time of ("sat hours", "sun morning"), and a range's dash or slash.
_AFTER = r"(?:hours?|open|opening|mornings?|afternoons?|evenings?|nights?|closing)"
_DAY = r"(?P<day>mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
_DAY2 = _DAY.replace("?P<day>", "?P<day2>")
_CLIPPED = re.compile(
    rf"(?P<lead>\b(?:{_BEFORE}|to)\s+|[-/–~]\s*|^\s*){_DAY}(?=\s*[-/–~]|\s+{_AFTER}\b|\s*[?!.]*\s*$)"
    rf"|(?P<lead2>\b{_BEFORE}\s+|[-/–~]\s*){_DAY2}(?![\w'])",
    re.IGNORECASE,
)

_CLIP_ONLY = r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
_RANGE = re.compile(
    rf"(?<![\w'-])(?P<a>{_CLIP_ONLY})(?P<sep>\s*[-/–~]\s*)(?P<b>{_CLIP_ONLY})(?![\w'-])",
    re.IGNORECASE,
)


def with_weekday_names(question: str) -> str:
    """``question`` with each clipped weekday name written out ("hours on saturday?").

    Args:
        question: The user's question, as typed.

    Returns:
        The question with "sat", "thurs", "mon" ... replaced by the day's whole name
        where they can only mean the day; unchanged otherwise ("I sat down", "the sun").
    """

    def written_out(match: re.Match[str]) -> str:
        lead = match.group("lead") if match.group("lead") is not None else match.group("lead2")
        day = match.group("day") or match.group("day2")
        return f"{lead}{_DAYS[day.lower()]}"

    # "mon-fri", "sat/sun": a range of two clipped days, wherever it stands.
    question = _RANGE.sub(
        lambda m: f"{_DAYS[m.group('a').lower()]}{m.group('sep')}{_DAYS[m.group('b').lower()]}",
        question,
    )
    return _CLIPPED.sub(written_out, question)
