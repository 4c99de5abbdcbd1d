"""Two ways set 52 asked a conversion that the unit reader did not read.

- "5키로 달리기면 마일로 몇마일": the unit asked said twice, as "마일로" and again in "몇마일";
  the reader took "마일로" for a third unit and declined. "<unit>로 몇 <the same unit>" is
  the unit asked once ("몇마일"). A different unit after 몇 ("킬로로 몇 파운드") is left.
- "running a 10k, how many miles is that": what was done with the measure said before it
  ("running a", "i just swam", "we walked about"). Up to four words with no figure before
  the one measure are dropped when the question after it is "how many <unit> is that".
  Words that change the measure ("half of", "twice", "another", "3 x") keep it unread.
"""

from __future__ import annotations

import re

__all__ = ["UNITS_SAID_61E", "units_said_once"]

#: Set False to switch the rules off (tests).
UNITS_SAID_61E = True

_ASKED_TWICE = re.compile(
    r"(?<![가-힣A-Za-z])(?P<u>[가-힣A-Za-z]{1,6}?)(?:으로|로)\s+(?=몇\s*(?P=u)(?![가-힣A-Za-z]))"
)
_NUM = r"\d+(?:\.\d+)?"
# Words before a measure that change it: never dropped.
_CHANGERS = (
    r"half|double|twice|triple|thrice|quarter|third|another|extra|more|less|plus|minus|times"
    r"|x|of|per|each|every|and|or|than|over|under|from|to|between|by|off|only|just\s+under"
)
_DONE_BEFORE = re.compile(
    rf"^(?P<lead>(?:(?!(?:{_CHANGERS})\b)[a-z']+\s+){{1,4}})(?=(?:a|an|the|my|about|around)?\s*"
    rf"{_NUM}\s*[A-Za-z]+\s*,?\s+how\s+many\s+[a-z]+\s+(?:is\s+that|is\s+it)"
    r"\s*\??\s*$)",
    re.IGNORECASE,
)
_ARTICLE = re.compile(r"^(?:a|an|the|my|about|around)\s+", re.IGNORECASE)


def units_said_once(text: str) -> str:
    """``text`` with the unit asked said once and what was done before a measure dropped."""
    if not UNITS_SAID_61E:
        return text
    text = _ASKED_TWICE.sub("", text)
    done = _DONE_BEFORE.match(text)
    if done is not None:
        text = _ARTICLE.sub("", text[done.end() :])
    return text
