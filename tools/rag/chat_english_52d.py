"""English chat spellings of "are you" ("how late r u open"), read as written properly.

Why: "how late r u open on weekdays" was declined with "not in the documents: late",
while "how late are you open on weekdays" is answered with "Weekdays: 09:00–18:00":
with "r" for "are" the question no longer reads as "how late are you open" (a closing
time asked), and its "late" was weighed as a topic no document holds. So before the
search, "r" followed by a subject pronoun is written "are" and "u" after it "you".

Only in a question opened by a question word ("how late r u open", "what time r u
open", "where r u"), whose kind of answer then holds the quote to what is asked. A
yes/no question keeps its chat form (and its decline): measured, "r u open late on
wednesdays? i work till 6" spelled out quoted a garden's watering days (held-out 17; the
question typed properly is quoted the same way on main, which this rule does not fix).
Closed-class only: "r" directly before u / you / we / they / there / ya, so a letter
"r" in a code or a list ("plan r", "r&d") stays.
"""

from __future__ import annotations

import re

__all__ = ["with_english_chat_spellings"]

_WH_R_PRONOUN = re.compile(
    r"\b(?P<asked>(?:how|what|when|where|which|who|why)(?:\s+[a-z]+){0,2}?)"
    r"\s+r\s+(?P<subject>u|ya|you|we|they|there)\b",
    re.IGNORECASE,
)


def with_english_chat_spellings(question: str) -> str:
    """``question`` with "how late r u" written "how late are you" (see the module)."""

    def spelled(match: re.Match[str]) -> str:
        subject = match["subject"].lower()
        return f"{match['asked']} are " + ("you" if subject in ("u", "ya") else match["subject"])

    return _WH_R_PRONOUN.sub(spelled, question)
