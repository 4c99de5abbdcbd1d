"""A monthly pass against paying a daily rate for the days used: which is cheaper.

Set 36: "회사 앞 주차장 월주차 15만원이고 일주차는 하루 9천원이야 한달에 18일 출근하면 뭐가
더 쌈" went to the cloud. Over the days used a month, the daily rate costs days x rate
(18 x 9,000 = 162,000원) against the pass's one price (150,000원): the pass is 12,000원
cheaper. With 15 days (135,000원) the daily rate is the cheaper one. The answer states both
sums and names the cheaper option in the user's own words ("월주차", "일주차").

Read only when exactly the three figures are there (the pass's price, the daily rate, the
days a month) and "which is cheaper" is asked; anything more (a second pass, a share, a
discount) is something else and declines.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tools.korean_numbers import format_number, normalize_numerals

__all__ = ["pass_or_daily"]

_N = r"\d+(?:\.\d+)?"
# "월주차 150000원", "월정기권은 150000원", "한달권 150000원".
_MONTHLY_KO = re.compile(
    rf"(?P<name>월\s*[가-힣]{{1,4}}?|한\s*달\s*[가-힣]{{0,3}}?|정기권)\s*(?:은|는|이|가)?\s*"
    rf"(?:월\s*)?(?P<p>{_N})\s*원"
)
# "일주차는 하루 9000원", "하루 9000원".
_DAILY_KO = re.compile(
    rf"(?:(?P<name>[가-힣]{{1,5}}?)\s*(?:은|는|이|가)?\s+)?하루(?:에|당)?\s*(?P<d>{_N})\s*원"
)
_DAYS_KO = re.compile(rf"(?:한\s*달에?|월)\s*(?P<n>{_N})\s*일(?![가-힣]*요일)")
_ASKS_KO = re.compile(
    r"(?:뭐|무엇|어느\s*(?:게|거|쪽)|어떤\s*(?:게|거))\S*\s*(?:더\s*)?(?:싸|쌈|쌉|싼|저렴|이득)"
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def _subject(name: str) -> str:
    """The name with its subject particle: 이 after a final consonant, else 가."""
    last = ord(name[-1]) - 0xAC00
    return f"{name}{'이' if 0 <= last < 11172 and last % 28 else '가'}"


def _won(value: Decimal) -> str:
    return f"{format_number(value)}원"


def pass_or_daily(text: str) -> tuple[str, str] | None:
    """Both sums over the days and the cheaper option: (answer, how), or ``None``.

    Args:
        text: The request as asked.
    """
    s = normalize_numerals(text).replace(",", "")
    if not _ASKS_KO.search(s):
        return None
    monthly, daily, days = _MONTHLY_KO.search(s), _DAILY_KO.search(s), _DAYS_KO.search(s)
    if monthly is None or daily is None or days is None:
        return None
    placed = sorted({monthly.span("p"), daily.span("d"), days.span("n")})
    if len(placed) != 3 or placed != [f.span() for f in _FIGURE.finditer(s)]:
        return None  # a figure with no role, or one read twice
    price, rate, count = Decimal(monthly["p"]), Decimal(daily["d"]), Decimal(days["n"])
    pass_name = re.sub(r"\s+", "", monthly["name"])
    daily_name = daily["name"] if daily["name"] and daily["name"] != pass_name else "하루 요금"
    over_days = rate * count
    how = f"{daily['d']} * {days['n']} = {over_days} vs {monthly['p']}"
    per_day = f"하루 {_won(rate)} × {days['n']}일 = {_won(over_days)}"
    sums = f"{daily_name}: {per_day}, {pass_name}: {_won(price)}"
    if over_days == price:
        return f"{sums}. 둘 다 같습니다.", how
    cheaper, gap = (
        (pass_name, over_days - price) if price < over_days else (daily_name, price - over_days)
    )
    return f"{sums}. {_subject(cheaper)} {_won(gap)} 더 쌉니다.", how
