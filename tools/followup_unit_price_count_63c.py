"""A count bought after a price per unit was asked of a pack (unseen53, calc63).

"휴지 30롤짜리 이만사천구백원이면 한롤에 얼마꼴임" (830원 a roll) then "세팩 사면 총 얼마야" asks
three packs at the pack's price (74,700원); "귤 5키로 한박스 이만원이면 키로당 얼마" (4,000원 a
kilo) then "3키로만 달라하면 얼마야" asks three kilos at the price per kilo (12,000원). The
roles come from the first turn: it read a price over a count of units (``24900 / 30``),
the units are said beside that count ("30롤", "5키로") and the pack is named as one
("한박스") or as the units' pack ("30롤짜리"). The follow-up says one count and its
counter: the units' counter (or the same weight) asks units at the price per unit; a pack
counter asks packs at the pack's price. Another counter, another figure or a question
other than the price declines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_reading_51a import Change
from tools.followup_rerun import kept_if_read
from tools.korean_numbers import normalize_numerals

__all__ = ["CHANGES_63C", "count_after_unit_price"]

#: Off only in this rule's switch-off test.
USE_COUNT_AFTER_UNIT_PRICE = True

_N = r"\d+(?:\.\d+)?"
# The same weight said in other words.
_WEIGHTS = {"키로": "kg", "킬로": "kg", "킬로그램": "kg", "kg": "kg", "그램": "g", "g": "g"}
# (Pieces, "개", are the older rules' own: count_of_one_bought, the slot rules.)
_UNIT = r"(?:롤|알|장|매|구|캔|병|포|키로|킬로그램|킬로|kg|그램|g)(?!입)"
_PACK = r"(?:팩|박스|상자|봉지|묶음|세트|통|묶음|판|짝|망|포대|자루|꾸러미|box)"
# The price over the count of units the first turn read: "24900 / 30".
_PER_UNIT = re.compile(rf"^(?P<p>{_N}) / (?P<n>{_N})$")
_ASKED = LazyPattern(
    rf"^\s*(?:그럼\s*|그러면\s*|아\s*)?(?P<m>{_N})\s*(?P<c>{_PACK}|{_UNIT})\s*(?:만|씩|짜리)?\s*"
    r"(?:을|를|은|는|이|가)?\s*(?:사면|달라(?:고\s*)?하면|주문하면|시키면|담으면|살\s*때는?|사려면|이면|면|은|는)?"
    r"\s*(?:총\s*|전부\s*|다\s*해서\s*)?(?:얼마\S*|몇\s*원\S*)?\s*[?？.!]*\s*$",
    re.IGNORECASE,
)


def _same(a: str, b: str) -> bool:
    return a == b or (_WEIGHTS.get(a.lower()) or a) == (_WEIGHTS.get(b.lower()) or b)


def count_after_unit_price(text: str, steps: Sequence[str]) -> Change | None:
    """ "세팩 사면 총 얼마야" after a pack's price per roll: packs or units at their price."""
    if not USE_COUNT_AFTER_UNIT_PRICE or len(steps) != 1:
        return None
    asked = _ASKED.match(normalize_numerals(text))
    if asked is None:
        return None
    from tools.followup_chain import run_chain  # the chain runs the handlers (a cycle)

    before = run_chain(list(steps))
    read = _PER_UNIT.match((before.detail or "") if before else "")
    if before is None or read is None or before.unit != "원":
        return None
    step = normalize_numerals(steps[0])
    units = [
        m
        for m in re.finditer(rf"(?<![\d.])(?P<n>{_N})\s*(?P<u>{_UNIT})(?![가-힣]*당)", step)
        if m["n"] == read["n"]
    ]
    if len(units) != 1:
        return None
    unit, counter, count = units[0]["u"], asked["c"], asked["m"]
    if _same(counter, unit):
        note = f"{count}{counter} at {read['p']}원 / {read['n']}"
        return kept_if_read(f"{read['p']} / {read['n']} * {count}원", note)
    if re.fullmatch(_PACK, counter, re.IGNORECASE) is None:
        return None
    one_pack = re.search(rf"(?<![\d.])1\s*{re.escape(counter)}", step)
    packed = re.search(rf"{re.escape(units[0][0])}\s*짜리", step)
    others = [p for p in re.findall(_PACK, step) if p != counter]
    if not (one_pack or (packed and not others)):
        return None  # the pack counted is not the one priced
    return kept_if_read(f"{read['p']} * {count}원", f"{count}{counter} at {read['p']}원 each")


CHANGES_63C = (count_after_unit_price,)
