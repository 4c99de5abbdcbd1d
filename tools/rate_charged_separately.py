"""A tax or charge said to be separate from the price ("부가세 10% 별도", "봉사료 10% 따로",
"VAT 10% extra") is paid on top of it: the price to pay is the amount with the rate added.

"사무용 의자 231,000원에 부가세 10% 별도면 총 얼마야" asks 254,100 won; found by the
twenty-first unseen set, where the rate with no cut or rise word read as a share and the
VAT alone (23,100) came back as the total, a wrong answer. The share stays what is asked
when the request names the add-on again after saying it is separate ("부가세 10% 별도면
부가세는 얼마야", "VAT is extra, how much is the VAT"): then the add-on's own amount is
the answer, as before.
"""

from __future__ import annotations

import re

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern
from tools.rate_add_on_total import asks_add_on_alone

__all__ = [
    "TAX_SAID_SEPARATE",
    "charged_separately",
    "refuse_rate_beside_unrated_charge",
    "refuse_share_of_separate_tax",
    "said_separate_cut",
    "tax_said_separate",
]

_ADD_ON = (
    r"(?:tip|tax|vat|gratuity|service\s+charge|fee|surcharge|팁|세금|부가세|부가가치세|봉사료"
    r"|수수료|배송비|배달비)"
)
# Right after the rate: "별도", "따로", "별도로 붙으면", "extra", "separately", "on top".
_SEPARATE_AFTER = LazyPattern(
    r"^\s*(?:의\s*)?(?:(?:sales\s+)?[A-Za-z가-힣]{0,6}\s*)?(?:은|는|이|가)?\s*"
    r"(?:별도|따로|extra\b|separately\b|on\s+top\b|not\s+included\b)",
    re.IGNORECASE,
)
# The add-on named again after the "separate" word: its own amount is what is asked.
_ADD_ON_ASKED = LazyPattern(
    rf"(?:별도|따로|extra|separately|on\s+top|not\s+included)[^\d]*?{_ADD_ON}"
    # (Named again as put in, "별도래 그럼 부가세 포함하면 얼마", set 50: the total is asked.)
    r"(?!\s*(?:를|을|까지|도)?\s*(?:포함|넣|더하|더해|붙이|붙여|합치|합하|included|incl))",
    re.IGNORECASE,
)


def charged_separately(after: str) -> bool:
    """Whether a rate is said to be charged on top of the price, and the price is asked.

    Args:
        after: The request after the rate's percent sign (up to the next figure).
    """
    return _SEPARATE_AFTER.match(after) is not None and _ADD_ON_ASKED.search(after) is None


# The tax said to be outside the price anywhere, not only right after the rate: "부가세
# 별도 11만원인데 세율 10%면 얼마" (calc64: 11,000원, the tax alone, was given for the price to
# pay), "80 + VAT, VAT is 20%", "45 before tax, 8% tax", "tax not included, 45 and tax is
# 8%". Korean says it of the tax ("부가세 별도", "세금 따로"); English after the amount
# ("80 plus tax", "1200 ex gst", "45 before tax") or of the tax ("tax is extra").
_TAX = r"(?:부가세|부가가치세|세금|vat|sales\s+tax|tax(?:es)?|gst|hst)"
TAX_SAID_SEPARATE = LazyPattern(
    rf"{_TAX}\s*(?:는|은|가|이)?\s*(?:별도|따로)(?!\s*(?:로\s*)?(?:하면|계산하면|얼마))"
    # ("what is 108 excluding 8% tax" asks the price without it: a question before the
    # amount makes the words asked, not said of it; see tax_said_separate.)
    rf"|(?P<plus>\d\s*(?:dollars?|bucks|usd|eur|gbp|won)?\s*,?\s*(?:\+|plus\b)"
    rf"\s*(?:the\s+|any\s+)?(?:\d+(?:\.\d+)?\s*%\s*)?{_TAX}\b)"
    # "excl." only after a word stating the amount ("the quote is 1200 ex gst"): "108
    # excluding 8% tax" alone may ask the price without it.
    rf"|(?P<en>\b(?:is|was|are|costs?|quoted?|it'?s|at|for|paid|pay|charged?|priced)\s+\$?"
    rf"\d+(?:\.\d+)?\s*(?:dollars?|bucks|usd|eur|gbp|won)?\s*,?\s*"
    rf"(?:excl(?:uding|\.)?(?![a-z])|ex\.?(?![a-z])"
    # "it costs 60 not including 8% tax", "is 45 but doesnt include tax" (calc64: 4.8 given).
    rf"|(?:but\s+)?(?:not\s+including|(?:does\s*n[o']?t|does\s+not)\s+include))"
    rf"\s*(?:the\s+|any\s+)?(?:\d+(?:\.\d+)?\s*%\s*)?{_TAX}\b)"
    rf"|\b{_TAX}\s+(?:is\s+|are\s+|'s\s+|s\s+)?(?:not\s+included|extra|on\s+top|separate)\b"
    # "the price before tax is 60", "pre-tax price was 45": the amount stated as before it.
    rf"|\b(?:before|pre-?)\s*{_TAX}\s*(?:price|cost|amount|total)?\s*(?:is|was|=|:)\s*\$?\d"
    rf"|(?:^|[.,;]\s*){_TAX}\s+not\s+incl",
    re.IGNORECASE,
)
# A question on the amount before it: "what is 108 excluding tax" asks, never says.
_ASKED_BEFORE = LazyPattern(
    r"\b(?:what(?:'?s|\s+is|\s+was)?|how\s+much(?:\s+is)?|calculate|convert)\b[^.;!?]*$",
    re.IGNORECASE,
)


def _said_separate(text: str) -> bool:
    """Whether ``text`` says its tax is outside the amount (not asks the price without it)."""
    return any(
        not (found["en"] or found["plus"]) or not _ASKED_BEFORE.search(text[: found.start()])
        for found in TAX_SAID_SEPARATE.finditer(text)
    )


# The rate named as something other than the tax ("팁 10%", "a 15% tip", "20% off").
_OTHER_KIND = LazyPattern(
    r"tip|gratuity|service|fee|surcharge|commission|discount|off\b|coupon|deposit|interest"
    r"|팁|봉사료|수수료|할인|세일|쿠폰|계약금|이자|적립",
    re.IGNORECASE,
)
# How far from the rate its own words are weighed.
_KIND_NEAR = 16
#: The tax said separate anywhere puts a plain rate on top (switched off in tests).
USE_TAX_SAID_SEPARATE = True


def tax_said_separate(text: str, start: int, end: int) -> bool:
    """Whether ``text`` says the tax is outside its one amount and the rate at
    ``text[start:end]`` names no other kind of charge: the rate is the tax's, put on top.

    Args:
        text: The normalised request.
        start: Where the rate's figure starts.
        end: Where the rate's percent sign ends.
    """
    if not USE_TAX_SAID_SEPARATE or not _said_separate(text):
        return False
    near = text[max(0, start - _KIND_NEAR) : start] + " " + text[end : end + _KIND_NEAR]
    return _OTHER_KIND.search(near) is None


# One amount times one rate over 100: the share of the amount ("110000 * 10 / 100").
_SHARE_OF_AMOUNT = LazyPattern(r"^\s*\(?\d+(?:\.\d+)?\)?\s*\*\s*(?P<p>\d+(?:\.\d+)?)\s*/\s*100\s*$")
# The tax itself asked ("부가세는 얼마", "how much is the vat", "what's the tax").
_TAX_ASKED = LazyPattern(
    rf"{_TAX}\s*(?:는|은|만|가|이)?\s*(?:얼마|몇|금액|액수|$|[?？])"
    rf"|\bhow\s+much\s+(?:(?:is|was|will\s+be|would\s+be)\s+)?(?:the\s+|my\s+)?{_TAX}\b"
    rf"|\bwhat(?:'s|s|\s+is|\s+was|\s+will\s+be|\s+would\s+be)\s+(?:the\s+)?{_TAX}\b"
    rf"|\b{_TAX}\s+(?:amount|alone|only)\b",
    re.IGNORECASE,
)


def refuse_share_of_separate_tax(text: str, source: str) -> None:
    """Decline the tax alone given for a price said to be before it, the tax not asked.

    Args:
        text: The question with its numerals as digits.
        source: The arithmetic a reader gave.

    Raises:
        ToolInputError: ``source`` takes one percent of one amount, ``text`` says the tax
            is outside the price ("부가세 따로 8만원, 10%면 얼마 내야돼": 8,000원 was given for
            the price to pay, calc64) and asks no tax by name.
    """
    share = _SHARE_OF_AMOUNT.match(source)
    if not USE_TAX_SAID_SEPARATE or share is None:
        return
    rates = [
        m for m in re.finditer(r"(\d+(?:\.\d+)?)\s*%", text) if float(m[1]) == float(share["p"])
    ]
    if len(rates) != 1 or not tax_said_separate(text, rates[0].start(), rates[0].end()):
        return
    if _TAX_ASKED.search(text):
        return  # "부가세 별도 11만원인데 세율 10%면 부가세는 얼마": the tax is asked
    raise ToolInputError(f"{text!r} gives the tax alone for a price said to be before it")


def said_separate_cut(text: str) -> str:
    """``text`` with what it says of the tax being outside the amount cut ("80 excl. VAT at
    20%, what's the total"): what is left asks, the price without the tax or the total."""
    if not USE_TAX_SAID_SEPARATE or not _said_separate(text):
        return text
    return TAX_SAID_SEPARATE.sub(lambda m: m[0][: m[0].rfind(_cut_from(m[0]))], text)


def _cut_from(said: str) -> str:
    """The word from which ``said`` (one match of the tax said outside) is cut: the
    "excl."/"plus" after its amount, or all of it."""
    word = re.search(r"(?<=[\d\s,])(?:\+|plus|excl|ex|but|not|does)", said, re.IGNORECASE)
    return said if word is None else word[0]


# A charge said outside the price with no figure or rate of its own, in Korean ("부가세 별도
# 5만원", "배달비 따로", "봉사료는 별도"); the English taxes are TAX_SAID_SEPARATE's ("80 plus
# tax", "tax not included").
_CHARGE = (
    rf"(?:{_TAX}|배달비|배송비|봉사료|서비스\s*(?:차지|료)|delivery(?:\s+fee)?|shipping"
    r"|service\s+charge)"
)
_CHARGE_SAID_SEPARATE = LazyPattern(
    rf"{_CHARGE}\s*(?:는|은|가|이)?\s*(?:별도|따로)(?!\s*(?:로\s*)?(?:하면|계산하면|얼마))",
    re.IGNORECASE,
)
# A rate that is the tax's own: the tax named just before it ("부가세 10%", "세율 10%", "VAT
# at 20%", "tax is 8%") or just after it ("10% 부가세", "8% sales tax").
_TAX_BEFORE_RATE = LazyPattern(
    rf"(?:{_TAX}|세율)\s*(?:율|률|rate)?\s*(?:는|은|이|가|is|of|at|=|:)?\s*$", re.IGNORECASE
)
_TAX_AFTER_RATE = LazyPattern(rf"^\s*(?:의\s*)?{_TAX}", re.IGNORECASE)
_TAX_NAMED = LazyPattern(_TAX, re.IGNORECASE)
# A rate right after the charge said separate is its own ("봉사료 별도 10%").
_RATE_AFTER = LazyPattern(r"\s*(?:로|으로)?\s*,?\s*\d+(?:\.\d+)?\s*(?:%|퍼센트|프로)")
_RATE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:%|퍼센트|프로)")
#: A rate beside a charge said separate, the charge's own rate unsaid, declines
#: (switched off in tests).
USE_UNRATED_CHARGE = True


def _the_tax_rate(text: str, start: int, end: int) -> bool:
    """Whether the rate at ``text[start:end]`` is the tax's: named so beside it, or naming
    no other kind of charge ("부가세 따로 8만원, 10%면")."""
    if _TAX_BEFORE_RATE.search(text[max(0, start - 12) : start]) or _TAX_AFTER_RATE.match(
        text, end
    ):
        return True
    near = text[max(0, start - _KIND_NEAR) : start] + " " + text[end : end + _KIND_NEAR]
    return _OTHER_KIND.search(near) is None and _OTHER_KIND_KO.search(near) is None


# Other charges as Korean says them, beside _OTHER_KIND's ("서비스차지 10%", "배달팁").
_OTHER_KIND_KO = LazyPattern(r"서비스|배달|배송|봉사")


def refuse_rate_beside_unrated_charge(text: str, source: str) -> None:
    """Decline a rate read beside a charge said to be outside the price whose own rate or
    figure is never said: the price to pay holds the charge, which is unknown.

    "부가세 별도 5만원, 팁 10%면 얼마" was 5,000원 (the tip alone) and "부가세 별도 5만원 팁
    10% 주면 총 얼마" 55,000원 (the tax left out); "the meal was 80 plus tax, and tip 15%,
    total?" 92 (calc65). The other charge asked alone ("팁은 얼마", "what's the tip") or the
    tax asked by name still reads.

    Raises:
        ToolInputError: as above.
    """
    if not USE_UNRATED_CHARGE or not re.search(r"/\s*100\b", source):
        return
    separate = list(_CHARGE_SAID_SEPARATE.finditer(text))
    if not (separate or _said_separate(text)):
        return
    rates = list(_RATE.finditer(text))
    if not rates:
        return
    # "음식값 4만원 봉사료 별도, 부가세 10%면 얼마" (4,000원 was given): a charge other than the
    # tax said separate with no rate after it is unknown whatever the tax's rate.
    other_unrated = any(
        _TAX_NAMED.match(m[0]) is None and _RATE_AFTER.match(text, m.end()) is None
        for m in separate
    )
    if not other_unrated and any(_the_tax_rate(text, r.start(), r.end()) for r in rates):
        return  # the tax's rate said: the readers weigh it
    if asks_add_on_alone(text) or _TAX_ASKED.search(text):
        return
    raise ToolInputError(f"{text!r} leaves out a charge said separate with no rate of its own")
