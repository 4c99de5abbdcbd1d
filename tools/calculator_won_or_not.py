"""One early calculator reader as two: for requests in won, and for requests naming none.

``tools.calculator``'s early readers each come with the unit their answer is in; a reader
whose requests may be in won or in no named unit ("1280만원 … 남은거 반반", "we collected
1,200 … split the rest") is registered twice, once per unit, through this pair.
"""

from __future__ import annotations

from collections.abc import Callable

__all__ = ["in_won_or_not"]

Reader = Callable[[str], str | None]


def in_won_or_not(reader: Reader) -> tuple[Reader, Reader]:
    """``reader`` limited to requests with 원, and to requests without it."""

    def in_won(text: str) -> str | None:
        return reader(text) if "원" in text else None

    def unnamed(text: str) -> str | None:
        return None if "원" in text else reader(text)

    return in_won, unnamed
