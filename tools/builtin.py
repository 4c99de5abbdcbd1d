"""The built-in, model-callable tools and their registry.

Each tool takes only JSON-schema-friendly parameters (str, float, int) and
returns a short string a model can quote, because the same functions are
adapted by signature into LangChain tools and MCP tools. Input the model can
fix raises ``ToolInputError``; the adapter boundary turns it into a tool message.
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from tools.calculator import calculate
from tools.currency import convert_currency as _convert_currency
from tools.currency import format_krw as _format_krw
from tools.currency import format_krw_korean
from tools.dates import format_date, parse_date, shift_date
from tools.faq import FaqBook
from tools.korean_numbers import format_number
from tools.registry import ToolRegistry, ToolSpec
from tools.units import convert_units as _convert_units

__all__ = [
    "builtin_tools",
    "calculator",
    "convert_currency",
    "convert_units",
    "date_calculate",
    "faq_lookup",
    "format_krw",
]


def calculator(expression: str) -> str:
    """Evaluate arithmetic, e.g. "12*7", "3만 5천원의 15%", "15% of 35,000", "10 나누기 4"."""
    result = calculate(expression)
    return f"{result.display} ({result.expression})"


def convert_units(value: float, from_unit: str, to_unit: str) -> str:
    """Convert length/mass/volume/area/speed/temperature units, incl. 평, 근, 리터, 마일."""
    return _convert_units(value, from_unit, to_unit).display


def date_calculate(
    start: str = "today", days: int = 0, weeks: int = 0, months: int = 0, years: int = 0
) -> str:
    """Add or subtract days/weeks/months/years from a date (YYYY-MM-DD or "today"), Asia/Seoul.

    Args:
        start: "today", "tomorrow", "2025-03-01", "2025년 3월 1일" or "March 1, 2025".
        days: Days to add (negative to go back).
        weeks: Weeks to add.
        months: Calendar months to add (month ends clamp).
        years: Years to add.
    """
    return _date_calculate(start, days, weeks, months, years, now=None)


def _date_calculate(
    start: str, days: int, weeks: int, months: int, years: int, *, now: datetime | None
) -> str:
    base = parse_date(start, now=now)
    result = shift_date(base, days=days, weeks=weeks, months=months, years=years)
    return f"{result.isoformat()} ({format_date(result, 'en')}; {format_date(result, 'ko')})"


def format_krw(amount: float, korean_units: bool = False) -> str:
    """Format an amount as Korean won, e.g. 5250 -> "5,250원" (or "1억 2,000만원" style)."""
    return format_krw_korean(amount) if korean_units else _format_krw(amount)


def convert_currency(amount: float, from_currency: str, to_currency: str, rate: float) -> str:
    """Convert money at a rate the user gave: 1 from_currency = rate to_currency (no live rates).

    Args:
        amount: Amount in from_currency.
        from_currency: ISO code or name ("USD", "달러", "KRW", "원").
        to_currency: ISO code or name.
        rate: How many to_currency one from_currency buys (USD->KRW at 1350 won: 1350;
            KRW->USD at 1350 won per dollar: 1/1350).
    """
    result = _convert_currency(amount, from_currency, to_currency, rate)
    return f"{result.display} ({format_number(result.amount, 4)} {result.currency})"


@lru_cache(maxsize=1)
def _default_faq() -> FaqBook:
    return FaqBook.load()


def faq_lookup(question: str) -> str:
    """Look up a curated FAQ answer about the clinic/pharmacy or Switchyard itself."""
    hit = _default_faq().lookup(question)
    if hit is None:
        return "No curated FAQ answer matches this question."
    return hit.answer


def builtin_tools() -> ToolRegistry:
    """Every built-in tool; all are read-only, idempotent and offline."""
    return ToolRegistry(
        [
            ToolSpec("calculator", calculator),
            ToolSpec("convert_units", convert_units),
            ToolSpec("date_calculate", date_calculate),
            ToolSpec("format_krw", format_krw),
            ToolSpec("convert_currency", convert_currency),
            ToolSpec("faq_lookup", faq_lookup),
        ]
    )
