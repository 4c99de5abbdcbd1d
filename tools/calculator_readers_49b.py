"""Everyday word problems read for sets 30 to 37 (helper opens49b), spliced in after the
older readers of :mod:`tools.calculator_everyday_readers` so none of their readings moves.
"""

from __future__ import annotations

from collections.abc import Callable

from tools.calculator_add_on_each_49b import add_on_each_total
from tools.calculator_describing_figures import span_hired_whole
from tools.calculator_pages_per_copy_49b import pages_per_copy_total

__all__ = ["READERS_49B"]

READERS_49B: tuple[Callable[[str, str], tuple[str, str | None] | None], ...] = (
    # "유니폼 한벌 3만5천원에 마킹 5천원씩 해서 11명": (price + add-on each) x count.
    lambda _text, original: add_on_each_total(original),
    # "인쇄 한 페이지 50원 … 제본 한 권에 2,000원 … 120페이지짜리 열 권": per copy, x copies.
    lambda _text, original: pages_per_copy_total(original),
    # "풋살장 2시간 대관 십이만원인데 열두명이 나눠내면": the span is what the price buys.
    lambda _text, original: span_hired_whole(original),
)
