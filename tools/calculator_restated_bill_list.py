"""Bills listed with a verb, then split: said again as the bare list the list reader reads.

"gas was 96.40, electric 71.25 and internet 60, split 3 ways whats each" (set 40) is the
list "gas 96.40, electric 71.25 and internet 60, split 3 ways", which reads; the verb
between the first label and its amount ("was", "is", "came to") and the question closing
the split ("whats each", "how much each") hid it. Only for a list of three or more
labelled amounts closed by a split, so a sentence of one amount keeps its own forms.
"""

from __future__ import annotations

import re

__all__ = ["bill_list_restated"]

_AMOUNT = r"\d[\d,]*(?:\.\d+)?"
# "gas was 96.40": a one-word label, a linking verb, the amount.
_LABEL_VERB = re.compile(
    rf"\b(?P<label>[a-z]+)\s+(?:was|is|were|are|came\s+to|comes\s+to|costs?|cost)\s+(?P<v>\$?{_AMOUNT})\b",
    re.IGNORECASE,
)
# "…, split 3 ways whats each": the split, then the share asked.
_SPLIT_ASKED = re.compile(
    r"(?P<split>,?\s*split\s+(?:\d+\s+ways|(?:between|among)\s+\d+(?:\s+(?:of\s+us|people))?))"
    r"\s*,?\s*(?:what'?s|how\s+much(?:'?s|\s+is)?)\s+(?:each|it\s+each|that\s+each|per\s+person)"
    r"\s*[?？.!]*\s*$",
    re.IGNORECASE,
)
# "gas 96.40, electric 71.25 and internet 60": labelled amounts in a list.
_LABELLED = re.compile(rf"\b[a-z]+\s+\$?{_AMOUNT}\b", re.IGNORECASE)


def bill_list_restated(text: str) -> str | None:
    """The list said bare, or ``None`` when ``text`` is no list of bills closed by a split."""
    split = _SPLIT_ASKED.search(text)
    if split is None:
        return None
    head = _LABEL_VERB.sub(lambda m: f"{m['label']} {m['v']}", text[: split.start()])
    if len(_LABELLED.findall(head)) < 3 or _LABEL_VERB.search(head):
        return None
    return f"{head}{split['split']}"
