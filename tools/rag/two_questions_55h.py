"""Two questions typed in one turn: the first is asked too, never a story told before the last.

Blind set 46: "should i book for plasma donation? how many beds" was read as a story
("should i book for plasma donation?") before the question asked ("how many beds"), so
"plasma", a word no document holds, was excused as the story's scenery, and the rescue
centre's "The fee is a donation and is not refunded …" answered on "donation" alone. A
sentence that opens with a question word or an auxiliary and closes with a question mark
asks something itself ("is it free? when do you open", "can i bring my dog? what about
cats?"): none of its words is scenery. A story still ends in a question mark now and then
("my boss says i sent it too late?? whats the deadline"), but it does not open as a
question does.
"""

from __future__ import annotations

import re

__all__ = ["earlier_sentence_asks"]

# A sentence up to its closing question mark(s); what follows is the next sentence.
_ASKED_SENTENCE = re.compile(r"([^.?!;]+)\?+(?=\s|$)")
# A question's first word: a wh-word or an auxiliary (the story rule's own list).
_OPENS_AS_QUESTION = re.compile(
    r"^\s*(?:what|whats|what's|when|where|which|who|whom|whose|why|how|is|are|am|do|does|"
    r"did|can|could|will|would|should|shall|may|must|have|has)\b",
    re.IGNORECASE,
)


def earlier_sentence_asks(question: str) -> bool:
    """Whether a sentence before the last one of ``question`` is a question of its own.

    >>> earlier_sentence_asks("should i book for plasma donation? how many beds")
    True
    >>> earlier_sentence_asks("my boss says i sent my claim too late?? whats the deadline")
    False
    """
    asked = [m for m in _ASKED_SENTENCE.finditer(question) if question[m.end() :].strip()]
    return any(_OPENS_AS_QUESTION.match(m.group(1)) for m in asked)
