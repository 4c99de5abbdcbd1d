"""A follow-up that only adds a condition to the previous question: "and if i drive my own car?".

Such a turn asks the thread's question again under a new condition; it has no subject of
its own. Read alone, its words can match a curated answer about something else (blind set
39: "and if i drive my own car?" after "how much can i spend on meals per day on a business
trip" was answered with the clinic's parking FAQ, cited to the visitor page, instead of the
travel policy's mileage line). :func:`graphs.faq_thread.topic_leaves_the_thread` keeps such
a turn on its thread, as it does a topic-only one ("what about parking").
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["condition_only"]

# "and if i drive my own car?", "but what if we book it ourselves", "so if she's under 12?"
_EN = LazyPattern(
    r"^\s*(?:and|but|so|ok|okay)\s+(?:what\s+)?if\s+(?P<condition>[a-z][^?.!]{2,60}?)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# "그럼 제 차로 가면요?", "근데 주말에 가면?": a condition closing a short turn that opens
# with a word carrying the thread on.
_KO = LazyPattern(
    r"^\s*(?:그럼|그러면|근데|그리고|만약)\s+(?P<condition>[^?.!]{1,25}?(?:하면|이면|으면|면))"
    r"\s*요?\s*[?？]*\s*$"
)


def condition_only(text: str) -> str | None:
    """The condition a follow-up adds alone ("i drive my own car"), or ``None``."""
    found = _EN.match(text) or _KO.match(text)
    return None if found is None else found["condition"].strip()
