"""The place an English wh-question names as its subject ("when does the studio close?").

Why: "what time does the rehearsal studio close on weekdays" was answered first with the
clinic's "Weekdays: 09:00-18:00" and only then with the studio's own hours (blind set 31):
the clinic's visitor page never names a studio, yet it matched "time", "close" and
"weekdays". :func:`tools.rag.english_venue.named_venue` reads a place after a preposition
("parking at the museum") and :func:`tools.rag.question.yes_no_subject` the subject of a
yes/no question; a wh-question puts the place between its auxiliary and its verb ("when
does the pool open", "how much does the studio charge"). That place says whose fact is
asked, so the caller holds each document to it as to a possessor. Closed-class only: the
wh-opening, the auxiliary, a determiner and a venue noun as the subject's last word.
"""

from __future__ import annotations

import re

from tools.rag.english_venue import _VENUE_NOUNS
from tools.rag.textutil import tokenize

__all__ = ["wh_subject_place"]

# Places the preposition reader has no need of ("at the studio" is rare in its questions)
# but a subject often is: a studio, a driving range, a rink.
_MORE_PLACES = "studio|range|rink|arena|spa|hall|lounge|clubhouse"
_WH_SUBJECT = re.compile(
    r"^\W*(?:what\s+time|what\s+hours|what\s+days|when|whens|how\s+late|how\s+early|"
    r"how\s+much|how\s+long|where|what)\s+(?:does|do|is|are|will|can)\s+"
    r"(?:the|your|ur|this|that)\s+(?:[a-z]+\s+){0,2}?"
    rf"(?P<place>{_VENUE_NOUNS}|{_MORE_PLACES})s?\b",
    re.IGNORECASE,
)


def wh_subject_place(question: str) -> str | None:
    """The search term of the place an English wh-question names as its subject.

    Args:
        question: The user's question.

    Returns:
        The venue noun's term ("studio" of "what time does the rehearsal studio close"),
        or ``None`` when the question does not open that way.
    """
    found = _WH_SUBJECT.match(question)
    if found is None:
        return None
    terms = tokenize(found["place"])
    return terms[0] if terms else None
