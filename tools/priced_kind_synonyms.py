"""The words of one kind of ticket holder: "대인" is "어른", "소인" is "애".

Blind set 32: "스키장 리프트권 대인 8만원 소인 6만원인데 어른 둘 애 셋이면 얼마" went to the
cloud: the price list names kinds the way a ticket office does (대인, 소인) and the asker
counts them the way people talk (어른, 애), so :mod:`tools.priced_labelled_kinds`, which pairs
a count with the price of the same name, found no pair. Each word here stands for its kind;
only whole words of one kind are joined (never a child with an adult).
"""

from __future__ import annotations

__all__ = ["kind_of"]

_KINDS: dict[str, tuple[str, ...]] = {
    # "일반" is the adult ticket of a cinema or museum price list ("일반 14000원 청소년 11000원";
    # set 33), counted by the asker as 어른.
    "어른": ("대인", "성인", "어른들", "성인들", "일반"),
    "아이": ("애", "애들", "아이들", "소인", "어린이", "아동", "키즈", "꼬마"),
    "청소년": ("중고생", "청소년들"),
    "경로": ("노인", "어르신", "경로우대"),
    "유아": ("영유아", "아기", "애기"),
}
_KIND_OF = {word: kind for kind, words in _KINDS.items() for word in (kind, *words)}


def kind_of(label: str) -> str:
    """The kind a label names ("대인" -> "어른"), or the label itself when it is no such word."""
    return _KIND_OF.get(label, label)
