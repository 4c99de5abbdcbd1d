"""A shop's "N+M" bundle: of every N+M things bought, M are free ("3+1", "2+1", "1+1").

Blind set 35: "반찬가게 반찬 하나 4천원인데 3+1이래 8개 사면 얼마임" went to the cloud. Of
8 things at 3+1, two full bundles are bought, so 2 of them are free and 6 are paid
(24,000원). A part bundle gets nothing free (6 at 3+1: one free, 5 paid), as a till
counts it. Read only with one price of one thing, the bundle, and the count bought,
every figure one of those; anything else declines.

Set 49 said the deal in English: "shampoo is buy 2 get 1 free, 7.50 each, im grabbing 6
bottles. cost?" is two full bundles of 2+1, 4 bottles paid ($30.00). The same bundle is
said "buy 2, get the 3rd... " elsewhere (:mod:`tools.calculator_nth_free`); here "buy N get
M free", "bogo", "buy one get one free" and "3 for the price of 2" (:func:`bundle_free_en`).
"""

from __future__ import annotations

import re
import unicodedata

from tools.english_money_unit_58e import english_money_unit
from tools.korean_numbers import normalize_numerals

__all__ = [
    "BUNDLE_EN",
    "bundle_free_en",
    "bundle_free_total",
    "count_word_last_as_digits",
    "spelled_deal_as_digits",
]

_BUNDLE = re.compile(r"(?<![\d.,])(?P<n>\d)\s*\+\s*(?P<m>\d)(?![\d.,])")
# "하나 4000원", "개당 4000원", "1개 4000원", "4000원짜리": the price of one thing; or a
# price said right before the bundle ("샴푸 15900원 1+1 행사중인데", set 48), which is the
# price of the one paid for.
# The thing counted: "개", and the counters a shop's shelf uses ("한봉 2400원 9봉", set 49).
_COUNTER = r"(?:개|봉지|봉|병|캔|팩|통|묶음|마리|판|줄|잔|장|권|벌|켤레|박스|상자)"
_ONE_PRICE = re.compile(
    rf"(?:하나(?:에|당)?|{_COUNTER}당|(?P<one>1)\s*{_COUNTER}(?:에|당)?|한\s*{_COUNTER}(?:에|당)?)"
    r"\s*(?:에|가|는|은|씩)?\s*"
    r"(?P<p>\d[\d,]*)\s*원|(?P<p2>\d[\d,]*)\s*원\s*(?:짜리|(?=(?:인데|이고|에)?\s*,?\s*\d\s*\+\s*\d))"
)
_BOUGHT = re.compile(
    rf"(?P<k>\d+)\s*{_COUNTER}\s*(?:을|를|만|씩)?\s*(?:사면|살\s*때|사서|구매하면|구입하면|사려면|살려면"
    r"|담으면|고르면|이면|면|가져가려면|가져가면|가져오면|집으면|챙기면|계산하면|결제하면|사갈|살건데"
    r"|살\s*거면|사려는데|사는데|필요하면|필요한데|시키면|주문하면)"
)
_ASKS = re.compile(r"얼마|몇\s*원|총")
# The deal spelled as said (set 50: "샴푸 원플원 행사중"; "원플러스원" was read as no deal at
# all, 5 bottles paid): 원/투/쓰리 플(러스) 원 is 1+1, 2+1, 3+1.
_SPELLED_DEAL = re.compile(
    r"(?<![\d,])(?P<n>원|투|쓰리)\s*(?:플러스|플|\+)\s*(?:원|1)(?=$|[\s,.!?]|행사|이벤트|이|에|인|으로|라|짜리)"
)
_SPELLED_N = {"원": "1", "투": "2", "쓰리": "3"}


def spelled_deal_as_digits(text: str) -> str:
    """``text`` with a deal spelled in words ("원플원", "투플러스원") as "1+1", "2+1"."""
    return _SPELLED_DEAL.sub(lambda m: f"{_SPELLED_N[m['n']]}+1", text)


_FIGURE = re.compile(r"\d[\d,]*")


def bundle_free_total(original: str) -> tuple[str, str] | None:
    """ "4000 * 6" and "원" for 8 things at 3+1, or ``None``.

    Args:
        original: The request as asked.
    """
    s = normalize_numerals(spelled_deal_as_digits(unicodedata.normalize("NFKC", original)))
    bundles, prices, bought = (list(p.finditer(s)) for p in (_BUNDLE, _ONE_PRICE, _BOUGHT))
    if len(bundles) != 1 or len(prices) != 1 or len(bought) != 1 or not _ASKS.search(s):
        return None
    bundle, price, count = bundles[0], prices[0], bought[0]
    paid_for, free = int(bundle["n"]), int(bundle["m"])
    if paid_for < 1 or free < 1:
        return None
    group = next(g for g in ("p", "p2", "p3") if price[g])
    placed = {
        bundle.span("n"),
        bundle.span("m"),
        price.span(group),
        count.span("k"),
        *([price.span("one")] if price["one"] else []),
    }
    if any(f.span() not in placed for f in _FIGURE.finditer(s)):
        return None
    things = int(count["k"])
    paid = things - things // (paid_for + free) * free
    return f"{price[group].replace(',', '')} * {paid}", "원"


# --- English (set 49) ------------------------------------------------------------------------
_EN_N = r"\d+|one|two|three|four|five"
_EN_WORD = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
# "buy 2 get 1 free", "buy 2, get 1 free", "bogo", "3 for the price of 2".
BUNDLE_EN = re.compile(
    rf"\bbuy\s+(?P<n>{_EN_N})\s*,?\s*(?:and\s+)?(?:you\s+)?get\s+(?P<m>{_EN_N})\s+"
    r"(?:more\s+)?(?:free|for\s+free|at\s+no\s+(?:extra\s+)?cost)\b"
    r"|\b(?P<bogo>bogo|buy\s+one,?\s+get\s+one(?:\s+free)?)\b"
    rf"|\b(?P<all>{_EN_N})\s+for\s+(?:the\s+)?price\s+of\s+(?P<paid>{_EN_N})\b",
    re.I,
)
# "7.50 each", "$7.50 a bottle", "they're 7.50 apiece", "at 7.50", "costs 7.50".
_ONE_PRICE_EN = re.compile(
    r"(?:\b(?:is|are|'re|costs?|at|for)\s+)?\$?(?P<p>\d+(?:\.\d+)?)\s*(?:dollars?|bucks)?\s*"
    r"(?:each|apiece|a\s+piece|per\s+[a-z]+|an?\s+(?!(?:day|night|week|month|year|hour|minute)s?\b)[a-z]+)\b"
    r"|\$(?P<p2>\d+(?:\.\d+)?)(?!\s*(?:off|total|in\s+total|for\s+all))\b"
    # The unit said first (set 50, slot58e): "each box 4.79", "a bottle is 3.20", "per can $1".
    r"|\b(?:each|per|a|one)\s+(?:box|bottle|pack|pair|bag|can|jar|item|piece|tube|bar|bunch"
    r"|carton|tin|loaf|roll|cup|tub|jug|packet)\s*(?:is\s+|costs?\s+|goes\s+for\s+|=\s*|at\s+)?\$?"
    r"(?P<p3>\d+(?:\.\d+)?)",
    re.I,
)
# "im grabbing 6 bottles", "i need 6", "buying 6", "getting 6 of them", "for 6 bottles".
_BOUGHT_EN = re.compile(
    r"\b(?:grab(?:bing)?|buy(?:ing)?|get(?:ting)?|need|want|take|taking|pick(?:ing)?\s+up|order(?:ing)?"
    r"|purchas(?:e|ing)|for)\s+(?P<k>\d+)\b(?!\.\d)(?!\s*(?:%|percent|dollars?|bucks|off|free|more\s+free))",
    re.I,
)
_ASKS_EN = re.compile(
    r"\bcost\b|\bhow\s+much\b|\btotal\b|\bpay\b|\bspend\b|\bprice\b|\bowe\b", re.I
)
# A deal said to be over or not on: "the bogo ended", "no longer buy 2 get 1", "isn't bogo".
_DEAL_OVER = re.compile(
    r"\b(?:ended|expired|is\s+over|was\s+over|no\s+longer|not\s+(?:on|bogo|buy)|isn'?t|wasn'?t"
    r"|used\s+to\s+be|last\s+(?:week|month))\b",
    re.I,
)
_FIGURE_EN = re.compile(r"(?<![\d.])\d+(?:\.\d+)?")
# A message that ends on the count bought asks what it costs ("… each box 4.79. getting 9
# boxes"): nothing after it but the thing's name (set 50).
_ENDS_ON_COUNT = re.compile(r"^(?:\s+[a-z]+)?\s*[.!?]*\s*$", re.I)


_COUNT_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
# The count bought said in a word at the end ("… how much for five", set 51, calc60).
_COUNT_WORD_LAST = re.compile(
    r"\b(?P<verb>for|buy(?:ing)?|get(?:ting)?|need|want|grab(?:bing)?|taking)\s+"
    rf"(?P<word>{'|'.join(_COUNT_WORDS)})\b(?=(?:\s+[a-z]+)?\s*[?.!]*\s*$)",
    re.I,
)
#: Whether a count bought said in a word at the end is read as its digits.
COUNT_WORD_LAST = True


def count_word_last_as_digits(text: str) -> str:
    """``text`` with a deal's count bought said in a word at its end as digits ("buy one get
    one free … how much for five": "for 5"), so a follow-up changes that count."""
    if not COUNT_WORD_LAST or BUNDLE_EN.search(text) is None:
        return text
    return _COUNT_WORD_LAST.sub(lambda m: f"{m['verb']} {_COUNT_WORDS[m['word'].lower()]}", text)


def _en_count(word: str) -> int:
    return int(word) if word.isdigit() else _EN_WORD[word.lower()]


def bundle_free_en(digits: str) -> tuple[str, str | None] | None:
    """ "7.50 * 4" and its money unit for 6 things at "buy 2 get 1 free", or ``None``.

    Of every N+M bought, M are free; a part bundle gets nothing free. Only one deal, one
    price of one thing and one count bought, every figure one of those.

    Args:
        digits: The request with numerals as digits.
    """
    said = digits
    if COUNT_WORD_LAST:
        digits = _COUNT_WORD_LAST.sub(
            lambda m: f"{m['verb']} {_COUNT_WORDS[m['word'].lower()]}", digits
        )
    deals, prices = list(BUNDLE_EN.finditer(digits)), list(_ONE_PRICE_EN.finditer(digits))
    bought = [b for b in _BOUGHT_EN.finditer(digits) if not _inside(b.span("k"), deals)]
    if len(deals) != 1 or len(prices) != 1 or len(bought) != 1:
        return None
    asked_by_count = _ENDS_ON_COUNT.match(digits[bought[0].end() :]) is not None
    if not (_ASKS_EN.search(digits) or asked_by_count):
        return None
    deal, price, count = deals[0], prices[0], bought[0]
    if _DEAL_OVER.search(digits):
        return None  # "the bogo deal ended, now 3.25 a slice": no deal to count (para58)
    if deal["bogo"]:
        paid_for, free = 1, 1
    elif deal["all"]:
        paid_for = _en_count(deal["paid"])
        free = _en_count(deal["all"]) - paid_for
    else:
        paid_for, free = _en_count(deal["n"]), _en_count(deal["m"])
    if paid_for < 1 or free < 1:
        return None
    group = next(g for g in ("p", "p2", "p3") if price[g])
    placed = {price.span(group), count.span("k")}
    for figure in _FIGURE_EN.finditer(digits):
        if figure.span() not in placed and not _inside(figure.span(), deals):
            return None  # another figure (a second price, a coupon): not this sum alone
    things = int(count["k"])
    paid = things - things // (paid_for + free) * free
    if said != digits:
        # The count said in a word shows in the sum ("for five": 14.50 * (5 - 5 // 2 * 1)).
        group_of = paid_for + free
        return (
            f"{price[group]} * ({things} - {things} // {group_of} * {free})",
            english_money_unit(digits),
        )
    return f"{price[group]} * {paid}", english_money_unit(digits)


def _inside(span: tuple[int, int], matches: list[re.Match[str]]) -> bool:
    return any(m.start() <= span[0] and span[1] <= m.end() for m in matches)


def bundle_free_en_expression(digits: str) -> str | None:
    """:func:`bundle_free_en`'s expression alone, read before the count-and-price forms.

    (para58: "buy one get one free, 3.25 a slice, i want 7 slices" met "3.25 a slice … 7"
    of a count-and-price form first, which reads 3.25 * 7 and leaves the deal out.)

    Args:
        digits: The request with numerals as digits.
    """
    read = bundle_free_en(digits.lower())
    return None if read is None else read[0]
