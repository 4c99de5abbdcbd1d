"""English words that change a sum, left out by the reading: the calculator declines.

Each form reads the figures it was built for; a question typed with one more word that
changes the sum was answered as if the word were not there (blind probes, 2026-12-05):

- "what's 15% of 240 per month for a year" was 240 * 12 (the percent never used);
- "80 with 20% off twice" was 80 * 0.8 (the second discount dropped);
- "the rent is 1800 a month, i pay half, how much a year" was 1800 * 12 (half dropped);
- "i pay 45 a month for gym but got first 2 months free, cost for the year" was 45 * 2
  (the free months taken for the months paid, the year never counted);
- "19.99 per month billed every 3 months, how much per year" was 19.99 * 3 (a monthly
  price asked by the year with no twelve);
- "19.99 a month billed quarterly with a 10% discount, per bill" was 19.99 * 0.9;
- "tax is 8.25% on two $79.99 items" was one item taxed (the count before the price);
- "3 shirts for $24 and 2 pants for $40" was 3 * 24 + 2 * 40 (a price "for" a count is
  the price of them all, not of each).
- "60 dollar jacket, 25 percent off, buying two" was one jacket;
- "with 10% off 2 of them?" and "plus 8% tax and a $5 fee", the rest of an earlier sum
  read alone, were 2 * 0.9 and 5 * 1.08.
- "pack of ten markers costs 8.50, how much is one marker" was 8.5 + 1 and "… 14.50 each.
  how much for five with my 10% card" was 14.5 * 10 / 100: a count said in words, never
  made a figure, left out (wrongs59b; every figure has a role);
- "we want to add 18% tip to 2 of the shares" was 2 * 1.18: a tip, tax or discount put on
  a count of shares or people, with no amount of money to put it on (wrongs59b).

Each rule names a cue whose figure must show in the reading; when it does not, some form
read another question, and the step goes on to a tier that can read the words. A wrong
answer is the worst outcome; a decline costs a model call.

The cues are a table run by :class:`tools.calculator_unread_guard.UnreadGuard`, the same
guard the Korean words of :mod:`tools.calculator_guards_50w_ko` run on.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tools.calculator_paid_over_months_52b import yearly_paid_over_months
from tools.calculator_unread_guard import Reading, UnreadGuard
from tools.expression_figures import figure_value

__all__ = ["ENGLISH_GUARD", "percent_on_a_count", "refuse_an_unread_cue_en", "unread_cue_en"]

_HANGUL = re.compile(r"[가-힣]")
_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_PERCENT = re.compile(rf"(?<![\d.])({_NUM})\s*(?:%|percent\b|per\s+cent\b|pct\b)", re.I)
# "twice" repeats what it follows; the reading must multiply (or compound) by two.
_TWICE = re.compile(r"\btwice\b", re.I)
# "i pay half", "half of it": a share, not "two and a half", "half an hour", "half a dozen".
_HALF = re.compile(
    r"(?<!\band\sa\s)(?<!\band\s)\bhalf\b(?!\s+(?:an?|past|hour|dozen|marathon|day|way)\b)", re.I
)
_MONTH_RATE = re.compile(
    r"(?:\b(?:a|per|each|every)\s+|/\s*)(?:month|mo)\b|\bmonthly\b|\bmonth\s+(?:fee|plan)\b", re.I
)
_YEAR_ASKED = re.compile(
    r"\b(?:for|per|a|the|each|in|one|1)\s+(?:full\s+|whole\s+)?(?:year|yr)\b"
    r"|\byear\s+(?:one|1)\b|\byearly\b|\bannual(?:ly)?\b",
    re.I,
)
_FREE_MONTHS = re.compile(
    r"\b\d+\s+months?\s+(?:are\s+|is\s+|for\s+)?free\b|\bfree\s+for\s+(?:the\s+first\s+)?\d+\s+months?",
    re.I,
)
_QUARTERLY = re.compile(r"\bquarterly\b|\bevery\s+(?:3|three)\s+months\b", re.I)
# "two $79.99 items": a count written against a price.
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
_COUNT_BEFORE_PRICE = re.compile(
    rf"(?<![\d.$,])\b(\d+|{'|'.join(_COUNT_WORDS)})\s+\$\s*{_NUM}", re.I
)
# "…, buying two": the count bought, said after the price.
# (Said in words only: "buy 20 … every 10th one is free" and "buy a dozen … the 13th is
# free" are read right without the figure bought, which the free ones change.)
_COUNT_BOUGHT = re.compile(
    rf"\b(?:buying|getting|ordering|taking)\s+({'|'.join(_COUNT_WORDS)})\b", re.I
)
# "with 10% off 2 of them?", "plus 8% tax and a $5 fee": the rest of an earlier sum; said
# alone it has no base (they were read as 2 * 0.9 and 5 * 1.08).
_CONTINUES = re.compile(r"^\W*(?:and\s+|but\s+)?(?:plus|minus|with|without)\b", re.I)
_ASKS = re.compile(r"\b(?:how|what|whats|total|cost|costs|price)\b", re.I)
# "3 shirts for $24": the price of the three, unless "each"/"apiece"/"a piece" follows.
# (Things, not a rate: "24 per guest for 85 guests" and "30 an hour for 3 hours" are read
# right as a product; the price must be money, "$24" or "24 dollars".)
_PRICE_FOR_COUNT = re.compile(
    rf"(?<![\d.$,])(?P<n>\d+)\s+(?!(?:per|an?|each|every)\b)(?:[a-z]+\s+){{1,2}}for\s+"
    rf"(?:\$\s*(?P<p>{_NUM})(?![\d.])|(?P<q>{_NUM})\s*(?:dollars?|bucks)\b)"
    r"(?!\s*(?:each|apiece|a\s+piece|per|/|a\s+(?:piece|pop|head)))",
    re.I,
)


# A count said in words that no earlier step made a figure ("ten markers", "for five").
# ("one" is left out: "one marker", "buy one get one" name no count to multiply.)
_WORD_COUNTS = {
    **_COUNT_WORDS,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "fifty": 50,
}
# A count word that is part of a number said in words ("fourteen hundred", "two thousand
# five hundred", "twenty five"): the spoken number's reader reads it whole.
_SPOKEN_NEIGHBOUR = re.compile(
    r"^[\s-]*(?:and\s+)?(?:hundred|thousand|million|grand|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)\b",
    re.I,
)
_FIGURE_IN_TEXT = re.compile(rf"(?<![\d.]){_NUM}")
# ("every two weeks" is a period a reader converts, 26 pay days a year: no count to place.)
_WORD_COUNT = re.compile(
    rf"(?<!\bevery\s)\b({'|'.join(_WORD_COUNTS)})\b(?![-\s]+(?:and\s+a\s+half|thirds?)\b)", re.I
)
# A deal's own counts ("buy two get one free", "three for the price of two") are read by the
# deal's reader as a bundle, never as figures of the sum.
_DEAL = re.compile(
    r"\bbuy\s+\w+\s*,?\s*get\s+\w+|\b\w+\s+for\s+the\s+price\s+of\s+\w+|\bbogo\b", re.I
)
# A money change by a percent ("18% tip", "10% off", "8% tax") and a count of shares or
# people ("2 of the shares", "3 people", "2명 몫"), the figure such a change must not be put on.
_MONEY_PERCENT = re.compile(
    rf"{_NUM}\s*(?:%|percent)\s*(?:\w+\s+)?(?:tip|tax|off|discount|fee|service|surcharge|markup"
    r"|gratuity|vat)|(?:tip|tax|discount|fee|service|surcharge|gratuity|vat)\w*\s+(?:of\s+)?"
    rf"{_NUM}\s*(?:%|percent)|팁|할인|세금|부가세|봉사료|수수료",
    re.I,
)
_COUNT_OF_SHARES = re.compile(
    r"(?<![\d.$,])(\d+)\s*(?:of\s+(?:the|them|us|those|these|our|their|you)\b|(?:shares?|people"
    r"|persons|guests|heads|portions|friends|guys)\b|명|사람|인분)",
    re.I,
)


def _value(text: str) -> Decimal | None:
    return figure_value(text.replace(",", ""))


def _multiplies(expression: str, count: str, price: str) -> bool:
    """Whether ``expression`` multiplies ``count`` and ``price`` together, in either order."""
    c, p = re.escape(count), re.escape(price.replace(",", ""))
    return (
        re.search(
            rf"(?<![\d.]){c}\s*\*\s*{p}(?![\d.])|(?<![\d.]){p}\s*\*\s*{c}(?![\d.])", expression
        )
        is not None
    )


def _count_of(word: str) -> Decimal | None:
    """The count ``word`` says ("two" or "2")."""
    word = word.lower()
    return Decimal(_COUNT_WORDS[word]) if word in _COUNT_WORDS else _value(word)


def _percent(r: Reading) -> str | None:
    # "what's 15% of 240 per month for a year": every percent stated must be used.
    for match in _PERCENT.finditer(r.question):
        value = _value(match[1])
        if value is not None and value != 0 and value not in r.used:
            return match[0]
    return None


def _twice(r: Reading) -> str | None:
    twice = _TWICE.search(r.question)
    if twice is not None and Decimal(2) not in r.used and "**" not in r.expression:
        return twice[0]
    return None


def _half(r: Reading) -> str | None:
    half = _HALF.search(r.question)
    if half is not None and not r.used & {Decimal(2), Decimal("0.5"), Decimal(50)}:
        return half[0]
    return None


def _free_months(r: Reading) -> str | None:
    # "first 2 months free": taken off the months paid, never counted as them.
    free = _FREE_MONTHS.search(r.question)
    if free is not None and "-" not in r.expression:
        return free[0]
    return None


def _year_of_monthly(r: Reading) -> str | None:
    # A price a month asked by the year: twelve of them, or another reading's figure.
    if yearly_paid_over_months(r.question) == r.expression:
        return None  # "1,842 a year paid over 10 months … per month": the year is the amount's
    year = _YEAR_ASKED.search(r.question) if _MONTH_RATE.search(r.question) else None
    if year is not None and Decimal(12) not in r.used:
        return year[0]
    return None


def _quarterly(r: Reading) -> str | None:
    quarterly = _QUARTERLY.search(r.question)
    if quarterly is not None and not r.used & {Decimal(3), Decimal(4)}:
        return quarterly[0]
    return None


def _count_before_price(r: Reading) -> str | None:
    # "two $79.99 items": the count multiplies the price.
    for match in _COUNT_BEFORE_PRICE.finditer(r.question):
        count = _count_of(match[1])
        if count is not None and count > 1 and count not in r.used:
            return match[0]
    return None


def _count_bought(r: Reading) -> str | None:
    # "…, buying two": the count bought, said after the price.
    for match in _COUNT_BOUGHT.finditer(r.question):
        count = _count_of(match[1])
        if count is not None and count > 1 and count not in r.used:
            return match[0]
    return None


def _continues(r: Reading) -> str | None:
    # "plus 8% tax and a $5 fee" said alone: the rest of an earlier sum, with no base.
    continues = _CONTINUES.search(r.question)
    if continues is not None and _ASKS.search(r.question) is None:
        return continues[0]
    return None


def _price_for_count(r: Reading) -> str | None:
    # "3 shirts for $24": the price of the three, never multiplied by them.
    for match in _PRICE_FOR_COUNT.finditer(r.question):
        if match["n"] != "1" and _multiplies(r.expression, match["n"], match["p"] or match["q"]):
            return match[0]
    return None


def _count_in_words(r: Reading) -> str | None:
    # "pack of ten markers … one marker": the ten must divide; "for five": five bought.
    deals = [m.span() for m in _DEAL.finditer(r.question)]
    # "three subs at 12.99, 8.50 & 4.99": the count names the amounts the reading lists.
    listed = len({v for f in _FIGURE_IN_TEXT.findall(r.question) if (v := _value(f)) in r.used})
    for match in _WORD_COUNT.finditer(r.question):
        if any(start <= match.start() < end for start, end in deals):
            continue
        before = r.question[: match.start()].split()[-1:]
        if _SPOKEN_NEIGHBOUR.match(r.question[match.end() :]) or (
            before and _SPOKEN_NEIGHBOUR.match(before[0])
        ):
            continue
        count = Decimal(_WORD_COUNTS[match[1].lower()])
        if count not in r.used and count != listed:
            return match[0]
    return None


def percent_on_a_count(r: Reading) -> str | None:
    """A tip, tax or discount put on nothing but a count of shares or people.

    "we want to add 18% tip to 2 of the shares" read as 2 * 1.18: the reading's figures
    other than the percent's are all counts of shares or heads, so the percent changed a
    count, never money (wrongs59b). Both languages ("2명 몫에 팁 18%").
    """
    if _MONEY_PERCENT.search(r.question) is None:
        return None
    counts = {v for m in _COUNT_OF_SHARES.finditer(r.question) if (v := _value(m[1]))}
    if not counts:
        return None
    percents = {v for m in _PERCENT.finditer(r.question) if (v := _value(m[1])) is not None}
    rates = {Decimal(1), Decimal(100)}
    for p in percents:
        rates |= {p, p / 100, 1 + p / 100, 1 - p / 100}
    rest = r.used - rates
    if rest and rest <= counts:
        return next(m[0] for m in _COUNT_OF_SHARES.finditer(r.question))
    return None


#: The English rules, in the order they are tried (the first unread cue is named).
#: (Korean questions have their own readers and checks.)
ENGLISH_GUARD = UnreadGuard(
    covers=lambda question: _HANGUL.search(question) is None,
    rules=(
        _percent,
        _twice,
        _half,
        _free_months,
        _year_of_monthly,
        _quarterly,
        _count_before_price,
        _count_bought,
        _continues,
        _price_for_count,
        _count_in_words,
        percent_on_a_count,
    ),
    example="45 * 10",
)


def unread_cue_en(question: str, expression: str) -> str | None:
    """The first cue in ``question`` that ``expression`` leaves unread, or ``None``.

    Args:
        question: The question with its numerals as digits (``normalize_numerals``).
        expression: The expression a form read from it.

    Returns:
        The cue as written, or ``None`` when every cue found is used.
    """
    return ENGLISH_GUARD.unread(question, expression)


def refuse_an_unread_cue_en(question: str, expression: str) -> None:
    """Raise ``ToolInputError`` when the reading ``expression`` leaves a cue unread."""
    ENGLISH_GUARD.refuse(question, expression)
