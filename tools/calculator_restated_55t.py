"""Two forms set 47 asked a percent in, said again as forms the calculator reads (turns47).

- A change said as two states, "electric bill was 142 last month, 118 this month. by what
  % did it drop", "coat was 240 and now its 180, what percent off is that": said as "went
  from 142 to 118, by what % did it drop", which the percent-change reader reads.
- A part of a group counted first, "우리반 32명인데 여자애 14명이면 몇퍼임": said as
  "32명 중에 14명이면 몇퍼센트", the share of the whole. Only with the whole said first,
  the part smaller, and no other figure.
"""

from __future__ import annotations

import re

__all__ = ["change_said_as_two_states", "part_of_group_said_first"]

_N = r"\d+(?:\.\d+)?"
_TWO_STATES = re.compile(
    rf"^[a-z' ]{{0,40}}?\b(?:was|were|used\s+to\s+be|cost)\s+\$?(?P<a>{_N})"
    r"(?:\s+(?:last|the\s+previous)\s+(?:month|week|year|time))?\s*(?:,|and|,\s*and)\s*"
    r"(?:(?:now\s+)?(?:it'?s|its|it\s+is|they'?re|is|are)\s+(?:now\s+)?|now\s+)?\$?"
    rf"(?P<b>{_N})(?:\s+(?:this|the\s+current)\s+(?:month|week|year))?\s*[,.]?\s*"
    r"(?P<ask>(?:by\s+)?what\s+(?:%|percent(?:age)?\b).*)$",
    re.IGNORECASE,
)
# "what percent off is that": the fall from the first price, as a percent decrease.
_OFF_ASKED = re.compile(r"\bpercent(?:age)?\s+off\b|%\s*off\b", re.IGNORECASE)
_PART_OF_GROUP = re.compile(
    rf"^(?P<lead>[가-힣\s]{{0,12}}?)(?P<whole>{_N})\s*명\s*(?:인데|이고|중에|중)\s*"
    rf"(?P<who>[가-힣]{{1,8}}\s*)?(?P<part>{_N})\s*명\s*(?:이면|이야|인데)\s*"
    r"(?:몇\s*(?:퍼|프로|퍼센트|%)|비율)[가-힣]*\s*[?？]*\s*$"
)


def change_said_as_two_states(text: str) -> str | None:
    """ "bill was 142 last month, 118 this month. by what % did it drop" as "went from 142
    to 118, by what % did it drop"; ``None`` when not that form."""
    said = _TWO_STATES.match(text.strip().replace(",000", "000"))
    if said is None:
        return None
    if _OFF_ASKED.search(said["ask"]) and float(said["b"]) < float(said["a"]):
        return f"went from {said['a']} to {said['b']}, whats the percent decrease"
    ask = re.sub(r"\s*%", " percent", said["ask"])  # "by what %": "by what percent"
    return f"went from {said['a']} to {said['b']}, {ask}"


def part_of_group_said_first(text: str) -> str | None:
    """ "우리반 32명인데 여자애 14명이면 몇퍼임" as "32명 중에 14명이면 몇퍼센트"."""
    said = _PART_OF_GROUP.match(text.strip())
    if said is None or float(said["part"]) >= float(said["whole"]):
        return None
    return f"{said['whole']}명 중에 {said['part']}명이면 몇퍼센트"
