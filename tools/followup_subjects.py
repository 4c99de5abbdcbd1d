"""A bare follow-up naming another unknown of the puzzle the previous turn posed.

After "닭이랑 토끼 합쳐서 20마리고 다리가 56개면 토끼는 몇마리야? 풀이도 같이", the turn
"닭은?" asks for the chickens of the same puzzle; after "A father is 4 times as old as his
son … How old is the son now? Explain.", "and the father?" asks for the father. Neither
is a new subject to look up in the documents: read alone, "닭은?" was declined as not in
them, and "and the father?" was answered as general knowledge without the puzzle.

The rule is narrow on purpose. The turn must be a bare subject (one word and a topic
particle, or "and/what about/how about (the) X?"), the previous question must be a
problem of its own (it asks for a worked answer or states its own figures), and that
question must name the subject. "그럼 주차는?" after a parking-fee question stays a
document question: the parking-fee question is not a puzzle.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.rag.synthesis import asks_to_compose, states_its_own_figures

# "닭은?", "아빠는요?", "그럼 토끼는?": one Korean word and a topic particle, nothing else.
_KOREAN_BARE_SUBJECT = LazyPattern(
    r"^\s*(?:그럼|그러면|그리고)?\s*(?P<word>[가-힣]{1,6}?)(?:은|는|이는)(?:요)?\s*[?？]\s*$"
)
# "and the father?", "what about the son?", "how about Bob?": one (or two) words.
_ENGLISH_BARE_SUBJECT = LazyPattern(
    r"^\s*(?:and|what\s+about|how\s+about|and\s+what\s+about)\s+(?:the\s+|his\s+|her\s+)?"
    r"(?P<word>[A-Za-z]{2,20}(?:\s+[A-Za-z]{2,20})?)\s*\?\s*$",
    re.IGNORECASE,
)


def bare_subject(text: str) -> str | None:
    """The one subject a bare follow-up names ("닭은?" → "닭"), or ``None``."""
    match = _KOREAN_BARE_SUBJECT.match(text) or _ENGLISH_BARE_SUBJECT.match(text)
    return match.group("word") if match else None


def asks_about_previous_problem(text: str, earlier_questions: Sequence[str]) -> bool:
    """Whether ``text`` asks for another unknown of the problem the last question posed.

    Args:
        text: This turn.
        earlier_questions: The user's earlier turns, oldest first.

    Returns:
        True when ``text`` is a bare subject that the previous question, itself a
        puzzle or a word problem with its own figures, names.
    """
    if not earlier_questions:
        return False
    subject = bare_subject(text)
    if subject is None:
        return False
    previous = earlier_questions[-1]
    if not (asks_to_compose(previous) or states_its_own_figures(previous)):
        return False
    words = re.findall(r"[A-Za-z]+", previous.lower())
    if subject.isascii():
        return all(part in words for part in subject.lower().split())
    return subject in previous
