"""A cap that is worn ("a swim cap") is a thing asked about, not a bound.

"cap" is a word naming a bound ("is there a cap on refunds"): it asks for a number and
is no topic (:data:`tools.rag.question_words.EN_FUNCTION_WORDS`). "do i need a swim cap"
asks about the cap a swimmer wears, though. Read as a bound, the question kept only
"swim" as its topic and wanted a count, and a pool page's sentence on an 8-to-10-year-old's
swim test was quoted for it (blind set 35), while "Swimming caps are not required" went
unread. The rule, closed-class only: "cap" (or "caps") right after a word of what it is
worn for (swim, swimming, bathing, shower, baseball, …) names the headwear; that
occurrence is a topic term and asks for no number.
"""

from __future__ import annotations

import re

from tools.rag.textutil import english_tokens

__all__ = ["without_worn_caps", "worn_cap_terms"]

_WORN_CAP = re.compile(
    r"\b(?:swim|swimming|bathing|shower|baseball|knit(?:ted)?|woolly|wool|flat|"
    r"graduation|peaked|sun|hair)\s+(?P<cap>caps?)\b",
    re.IGNORECASE,
)


def worn_cap_terms(question: str) -> set[str]:
    """The index tokens of a worn cap the question names (``{"cap"}``), else none."""
    return {t for m in _WORN_CAP.finditer(question) for t in english_tokens(m.group("cap"))}


def without_worn_caps(question: str) -> str:
    """The question with each worn cap's "cap" left out, for reading what kind of answer it asks.

    "do i need a swim cap" asks no number: without the cap it reads as it asks.
    """
    return _WORN_CAP.sub(lambda m: m.group(0)[: m.start("cap") - m.start()].rstrip(), question)
