"""A follow-up that names only a new topic: "what about parking", "주차는요?".

Such a turn has no question of its own: it asks the previous question again about the
topic. Read alone, its one word can match a curated answer about something else entirely
(blind set 38: "what about parking" after "is alcohol covered on work trips" was answered
with the clinic's parking FAQ, not the travel policy's parking line). The callers use this
to keep the turn on its thread (see :func:`graphs.faq_thread.topic_leaves_the_thread`).
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["topic_only"]

_EN = LazyPattern(
    r"^\s*(?:and\s+|ok\s+|so\s+)?(?:what|how)\s+about\s+(?:the\s+|a\s+)?"
    r"(?P<topic>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)?)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_KO = LazyPattern(
    r"^\s*(?:그럼|그러면|그리고|근데)?\s*(?P<topic>[가-힣]{1,6}?)(?:은|는)\s*요?\s*[?？]*\s*$"
)
# "what about it", "what about that one", "what about you": no topic named.
_NOT_TOPICS = frozenset({"it", "that", "this", "them", "those", "these", "you", "me", "us", "then"})


def topic_only(text: str) -> str | None:
    """The topic a follow-up names alone ("parking"), or ``None``."""
    found = _EN.match(text) or _KO.match(text)
    if found is None:
        return None
    topic = found["topic"].strip()
    if topic.split()[0].lower() in _NOT_TOPICS or re.search(r"\d", topic):
        return None
    return topic
