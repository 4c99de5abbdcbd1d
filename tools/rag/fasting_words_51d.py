"""To fast is to not eat: a question asking whether or how long to fast, of documents
that write the rule as "Do not eat".

Why: "do i have to fast before the checkup" was declined with "not in the documents:
fast", though the check-up page states "Do not eat or drink anything except water for 8
hours before the blood test"; asked "do i have to not eat before the checkup" it is
answered. A preparation rule is written either way (fasting, or not eating), and the
index's stemmer cannot know that one is the other. So before the search, the verb "fast"
(after "to", a modal or a subject: "have to fast", "should I fast", "I fast") is written
"not eat", only when the collection never holds "fast" itself: a guide that says "Please
fast for 12 hours" keeps the question's own word.

Closed-class only: the verb, never the adjective or adverb ("a fast track", "how fast are
results"), which no subject or modal comes before.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

__all__ = ["with_fasting_worded"]

# "to fast", "must fast", "should I fast", "do I fast", "we fast": the verb's places.
_FAST_VERB = re.compile(
    r"\b(?P<before>to|must|should|can|may|need|needs|i|we|you|they|he|she)\s+fast\b"
    r"(?!\s+(?:track|food|lane|service|way|as|enough)\b)",
    re.IGNORECASE,
)


def with_fasting_worded(question: str, unknown: Callable[[list[str]], Collection[str]]) -> str:
    """``question`` with the verb "fast" written "not eat", when the documents never say fast.

    Args:
        question: The user's question.
        unknown: Of the given index words, those the collection never holds.

    Returns:
        The question, its verb "fast" written "not eat" when no document holds "fast".
    """
    if not _FAST_VERB.search(question) or not unknown(["fast"]):
        return question
    return _FAST_VERB.sub(lambda m: f"{m['before']} not eat", question)
