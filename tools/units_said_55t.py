"""Two ways set 47 asked a conversion that the unit reader did not read (turns47).

- "10 oz steak, how many grams is that": the thing measured named after the measure,
  before the question. The thing's words are dropped ("10 oz, how many grams is that"),
  as "how many miles is a marathon, 42.195 km" drops them before it
  (tools.units_thing_named_52b). Words that go on the measure ("per hour", "of water",
  "a day") are never dropped: the measure would change.
- "1갤런이 몇리터였지": the question in the past tense of recalling ("였지", "이었더라"),
  said as the present ("1갤런이 몇리터지"), whose tail the reader drops.
"""

from __future__ import annotations

import re

__all__ = ["conversion_said_plainly"]

_N = r"-?\d+(?:[.,]\d+)*"
# Words that belong to the measure, not to a thing named after it.
_MEASURE_WORDS = r"(?:per|a|an|in|of|to|at|each|every|square|sq|cubic|fluid|fl|and|or|is|are)"
_THING_AFTER = re.compile(
    rf"^(?P<m>{_N}\s*[A-Za-z°][\w/°]*)\s+(?P<thing>(?:(?!{_MEASURE_WORDS}\b)[a-z'-]+\s+){{0,2}}"
    rf"(?!{_MEASURE_WORDS}\b)[a-z'-]+)\s*,?\s+(?=how\s+many\s)",
    re.IGNORECASE,
)
_RECALLED = re.compile(r"(?:이었|였)(?=(?:지|더라|나|냐)\s*[?？]*\s*$)")


def conversion_said_plainly(text: str) -> str:
    """``text`` with a thing named after its measure dropped and a recalling tail made
    present; unchanged when neither is said."""
    text = _THING_AFTER.sub(lambda m: f"{m['m']}, ", text, count=1)
    return _RECALLED.sub("", text)
