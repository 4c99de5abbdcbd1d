"""Every sentence of a line labelled with one of a document's parallel places is that place's.

Why this exists: a guide writes a fact per branch as labelled list items ("- 정자점: 건물 지하
주차장에 … 면회 오시는 분은 2시간까지 무료이고, …", "- 광교점: …"). Asked "광교점 면회객 주차
몇시간 무료에요?", the answer quoted 정자점's second sentence, "면회 오시는 분은 2시간까지
무료이고 …" (blind set 36): it names no branch itself, and the sentence before it, which
does, was passed over for holding no duration, so nothing carried the label onto it
(:mod:`tools.rag.sibling_places` reads a sibling named in the sentence or the one before).
The label at the head of the line names whose fact each of its sentences states.

Kept narrow: the label is the line's first words before a colon, and it must be a member of
a sibling set the document's own tables give (:func:`tools.rag.sibling_places.sibling_sets`);
the question must name another member of that set and not the label.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["line_label", "line_labelled_for_sibling"]

# "- 정자점: …", "* **Riverside**: …", "정자점 : …": a list item or line headed by a label.
_LABEL = re.compile(r"^\s*(?:[-*•]\s+)?\**\s*(?P<label>[^:：*\n]{1,24}?)\s*\**\s*[:：]")


def line_label(text: str, start: int) -> str | None:
    """The label heading the line of ``text`` that holds offset ``start``, if any."""
    line_start = text.rfind("\n", 0, start) + 1
    match = _LABEL.match(text, line_start)
    if match is None or match.end() > max(start, line_start + 1) + 40:
        return None
    return match["label"].strip().lower()


def _names(text: str, name: str) -> bool:
    if name.isascii():
        return re.search(rf"(?<![a-z]){re.escape(name)}(?![a-z])", text.lower()) is not None
    return re.search(rf"(?<![가-힣]){re.escape(name)}", text) is not None


def line_labelled_for_sibling(
    question: str, text: str, start: int, sets: Iterable[frozenset[str]]
) -> bool:
    """Whether the sentence at ``start`` sits in a line labelled with another place.

    Args:
        question: The user's question.
        text: The passage text.
        start: Where the candidate sentence starts in ``text``.
        sets: The sibling sets of the passage's document.

    Returns:
        True when the line's label is a member of a set, and the question names another
        member of that set but not the label.
    """
    label = line_label(text, start)
    if label is None:
        return False
    for names in sets:
        if label not in names or _names(question, label):
            continue
        if any(_names(question, n) for n in names - {label}):
            return True
    return False
