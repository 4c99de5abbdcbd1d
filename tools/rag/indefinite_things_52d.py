"""A bare "anything" names no thing: "do i need to bring anything" asks what to bring.

Why: "do i need to bring anything for my first visit" was declined ("not in the
documents: an answer to this"), though the visitor page states "Please bring your ID card
or passport on your first visit": "anything" was read as the thing the question is about
(its stem a topic no sentence holds) and as the object of "bring", which the permission
reading then asked every sentence to name. It asks for whatever the documents say to
bring, as "what do i need to bring" does. So before the search a bare "anything" is
dropped.

Only a bare one: followed by the end of the question or by a preposition of purpose,
place or time ("anything for my visit", "anything to the clinic", "anything before the
test"). "anything about my medicines", "something of theirs", "anything else" say what
the thing is, which a document must then name (measured: dropping "something" in "should
I bring something about them to the clinic" quoted the ID card rule, a wrong answer), and
"something" and "everything" stay words of their own.
"""

from __future__ import annotations

import re

__all__ = ["without_bare_anything"]

_BARE_ANYTHING = re.compile(
    r"\s+anything(?=\s*(?:[?.!,;]|$)|\s+(?:for|to|at|on|in|into|before|when|if|with)\b)",
    re.IGNORECASE,
)


def without_bare_anything(question: str) -> str:
    """``question`` without a bare "anything" (see the module)."""
    return _BARE_ANYTHING.sub("", question)
