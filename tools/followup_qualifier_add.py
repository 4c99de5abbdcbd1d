"""A follow-up naming only a day (or place, group) the previous question left open.

"주말엔요?" after "수영장 몇 시에 열어요?" asks when the pool opens at the weekend: the
previous question named no day, so :mod:`tools.followup_qualifier_swap` has nothing to
replace and leaves the turn alone. Searched alone, the one word matched whatever the
collection says of weekends: another place's weekend hours (a curated answer about the
gym), quoted as if it were the pool's. The question the turn asks is the previous one
with the qualifier ADDED in front: "주말에는 수영장 몇 시에 열어요?", "… on weekends?".

Only when the previous question names no qualifier of that kind: one that names another
("평일에") is swapped, never added to (see the swap module).
"""

from __future__ import annotations

from tools.followup_qualifier_swap import (
    SwappedQualifier,
    bare_qualifier,
    names_qualifier_of_kind,
)

__all__ = ["with_qualifier_added"]

# How a Korean qualifier of each kind joins the question in front ("주말에는 …", "어린이는 …").
_KOREAN_JOINS = {"day": "에는", "place": "에서는"}
# The English preposition for each kind ("… on weekends?", "… for children?").
_ENGLISH_JOINS = {"day": "on", "place": "in", "group": "for"}


def _topic_particle(word: str) -> str:
    last = word[-1]
    closed = "가" <= last <= "힣" and (ord(last) - ord("가")) % 28 != 0
    return "은" if closed else "는"


def with_qualifier_added(text: str, previous_question: str) -> SwappedQualifier | None:
    """The previous question asked of the follow-up's qualifier, or ``None``.

    Args:
        text: The follow-up ("공휴일엔요?", "and on weekends?").
        previous_question: The user's previous question.

    Returns:
        The question with the qualifier added (``old`` empty); ``None`` when the turn is
        more than a qualifier or the previous question already names one of its kind.
    """
    found = bare_qualifier(text)
    if found is None:
        return None
    new, kind = found
    if names_qualifier_of_kind(previous_question, kind):
        return None
    previous = previous_question.strip()
    if any("가" <= ch <= "힣" for ch in new):
        join = _KOREAN_JOINS.get(kind) or _topic_particle(new)
        return SwappedQualifier(question=f"{new}{join} {previous}", old="", new=new)
    body = previous.rstrip("?？ ")
    return SwappedQualifier(question=f"{body} {_ENGLISH_JOINS[kind]} {new}?", old="", new=new)
