"""Korean whole forms opens53a reads (set 36 and set 44), each to one arithmetic source.

- A wage with a premium said as a multiple for a kind of hours, and hours of that kind:
  "시급 만이천원인데 야간은 1.5배래 야간 4시간 일하면 얼마 받아" is 12,000 x 1.5 x 4 = 72,000.
  The kind must be named again before the hours ("야간 4시간", "주말에 8시간"): hours said
  bare may be partly at the plain wage, which the sentence does not settle.
- A supply by weight or volume used a steady portion a day, asked in days: "강아지 사료 15kg
  짜리 7만2천원인데 하루에 300g씩 먹이면 며칠 먹어" is 15,000 g / 300 g = 50 days. The bag's
  price may stand beside it (it has no part in the days); the whole and the portion may be
  in kg and g (L and ml), converted exactly.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from core.lazy_regex import LazyPattern

__all__ = ["Supply", "premium_hours_ko", "supply_days_ko", "supply_read_ko"]

_N = r"\d+(?:\.\d+)?"
_FIGURE = re.compile(rf"(?<![\d.]){_N}")

# "야간은 1.5배래", "주말엔 1.5배라던데", "휴일은 2배야": a kind of hours and its multiple.
_KINDS = r"야간|심야|주말|휴일|공휴일|연장|특근|새벽"
_WAGE = LazyPattern(rf"시급\s*(?:은|이|이\s*)?\s*(?P<w>{_N})\s*원")
_PREMIUM = LazyPattern(
    rf"(?P<k>{_KINDS})\s*(?:근무|수당|시간)?\s*(?:은|는|엔|에는|이|가)?\s*(?P<m>{_N})\s*배"
    r"(?:래|래요|야|이야|라던데|라고|라는데|임|고|면|인데|니까)?(?=[\s,.]|$)"
)
_HOURS = LazyPattern(
    rf"(?P<k>{_KINDS})\s*(?:에|에만|으로|로)?\s*(?P<h>{_N})\s*시간\s*(?:동안\s*)?"
    r"(?:일하면|일하고|하면|근무하면|뛰면|서면)"
)
_MONEY_ASKED = LazyPattern(r"얼마")


def premium_hours_ko(digits: str) -> str | None:
    """ "12000 * 1.5 * 4" for a wage, a premium multiple and hours of that kind, or None.

    Args:
        digits: The question with numerals as digits.
    """
    wage, premium = _WAGE.search(digits), _PREMIUM.search(digits)
    if wage is None or premium is None or not _MONEY_ASKED.search(digits):
        return None
    hours = [h for h in _HOURS.finditer(digits) if h.start() > premium.end()]
    if len(hours) != 1 or hours[0]["k"] != premium["k"]:
        return None  # the hours are not said to be of the premium's kind
    if len(_FIGURE.findall(digits)) != 3:
        return None  # a figure more (a plain-hours part, a bonus): another question
    multiple = Decimal(premium["m"])
    if not 1 < multiple <= 3:
        return None  # no premium pays less than the wage or over three times it
    return f"{wage['w']} * {premium['m']} * {hours[0]['h']}"


_UNIT_G = {"kg": Decimal(1000), "킬로": Decimal(1000), "g": Decimal(1), "그램": Decimal(1)}
_UNIT_ML = {"l": Decimal(1000), "리터": Decimal(1000), "ml": Decimal(1)}
_UNITS = r"kg|킬로|그램|g|리터|ml|l"
# "사료 15kg짜리 72000원인데 하루에 300g씩 먹이면 며칠 먹어", "쌀 20kg 하루 400g이면 며칠 가".
_SUPPLY = LazyPattern(
    rf"^(?:[가-힣a-z]+\s+){{0,2}}(?P<a>{_N})\s*(?P<u>{_UNITS})(?![a-z])\s*(?:짜리|한\s*(?:포대|봉|통|병))?\s*"
    rf"(?:(?:가|는|이|를|을)?\s*(?P<p>{_N})\s*원\s*(?:짜리|인데|이고|이면|에)?\s*,?\s*)?"
    r"(?:(?:이거|그거|이걸|그걸)\s*)?"
    r"(?:하루|매일|1\s*일)\s*(?:에|마다)?\s*"
    rf"(?P<r>{_N})\s*(?P<ru>{_UNITS})(?![a-z])\s*씩?\s*(?:[가-힣]{{1,5}}\s*)?[가-힣]{{0,4}}면\s*"
    r"(?:며칠|몇\s*일)\s*(?:이나\s*|정도\s*|동안\s*)?"
    r"(?:먹어|먹여|먹이|먹을|가|갈|버텨|버틸|쓸|써|쓰|돼|되|걸려|이야|야)?[가-힣]*\s*[?？.!]*\s*$",
    re.IGNORECASE,
)


class Supply(NamedTuple):
    """A supply in its smallest unit, the daily portion in it, and the price if said."""

    whole: Decimal
    portion: Decimal
    price: str | None


def _in_small_unit(figure: str, unit: str) -> tuple[Decimal, str] | None:
    unit = unit.lower()
    for table, kind in ((_UNIT_G, "g"), (_UNIT_ML, "ml")):
        if unit in table:
            return Decimal(figure) * table[unit], kind
    return None


def supply_read_ko(digits: str) -> Supply | None:
    """The supply, the daily portion (same unit) and the price said, or ``None``."""
    found = _SUPPLY.match(digits.strip())
    if found is None:
        return None
    whole = _in_small_unit(found["a"], found["u"])
    portion = _in_small_unit(found["r"], found["ru"])
    if whole is None or portion is None or whole[1] != portion[1]:
        return None  # a weight used by the millilitre: no day count without a density
    if portion[0] <= 0 or whole[0] <= 0 or portion[0] > whole[0]:
        return None
    return Supply(whole=whole[0], portion=portion[0], price=found["p"])


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f")


def supply_days_ko(digits: str) -> str | None:
    """ "15000 / 300" for a supply over its daily portion, asked in days, or ``None``."""
    read = supply_read_ko(digits)
    return None if read is None else f"{_plain(read.whole)} / {_plain(read.portion)}"


def price_beside_supply(digits: str, source: str) -> bool:
    """Whether ``source`` is the day count of a supply whose price is only said beside it.

    The calculator declines a reading that leaves a stated amount out; the bag's price has
    no part in how many days it lasts, so that reading is not a dropped amount.
    """
    read = supply_read_ko(digits)
    return read is not None and read.price is not None and source == supply_days_ko(digits)
