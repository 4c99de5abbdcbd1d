"""Won changed into a currency the code has no table entry for, at the rate the user states.

"50만원 바트로 바꾸면 몇바트야 1바트에 38원이래": the user names the currency and its price
in won, so the conversion needs no table: the won divided by the rate (or a sum in that
currency times the rate, asked in won). Set 43's first run read the sentence as
500,000 + 38 and answered 500,038원, a sum of an amount and a rate.

The rate must be said as one unit of the currency against won ("1바트에 38원", "1바트=38원",
"1바트당 38원"); that clause is what makes the word a currency, so a unit of measure or an
item ("1개에 500원") never reads as one unless a conversion is asked with it.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from core.errors import ToolInputError
from tools.currency import resolve_currency
from tools.handler_result import HandlerResult
from tools.korean_numbers import format_number, normalize_numerals

__all__ = ["read_named_rate_conversion"]

_FIGURE = r"\d[\d,]*(?:\.\d+)?"
_ANY_FIGURE = re.compile(_FIGURE)
# "1바트에 38원", "1바트=38원", "1바트당 38원", "1 바트는 38원".
_RATE = re.compile(
    rf"(?<![\d.,])1\s*(?P<cur>[가-힣]{{1,4}}?)\s*(?:에|당|=|은|는|이|가)\s*(?P<r>{_FIGURE})\s*원"
)
_CHANGE = r"(?:바꾸|바꿔|바꿀|환전)"


def _won_to_foreign(cur: str) -> re.Pattern[str]:
    """ "500000원 바트로 바꾸면": the won, then the currency it is changed into."""
    return re.compile(
        rf"(?P<n>{_FIGURE})\s*원(?:을|를)?\s*{re.escape(cur)}\s*(?:으로|로)\s*{_CHANGE}"
    )


def _foreign_to_won(cur: str) -> re.Pattern[str]:
    """ "2000바트면 원화로 얼마": the sum in the currency, asked in won."""
    return re.compile(
        rf"(?P<n>{_FIGURE})\s*{re.escape(cur)}\S*\s*(?:.{{0,12}}?)(?:원화|한국\s*돈|원으로)"
    )


# Counters and measures: "1개에 500원" prices an item, never a currency.
_NOT_CURRENCIES = frozenset(
    {
        "개",
        "명",
        "장",
        "병",
        "권",
        "잔",
        "벌",
        "통",
        "대",
        "판",
        "알",
        "캔",
        "팩",
        "박스",
        "봉지",
        "상자",
        "마리",
        "인분",
        "그릇",
        "세트",
        "회",
        "번",
        "박",
        "시간",
        "분",
        "초",
        "일",
        "주",
        "달",
        "년",
        "개월",
        "리터",
        "키로",
        "킬로",
        "그램",
        "근",
        "평",
        "미터",
    }
)


def _known(cur: str) -> bool:
    try:
        resolve_currency(cur)
    except ToolInputError:
        return False
    return True


def _money(amount: Decimal) -> str:
    return format_number(amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def read_named_rate_conversion(text: str) -> HandlerResult | None:
    """The conversion asked, at the rate stated for a currency without a table entry.

    Args:
        text: One step, e.g. "태국 가는데 50만원 바트로 바꾸면 몇바트야 1바트에 38원이래".

    Returns:
        The amount in the currency asked, or ``None`` when the sentence is not exactly a
        conversion at a stated rate of one unit (three figures: the amount, the 1, the rate).
    """
    digits = normalize_numerals(text)
    rate = _RATE.search(digits)
    if rate is None or len(_ANY_FIGURE.findall(digits)) != 3:
        return None
    cur = rate["cur"]
    if cur in _NOT_CURRENCIES or _known(cur):
        return None  # 엔, 유로, 달러: the currency table's reader answers those
    per_unit = Decimal(rate["r"].replace(",", ""))
    if per_unit == 0:
        return None
    into = _won_to_foreign(cur).search(digits)
    if into is not None:
        won = Decimal(into["n"].replace(",", ""))
        amount = won / per_unit
        shown = f"{_money(amount)}{cur}"
        how = f"{format_number(won)} KRW ÷ {format_number(per_unit)} KRW/{cur}"
        return _converted(shown, amount, how, cur)
    back = _foreign_to_won(cur).search(digits[: rate.start()] + " " + digits[rate.end() :])
    if back is not None:
        foreign = Decimal(back["n"].replace(",", ""))
        won = (foreign * per_unit).quantize(Decimal(1), rounding=ROUND_HALF_UP)
        how = f"{format_number(foreign)} {cur} × {format_number(per_unit)} KRW/{cur}"
        return _converted(f"{format_number(won)}원", won, how, "원")
    return None


def _converted(shown: str, amount: Decimal, how: str, unit: str) -> HandlerResult:
    return HandlerResult(
        handler="currency",
        answer=shown,
        value=float(amount),
        detail=f"{how} = {shown} (rate as stated)",
        unit=unit,
    )
