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

__all__ = ["pass_or_daily", "percent_or_amount_off"]

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


def _each_figure_read_once(text: str, *roles: tuple[int, int]) -> bool:
    """Whether the roles' figures are all of the text's figures, none read twice."""
    placed = sorted(set(roles))
    return len(placed) == len(roles) and placed == [f.span() for f in _FIGURE.finditer(text)]


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
    if not _each_figure_read_once(s, monthly.span("p"), daily.span("d"), days.span("n")):
        return None
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


# A percent off against an amount off one price, which saves more (opens55e, set 46):
# "laptop is 1299, either 15% off or a 200 off coupon. which one saves more" is 1,104.15
# against 1,099: the coupon, by 5.15. Read only with the three figures (the price first,
# then the two offers in either order) and which is better asked.
_PRICE_EN = re.compile(
    rf"\b(?:is|are|costs?|for|at|priced\s+at|=)\s+\$?(?P<p>{_N})(?!\s*%)\b", re.I
)
_PCT_OFF_EN = re.compile(rf"(?P<r>{_N})\s*(?:%|percent)\s*(?:off|discount)\b", re.I)
_AMT_OFF_EN = re.compile(
    rf"\$?(?P<a>{_N})(?!\s*%)\s*(?:dollars?\s+|bucks\s+)?(?:off\b\s*(?P<c>coupon|voucher|code)?"
    r"|(?P<c2>coupon|voucher|discount\s+code)\b)",
    re.I,
)
_ASKS_EN = re.compile(
    r"\bwhich\s+(?:one\s+|option\s+|deal\s+)?(?:saves?\s+(?:me\s+)?(?:more|the\s+most)|is\s+(?:better|cheaper)"
    r"|is\s+the\s+better\s+deal|gives?\s+(?:me\s+)?(?:more|the\s+bigger\s+discount)|should\s+i\s+(?:use|pick|take|go\s+with))"
    r"|\bbetter\s+deal\b",
    re.I,
)
_PRICE_KO = re.compile(rf"(?P<p>{_N})\s*원(?:짜리|인데|이고|에)?")
_PCT_OFF_KO = re.compile(rf"(?P<r>{_N})\s*(?:%|프로|퍼센트)\s*(?:할인|쿠폰|세일)")
_AMT_OFF_KO = re.compile(rf"(?P<a>{_N})\s*원\s*(?:할인\s*)?(?P<c>쿠폰|할인)")
_ASKS_KO_MORE = re.compile(_ASKS_KO.pattern[:-1] + "|유리|아끼|나아|낫)")


def _money(value: Decimal) -> str:
    return f"{value:,.2f}"


def percent_or_amount_off(text: str) -> tuple[str, str] | None:
    """Both prices and the offer that saves more: (answer, how), or ``None``."""
    s = normalize_numerals(text)
    s = re.sub(r"(?<=\d),(?=\d{3}\b)", "", s)
    korean = re.search("[가-힣]", s) is not None
    if korean:
        asks, price, pct, amt = _ASKS_KO_MORE, _PRICE_KO, _PCT_OFF_KO, _AMT_OFF_KO
    else:
        asks, price, pct, amt = _ASKS_EN, _PRICE_EN, _PCT_OFF_EN, _AMT_OFF_EN
    if not asks.search(s):
        return None
    p, r, a = price.search(s), pct.search(s), amt.search(s)
    if p is None or r is None or a is None:
        return None
    if not _each_figure_read_once(s, p.span("p"), r.span("r"), a.span("a")):
        return None
    if p.start("p") > min(r.start("r"), a.start("a")):
        return None  # the price said after the offers: not the order read here
    whole, rate, off = Decimal(p["p"]), Decimal(r["r"]), Decimal(a["a"])
    if not (0 < rate < 100) or not (0 < off < whole):
        return None
    by_rate, by_amount = whole * (100 - rate) / 100, whole - off
    how = f"{p['p']} * (1 - {r['r']}/100) = {by_rate} vs {p['p']} - {a['a']} = {by_amount}"
    if korean:
        pct_name, amt_name = f"{r['r']}% 할인", f"{_won(off)} {a['c']}"
        sums = f"{pct_name}: {_won(by_rate)}, {amt_name}: {_won(by_amount)}"
        if by_rate == by_amount:
            return f"{sums}. 둘 다 같습니다.", how
        better = pct_name if by_rate < by_amount else amt_name
        return f"{sums}. {_subject(better)} {_won(abs(by_rate - by_amount))} 더 아낍니다.", how
    kind = a["c"] or a["c2"]
    pct_name = f"{r['r']}% off"
    amt_name = f"the {a['a']} off {kind.lower()}" if kind else f"{a['a']} off"
    sums = f"{pct_name}: {_money(by_rate)}; {amt_name}: {_money(by_amount)}"
    if by_rate == by_amount:
        return f"{sums}. Both come to the same.", how
    better = pct_name if by_rate < by_amount else amt_name
    gap = _money(abs(by_rate - by_amount))
    return f"{sums}. {better[0].upper()}{better[1:]} saves more, by {gap}.", how
