"""A message's sentences, never cut after an abbreviation's full stop ("1 a.m.", "e.g.").

"can we play music until 1 a.m. on saturday?" was cut after "a.m.", and a question is
read from its sentences ending in "?" (:func:`tools.rag.question._question_part`), so only
"on saturday?" was left: the one term saturday matched the clinic's Korean parking note
("토요일 오전에는 자리가 없을 수 있으니") and it was quoted for playing music (probe 27).
A full stop that closes a run of single letters each with its own stop (a.m., p.m., e.g.,
i.e., U.S.) belongs to the abbreviation, not to the end of a sentence.
"""

from __future__ import annotations

import re

__all__ = ["message_sentences"]

_BOUNDARY = re.compile(r"(?<=[.?!？。])\s+")
# The end of an initialism: two or more single letters, each followed by a full stop.
_INITIALISM_END = re.compile(r"(?<![A-Za-z])(?:[A-Za-z]\.){2,}$")


def message_sentences(text: str) -> list[str]:
    """The sentences of ``text``, stripped, empty ones left out, abbreviations kept whole."""
    sentences: list[str] = []
    for part in (p.strip() for p in _BOUNDARY.split(text)):
        if not part:
            continue
        if sentences and _INITIALISM_END.search(sentences[-1]):
            sentences[-1] = f"{sentences[-1]} {part}"
        else:
            sentences.append(part)
    return sentences
