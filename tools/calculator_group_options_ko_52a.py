"""Korean orders with a surcharge for an option, and a group's time priced per head per
hour beside a flat price per head of another group (set 33).

- "피자 라지 23000원인데 반반하면 2000원 추가래 2판 다 반반으로 시키면 얼마": every pizza
  with the option, (23000 + 2000) x 2; "2판 중 1판만 반반으로" puts it on one.
- "키즈카페 아이 1명 1시간에 12000원이고 보호자 음료 5000원인데 애 둘이 2시간 놀고 보호자
  1명이면 얼마": the children by the hour, the guardian's drink once each,
  12000 x 2 x 2 + 5000 x 1.

Every figure must be one the form places; otherwise the question is left to other readers.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["NATIVE_COUNTS", "count_of", "hourly_kids_plus_flat_ko", "option_surcharge_ko"]

#: Counts said in native Korean words, as nouns ("애 둘") or before a counter ("두 명").
NATIVE_COUNTS = {
    "하나": 1, "한": 1, "둘": 2, "두": 2, "셋": 3, "세": 3, "넷": 4, "네": 4,
    "다섯": 5, "여섯": 6, "일곱": 7, "여덟": 8, "아홉": 9, "열": 10,
}  # fmt: skip
_COUNT = r"\d+|" + "|".join(sorted(NATIVE_COUNTS, key=len, reverse=True))
_FIGURE = LazyPattern(r"(?<![\d.])\d+(?:\.\d+)?")
_ASKS = LazyPattern(
    r"(?:시키면|주문하면|사면|하면|이면|면)\s*(?:총\s*|전부\s*)?얼마[가-힣]*\s*[?？]?\s*$"
)


def count_of(word: str) -> int:
    """The count a figure or a native count word says ("2", "둘", "두")."""
    return int(word) if word.isdigit() else NATIVE_COUNTS[word]


_BASE = LazyPattern(r"^\D*?(?P<p>\d+)\s*원\s*(?:인데|이고|이야|에|,)")
_SURCHARGE = LazyPattern(
    r"(?P<opt>[가-힣]{1,6}?)\s*(?:으로\s*|로\s*)?하면\s*(?:1\s*(?P<c0>판|개|잔|그릇)\s*(?:에|당)\s*)?"
    r"(?P<s>\d+)\s*원\s*(?:씩\s*)?(?:추가|더|붙|올라)"
)
_HOW_MANY_WITH = LazyPattern(
    rf"(?P<n>{_COUNT})\s*(?P<c>판|개|잔|그릇)\s*"
    r"(?:(?P<all>다|모두|전부)|중(?:에)?\s*(?P<k>\d+|한|두|세|네)\s*(?P=c)\s*만)\s*(?P<opt>[가-힣]{1,6}?)\s*"
    r"(?:으로|로|해서|하고)?\s*(?:시키면|주문하면|사면|하면)"
)


def option_surcharge_ko(question: str) -> str | None:
    """ "(23000 + 2000) * 2" or "23000 * 2 + 2000 * 1": some or all with the option."""
    base, extra = _BASE.search(question), _SURCHARGE.search(question)
    order = _HOW_MANY_WITH.search(question)
    if base is None or extra is None or order is None or _ASKS.search(question) is None:
        return None
    if extra["opt"] != order["opt"] or base.start("p") > extra.start():
        return None  # the option ordered is not the one priced
    n = count_of(order["n"])
    k = n if order["all"] else count_of(order["k"])
    placed = [base["p"], extra["s"], order["n"], order["k"] or "", "1" if extra["c0"] else ""]
    figures = _FIGURE.findall(question)
    if len(figures) != len([f for f in placed if f.isdigit()]) or not 0 < k <= n:
        return None  # a figure this reading would drop
    if k == n:
        return f"({base['p']} + {extra['s']}) * {n}"
    return f"{base['p']} * {n} + {extra['s']} * {k}"


_KIDS = r"(?:아이|애|어린이|아기|아이들|애들)"
_GROWN = r"(?P<grown>보호자|어른|부모|성인|엄마|아빠)"
_HOURLY = LazyPattern(
    rf"{_KIDS}\s*(?:1\s*명\s*(?:당|이)?\s*)?1\s*시간\s*(?:에|당)\s*(?P<r>\d+)\s*원"
)
_FLAT = LazyPattern(
    rf"{_GROWN}\s*(?:[가-힣]{{1,4}}\s*)?(?:1\s*명\s*(?:당|에)?\s*)?(?:값\s*)?(?P<f>\d+)\s*원"
)
_KIDS_TIME = LazyPattern(
    rf"{_KIDS}\s*(?P<n>{_COUNT})\s*(?:명)?\s*(?:이서|이|가)?\s*(?P<h>\d+(?:\.\d+)?)\s*시간"
)


def hourly_kids_plus_flat_ko(question: str) -> str | None:
    """ "12000 * 2 * 2 + 5000 * 1": the children by the hour, the grown-ups' flat price."""
    rate, flat = _HOURLY.search(question), _FLAT.search(question)
    played = _KIDS_TIME.search(question, rate.end()) if rate else None
    if rate is None or flat is None or played is None or _ASKS.search(question) is None:
        return None
    grown = re.search(rf"{flat['grown']}\s*(?P<m>{_COUNT})\s*명", question[played.end() :])
    if grown is None:
        return None
    placed = ["1", rate["r"], flat["f"], played["n"], played["h"], grown["m"]]
    placed += ["1"] if re.search(r"1\s*명", question[: rate.end()]) else []
    placed += ["1"] if re.search(r"1\s*명", flat.group(0)) else []
    if sorted(_FIGURE.findall(question)) != sorted(p for p in placed if p[0].isdigit()):
        return None  # a figure this reading would drop
    n, m = count_of(played["n"]), count_of(grown["m"])
    return f"{rate['r']} * {n} * {played['h']} + {flat['f']} * {m}"
