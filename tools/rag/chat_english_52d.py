"""English chat spellings of "are you" ("r u open"), read as written properly.

Why: "how late r u open on weekdays" was declined with "not in the documents: late",
while "how late are you open on weekdays" is answered with "Weekdays: 09:00–18:00":
with "r" for "are" the question no longer reads as "how late are you open" (a closing
time asked), and its "late" was weighed as a topic no document holds. So before the
search, "r" followed by a subject pronoun is written "are" and "u" after it "you".

Closed-class only: "r" directly before u / you / we / they / there / ya, so a letter
"r" in a code or a list ("plan r", "r&d") stays.
"""

from __future__ import annotations

import re

__all__ = ["with_english_chat_spellings"]

_R_PRONOUN = re.compile(r"\br\s+(?P<subject>u|ya|you|we|they|there)\b", re.IGNORECASE)


def with_english_chat_spellings(question: str) -> str:
    """``question`` with "r u" written "are you" (and "r we" "are we", see the module)."""

    def spelled(match: re.Match[str]) -> str:
        subject = match["subject"].lower()
        return "are " + ("you" if subject in ("u", "ya") else match["subject"])

    return _R_PRONOUN.sub(spelled, question)
