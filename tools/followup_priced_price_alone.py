"""A follow-up saying one new price alone, for the one figure of a priced first turn it fits.

Blind set 29: after "휴대폰 요금 월 69,000원인데 선택약정 25% 할인받고 24개월",
"55,000원짜리 요금제로 내리면?" gives the plan's price anew (the first turn's one price);
after "장어 … 상차림비 1인 5천원 네 명", "상차림비 1인 7천원이래" gives the price per person
anew. Both were left to the cloud. A price said with 더, 추가, 할인 or a percent is a
change by an amount, never a new price; those are other rules'.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tools.priced_figures import Priced

__all__ = ["names_another_charge", "price_said_alone"]

_N = r"\d+(?:\.\d+)?"
# "55000원짜리 요금제로 내리면?": one price and no other figure.
_PRICE_ALONE = re.compile(rf"^\D*?(?<![\d.])(?P<v>{_N})\s*원\s*짜리\D*$")
# "상차림비 1인 7000원이래", "1박에 9만원이면": the price of one of a unit.
_PRICE_OF_ONE = re.compile(
    rf"^\D*?(?<![\d.])1\s*(?P<u>[가-힣]{{1,2}}?)\s*(?:당|에)?\s*(?P<v>{_N})\s*원\D*$"
)
# ("빠진대" drops an amount; "빠른등기는 한 통에 3,830원이래" names a faster kind, set 30.)
_BY_AN_AMOUNT = re.compile(
    r"더|추가|싸|빠(?:지|져|진|짐)|빼|할인|깎|%|\bmore\b|\bextra\b|\bless\b|\boff\b", re.I
)
_PERSON = {"인": "person", "명": "person"}


def price_said_alone(said: str, before: Priced) -> tuple[int, int, Decimal] | None:
    """The figure of the first turn the new price replaces (its place and the new value).

    Args:
        said: The follow-up in plain text (numerals as digits).
        before: The first turn's typed figures, with the slots of its figures.
    """
    if _BY_AN_AMOUNT.search(said):
        return None
    one = _PRICE_OF_ONE.match(said)
    if one is not None:
        unit = _PERSON.get(one["u"], one["u"])
        slots = [(a, b) for a, b, role in before.slots if role[:2] == ("rate", unit)]
        return (*slots[0], Decimal(one["v"])) if len(slots) == 1 else None
    alone = _PRICE_ALONE.match(said)
    if alone is None or len(before.rates) != 1 or before.fees or before.items:
        return None
    slots = [(a, b) for a, b, role in before.slots if role[0] == "rate"]
    return (*slots[0], Decimal(alone["v"])) if len(slots) == 1 else None


# "배송비가 회당 3000원이래": a charge named by its own word (배송비, 수수료, 팁), besides the
# price; never the first turn's price made that amount.
_CHARGE_NAME = re.compile(
    r"(?P<name>[가-힣]{1,6}비|수수료|팁|봉사료|세금|부가세)(?:가|는|도|이)?\s"
)


def names_another_charge(said: str, step: str) -> bool:
    """Whether ``said`` names a charge the first turn ``step`` does not hold."""
    return any(m["name"] not in step for m in _CHARGE_NAME.finditer(said))
