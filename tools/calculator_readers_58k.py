"""Whole forms of set 49's Korean turns (helper opens58k), hooked into
:func:`tools.calculator.calculate` with one line; each reader lives beside its family.

- An "N+M" deal counted with a shelf's counter: "과자 2+1 한봉 2400원 9봉 집으면 얼마임"
  (:func:`tools.calculator_bundle_free.bundle_free_total`, read here ahead of the general
  readers, which took "2400 × 9" and left the deal out).
- A first month at one amount and every month after at another: "적금 첫달은 50만원 넣고
  그담달부터 매달 20만원씩 넣으면 1년 원금 얼마"
  (:func:`tools.priced_first_month_58k.first_month_total`).
"""

from __future__ import annotations

from collections.abc import Callable

from tools.calculator_bundle_free import bundle_free_total
from tools.priced_first_month_58k import first_month_total

__all__ = ["readers_58k"]


def _deal(digits: str) -> str | None:
    read = bundle_free_total(digits)
    return None if read is None else read[0]


def readers_58k(digits: str) -> tuple[tuple[Callable[[str], str | None], str | None], ...]:
    """``(reader, unit)`` pairs for the question ``digits`` (numerals as digits).

    Looked up at call time, so a test can switch one reader off in this module.
    """
    return ((_deal, "원"), (first_month_total, "원"))
