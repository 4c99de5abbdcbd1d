"""A first block at one price and each further block at another ("first day 45, 20 each
extra day"; "처음 30분 2,000원 그뒤로 10분당 500원").

Blind set 31: a tent "45 for the first day and 20 for each extra day … 5 days" and a car
park "처음 30분 2,000원 그뒤로 10분당 500원인데 1시간 20분" went to the cloud: the reader
knows one rate over a count, not a first block priced apart. The total is the first price
plus the further price for each further block; only whole further blocks are read (a part
block is the seller's rule of rounding, not arithmetic), and a span within the first block
costs the first price.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tools.priced_figures import NUMBER
from tools.priced_quantities import plain_text

__all__ = ["first_then_each_total", "span_of_first_then_each"]

_UNIT = r"(?P<{}>days?|hours?|nights?|weeks?|minutes?|mins?|분|시간|일|박)"
_FIRST_EN = re.compile(
    rf"(?P<a>{NUMBER})\s*(?:dollars?|bucks)?\s+for\s+the\s+first\s+(?:(?P<f>{NUMBER})\s+)?"
    + _UNIT.format("u")
    + rf"\b,?\s*(?:and|then|plus)?\s*(?:then\s+)?(?P<b>{NUMBER})\s*(?:dollars?|bucks)?\s+"
    r"(?:for\s+)?(?:each|every|per|an?)\s+(?:extra|additional|more|further)?\s*"
    rf"(?:(?P<k>{NUMBER})\s+)?" + _UNIT.format("u2") + r"\b",
    re.IGNORECASE,
)
_FIRST_KO = re.compile(
    rf"(?:처음|최초|기본)\s*(?P<f>{NUMBER})\s*"
    + _UNIT.format("u")
    + rf"\s*(?:에|은|는|까지)?\s*(?P<a>{NUMBER})\s*원\s*(?:이고|이며|,)?\s*"
    r"(?:그\s*뒤로?는?|그\s*다음(?:부터)?은?|이후(?:에는|로는?)?|추가)?\s*"
    rf"(?:(?P<k>{NUMBER})\s*)?" + _UNIT.format("u2") + rf"\s*(?:당|마다)\s*(?P<b>{NUMBER})\s*원"
)
_SPAN = re.compile(rf"(?<![\d.])(?P<n>{NUMBER})\s*" + _UNIT.format("u") + r"(?![가-힣]*당)")
_SPAN_WORDS = re.compile(r"\b(?:a|one)\s+(?P<u>week)\b", re.IGNORECASE)
# Each unit in the base unit of its kind (minutes for time of day, days for stays).
_BASE = {
    "minute": ("min", 1),
    "min": ("min", 1),
    "분": ("min", 1),
    "hour": ("min", 60),
    "시간": ("min", 60),
    "day": ("day", 1),
    "일": ("day", 1),
    "night": ("night", 1),
    "박": ("night", 1),
    "week": ("day", 7),
}


def _base(unit: str) -> tuple[str, int]:
    word = unit.lower()
    return _BASE.get(word) or _BASE[word.rstrip("s")]


def _figure(value: Decimal) -> str:
    return format(value.normalize(), "f")


def first_then_each_total(original: str) -> tuple[str, str] | None:
    """The expression and currency of a first block priced apart from the further ones.

    Args:
        original: The request as asked.

    Returns:
        ("45 + 20 * (5 - 1) / 1", "") for the tent, or ``None`` when the request is not
        this form, its span is not said once, or the further blocks are not whole.
    """
    text = plain_text(original)
    form = _FIRST_EN.search(text) or _FIRST_KO.search(text)
    if form is None:
        return None
    kind, per_first = _base(form["u"])
    kind2, per_further = _base(form["u2"])
    rest = text[: form.start()] + " " + text[form.end() :]
    spans = [m for m in _SPAN.finditer(rest) if _base(m["u"])[0] == kind]
    words = [m for m in _SPAN_WORDS.finditer(rest)] if not spans else []
    if kind != kind2 or len(spans) + len(words) != 1:
        return None
    if re.search(r"\d", _SPAN.sub(" ", rest)):
        return None  # another figure (a fee, a count of things): not this form alone
    span = Decimal(spans[0]["n"]) * _base(spans[0]["u"])[1] if spans else Decimal(7)
    first = Decimal(form["f"] or 1) * per_first
    block = Decimal(form["k"] or 1) * per_further
    further = max(span - first, Decimal(0))
    if block <= 0 or further % block:
        return None
    currency = "원" if "원" in form.group(0) else ""
    a, b = form["a"], form["b"]
    if not further:
        return a, currency
    return f"{a} + {b} * {_figure(further / block)}", currency


def span_of_first_then_each(original: str) -> tuple[str, re.Match[str]] | None:
    """The plain text of a first-then-each request and its one span, for a follow-up.

    Args:
        original: A request :func:`first_then_each_total` reads.
    """
    if first_then_each_total(original) is None:
        return None
    text = plain_text(original)
    form = _FIRST_EN.search(text) or _FIRST_KO.search(text)
    assert form is not None
    kind = _base(form["u"])[0]
    spans = [
        m
        for m in _SPAN.finditer(text)
        if _base(m["u"])[0] == kind and not form.start() <= m.start() < form.end()
    ]
    return (text, spans[0]) if len(spans) == 1 else None
