"""A figure that describes what is priced, not a figure of the sum: read the request without it.

Two phrasings sent requests to the cloud because a reader took a describing figure for a
count and declined (a count with no rate for it):

- a span that says what a hire's price buys (set 31): "풋살장 2시간 대관 12만원인데 열두명이
  나눠내면" is 120,000 / 12; the 2 hours are the size of what was hired;
- a product's size said before its "N원짜리" price (set 36): "고양이 모래 10L 만2천원짜리 3개
  사면 얼마" is 3 x 12,000; the 10L names which bag it is, as "500ml" names a bottle.

One mechanism reads both, a row of ``DESCRIBING_FIGURES`` each: exactly one figure of the
row's pattern, its unit said nowhere else as the row's check reads it (a later "3시간 하면",
"1L당 얼마" makes the figure part of the question, and declines), the rest read by the
row's reader as if the figure had not been said. Each row is tried where its reader was
registered (the size among the everyday readers before the price total, the span among
opens49b's readers after it), so neither reading moves.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from core.errors import ToolInputError
from tools.korean_numbers import normalize_numerals
from tools.price_total import price_total

__all__ = [
    "DESCRIBING_FIGURES",
    "SIZE_OF_ITEM",
    "SPAN_HIRED",
    "DescribingFigure",
    "size_before_price",
    "span_hired_whole",
    "without_describing_figure",
]

Reading = tuple[str, str | None]


@dataclass(frozen=True)
class DescribingFigure:
    """One way a figure describes what is priced."""

    #: The request as this row reads it (numerals as digits, and what else it needs).
    prepare: Callable[[str], str]
    #: The describing figure, its unit in group ``u``.
    figure: re.Pattern[str]
    #: The unit said elsewhere, ``{u}`` standing for the unit (escaped).
    said_again: str
    #: What reads the request once the figure is taken out.
    read_rest: Callable[[str], Reading | None]


def _whole_expression(rest: str) -> Reading | None:
    # Imported here: tools.calculator reads with this module among its readers.
    from tools.calculator import to_expression

    return to_expression(rest)


_N = r"\d+(?:\.\d+)?"

# "2시간 대관 12만원", "3일 렌트 비용 24만원": a span glued to the hire word and the price.
SPAN_HIRED = DescribingFigure(
    prepare=lambda text: normalize_numerals(text).replace(",", ""),
    figure=re.compile(
        rf"(?<![\d.])(?P<n>{_N})\s*(?P<u>시간|일|박|분)\s*"
        r"(?=(?:대관|대여|렌트|렌탈|이용|사용)\s*(?:료|비|비용|요금)?\s*(?:은|는|이|가|이|에)?\s*\d)"
    ),
    # Another figure in the span's unit: the span may be a count after all.
    said_again=rf"(?<![\d.]){_N}\s*{{u}}",
    read_rest=price_total,
)

# "10L 만2천원짜리", "500ml 8천원짜리": a size right before the "N원짜리" price.
SIZE_OF_ITEM = DescribingFigure(
    prepare=lambda text: normalize_numerals(unicodedata.normalize("NFKC", text)),
    figure=re.compile(
        rf"(?<![\d.,])(?P<size>{_N})\s*"
        r"(?P<u>(?:ml|mL|L|l|ℓ|리터|kg|g|그램|킬로|매|롤|개입|인치|cm|mm))(?![A-Za-z가-힣\d])\s+"
        r"(?=\d[\d,]*\s*원?\s*짜리)"
    ),
    # The unit said again ("1L당", "몇 L"): the size is part of the question.
    said_again=r"(?<![A-Za-z]){u}(?![A-Za-z])",
    read_rest=_whole_expression,
)

DESCRIBING_FIGURES = (SPAN_HIRED, SIZE_OF_ITEM)


def without_describing_figure(original: str, row: DescribingFigure) -> Reading | None:
    """The reading of ``original`` without the one figure of ``row`` in it, or ``None``.

    Args:
        original: The request as asked.
        row: Which kind of describing figure to take out.
    """
    text = row.prepare(original)
    found = list(row.figure.finditer(text))
    if len(found) != 1:
        return None
    figure = found[0]
    rest = text[: figure.start()] + text[figure.end() :]
    if re.search(row.said_again.format(u=re.escape(figure["u"])), rest):
        return None
    try:
        return row.read_rest(rest)
    except ToolInputError:
        return None


def span_hired_whole(original: str) -> Reading | None:
    """ "풋살장 2시간 대관 12만원인데 …" read as "풋살장 대관 12만원인데 …", or ``None``."""
    return without_describing_figure(original, SPAN_HIRED)


def size_before_price(original: str) -> Reading | None:
    """ "모래 10L 만2천원짜리 3개 사면 얼마" read as "모래 만2천원짜리 3개 …", or ``None``."""
    return without_describing_figure(original, SIZE_OF_ITEM)
