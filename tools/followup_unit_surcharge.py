"""A follow-up adding a charge to each of the things ordered: "개당 3천 원씩 더 받는대".

"꽃다발 하나 35,000원짜리 다섯 개" then "리본이랑 메시지 카드 넣으면 개당 3천 원씩 더
받는대": each bouquet costs 3,000원 more, so the order is 5 × 38,000원. The previous
request must state exactly one amount of money and it must be the price of one thing
(said with 짜리, or after "한 개", "하나", "한 장에"): a charge per thing added to a total
or to a split ("66만 원인데 22명이면") would be another sum, so then code does not guess.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime

from tools.followup_chain import run_chain
from tools.followup_slots_korean_words import Changed
from tools.korean_numbers import normalize_numerals

__all__ = ["unit_surcharge"]

# "개당 3000원씩 더", "장당 500원 추가", "한 개에 2000원 더", "하나당 1500원씩 더 붙는대".
_PER_THING = r"(?:[가-힣]{1,2}당|(?:한|1)\s*[가-힣]{1,2}에)"
_SURCHARGE = re.compile(
    rf"{_PER_THING}\s*(?P<n>\d+)\s*원\s*(?:씩)?\s*(?:더|추가(?:로)?)"
    r"(?:\s*[가-힣]{1,8}){0,2}\s*[?？.!~ㅠㅜ]*\s*$"
)
# "개당 500원 더 싸대", "덜 받는대": a price that falls, not a surcharge.
_FALLS = re.compile(r"싸|저렴|적게|낮|할인|깎|빼|덜|내려")
_MONEY = re.compile(r"(?<![\d.])(?P<v>\d+)\s*원")
# The one amount is the price of one thing: "35000원짜리", "하나 35000원", "한 장에 2500원".
_PRICE_OF_ONE = re.compile(
    r"(?<![\d.])\d+\s*원\s*짜리|(?:하나|(?:한|1)\s*[가-힣]{1,2})\s*(?:에|당)?\s*\d+\s*원"
)


def unit_surcharge(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """The previous step with each thing's price raised by the surcharge, when it runs."""
    said = _SURCHARGE.search(normalize_numerals(text).replace(",", ""))
    if said is None or len(steps) != 1 or _FALLS.search(text):
        return None
    step = normalize_numerals(steps[0]).replace(",", "")
    amounts = list(_MONEY.finditer(step))
    if len(amounts) != 1 or len(_PRICE_OF_ONE.findall(step)) != 1:
        return None
    old = amounts[0]
    new_price = int(old["v"]) + int(said["n"])
    new = [f"{step[: old.start('v')]}{new_price}{step[old.end('v') :]}"]
    if run_chain(new, now) is None:
        return None
    return new, f"{old['v']}원 + {said['n']}원 each = {new_price}원"
