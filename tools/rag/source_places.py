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

# "from home", "from my house", "from the station": what follows "from" up to one word.
_FROM = re.compile(
    r"\bfrom\s+(?:(?:the|a|an|my|our|your|their|his|her)\s+)?(?P<place>[a-z]+)\b", re.I
)


def source_places(question: str) -> set[str]:
    """Index tokens of the nouns an English question writes after "from"."""
    return {t for m in _FROM.finditer(question) for t in english_tokens(m["place"])}
