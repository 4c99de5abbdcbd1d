"""Whole packs bought for a count needed, said in Korean: "음료 6캔묶음에 5,400원인데 20캔
필요하면 몇묶음 사야되고 얼마야" (probes58).

The English form of the family (:func:`tools.calculator_pack_unit_price_51a.
packs_for_count_en`) reads "6-pack of yogurt is 4.20, i need 15"; the Korean wording went to
the cloud. Packs are bought whole: ceil(20 / 6) = 4 packs, 4 × 5,400 = 21,600원 (never
20 / 6 × 5,400 = 18,000). "13캔이면?" after it is the count needed said anew (3 packs).

Read by slots: a pack's size with its counter and the pack's price in 원, a count needed in
the same counter with a word of need (필요하면, 사려면), the cost asked (얼마, 몇 원, 총); every
figure one of the three, the pack at least two pieces.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_reading_51a import FIGURE, Change, plain
from tools.followup_rerun import kept_if_read
from tools.korean_numbers import normalize_numerals

__all__ = ["needed_count_anew", "packs_for_count_ko"]

_N = r"\d+"
_PIECE = r"(?:캔|개|병|봉|롤|매|장|알|구|팩)"
_PACK = r"(?:묶음|팩|박스|상자|세트|판|봉지|번들|케이스|망)"
# The pack priced: "6캔묶음에 5400원", "6캔 한묶음 5400원", "6개들이 한팩에 5400원", "한박스
# 12병 18000원".
_PACK_PRICED = LazyPattern(
    rf"(?P<q>{_N})\s*(?P<c>{_PIECE})\s*(?:들이|짜리|입)?\s*(?:한\s*|1\s*)?(?P<pk>{_PACK})\s*"
    rf"(?:에|이|가|은|는|당|이면|씩)?\s*(?P<p>{_N})\s*원"
    rf"|(?:한\s*|1\s*)(?P<pk2>{_PACK})\s*(?:에|은|는|이|가)?\s*(?P<q2>{_N})\s*(?P<c2>{_PIECE})\s*"
    rf"(?:들이|짜리|입)?\s*(?:에|이고|인데|,)?\s*(?P<p2>{_N})\s*원"
)
# The count needed: "20캔 필요하면", "20캔 사려면", "20캔이 필요한데", "20개 있어야 되면".
_NEEDED = LazyPattern(
    rf"(?P<k>{_N})\s*(?P<c>{_PIECE})\s*(?:이|가|을|를|은|는)?\s*(?:정도\s*)?"
    r"(?:필요하면|필요한데|필요해|필요|사려면|살려면|사야\s*하면|있어야\s*(?:하면|되면|하는데)|준비하려면)"
)
_COST_ASKED = re.compile(r"얼마|몇\s*원|총\s*(?:액|금액)|비용")


def _read(digits: str) -> tuple[re.Match[str], re.Match[str]] | None:
    text = normalize_numerals(digits).replace(",", "")
    pack, needed = _PACK_PRICED.search(text), _NEEDED.search(text)
    if pack is None or needed is None or needed.start() < pack.end():
        return None
    if needed["c"] != (pack["c"] or pack["c2"]):
        return None  # "6캔묶음 … 20병": another thing than the one packed
    size = pack["q"] or pack["q2"]
    inside = (pack.span(), needed.span())  # ("한팩", read "1팩", is the pack's own one)
    if any(not any(a <= f.start() < b for a, b in inside) for f in FIGURE.finditer(text)):
        return None  # another figure (a single price, a discount): not this form alone
    if int(size) < 2:
        return None
    return pack, needed


def packs_for_count_ko(digits: str) -> str | None:
    """``ceil(k / q) * p`` for k pieces needed from packs of q at p원 (the cost asked), or
    ``None`` when not this form."""
    read = _read(digits)
    if read is None:
        return None
    pack, needed = read
    text = normalize_numerals(digits)
    if _COST_ASKED.search(text, text.find(needed["k"])) is None:
        return None  # only the packs asked ("몇묶음"): a count, not this reader's money
    size, price = pack["q"] or pack["q2"], pack["p"] or pack["p2"]
    return f"ceil({needed['k']} / {size}) * {price}"


# "13캔이면?", "그럼 13캔 필요하면", "13캔만 사려면 얼마".
_COUNT_ANEW = LazyPattern(
    rf"^\s*(?:그럼\s*|그러면\s*|만약\s*|아\s*)?(?P<k>{_N})\s*(?P<c>{_PIECE})\s*(?:만|이)?\s*"
    r"(?:이면|면|필요하면|사려면|살려면|있어야\s*되면)\s*(?:몇\s*[가-힣]+\s*)?(?:얼마[가-힣]*)?"
    r"\s*[?？.]*\s*$"
)


def needed_count_anew(text: str, steps: Sequence[str]) -> Change | None:
    """ "13캔이면?" after the form: the count needed said anew, or ``None``."""
    said = _COUNT_ANEW.match(plain(text))
    if said is None or len(steps) != 1:
        return None
    step = normalize_numerals(plain(steps[0]))
    read = _read(step)
    if read is None or packs_for_count_ko(step) is None or said["c"] != read[1]["c"]:
        return None
    needed = read[1]
    changed = f"{step[: needed.start('k')]}{said['k']}{step[needed.end('k') :]}"
    return kept_if_read(changed, f"{needed['k']}{needed['c']} → {said['k']}{said['c']}")
