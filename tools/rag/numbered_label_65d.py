"""An item the document labels by a number is not answered by a line naming its kind only.

Blind set 56: "how much is room 2 on a saturday" was answered "Leave the room as you found
it: a £20 cleaning charge applies if a room is left with rubbish …": room and a sum
matched, but the studio's terms label their rooms by number (Room 1, Room 2, Room 3), and
the question asks about one of them. A question naming a kind followed by a number
("room 2", "court 3", "gate 12"; Korean "2번 방", "코트 3번", "3번 코트") that its
document writes as a label ("Room 2", "2번 방") is not answered by a sentence that names
the kind (any room) but not that number with it ("Rooms 2 and 3" and "Room 2" name it).
A sentence that never names the kind is left to the other screens (a table row the label
heads, a line its heading vouches for), and one said of every room ("Every room includes
a PA", "모든 방에") is said of the asked one too.
"""

from __future__ import annotations

import re

__all__ = ["names_kind_without_asked_number"]

#: Switch: read the asked numbered label (off: every line naming the kind may answer).
use_numbered_labels = True

# "room 2", "court no. 3", "gate #12" (a kind of at least three letters, then the number).
_EN_LABEL = re.compile(r"\b([a-z]{3,})\s+(?:no\.?\s*|number\s+|#)?(\d{1,3})\b(?!\s*(?:%|[:.]\d))")
# "2번 방", "3번 코트" (number first) and "코트 3번", "방 2번" (kind first).
_KO_NUMBER_FIRST = re.compile(
    r"(?<!\d)(\d{1,3})\s*번\s*([가-힣]{1,4}?)(?=[은는이가을를도에의로과와만\s?？]|$)"
)
_KO_KIND_FIRST = re.compile(r"([가-힣]{1,4})\s+(\d{1,3})\s*번(?![가-힣]*(?:째|까지|이상|이하))")
# Words before a number that are no kind of item ("under 18", "for 4", "ages 3").
_NOT_KINDS = frozenset(
    [
        "under",
        "over",
        "for",
        "from",
        "and",
        "the",
        "than",
        "about",
        "around",
        "after",
        "before",
        "within",
        "until",
        "till",
        "ages",
        "age",
        "aged",
        "with",
        "per",
        "each",
        "every",
        "last",
        "next",
        "first",
        "top",
        "only",
        "just",
        "are",
        "was",
        "were",
        "is",
        "has",
        "have",
        "had",
        "take",
        "takes",
        "cost",
        "costs",
        "plus",
        "minus",
        "maybe",
        "nearly",
        "almost",
        "year",
        "years",
        "day",
        "days",
        "week",
        "weeks",
        "hour",
        "hours",
        "minute",
        "minutes",
        "mins",
        "month",
        "months",
    ]
)
_EVERY = re.compile(r"\b(?:every|all|each|any)\b|모든|각", re.IGNORECASE)
_KO_NOT_KINDS = frozenset({"몇", "한", "총", "약", "최대", "최소"})


def _asked_labels(question: str) -> list[tuple[str, str, str]]:
    """The question's (language, kind, number) labels."""
    labels: list[tuple[str, str, str]] = []
    for m in _EN_LABEL.finditer(question.lower()):
        if m.group(1) not in _NOT_KINDS:
            labels.append(("en", m.group(1), m.group(2)))
    for m in _KO_NUMBER_FIRST.finditer(question):
        labels.append(("ko", m.group(2), m.group(1)))
    for m in _KO_KIND_FIRST.finditer(question):
        if m.group(1) not in _KO_NOT_KINDS:
            labels.append(("ko", m.group(1), m.group(2)))
    return labels


def _kind_pattern(lang: str, kind: str) -> str:
    return rf"\b{re.escape(kind)}(?:e?s)?\b" if lang == "en" else re.escape(kind)


def _writes_label(text: str, lang: str, kind: str, number: str) -> bool:
    """Whether ``text`` writes the kind with that number (a list of numbers counts)."""
    k = _kind_pattern(lang, kind)
    others = r"(?:\d{1,3}\s*(?:,|and|or|&|/|-|–|to|및|과|와)?\s*)*"
    if lang == "en":
        pattern = rf"{k}\s+(?:no\.?\s*|number\s+|#)?{others}(?<!\d){number}(?!\d)"
    else:
        pattern = rf"(?<!\d){number}\s*번\s*{k}|{k}\s*{others}(?<!\d){number}(?!\d)\s*번?"
    return re.search(pattern, text, re.IGNORECASE) is not None


def names_kind_without_asked_number(question: str, sentence: str, document: str) -> bool:
    """Whether the sentence names the asked label's kind but not its number, while the
    document labels that kind by number.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence (a table row as written).
        document: The whole text of the sentence's document ("" when unknown).

    >>> doc = "| Room 1 | 9 |\\n| Room 2 | 14 |"
    >>> names_kind_without_asked_number("room 2 price", "A room left dirty costs £20.", doc)
    True
    >>> names_kind_without_asked_number("room 2 price", "| Room 2 | 14 |", doc)
    False
    """
    if not use_numbered_labels or not document:
        return False
    for lang, kind, number in _asked_labels(question):
        if not _writes_label(document, lang, kind, number):
            continue  # the document labels nothing so: the number is no label
        if re.search(_kind_pattern(lang, kind), sentence, re.IGNORECASE) is None:
            continue  # the kind unnamed: left to the other screens
        if _EVERY.search(sentence) and re.search(
            rf"(?:\b(?:every|all|each|any)\s+(?:of\s+(?:the|our)\s+)?|(?:모든|각)\s*)"
            rf"{_kind_pattern(lang, kind)}",
            sentence,
            re.IGNORECASE,
        ):
            continue  # "Every room includes a PA": said of the asked one too
        if not _writes_label(sentence, lang, kind, number):
            return True
    return False
