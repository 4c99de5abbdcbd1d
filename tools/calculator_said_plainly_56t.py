"""Chat forms set 48 found the calculator could not read, said plainly before reading.

- "landlord bumped rent from 1450 to 1595, thats what % increase": "that's what %" puts the
  question word after a pointer ("that's what percent", "thats what % off"); said as "what %
  increase" it is read (10%). Only "that's/thats/that is" right before "what" and a percent
  word is touched.
- "phone 65, internet 55, and 3 streaming subs at 12.99 each. monthly total": bills listed as
  a name and its amount with no verb; said as "phone is 65, internet is 55, …" they are read
  (158.97). Only when a total is asked and at least two such items open the list, each item
  a name of one or two words right before its bare amount (a "$" list is read as it is),
  opening the sentence or after a comma or "+", then a comma, "and" or "+"; a name ending
  in a past verb ("Ana stayed 3") is no bill.
"""

from __future__ import annotations

import re

__all__ = ["said_plainly_56t"]

_ITEM = re.compile(
    r"(?:^|(?<=,\s)|(?<=\+\s))(?P<name>[a-z][a-z]{1,20}(?:\s[a-z]{2,20})?)\s+(?P<n>\d+(?:\.\d+)?)"
    r"(?=\s*(?:,|\band\b|\+))",
    re.IGNORECASE,
)
_VERBISH = re.compile(
    r"\b(?:is|are|was|were|at|for|of|to|with|costs?|paid|pay|get|take|home)\b", re.I
)
_TOTAL_ASKED = re.compile(r"\btotal\b|\bhow\s+much\b|\bsum\b|\badd(?:ed)?\s+up\b", re.I)

_THATS_WHAT_PERCENT = re.compile(
    r"\b(?:that'?s|that\s+is|which\s+is|so\s+thats?)\s+(?=what\s+(?:%|percent|per\s*cent|pct)"
    r"|how\s+many\s+(?:%|percent))",
    re.IGNORECASE,
)


def said_plainly_56t(text: str) -> str:
    """``text`` with "thats what % increase" as "what % increase", bare bill items with "is"."""
    text = _THATS_WHAT_PERCENT.sub("", text)
    if _TOTAL_ASKED.search(text) is None:
        return text
    items = [
        m
        for m in _ITEM.finditer(text)
        if _VERBISH.search(m["name"]) is None and not m["name"].lower().endswith("ed")
    ]
    if len(items) < 2:
        return text
    for m in reversed(items):
        text = f"{text[: m.end('name')]} is {text[m.start('n') :]}"
    return text
