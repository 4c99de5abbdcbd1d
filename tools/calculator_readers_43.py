"""The early readers set 43 added to the calculator, each with the unit its answer is in.

Each reads one whole form and nothing else, so a sentence with more figures than the form
holds falls through to the readers after it:

- a price raised or cut by a percent, the new price asked ("월세 55만원인데 5% 올린대 얼마
  되는거야"): set 43's first run answered 27,500원, the raise alone, for a rent of 577,500원;
  asked "얼마 더 내" it is the raise alone (that was read as the new price);
- a price with a tax or tip percent, what is paid asked ("64 dollars and sales tax here is
  8.875%, how much at the register"): the tax alone ($5.68) was answered for $69.68;
- a budget at a price per measure, the measure asked ("리터당 1689원인데 5만원어치 넣으면
  몇리터야"): the amount divided by the price, in that measure;
- the discount between a price before and after, in percent ("원래 3만2천원이던게 2만4천원
  됐으면 몇프로 할인한거야");
- pay every two weeks over a year or a month (26 paydays a year);
- gallons of paint for square feet, coats and what a gallon covers (the litres-and-m2
  reader's sum, in the units said: the area units cancel).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tools.calculator_paint_coverage import paint_litres

__all__ = [
    "amount_for_budget",
    "biweekly_pay_en",
    "discount_rate_asked_ko",
    "paint_gallons_en",
    "price_moved_by_percent_ko",
    "readers_43",
    "taxed_total_paid_en",
]

_FIGURE = r"\d[\d,]*(?:\.\d+)?"
_ANY_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _plain(figure: str) -> str:
    return figure.replace(",", "")


# --- a price raised or cut by a percent, asked in Korean ------------------------------------
_WON_AMOUNT = re.compile(rf"(?P<a>{_FIGURE})\s*원")
_PERCENT_MOVED = re.compile(
    rf"(?P<p>{_FIGURE})\s*(?:%|퍼센트|프로)\s*(?:씩\s*)?(?:를|을)?\s*"
    r"(?P<verb>올리|올린|올려|올랐|오르|오른|올라|인상|내리|내린|내려|내렸|인하|깎|할인)"
)
_RAISES = ("올", "오르", "오른", "인상")
# The change itself asked ("얼마 더 내", "얼마나 올라", "인상분", "차이"): never the new price.
_ASKS_CHANGE_KO = re.compile(
    r"얼마\s*(?:나\s*)?더|더\s*(?:내|나가|줘|들|싸)|얼마나\s*(?:올|오르|내|싸|깎)|얼마\s*(?:올|오르|내려|깎|싸)"
    r"|인상분|인상액|할인액|할인\s*금액|차이|차액|몇\s*원\s*(?:올|오르|내|싸)"
)
# A quantity in words or a trip the price is for ("부모님 두분", "왕복"): more than one price.
_OTHER_QUANTITY = re.compile(
    r"(?<![가-힣])(?:한|두|세|네|다섯|여섯)\s*(?:분|명|개|장|잔|병|박|번|달|사람)|왕복|편도|인당|씩"
)
# The new price asked: "얼마 되", "얼마야", "얼마임", "얼마로", "얼마 내".
_ASKS_PRICE_KO = re.compile(r"얼마")


def price_moved_by_percent_ko(digits: str) -> str | None:
    """ "월세 550000원인데 집주인이 5% 올린대 얼마 되는거야": 550000 * (1 + 5 / 100).

    One amount in won and one percent after it with a verb of raising or cutting, the
    price asked and not the change; any other figure leaves the sentence to other readers.
    """
    amounts = list(_WON_AMOUNT.finditer(digits))
    moved = _PERCENT_MOVED.search(digits)
    if len(amounts) != 1 or moved is None or moved.start() < amounts[0].end():
        return None
    if len(_ANY_FIGURE.findall(digits)) != 2 or _OTHER_QUANTITY.search(digits):
        return None
    if len(digits[amounts[0].end() : moved.start()].split()) > 3:
        return None  # more said between the price and its rate than a subject
    amount, rate = _plain(amounts[0]["a"]), _plain(moved["p"])
    if _ASKS_CHANGE_KO.search(digits):
        # "8% 오르면 얼마 더 내": the raise itself (it was read as the new price, 248,400원
        # for a raise of 18,400원).
        return f"{amount} * {rate} / 100"
    if not _ASKS_PRICE_KO.search(digits[moved.end() :]):
        return None
    sign = "+" if moved["verb"].startswith(_RAISES) else "-"
    return f"{amount} * (1 {sign} {rate} / 100)"


# --- a price with a tax or tip on top, what is paid asked, in English -----------------------
_DOLLARS = re.compile(rf"\$\s*(?P<a>{_FIGURE})|(?P<b>{_FIGURE})\s*(?:dollars?|bucks?|usd)\b", re.I)
_TAX_RATE = re.compile(
    rf"\b(?:sales\s+tax|tax|vat|tip|gratuity|service\s+charge)\b[^%\d]{{0,20}}?(?P<p>{_FIGURE})\s*%",
    re.I,
)
# What is paid: at the register, at checkout, out the door, do i pay, in total.
_ASKS_PAID_EN = re.compile(
    r"\bhow\s+much\s+(?:at\s+(?:the\s+)?(?:register|checkout|till|counter)|do\s+i\s+(?:pay|owe)"
    r"|(?:will|would)\s+i\s+(?:pay|owe)|out\s+the\s+door|all\s+in|in\s+total)\b",
    re.I,
)


def taxed_total_paid_en(digits: str) -> str | None:
    """ "jacket is 64 dollars and sales tax here is 8.875%, how much at the register".

    One price in dollars, one tax or tip rate named, and what is paid asked: the price with
    the rate on top. Any other figure leaves the sentence to other readers.
    """
    prices = list(_DOLLARS.finditer(digits))
    rate = _TAX_RATE.search(digits)
    if len(prices) != 1 or rate is None or not _ASKS_PAID_EN.search(digits):
        return None
    if len(_ANY_FIGURE.findall(digits)) != 2:
        return None
    price = prices[0]["a"] or prices[0]["b"]
    return f"{_plain(price)} * (1 + {_plain(rate['p'])} / 100)"


# --- a budget at a price per measure, the measure asked -------------------------------------
# The measures a price is said per and asked in, with the unit the answer is shown in.
_MEASURES = {
    "리터": "L",
    "l": "L",
    "키로": "kg",
    "킬로": "kg",
    "kg": "kg",
    "gallon": "gal",
    "gallons": "gal",
    "liter": "L",
    "liters": "L",
    "litre": "L",
    "litres": "L",
}
# (Not 개: things are bought whole, and a fraction of one is no answer to "몇개".)
_MEASURE = r"(?P<m>리터|키로|킬로|kg|l)"
_PER_MEASURE_KO = re.compile(rf"{_MEASURE}\s*당\s*(?P<p>{_FIGURE})\s*원", re.I)
# The budget: the amount in won that is not the price per measure.
_BUDGET_KO = re.compile(rf"(?P<n>{_FIGURE})\s*원")
_ASKED_KO = re.compile(rf"몇\s*{_MEASURE}", re.I)
# A budget said as what was bought with it: "7만원어치".
_WORTH = re.compile(r"\s*어치")
#: A budget said before the price, as so much 어치 (switched off in tests).
USE_BUDGET_FIRST = True


def amount_for_budget(digits: str) -> tuple[str, str] | None:
    """ "휘발유 리터당 1689원인데 50000원어치 넣으면 몇리터야": 50000 / 1689, in litres.

    The price per measure, then a budget in won, and that same measure asked; two figures
    and no more.
    """
    price = _PER_MEASURE_KO.search(digits)
    asked = _ASKED_KO.search(digits)
    if price is None:
        return None
    budgets = [
        b
        for b in _BUDGET_KO.finditer(digits)
        # ("7만원어치 넣었는데 리터당 1,750원이면 몇리터", set 56: the budget said first as
        # what was bought, 어치, before the price.)
        if b.start() >= price.end() or (USE_BUDGET_FIRST and _WORTH.match(digits, b.end()))
    ]
    budget = budgets[0] if len(budgets) == 1 else None
    if price is None or budget is None or asked is None:
        return None
    if len(_ANY_FIGURE.findall(digits)) != 2:
        return None
    unit = _MEASURES[price["m"].lower()]
    if _MEASURES[asked["m"].lower()] != unit:
        return None
    return f"{_plain(budget['n'])} / {_plain(price['p'])}", unit


# --- the discount between two prices, asked in percent --------------------------------------
_ASKS_DISCOUNT_RATE = re.compile(
    r"몇\s*(?:%|퍼센트|퍼|프로)\s*(?:나|가|이|정도|쯤)?\s*(?:할인|세일|싸|깎|디씨|dc)", re.I
)
_BEFORE_FIRST = re.compile(r"원래|정가|이던게|였던게|이었던게|에서|이었는데|였는데")


def discount_rate_asked_ko(digits: str) -> str | None:
    """ "원래 32000원이던게 24000원 됐으면 몇프로 할인한거야": (32000 - 24000) / 32000 * 100.

    Exactly two figures, the earlier price first, and the discount asked in percent.
    """
    if not _ASKS_DISCOUNT_RATE.search(digits) or not _BEFORE_FIRST.search(digits):
        return None
    if "%" in _ASKS_DISCOUNT_RATE.sub("", digits):
        return None
    figures = _ANY_FIGURE.findall(digits)
    if len(figures) != 2:
        return None
    before, after = (_plain(f) for f in figures)
    if float(before) <= float(after):
        return None  # no discount: the price did not fall
    return f"({before} - {after}) / {before} * 100"


# --- pay every two weeks ------------------------------------------------------------------
_BIWEEKLY = re.compile(
    rf"(?P<a>{_FIGURE})\s*(?:dollars?\s*)?(?:every\s+(?:two|2|other)\s+weeks?|bi-?weekly"
    r"|a\s+fortnight|every\s+fortnight)",
    re.I,
)
_PER_YEAR = re.compile(r"\b(?:a|per|each)\s+year\b|\byearly\b|\bannual(?:ly)?\b", re.I)
_PER_MONTH = re.compile(r"\b(?:a|per|each)\s+month\b|\bmonthly\b", re.I)


def biweekly_pay_en(digits: str) -> str | None:
    """ "my paycheck is 2,340 every two weeks, whats that a year": 2340 * 26.

    26 paydays in a year (52 weeks); a month is the year's twelfth. One figure only.
    """
    paid = _BIWEEKLY.search(digits)
    if paid is None or len(_ANY_FIGURE.findall(digits)) != 1:
        return None
    rest = digits[paid.end() :]
    amount = _plain(paid["a"])
    if _PER_YEAR.search(rest):
        return f"{amount} * 26"
    if _PER_MONTH.search(rest):
        return f"{amount} * 26 / 12"
    return None


# --- gallons of paint for square feet -------------------------------------------------------
_SQ_FT = re.compile(r"\b(?:sq\.?\s*ft|square\s+(?:feet|foot)|sqft|ft2)\b", re.I)
_GALLON = re.compile(r"\bgallon(?P<s>s?)\b|\bgal\b", re.I)


def paint_gallons_en(digits: str) -> str | None:
    """ "a gallon covers 350 sq ft, walls are 900 sq ft, 3 coats, how many gallons": 900 * 3 / 350.

    Read by :func:`tools.calculator_paint_coverage.paint_litres` with square feet said as
    its area unit and gallons as its litres: area x coats / area a gallon covers.
    """
    if not _SQ_FT.search(digits) or not _GALLON.search(digits):
        return None
    metric = _SQ_FT.sub("m2", digits)
    metric = _GALLON.sub(lambda g: "litres" if g["s"] else "litre", metric)
    read = paint_litres(metric)
    return None if read is None else read[0]


def readers_43(digits: str) -> tuple[tuple[Callable[[str], str | None], str | None], ...]:
    """``(reader, unit)`` pairs for the question ``digits`` (numerals as digits).

    Looked up at call time, so a test can switch one reader off in this module.
    """
    budget = amount_for_budget(digits)
    return (
        (price_moved_by_percent_ko, "원"),
        (taxed_total_paid_en, "$"),
        (discount_rate_asked_ko, "%"),
        (biweekly_pay_en, "$" if "$" in digits else None),
        (paint_gallons_en, "gal"),
        (
            lambda _digits: None if budget is None else budget[0],
            None if budget is None else budget[1],
        ),
    )
