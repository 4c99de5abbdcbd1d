"""A reply that only says the question back, or copies the app's own notices: no answer.

Found by the thirteenth unseen set: a small model answered "90 minutes after 11:40pm"
with "The 90 minutes after 11:40pm." and "r u open saturday afternoon" with "R u open
saturday afternoon.". Shown as the answer, that reads as one. The rule: the reply's
words, case-folded and with an article or a "yes"/"no" lead left aside, are the
question's words in the question's order, and nothing else. A reply that restates the
question in another order ("17 is prime." to "is 17 prime") or adds a word of its own is
not flagged. A copy may drop a word or so ("we'll probably get back an hour later than
that" → "We'll get back an hour later than that.", set 24): it still says nothing new.

The same set's follow-up drew a second kind of non-answer: the model wrote, after that
copy, "(not in the document: 12:12; searched: …)", the shape of the note this app
appends to a document decline, which the conversation's previous answer held. A model
searched nothing; a reply in that shape is the history imitated, not a decline, and on
another machine's arithmetic it came out without the note and read as an answer.
"""

from __future__ import annotations

import re

__all__ = ["echoes_question", "imitated_notice"]

_WORD = re.compile(r"[^\W_]+")
# Words a reply may open with before saying the question back.
_LEADS = frozenset({"the", "a", "an"})
# A question word's own filler ("please", "pls") that a copy may drop.
_FILLER = frozenset({"please", "pls", "plz"})
# Shorter questions ("hi", "thanks") may well be answered in the same words.
_MIN_WORDS = 3
# A copy may drop one of every this many of the question's words ("probably", "just").
_DROPPED_PER_WORDS = 5
# The notes the app itself appends (agents.document_messages): "(not in the documents:
# …; searched: …)" and "(문서에 없는 내용: …; 찾아본 곳: …)".
# A lead-in that only frames what follows as the answer: "The document contains the answer
# to the question: at 19.75 an hour what do i get." said the question back (blind57m).
_FRAMING_WORDS = frozenset(
    {
        "the", "a", "an", "this", "that", "document", "documents", "passage", "passages",
        "text", "context", "contains", "contain", "has", "have", "gives", "answer", "answers",
        "to", "of", "for", "question", "questions", "is", "are", "here", "in", "following",
        "문서", "문서에", "문서는", "답", "답은", "답이", "답변", "질문", "질문에", "대한",
        "있습니다",
    }
)  # fmt: skip
#: Switch for tests (tests/tools/test_wrongs_57.py).
USE_FRAMED_ECHO = True

_APP_NOTICE = re.compile(
    r"\(\s*(?:not in the documents?|문서에 없는 내용)\s*:|;\s*(?:searched|찾아본 곳)\s*:",
    re.IGNORECASE,
)


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.casefold()) if w not in _FILLER]


def _in_order_within(said: list[str], asked: list[str]) -> bool:
    """Whether ``said`` is ``asked`` with at most a few of its words left out."""
    if len(asked) - len(said) > len(asked) // _DROPPED_PER_WORDS:
        return False
    remaining = iter(asked)
    return all(word in remaining for word in said)


def _after_framing(text: str) -> str:
    """``text`` after a lead-in made of framing words and a colon ("The document contains
    the answer to the question: …"), or ``text`` as it is."""
    if not USE_FRAMED_ECHO:
        return text
    lead, colon, rest = text.partition(":")
    words = _words(lead)
    if colon and rest.strip() and words and all(w in _FRAMING_WORDS for w in words):
        return rest
    return text


def echoes_question(text: str, question: str) -> bool:
    """Whether ``text`` is ``question`` said back, with nothing of its own."""
    asked = _words(question)
    said = _words(_after_framing(_APP_NOTICE.split(text, maxsplit=1)[0]))
    if len(asked) < _MIN_WORDS:
        return False
    while True:
        if len(said) >= _MIN_WORDS and _in_order_within(said, asked):
            return True
        if not said or said[0] not in _LEADS:
            return False
        said = said[1:]


def imitated_notice(text: str) -> str | None:
    """The app's own note a model reply copies (``None`` when it copies none)."""
    found = _APP_NOTICE.search(text)
    return found.group(0).strip("(; ") if found else None
