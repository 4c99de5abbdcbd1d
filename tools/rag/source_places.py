"""The place an English question's act starts from: "collect bikes from home".

"do you collect bikes from home" asks about a pick-up service. "home" is in no document, and
the dense-confirmed path (tools.rag.dense_confirmed) waves an unheld word through as mere
phrasing when the rest matches: "Bikes not collected within 90 days are given to a local
charity" shares "collect" and "bike" and answers another question (the customer collecting).
A noun after "from" names where the act happens, a case of it, as a place after "at the"
does; when the documents never name it, they do not say whether the act is done there.
"""

from __future__ import annotations

import re

from tools.rag.textutil import english_tokens

__all__ = ["source_places"]

# "from home", "from my house", "from the train station": up to two words after "from" that
# close the clause (its end, or a preposition opening what qualifies it). Two words read
# on ("from wrong wiring covered by the warranty") make no place but a cause, whose first
# word ("wrong") names no place either.
_FROM = re.compile(
    r"\bfrom\s+(?:(?:the|a|an|my|our|your|their|his|her)\s+)?"
    r"(?P<phrase>[a-z]+(?:\s+[a-z]+)?)"
    r"(?=\s*(?:[?？.!,;]|$)|\s+(?:on|in|at|to|for|by|with|and|or|if|when|please|pls)\b)",
    re.IGNORECASE,
)


# "what do i need from u guys for my claim": who the act comes from, the people asked or
# others, is no place (workload set 8's insurance question was declined for "guys").
_PEOPLE = frozenset(
    {"u", "you", "ya", "ye", "yall", "y'all", "us", "them", "him", "her", "me"}
    | {"someone", "somebody", "anyone", "anybody"}
)


def source_places(question: str) -> set[str]:
    """Index tokens of the place an English question names after "from" (its last word)."""
    phrases = [m["phrase"].split() for m in _FROM.finditer(question)]
    return {
        t for words in phrases if words[0].lower() not in _PEOPLE for t in english_tokens(words[-1])
    }
