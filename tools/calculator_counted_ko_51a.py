"""Korean sums counted in words the price readers did not hold, each read whole:

- "펜션 1박 18만원 2박인데 기준 4명이고 초과 1인당 1박에 2만원 추가래 우리 여섯 명이면 얼마"
  is 180000 x 2 + (6 - 4) x 20000 x 2 (set 30): the room a night, each guest past the
  base a night.
- "이번달 결혼식 네 군데 가는데 세 군데는 오만원씩 하고 한 군데는 10만원 하면 축의금 총 얼마"
  is 3 x 50000 + 1 x 100000 (set 31): places counted in native numbers, each group's
  amount.
- "생수 2리터 6병 한 묶음 5,980원인데 네 묶음 사면" is 5980 x 4 (set 27): the figures
  before "한 묶음" say what a bundle holds, never what is bought.
- "수제케이크 1호 32000원 2호 41000원인데 1호 두개 2호 하나 사면 얼마" is 2 x 32000 +
  1 x 41000 (set 32): sizes named by number (1호, 2호) with a count each.

All went to the cloud or were declined. Each is read only when every figure is placed.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.thousands_commas import without_thousands_commas

__all__ = ["bundles_bought_ko", "groups_each_amount_ko", "guests_past_base_ko", "numbered_sizes_ko"]

_N = r"\d+(?:\.\d+)?"
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
NATIVE_COUNTS = {
    "한": "1",
    "하나": "1",
    "두": "2",
    "둘": "2",
    "세": "3",
    "셋": "3",
    "네": "4",
    "넷": "4",
    "다섯": "5",
    "여섯": "6",
    "일곱": "7",
    "여덟": "8",
    "아홉": "9",
    "열": "10",
}
_COUNT = r"(?:\d+|다섯|여섯|일곱|여덟|아홉|하나|한|두|둘|세|셋|네|넷|열)"
_ASKED = LazyPattern(r"얼마|총|합계|몇\s*원")


def count_value(word: str) -> str:
    """A count as digits: "세" -> "3", "12" -> "12"."""
    return NATIVE_COUNTS.get(word, word)


def _unplaced(text: str, placed: list[str]) -> bool:
    """Whether a figure other than those placed (and the 1 of 1박, 1인) is in ``text``."""
    rest = list(placed)
    for figure in _FIGURE.findall(text):
        if figure in rest:
            rest.remove(figure)
        elif figure != "1":
            return True
    return bool(rest)


_NIGHT = LazyPattern(
    rf"1\s*박\s*(?:에|당)?\s*(?P<p>{_N})\s*원\s*(?:에|인데|이고|,)?\s*(?P<n>\d+)\s*박"
)
_BASE = LazyPattern(r"기준\s*(?:인원\s*)?(?:이|은|는)?\s*(?P<b>\d+)\s*명")
_EXTRA = LazyPattern(
    rf"초과\s*(?:인원\s*)?(?:1\s*인|1\s*명|인|명)\s*당\s*(?:1\s*박\s*(?:에|당)?)?\s*(?P<e>{_N})\s*원"
)
_GUESTS = LazyPattern(r"(?<![\d.])(?P<g>\d+)\s*명\s*(?:이면|이서|인데|이니까|이야|가면|이)")


def guests_past_base_ko(digits: str) -> str | None:
    """``p * n + (g - b) * e * n`` for a room a night with a base headcount and an extra
    charge a guest a night, or ``None``."""
    text = without_thousands_commas(digits)
    night, base, extra = _NIGHT.search(text), _BASE.search(text), _EXTRA.search(text)
    if night is None or base is None or extra is None or not _ASKED.search(text):
        return None
    guests = [m for m in _GUESTS.finditer(text) if m.start() > extra.end()]
    if len(guests) != 1:
        return None
    p, n, b, e, g = night["p"], night["n"], base["b"], extra["e"], guests[0]["g"]
    if int(g) <= int(b) or _unplaced(text, [p, n, b, e, g]):
        return None
    return f"{p} * {n} + ({g} - {b}) * {e} * {n}"


_GROUP_AMOUNT = LazyPattern(
    rf"(?P<c>{_COUNT})\s*(?P<u>군데|곳|집)\s*(?:은|는|에는|에)\s*(?P<a>{_N})\s*원\s*(?P<each>씩)?"
)
_GROUPS_TOTAL = LazyPattern(
    rf"(?P<t>{_COUNT})\s*(?P<u>군데|곳|집)\s*(?:가는데|인데|이고|가고|갈\s*건데|가야)"
)


def groups_each_amount_ko(digits: str) -> str | None:
    """``c1 * a + c2 * b`` for places in two groups, each group's amount, or ``None``."""
    text = without_thousands_commas(digits)
    groups = list(_GROUP_AMOUNT.finditer(text))
    if len(groups) != 2 or groups[0]["u"] != groups[1]["u"] or not _ASKED.search(text):
        return None
    counts = [count_value(g["c"]) for g in groups]
    if not all(c.isdigit() for c in counts):
        return None
    total = _GROUPS_TOTAL.search(text)
    if total is not None and int(count_value(total["t"])) != sum(int(c) for c in counts):
        return None
    amounts = [g["a"] for g in groups]
    placed = [*amounts, *(c for g, c in zip(groups, counts, strict=True) if g["c"].isdigit())]
    if _unplaced(text, placed):
        return None
    return " + ".join(f"{c} * {a}" for c, a in zip(counts, amounts, strict=True))


_BUNDLE = LazyPattern(
    rf"(?:한|1)\s*(?P<u>묶음|박스|팩|세트|상자|봉지|꾸러미)\s*(?:에|당|이|은|는|가)?\s*(?P<p>{_N})\s*원"
)
_CONTENTS = LazyPattern(
    r"(?<![\d.])\d+(?:\.\d+)?\s*(?:리터|L|l|ml|mL|병|개|입|구|롤|kg|g|캔|매)(?![가-힣])?"
)


def bundles_bought_ko(digits: str) -> str | None:
    """``p * n`` for a bundle priced whole and N bundles bought, or ``None``."""
    text = without_thousands_commas(digits)
    bundle = _BUNDLE.search(text)
    if bundle is None:
        return None
    bought = re.search(
        rf"(?P<n>{_COUNT})\s*{bundle['u']}\s*(?:을|를)?\s*(?:사면|살|사|주문|시키|구매|이면|하면)",
        text[bundle.end() :],
    )
    if bought is None:
        return None
    n = count_value(bought["n"])
    contents = " ".join(_CONTENTS.findall(text[: bundle.start()]))
    placed = [bundle["p"], *_FIGURE.findall(contents), *([n] if bought["n"].isdigit() else [])]
    if not n.isdigit() or _unplaced(text, placed):
        return None
    return f"{bundle['p']} * {n}"


_SIZE_PRICE = LazyPattern(rf"(?<![\d.])(?P<s>\d)\s*호\s*(?:는|은|가|이)?\s*(?P<p>{_N})\s*원")
_SIZE_COUNT = LazyPattern(
    rf"(?<![\d.])(?P<s>\d)\s*호\s*(?:를|을|는|은)?\s*(?P<c>{_COUNT})\s*(?:개|판)?(?=\s|$|사|로)"
)


def numbered_sizes_ko(digits: str) -> str | None:
    """``c1 * p1 + c2 * p2 …`` for sizes named by number, each priced and counted."""
    text = without_thousands_commas(digits)
    prices = {m["s"]: m for m in _SIZE_PRICE.finditer(text)}
    if len(prices) < 2 or not _ASKED.search(text):
        return None
    after = max(m.end() for m in prices.values())
    counts = list(_SIZE_COUNT.finditer(text, after))
    if not counts or any(m["s"] not in prices for m in counts):
        return None
    if len({m["s"] for m in counts}) != len(counts):
        return None
    terms = [f"{count_value(m['c'])} * {prices[m['s']]['p']}" for m in counts]
    placed = [*(m["s"] for m in prices.values()), *(m["p"] for m in prices.values())]
    placed += [m["s"] for m in counts] + [m["c"] for m in counts if m["c"].isdigit()]
    if any(not count_value(m["c"]).isdigit() for m in counts) or _unplaced(text, placed):
        return None
    return " + ".join(terms)
