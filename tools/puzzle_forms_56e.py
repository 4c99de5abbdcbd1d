"""Reasoning puzzles that name no subject of any document (opens56e, set 47).

"next number: 2, 6, 12, 20, 30, ?", "5명이 한줄로 서는 방법 몇가지야" and "a boy has as many
brothers as sisters, … how many kids in the family" were declined as document questions
("not in the documents: number"): their words ("number", "개수") matched the documents'
and the document step answered for them. A puzzle asks to work something out from what it
states itself; no organisation's document holds its answer, so it goes to a model (and
says nothing of the documents). Only these closed forms are read, each by its own shape,
never by a word alone:

- a number sequence: three figures or more in a comma list and the next (or missing)
  term asked;
- arrangements in a row: how many ways N people (things) line up or sit in a row;
- a siblings puzzle: "as many brothers as sisters", "twice as many sisters as brothers";
- a clock-hands puzzle (set 48): how often or at what angle a clock's two hands meet,
  "how many times do the hour and minute hands overlap in 12 hours", "시침과 분침이 하루에
  몇 번 겹쳐".

Outside ``tools.rag`` on purpose: the calculator's code-only path reads it, and importing
anything inside that package loads the whole RAG stack (numpy, bm25s, Kiwi).
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["asks_a_puzzle"]

_SEQUENCE = LazyPattern(r"(?<![\d.])\d+(?:\.\d+)?(?:\s*,\s*-?\d+(?:\.\d+)?){2,}")
_NEXT_TERM = LazyPattern(
    r"\b(?:next|missing|following)\s+(?:number|term|one)\b|\bwhat\s+comes\s+next\b"
    r"|\bcontinue\s+the\s+(?:sequence|pattern|series)\b|\bwhat\s+number\s+comes\b"
    r"|다음\s*(?:숫자|수|에\s*(?:올|오는|들어갈))|빈\s*칸에\s*들어갈|규칙을?\s*찾",
    re.IGNORECASE,
)
_IN_A_ROW = LazyPattern(
    r"\bhow\s+many\s+(?:different\s+)?(?:ways|orders|orderings|arrangements)\b[^?.]{0,60}?"
    r"\b(?:line\s+up|lined\s+up|stand\s+in\s+a\s+(?:line|row)|sit\s+in\s+a\s+row|be\s+arranged"
    r"|arrange|seated\s+in\s+a\s+row|queue)\b"
    r"|(?:한\s*줄로|일렬로|나란히|줄을?)\s*(?:서|세우|앉|줄\s*세우)[^?]{0,20}?(?:방법|경우의?\s*수)"
    r"[^?]{0,10}?(?:몇|얼마)",
    re.IGNORECASE,
)
_SIBLINGS = LazyPattern(
    r"\b(?:as\s+many|twice\s+as\s+many|half\s+as\s+many|(?:one|two|three)\s+(?:more|fewer))\s+"
    r"(?:brothers|sisters)\s+(?:as|than)\s+(?:brothers|sisters)\b",
    re.IGNORECASE,
)

# The two hands named together, then what they do to each other.
_HANDS = (
    r"\b(?:hour|minute|second)\s+(?:hand\s+)?(?:and|&)\s+(?:the\s+)?(?:hour|minute|second)\s+hands?\b"
    r"|\bclock(?:'?s)?\s+hands\b|\bhands\s+of\s+(?:a|the)\s+clock\b"
)
_CLOCK_HANDS = LazyPattern(
    rf"(?:{_HANDS})[^?]{{0,60}}?\b(?:overlap\w*|meet\w*|cross\w*|coincide\w*|line\s+up|"
    r"form\w*\s+a\s+(?:right|straight)\s+angle|angle|opposite|on\s+top\s+of\s+each\s+other)\b"
    r"|\b(?:how\s+many\s+times|how\s+often|when|what\s+angle)\b[^?]{0,60}?(?:" + _HANDS + r")"
    r"|(?:시침|분침|초침)\s*(?:과|와|이랑|하고|,)?\s*(?:시침|분침|초침)[^?]{0,24}?"
    r"(?:겹치|겹쳐|만나|일직선|각도|직각)",
    re.IGNORECASE,
)


def asks_a_puzzle(text: str) -> str | None:
    """The puzzle form ``text`` is, or ``None``: a reason a router's trace can show."""
    if _NEXT_TERM.search(text) and _SEQUENCE.search(text):
        return "a number sequence's next term"
    if _IN_A_ROW.search(text):
        return "arrangements in a row"
    if _SIBLINGS.search(text):
        return "a siblings puzzle"
    if _CLOCK_HANDS.search(text):
        return "a clock-hands puzzle"
    return None
