"""Money formatting (won first) and conversion at a rate the user states.

There are no live exchange rates here on purpose: a rate must come from the
request ("환율 1350원일 때 ...") so the answer is reproducible and offline.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from core.errors import ToolInputError
from tools.currency_counts import multiplies_amount, paid_for_count
from tools.currency_cross_rates import plausible_cross_rate, won_rate_way
from tools.currency_limit_clause_49b import without_duty_free_limit
from tools.currency_pound_weight import pounds_are_weight
from tools.currency_unknown_name_51x import names_unknown_currency
from tools.korean_numbers import format_number, normalize_numerals

__all__ = [
    "CurrencyRequest",
    "MoneyResult",
    "convert_currency",
    "describe_request",
    "format_krw",
    "format_krw_korean",
    "format_money",
    "parse_currency_request",
    "resolve_currency",
]

_CURRENCIES: dict[str, tuple[str, int, tuple[str, ...]]] = {
    # code: (symbol, decimals, aliases)
    "KRW": ("₩", 0, ("원", "원화", "₩", "won", "krw", "한국 돈")),
    "USD": ("$", 2, ("달러", "미국 달러", "미화", "불", "$", "usd", "dollar", "dollars", "us$")),
    "JPY": ("¥", 0, ("엔", "엔화", "일본 엔", "¥", "yen", "jpy")),
    "EUR": ("€", 2, ("유로", "유로화", "€", "eur", "euro", "euros")),
    "CNY": ("CN¥", 2, ("위안", "위안화", "元", "cny", "rmb", "yuan")),
    "GBP": ("£", 2, ("파운드", "영국 파운드", "£", "gbp", "pound", "pounds", "sterling")),
}
_ALIAS: dict[str, str] = {}
for _iso, (_symbol, _places, _names) in _CURRENCIES.items():
    for _name in (_iso, *_names):
        _ALIAS[_name.lower()] = _iso


@dataclass(frozen=True)
class MoneyResult:
    """An amount of money in one currency."""

    amount: Decimal
    currency: str

    @property
    def display(self) -> str:
        """Formatted for a person ("337,500원", "$185.19")."""
        return format_money(self.amount, self.currency)


@dataclass(frozen=True)
class CurrencyRequest:
    """A conversion asked for in text: ``amount`` of ``from_currency`` at ``rate``."""

    amount: Decimal
    from_currency: str
    to_currency: str
    rate: Decimal  # units of to_currency per 1 from_currency


def _dec(amount: Decimal | float | int) -> Decimal:
    try:
        return amount if isinstance(amount, Decimal) else Decimal(str(amount))
    except InvalidOperation:
        raise ToolInputError(f"{amount!r} is not an amount of money; pass a number") from None


def resolve_currency(name: str) -> str:
    """Return the ISO code for a currency name ("달러" -> "USD").

    Raises:
        ToolInputError: When the currency is not known.
    """
    key = unicodedata.normalize("NFKC", name).strip().lower()
    if key in _ALIAS:
        return _ALIAS[key]
    raise ToolInputError(
        f"unknown currency {name!r}: use one of {', '.join(_CURRENCIES)} (or 원, 달러, 엔, 유로)"
    )


def format_krw(amount: Decimal | float | int) -> str:
    """Format won with thousands separators, rounded half-up to whole won ("5,250원")."""
    won = _dec(amount).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    return f"{format_number(won)}원"


def format_krw_korean(amount: Decimal | float | int) -> str:
    """Format won with 억/만 groups the way people say it ("1억 2,000만원")."""
    won = int(_dec(amount).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    sign, won = ("-" if won < 0 else ""), abs(won)
    if won < 10_000:
        return f"{sign}{won:,}원"
    parts: list[str] = []
    for unit_value, unit in ((10**12, "조"), (10**8, "억"), (10**4, "만"), (1, "")):
        group, won = divmod(won, unit_value)
        if group:
            parts.append(f"{group:,}{unit}")
    return sign + " ".join(parts) + "원"


def format_money(amount: Decimal | float | int, currency: str) -> str:
    """Format an amount in a currency ("$1,234.50", "5,250원", "¥1,235").

    Args:
        amount: The amount.
        currency: ISO code or a name such as "달러" or "won".

    Returns:
        The amount rounded half-up to the currency's minor unit, with its symbol.

    Raises:
        ToolInputError: When the currency is unknown.
    """
    code = resolve_currency(currency)
    if code == "KRW":
        return format_krw(amount)
    symbol, decimals, _ = _CURRENCIES[code]
    value = _dec(amount).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)
    sign = "-" if value < 0 else ""
    return f"{sign}{symbol}{abs(value):,.{decimals}f}"


def convert_currency(
    amount: Decimal | float | int, from_currency: str, to_currency: str, rate: Decimal | float | int
) -> MoneyResult:
    """Convert money at an explicit rate: 1 ``from_currency`` = ``rate`` ``to_currency``.

    Args:
        amount: The amount in ``from_currency``.
        from_currency: ISO code or name ("USD", "달러").
        to_currency: ISO code or name ("KRW", "원").
        rate: How many ``to_currency`` one ``from_currency`` buys (e.g. 1350 for USD->KRW).

    Returns:
        The converted amount (not rounded; ``display`` rounds to the minor unit).

    Raises:
        ToolInputError: For unknown currencies or a rate that is not positive.
    """
    src, dst = resolve_currency(from_currency), resolve_currency(to_currency)
    r = _dec(rate)
    if r <= 0:
        raise ToolInputError(f"exchange rate must be positive, got {rate}; pass e.g. 1350")
    if src == dst and r != 1:
        raise ToolInputError(f"both currencies are {src}; the rate must be 1")
    with localcontext() as ctx:
        ctx.prec = 28
        return MoneyResult(_dec(amount) * r, dst)


_NUM = r"\d+(?:\.\d+)?"
_CUR = (
    "|".join(re.escape(a) for a in sorted(_ALIAS, key=len, reverse=True) if a not in ("불",))
    + "|불(?![가-힣])"
)
# One unit of the source currency: "1", "a", "one", "each", "per", "every" (or a number of units).
_ONE = r"(?:(?P<n>\d+(?:\.\d+)?)|\b(?:a|an|one|each|per|every|the)\b)"
# What joins "a dollar" to its price: Korean particles, "=", or an English verb of value.
_IS = (
    r"(?:당|에|=|:|은|는|이|가|"
    r"\b(?:is|are|was|equals|costs?|buys|gets(?:\s+you)?|goes\s+for|trades\s+at|is\s+worth|"
    r"is\s+at|at|of)\b)"
)
_RATE_PATTERNS = (
    # 환율 1350원 / 환율이 1달러에 1350원 / 환율: 100엔당 900원
    rf"환율\s*(?:이|은|는|가|:)?\s*(?:(?P<n>{_NUM})?\s*(?P<fc>{_CUR})\s*(?:당|에|=|에\s*대해)?\s*)?"
    rf"(?P<r>{_NUM})\s*(?P<rc>{_CUR})",
    # 1달러에 1350원 / 1 USD = 1350 KRW / a dollar is 1,380 won / the dollar at 1380 won
    rf"{_ONE}\s*(?P<fc>{_CUR})\s*{_IS}\s*(?P<r>{_NUM})\s*(?P<rc>{_CUR})",
    # 달러당 1350원 / USD = 1350 KRW. An English verb needs "a"/"one"/a number before the
    # currency: in "how many won is 45 dollars" the "won is 45 dollars" is not a rate.
    rf"(?P<fc>{_CUR})\s*(?:당|에|=|:|은|는|이|가)\s*(?P<r>{_NUM})\s*(?P<rc>{_CUR})",
    # 1달러 1380원 기준 / 1달러 1380원이면 (a number on both sides, nothing between) /
    # "…달러로 바꾸면? 1달러 1,380원" (the rate added at the end)
    rf"(?P<n>{_NUM})\s*(?P<fc>{_CUR})\s+(?P<r>{_NUM})\s*(?P<rc>{_CUR})"
    r"\s*(?:기준|이면|일\s*때|으로|로|[.?？]?\s*$)",
    # at 1350 won per dollar / 1,380 won to the dollar / 1380원/달러 / 1380 KRW per USD
    rf"(?P<r>{_NUM})\s*(?P<rc>{_CUR})\s*"
    # "to" only with "the"/"one": "345000 won to euros" is the conversion, not a rate.
    rf"(?:\b(?:per|a|an|for|against)\b(?:\s+(?:the|one|1|a|an|each))?"
    rf"|\bto\s+(?:the|one|1|a|an|each)\b|/|당)\s*(?P<fc>{_CUR})",
    # "200 dollars at 1,402 won each": the rate said per unit of the amount (opens62)
    rf"\bat\s+(?P<r>{_NUM})\s*(?P<rc>{_CUR})\s+(?:each|apiece|a\s+piece)\b",
    # 800달러를 1,398원에 환전하면 / 1,450원으로 바꾸면: the won said with the exchange verb
    rf"(?P<r>{_NUM})\s*(?P<rc>{_CUR})\s*(?:에|으로|로)\s*(?=(?:환전|바꾸|바꿔|바꿀|팔면|사면))",
    # USD/KRW 1380 / USD/KRW = 1,380
    rf"(?P<fc>{_CUR})\s*/\s*(?P<rc>{_CUR})\s*(?:=|:|at|is)?\s*(?P<r>{_NUM})",
    # convert 250 USD to KRW at 1350 / 환율이 1,380원 (no currency on the rate)
    rf"(?:환율|at|rate(?:\s+(?:of|is))?|exchange\s+rate(?:\s+(?:of|is))?)\s*(?:이|은|는|가)?\s*:?\s*"
    # A figure followed by "%" is an interest or tax rate, never an exchange rate
    # ("$5,000 at 3% simple interest" had read as 5,000 dollars at 3 won each).
    rf"(?P<r>{_NUM})(?!\s*[\d.%])",
)
_CUE = re.compile(
    r"얼마|몇|환산|바꾸|바꿔|변환|계산|convert|how much|how many|what is|what are|\bin\b|\bto\b"
    r"|총액"  # "… 수수료는 건당 2천원 별도면 총액" (probes58): the sum asked (cal58k3)
    # "50달러는?": an amount of money asked about on its own ("250달러짜리 노트북 살까?" is not).
    rf"|(?:{_CUR})\s*(?:은|는)?\s*[?？]"
    # "1,200,000원은 달러로?", "엔화로는?": the currency asked for, on its own.
    rf"|(?:{_CUR})\s*(?:로|으로)\s*(?:는|은)?\s*[?？]?\s*$",
    re.IGNORECASE,
)


def _code(name: str | None) -> str | None:
    return _ALIAS.get(name.strip().lower()) if name else None


def parse_currency_request(text: str) -> CurrencyRequest | None:
    """Read a conversion at a rate the request states; None if it is not one.

    The rate may be said in many ways ("환율 1350원일 때", "1달러에 1,380원이면",
    "if a dollar is 1,380 won", "at 1380 won per dollar", "USD/KRW 1380"): every
    place a rate pattern matches is tried, and the first one that leaves exactly one
    other amount of money to convert wins, so "how many won is 45 dollars" is never
    read as a rate of 45.
    """
    s = normalize_numerals(unicodedata.normalize("NFKC", text).strip())
    s = without_duty_free_limit(s)  # "150달러까지 면세라 138달러어치": a bound (set 36)
    if not _CUE.search(s) or pounds_are_weight(s):
        return None  # (a dog of 65 pounds at 2 dollars a pound is no conversion)
    if names_unknown_currency(s):
        return None  # "17.2 pesos per dollar": never read as won per dollar
    for pattern in _RATE_PATTERNS:
        for rm in re.finditer(pattern, s, re.IGNORECASE):
            request = _request_at(s, rm)
            if request is not None:
                return request
    return None


def _request_at(s: str, rm: re.Match[str]) -> CurrencyRequest | None:
    """The conversion when ``rm`` is the rate statement of ``s`` (None if the rest does not fit)."""
    groups = rm.groupdict()
    per = Decimal(groups.get("n") or 1)
    rate_amount = Decimal(rm["r"])
    fc, rc = _code(groups.get("fc")), _code(groups.get("rc"))
    # The particle after a rate is the rate's ("환율 1,400원으로"): left in the rest it
    # would follow the amount before it and read as the currency asked ("…원 으로").
    rest = s[: rm.start()] + " " + re.sub(r"^\s*(?:으로|로)(?![가-힣])", "", s[rm.end() :])
    amounts = [
        (Decimal(m["a"] or m["b"]), _code(m["c1"] or m["c2"]))
        for m in re.finditer(
            rf"(?P<c1>[$€£¥₩])\s*(?P<a>{_NUM})|(?P<b>{_NUM})\s*(?P<c2>{_CUR})", rest, re.IGNORECASE
        )
    ]
    if len(amounts) != 1 or amounts[0][1] is None:
        return None
    amount, src = amounts[0]
    if multiplies_amount(rest):
        # Several items at one price is arithmetic first: converting the one price
        # would answer for a single item. A price per night (day, head) for a count
        # of them is the product, when that is all the request says.
        count = paid_for_count(rest)
        if count is None:
            return None
        amount *= count
    tm = re.search(
        rf"(?P<t>{_CUR})\s*(?:로|으로)(?![가-힣])|몇\s*(?P<t2>{_CUR})|\b(?:in|to|into)\s+(?P<t3>{_CUR})"
        rf"|\bhow\s+(?:many|much)\s+(?P<t4>{_CUR})",
        rest,
        re.IGNORECASE,
    )
    dst = _code(tm and (tm["t"] or tm["t2"] or tm["t3"] or tm["t4"]))
    if rc is None:
        # A bare rate is quoted the usual way: won (or the target) per foreign unit.
        if src is not None and dst is not None:
            rc, fc = ("KRW", src if dst == "KRW" else dst) if "KRW" in (src, dst) else (dst, src)
        elif src is not None and src != "KRW":
            rc, fc = "KRW", src
        else:
            return None
    if fc is None:
        fc = src if src != rc else dst
    if dst is None:
        dst = rc if src == fc else fc
    if src is None or fc is None or dst is None or {src, dst} != {fc, rc}:
        return None
    if rate_amount <= 0 or per <= 0:
        return None
    with localcontext() as ctx:
        ctx.prec = 28
        rate = rate_amount / per if src == fc else per / rate_amount
        if groups.get("rc") is None and "KRW" not in (src, dst):
            # "200 dollars in yen at 9.3": a bare rate between two foreign currencies is
            # read only at a size that pair's rate comes in (tools.currency_cross_rates).
            plausible = plausible_cross_rate(rate, src, dst)
            if plausible is None:
                return None
            rate = plausible
        elif groups.get("rc") is None:
            rate = won_rate_way(rate, src, dst)  # "won to dollars at 0.00072": dollars a won
    return CurrencyRequest(amount, src, dst, rate)


def describe_request(req: CurrencyRequest) -> str:
    """One-line working for a conversion ("250 USD × 1350 = 337,500 KRW")."""
    result = convert_currency(req.amount, req.from_currency, req.to_currency, req.rate)
    src, dst = req.from_currency, req.to_currency
    # Rates below 1 read better inverted: "÷ 1,350 KRW/USD" rather than "× 0.00074".
    op = (
        f"× {format_number(req.rate, 8)} {dst}/{src}"
        if req.rate >= 1
        else f"÷ {format_number(1 / req.rate, 8)} {src}/{dst}"
    )
    return f"{format_number(req.amount)} {src} {op} = {format_number(result.amount, 2)} {dst}"
