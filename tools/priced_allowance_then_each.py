"""A price that covers an allowance, then a price for each unit over it.

Blind set 32: "요금제 월 55000원에 데이터 10GB 넘으면 1GB당 2200원이래 이번달 14GB 썼으면",
"택배 5kg까지 4천원이고 그 위로는 1kg당 천원씩 추가래 8kg 보내면", "my phone plan is 45 a
month with 5GB included and overage is 10 per extra GB, I used 8GB" and "shipping is 8 for
the first pound and 1.75 for each additional pound, the package weighs 6 pounds" went to the
cloud: the readers know a price per unit over a count, and a first block of time priced
apart (:mod:`tools.priced_first_then_each`), not a base price covering some amount of data
or weight. The total is the base price plus the further price for each whole block over the
allowance (a part block is the seller's rule of rounding, not arithmetic, and declines, and
so does an amount within the allowance, whose bill is the base price alone). Every figure of
the request must be one of the form's or the one amount used, else nothing is read.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tools.priced_figures import NUMBER
from tools.priced_quantities import plain_text

__all__ = ["allowance_then_each_total", "used_amount_of_allowance"]

_UNIT = (
    r"(?P<{}>gb|기가|mb|메가|kg|키로|킬로|lbs?|pounds?|km|킬로미터|분|minutes?|mins?|시간"
    r"|hours?)"
)
_WON = r"\s*(?:원|won\b|dollars?\b|bucks\b)?"
# "10GB 넘으면 1GB당 2200원", "5kg까지 4000원이고 그 위로는 1kg당 1000원씩": Korean forms.
_OVER_KO = (
    r"(?:넘으면|넘어가면|넘는\s*(?:건|거|부분은?)|초과하면|초과\s*시|초과분은?|이상이면)\s*"
    r"(?:그\s*(?:위로?는?|이상은?)|초과분은?)?\s*"
)
_BASE_THEN_OVER_KO = re.compile(
    rf"(?P<a>{NUMBER})\s*원\s*(?:에|이고|인데|이며|,)?\s*(?:[가-힣]+\s*)?"
    rf"(?P<f>{NUMBER})\s*" + _UNIT.format("u") + rf"\s*{_OVER_KO}"
    rf"(?:(?P<k>{NUMBER})\s*)?" + _UNIT.format("u2") + rf"\s*(?:당|마다)\s*(?P<b>{NUMBER})\s*원",
    re.IGNORECASE,
)
_UPTO_THEN_OVER_KO = re.compile(
    rf"(?P<f>{NUMBER})\s*" + _UNIT.format("u") + r"\s*(?:까지는?|이하는?)\s*"
    rf"(?P<a>{NUMBER})\s*원\s*(?:이고|이며|인데|,)?\s*"
    r"(?:그\s*(?:위로?는?|이상은?|다음부터는?)|초과분?은?|넘으면|넘는\s*(?:건|거)|이후로?는?)?\s*"
    rf"(?:(?P<k>{NUMBER})\s*)?" + _UNIT.format("u2") + rf"\s*(?:당|마다)\s*(?P<b>{NUMBER})\s*원",
    re.IGNORECASE,
)
# "45 a month with 5GB included and overage is 10 per extra GB".
_INCLUDED_EN = re.compile(
    rf"(?P<a>{NUMBER}){_WON}\s+(?:a|per)\s+month\s+(?:with|for|including|that\s+includes)\s+"
    rf"(?P<f>{NUMBER})\s*" + _UNIT.format("u") + r"\s*(?:included|of\s+data|of\s+\w+)?\s*,?\s*"
    r"(?:and|but|then|plus)?\s*(?:the\s+)?(?:overage|extra\s+data|anything\s+over)?\s*"
    rf"(?:is|costs?|runs?|charges?)?\s*(?P<b>{NUMBER}){_WON}\s+(?:per|a|for\s+each|each)\s+"
    rf"(?:extra|additional|more)?\s*(?:(?P<k>{NUMBER})\s*)?" + _UNIT.format("u2") + r"\b",
    re.IGNORECASE,
)
# "8 for the first pound and 1.75 for each additional pound".
_FIRST_EN = re.compile(
    rf"(?P<a>{NUMBER}){_WON}\s+for\s+the\s+first\s+(?:(?P<f>{NUMBER})\s*)?"
    + _UNIT.format("u")
    + rf"\b,?\s*(?:and|then|plus)?\s*(?:then\s+)?(?P<b>{NUMBER}){_WON}\s+"
    r"(?:for\s+)?(?:each|every|per|an?)\s+(?:extra|additional|more|further)\s*"
    rf"(?:(?P<k>{NUMBER})\s*)?" + _UNIT.format("u2") + r"\b",
    re.IGNORECASE,
)
_FORMS = (_BASE_THEN_OVER_KO, _UPTO_THEN_OVER_KO, _INCLUDED_EN, _FIRST_EN)
_USED = re.compile(rf"(?<![\d.])(?P<n>{NUMBER})\s*" + _UNIT.format("u") + r"(?![가-힣]*당)", re.I)
# Each unit as (kind, how many of the kind's base unit it is).
_BASE: dict[str, tuple[str, Decimal]] = {
    "gb": ("data", Decimal(1000)),
    "기가": ("data", Decimal(1000)),
    "mb": ("data", Decimal(1)),
    "메가": ("data", Decimal(1)),
    "kg": ("weight", Decimal(1)),
    "키로": ("weight", Decimal(1)),
    "킬로": ("weight", Decimal(1)),
    "lb": ("pound", Decimal(1)),
    "pound": ("pound", Decimal(1)),
    "km": ("distance", Decimal(1)),
    "킬로미터": ("distance", Decimal(1)),
    "분": ("time", Decimal(1)),
    "minute": ("time", Decimal(1)),
    "min": ("time", Decimal(1)),
    "시간": ("time", Decimal(60)),
    "hour": ("time", Decimal(60)),
}


def _base(unit: str) -> tuple[str, Decimal]:
    word = unit.lower()
    return _BASE.get(word) or _BASE[word.rstrip("s")]


def _figure(value: Decimal) -> str:
    return format(value.normalize(), "f")


def used_amount_of_allowance(original: str) -> tuple[str, re.Match[str], re.Match[str]] | None:
    """The plain text of an allowance request, its form and its one amount used.

    Args:
        original: The request as asked.

    Returns:
        ``(text, form, used)`` or ``None`` when the request is not this form alone.
    """
    text = plain_text(original)
    form = next((m for f in _FORMS if (m := f.search(text)) is not None), None)
    if form is None or _base(form["u"])[0] != _base(form["u2"])[0]:
        return None
    kind = _base(form["u"])[0]
    rest = text[: form.start()] + " " + text[form.end() :]
    used = [
        m
        for m in _USED.finditer(text)
        if not form.start() <= m.start() < form.end() and _base(m["u"])[0] == kind
    ]
    if len(used) != 1 or re.search(r"\d", _USED.sub(" ", rest)):
        return None  # no amount, two amounts or another figure: not this form alone
    return text, form, used[0]


def allowance_then_each_total(original: str) -> tuple[str, str] | None:
    """The expression and currency of a base price with an allowance and a price over it.

    Args:
        original: The request as asked.

    Returns:
        ``("55000 + 2200 * (14 - 10)", "원")`` for 14 GB on a 10 GB plan, or ``None``.
    """
    found = used_amount_of_allowance(original)
    if found is None:
        return None
    _, form, used = found
    allowance = Decimal(form["f"] or 1) * _base(form["u"])[1]
    block = Decimal(form["k"] or 1) * _base(form["u2"])[1]
    over = max(Decimal(used["n"]) * _base(used["u"])[1] - allowance, Decimal(0))
    if block <= 0 or over % block:
        return None
    currency = "원" if "원" in form.group(0) else ""
    if not over:
        # Within the allowance the bill is the base price, a bare figure the calculator
        # does not give as a result; left to the tiers that can say so in words.
        return None
    blocks = _figure(over / block)
    if _base(used["u"])[1] == _base(form["u"])[1] and form["f"] and not form["k"]:
        # The figures as said ("45 + 10 * (8 - 5)"): every stated amount is seen used.
        blocks = f"({used['n']} - {form['f']})"
    return f"{form['a']} + {form['b']} * {blocks}", currency
