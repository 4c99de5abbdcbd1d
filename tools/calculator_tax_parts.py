"""A price with its VAT included, asked for both parts: the price before it and the VAT.

Blind set 38: "부가세 포함 33만원이면 공급가랑 부가세 각각 얼마야" was answered '300,000원'
(the supply price alone, by :mod:`tools.price_total`), and the VAT asked beside it was left
out; a half answer reads as the whole one. Korean VAT is 10% of the supply price by law
(부가가치세법 제30조), so an amount with 부가세 included splits into amount / 1.1 and the
rest. A rate said ("부가세 10% 포함", "including 20% VAT") is used as said; English needs it
said (VAT rates differ by country). Only one amount is read, and both parts must be asked
after it (the supply or net price and the VAT), so "공급가 얼마" alone stays with the
one-figure readers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from core.lazy_regex import LazyPattern
from tools.korean_numbers import format_number, normalize_numerals

__all__ = ["TaxParts", "asks_both_tax_parts", "tax_parts"]

_KOREAN_VAT_PERCENT = Decimal(10)
_NUM = r"\d[\d,]*(?:\.\d+)?"
_INCLUDED_KO = LazyPattern(
    rf"(?:부가세|부가가치세|VAT)\s*(?:(?P<p>{_NUM})\s*%\s*)?(?:포함|까지)", re.IGNORECASE
)
_INCLUDED_EN = LazyPattern(
    rf"\b(?:incl(?:uding|uded|usive\s+of|\.)?|with)\s+(?P<p>{_NUM})\s*%\s*(?:vat|gst|sales\s+tax|tax)\b"
    rf"|\b(?P<q>{_NUM})\s*%\s*(?:vat|gst|sales\s+tax|tax)\s+(?:included|incl\.?)(?![a-z])",
    re.IGNORECASE,
)
# The price before the tax, asked ("공급가", "공급가액", "세전", "net", "before VAT").
_ASKS_NET_KO = LazyPattern(r"공급가|세전\s*(?:가격|금액)?|부가세\s*(?:빼|뺀|제외)")
_ASKS_NET_EN = LazyPattern(
    r"\bnet\b|\bbefore\s+(?:the\s+)?(?:vat|gst|tax)\b|\bpre-?(?:vat|tax)\b"
    r"|\bwithout\s+(?:the\s+)?(?:vat|gst|tax)\b|\bex\.?\s*(?:vat|gst|tax)\b",
    re.IGNORECASE,
)
# The tax itself asked, not only named as included: a second mention after the amount.
_ASKS_TAX_KO = LazyPattern(
    r"(?:부가세|부가가치세|세금|VAT)(?!\s*(?:\d[\d,.]*\s*%\s*)?(?:포함|까지|빼|뺀|제외))"
)
_ASKS_TAX_EN = LazyPattern(r"\b(?:vat|gst|tax)\b(?!\s+(?:included|incl))", re.IGNORECASE)
_AMOUNT = LazyPattern(rf"(?<![\d.,])(?P<a>{_NUM})(?![\d.,]*\s*%)")


@dataclass(frozen=True)
class TaxParts:
    """A tax-included amount split into its two parts."""

    net: Decimal
    tax: Decimal
    korean: bool

    @property
    def answer(self) -> str:
        """Both parts as a person reads them."""
        if self.korean:
            net = self.net.quantize(Decimal(1), rounding=ROUND_HALF_UP)
            tax = self.tax.quantize(Decimal(1), rounding=ROUND_HALF_UP)
            return f"공급가액 {format_number(net)}원, 부가세 {format_number(tax)}원"
        net = self.net.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        tax = self.tax.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        return f"net {net:,.2f}, tax {tax:,.2f}"


def _asked_after(text: str, start: int, net: LazyPattern, tax: LazyPattern) -> bool:
    rest = text[start:]
    # "before VAT" names the tax only to ask the net price: the tax must be asked besides.
    return bool(net.search(rest)) and bool(tax.search(net.sub(" ", rest)))


def asks_both_tax_parts(text: str) -> bool:
    """Whether ``text`` gives a tax-included amount and asks for both of its parts."""
    return tax_parts(text) is not None


def tax_parts(text: str) -> TaxParts | None:
    """The net price and the tax inside a tax-included amount, when both are asked.

    Args:
        text: The request as asked ("부가세 포함 33만원이면 공급가랑 부가세 각각 얼마야").
    """
    text = normalize_numerals(text)
    korean = re.search(r"[가-힣]", text) is not None
    included = (_INCLUDED_KO if korean else _INCLUDED_EN).search(text)
    if included is None:
        return None
    said = included.groupdict().get("p") or included.groupdict().get("q")
    if said is None and not korean:
        return None
    rate = Decimal(said.replace(",", "")) if said else _KOREAN_VAT_PERCENT
    outside = text[: included.start()] + " " * (included.end() - included.start())
    outside += text[included.end() :]
    amounts = list(_AMOUNT.finditer(outside))
    if len(amounts) != 1 or rate <= 0:
        return None
    amount = amounts[0]
    net_words = _ASKS_NET_KO if korean else _ASKS_NET_EN
    tax_words = _ASKS_TAX_KO if korean else _ASKS_TAX_EN
    if not _asked_after(outside, max(amount.end(), included.end()), net_words, tax_words):
        return None
    total = Decimal(amount["a"].replace(",", ""))
    net = total * 100 / (100 + rate)
    return TaxParts(net=net, tax=total - net, korean=korean)
