"""A price that already includes a rate (VAT, a tax, a tip), asked for what it was before.

"I paid 33,000 won including 10% VAT, what's the price before VAT" asks for 33,000 / 1.1
= 30,000 won; "부가세 10% 포함해서 33,000원인데 부가세는 얼마야" asks for the share inside it,
33,000 × 10 / 110 = 3,000 won. Both are read from the amount, never by taking the rate of
the amount (3,300 won, which the twentieth unseen set's first run answered). The rule:
the text says the amount includes the rate (``including``, ``incl.``, ``inclusive of``,
``… included``, ``포함``) and, after the amount, asks for the price without it (``before``,
``without``, ``excluding``, ``빼면``, ``제외``, ``없이``, ``공급가``, ``세전``) or for the
rate's share (``how much is the VAT``, ``부가세는 얼마``). One amount and one rate only.

The "including" must qualify what is given, so the rule reads it narrowly (a wrong figure
is far worse than leaving the text to the other readings): it must sit within a few
characters of the amount or of the rate with its word, in the same sentence; it must not
be denied ("not included", "포함 안 된", "미포함"); the statement must not say the rate
is left out or added ("excluding", "별도", "plus", "on top"); and the rate must not be
taken of the amount ("a 15% tip on 80": the tip is asked, not a share inside 80), nor
qualify an asked total ("what's the total including a 15% tip").
"""

from __future__ import annotations

import re

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern
from tools.calculator_balance_after_deposit import SHARE_OF_AMOUNT
from tools.calculator_vat_on_top import vat_on_top_expression

__all__ = [
    "included_rate",
    "other_thing_left_out",
    "rate_included_expression",
    "rate_said_included",
    "refuse_rate_beside_other_charge",
    "refuse_rate_of_charge_inside",
]

_NUM = r"\d+(?:\.\d+)?"
_RATE_WORD = (
    r"(?:vat|sales\s+tax|tax|gst|hst|tip|gratuity|service\s+charge|fee"
    r"|부가세|부가가치세|세금|봉사료|수수료|팁)"
)
_RATE = LazyPattern(rf"(?P<p>{_NUM})\s*%")
# The rate's own word, just before or after it ("10% VAT", "부가세 10%").
_WORD_AFTER = LazyPattern(rf"^\s*(?:의\s*)?{_RATE_WORD}", re.IGNORECASE)
_WORD_BEFORE = LazyPattern(rf"{_RATE_WORD}\s*(?:of|at|는|은|가|이)?\s*$", re.IGNORECASE)
# "with 8% tax is 54", "with a 15% tip, it came to 92": the amount given with the rate on.
_RATE_CAME_TO = (
    r"\s*(?:an?\s+|the\s+)?\d+(?:\.\d+)?\s*%\s*[a-z]+(?:\s+[a-z]+)?\s*,?\s+"
    r"(?:it'?s\s+|it\s+(?:is|was|comes\s+to|came\s+to)\s+|is\s+|was\s+|comes\s+to\s+|came\s+to\s+"
    r"|totals?\s+|totall?ed\s+|=\s*)\$?\d"
)
_WITH_RATE_CAME_TO = rf"\bwith{_RATE_CAME_TO}"
_INCLUDED = LazyPattern(
    # "includes", "include" (set 52: "that already includes 8% tax" was 8% of the 45).
    r"\bincl(?:uding|uded|udes?|usive\s+of|\.)?(?![a-z])|포함"
    # The amount said as what it came to once the rate was put on (wrongs61): "54 after 8%
    # tax", "after 10% vat it came to 66", "세금 8% 붙어서 54000원" (the amount after it).
    r"|\bafter(?=\s*(?:an?\s+|the\s+)?\d+(?:\.\d+)?\s*%)"
    # "the price with 8% tax is 54", "the total with a 15% tip was 92": the amount the
    # price came to with the rate on, said after it (coordinator, 62: 8% of 54 was given).
    rf"|\bwith(?={_RATE_CAME_TO})"
    r"|(?<=%)\s*(?:이|가)?\s*(?:붙어서|붙으니(?:까)?|붙고\s*나(?:서|니)|붙은\s*(?:게|거|값|가격|금액)\s*(?:이|은|는)?)"
    r"(?=\s*\d)",
    re.IGNORECASE,
)
#: "after 8% tax" read as the amount with the rate on (switched off in tests).
AFTER_RATE = LazyPattern(r"^(?:after|\s*(?:이|가)?\s*붙)", re.IGNORECASE)
# "after 20% tax" on pay is tax taken off, never put on: income named, the "after" is unread.
_INCOME = LazyPattern(
    r"\b(?:salary|salaries|wages?|income|earn(?:s|ed|ing)?|take[-\s]?home|pay\s*check|paycheck"
    r"|net|gross|bonus|interest|pension|got\s+paid|get\s+paid|pay\b|payout|dividends?"
    r"|profits?|winnings)\b|월급|연봉|급여|실수령|세후|이자|소득|수익|상금|보너스",
    re.IGNORECASE,
)
# A rate "after" which the amount is what it came to: one always put on a price (VAT, GST,
# sales tax, a tip, a service charge), or a plain tax with no pay named.
_ADDED_AFTER = LazyPattern(
    r"\s*(?:vat|gst|hst|sales\s+tax|tip|gratuity|service\s+charge|tax)\b", re.IGNORECASE
)
# The price without the rate asked for, after the amount.
_ASKS_BEFORE = LazyPattern(
    r"\bbefore\b|\bwithout\b|\bexcluding\b|\bex\.?\s|\bpre-?(?:vat|tax|gst|hst|tip)\b|\bnet\s+of\b"
    r"|빼면|뺀|빼고|제외|없이|공급가|세전|원래\s*(?:가격|금액)",
    re.IGNORECASE,
)
# The rate's share inside the amount asked for.
_ASKS_SHARE = LazyPattern(
    rf"\bhow\s+much\s+(?:is|was|of\s+(?:it|that)\s+(?:is|was))\s+(?:the\s+)?{_RATE_WORD}\b"
    # "how much tax is that", "what was the tip", "the tax amount"
    rf"|\bhow\s+much\s+{_RATE_WORD}\b|\bwhat(?:'s|\s+is|\s+was)\s+the\s+{_RATE_WORD}\b"
    rf"|\b{_RATE_WORD}\s+(?:amount|portion|part|share)\b"
    # The calculator has cut "얼마야" off already: a rate word ending the text asks it too.
    rf"|{_RATE_WORD}\s*(?:는|은|가|이|만)?\s*(?:얼마|몇|$)",
    re.IGNORECASE,
)
_AMOUNT = LazyPattern(rf"(?<![\d.]){_NUM}(?![\d.]*\s*%)")
# How near the "including" must be to the amount or the rate phrase it qualifies
# ("220000 including 10% VAT", "44000 부가세 10% 포함"), and what ends a sentence there.
_NEAR = 12
_SENTENCE_END = LazyPattern(r"[.;?!。]")
# The "including" denied: "not included", "isn't included", "미포함" before it;
# "포함 안 된", "포함되지 않은", "포함 안됨" after it.
# ("doesnt include", typed without its apostrophe, is denied too: calc wrongs 60q.)
_DENIED_BEFORE = LazyPattern(r"(?:\bnot|n't|\b(?:does|do|did|is|was|are|were)nt|미)\s*$", re.I)
_DENIED_AFTER = LazyPattern(r"^\s*(?:되지|돼|되어|된|됨)?\s*(?:있지\s*)?(?:안|않|없)")
# Anywhere in the text: the rate said to be left out of the amount or put on top of it.
_LEFT_OUT_OR_ADDED = LazyPattern(
    r"\bnot\b|n't\b|\b(?:does|do|did|is|was|are|were)nt\b|\bplus\b|\bon\s+top\b|\bexcl(?:uding|usive|\.)?(?![a-z])|\bex\b"
    r"|미포함|별도|않|안\s*(?:된|됨|되|돼|붙|들어|포함)",
    re.IGNORECASE,
)
# The rate taken of the amount: "a 15% tip on 80", "10% VAT of 30000", "30000의 10%"
# (matched at a position, so no "^", which would only match at the text's start).
_RATE_OF_AMOUNT_AFTER = LazyPattern(r"\s*(?:on|of|for)\b", re.IGNORECASE)
_RATE_OF_AMOUNT_BEFORE = LazyPattern(r"\s*의\s")
# The "including" qualifying the total asked for: "what's the total including a 15% tip".
_ASKED_TOTAL = LazyPattern(r"\b(?:total|it|everything|all)\s*$", re.IGNORECASE)


# "whats it excluding the gst" after "115 includes 15% gst": the price without the rate
# asked, after both the "including" and the rate (calc wrongs 60q), never a rate left out.
EXCLUSION_ASKED = LazyPattern(
    rf"\b(?:excluding|excl\.?|ex\.?)\s*(?:the\s+)?{_RATE_WORD}\b", re.IGNORECASE
)


def _without_asked_exclusion(text: str, included: re.Match[str], rate: re.Match[str]) -> str:
    """``text`` with an "excluding the VAT" asked after the "including" and the rate cut."""
    given = max(included.end(), rate.end())
    return text[:given] + EXCLUSION_ASKED.sub(" ", text[given:])


def _near(text: str, start: int, end: int) -> bool:
    """Whether the gap text[start:end] is short and within one sentence (empty if crossed)."""
    return 0 <= end - start <= _NEAR and not _SENTENCE_END.search(text, start, end)


def _includes_what_is_given(
    text: str, included: re.Match[str], amount: re.Match[str], phrase: tuple[int, int]
) -> bool:
    """Whether the one "including" plainly says the given amount holds the rate."""
    before, after = text[: included.start()], text[included.end() :]
    if _DENIED_BEFORE.search(before) or _DENIED_AFTER.match(after):
        return False
    # "the total including a tip" qualifies what is asked; "it includes 8% tax" (the verb)
    # says what the given amount holds (set 52: "the ticket was 54 and it includes …").
    # ("the total with a 15% tip was 92": "with … was" gives the total, never asks it.)
    if _ASKED_TOTAL.search(before) and included[0].lower() not in ("include", "includes", "with"):
        return False
    spans = ((amount.start(), amount.end()), phrase)
    return any(
        _near(text, end, included.start()) or _near(text, included.end(), start)
        for start, end in spans
    )


def _after_puts_rate_on(
    text: str, included: re.Match[str], rate: re.Match[str], amount: re.Match[str]
) -> bool:
    """Whether "after 8% tax" or "8% 붙어서" says the amount is what the price came to."""
    if included[0].lower() != "after":
        return amount.start() >= included.end()  # "세금 8% 붙어서 54000원": the amount after
    if _INCOME.search(text) or re.search(r"\badd(?:ing|ed)?\b|\btaken\b|\boff\b", text, re.I):
        return False  # pay after tax is tax taken off; "after adding 8% tax to 54" is 54 before
    return _ADDED_AFTER.match(text, rate.end()) is not None


# The "including" right beside the rate with its word: "includes 15% gst", "incl. a 10%
# tip", "15% gst included", "부가세 10% 포함".
_INCLUDED_BESIDE = LazyPattern(
    # (The rate's word may be gone: the calculator cuts a leading label, "부가세 10% 포함 …".)
    rf"\bincl(?:uding|udes?|usive\s+of|\.)?\s+(?:an?\s+|the\s+)?{_NUM}\s*%"
    rf"|{_NUM}\s*%\s*(?:{_RATE_WORD}\s+)?(?:is\s+|was\s+)?(?:already\s+)?incl(?:uded|\.)?(?![a-z])"
    rf"|{_NUM}\s*%\s*(?:{_RATE_WORD}\s*)?(?:가\s*|이\s*|도\s*)?포함(?!\s*(?:안|되지|않))"
    # "the price with 8% tax is 54": what the price came to with the rate on (62).
    rf"|{_WITH_RATE_CAME_TO}",
    re.IGNORECASE,
)
_DENIED_INCLUDE = LazyPattern(
    r"(?:\bnot|n'?t|\b(?:does|do|did|is|was|are|were)nt|미)\s*incl|미포함", re.IGNORECASE
)


# What is left out when the price without something is asked: the word after "without",
# "excluding", "before", or the word before "빼면", "제외". The rate's own word, a pointer
# or nothing leaves the rate out; any other thing ("delivery", "배송비") is a charge the
# text gives no figure for (wrongs61: "부가세 10% 포함 22만원인데 배송비 빼면" was 200,000).
_LEFT_OUT_EN = LazyPattern(
    r"\b(?:without|excluding|excl\.?|ex\.?|minus|less|net\s+of|before)\s+"
    r"(?:(?:the|any|a|an|my|our|their|your)\s+)?(?P<w>[a-z]+)"
    # "excluding gst and delivery": each thing left out is weighed.
    r"(?:\s*(?:,|&|\band\b|\bor\b|\bplus\b)\s*(?:(?:the|any|a|an|my)\s+)?(?P<w2>[a-z]+))?",
    re.IGNORECASE,
)
_LEFT_OUT_KO = LazyPattern(
    r"(?P<w>[가-힣A-Za-z]+)\s*(?:을|를|은|는|이|가|만)?\s*(?:빼면|뺀|빼고|빼서|제외|없이|빼\s*주)"
)
_RATE_OR_POINTER = LazyPattern(
    rf"^(?:{_RATE_WORD}|taxes|tips|fees|service|sales|it|that|this|them|그거|그걸|그것|이거|이걸"
    r"|그건|이건|세금을|부가세를|팁을)",
    re.IGNORECASE,
)
# "여행 자금으로 빼면", "적금에 빼면": what a part is set aside as or into, not a thing left out.
_SET_ASIDE_AS = LazyPattern(r"(?:으로|로|에|에다|에다가)$")
# Words after a comma or "and" that start the question, not a thing left out.
_NOT_A_THING = frozenset(
    [
        "what",
        "whats",
        "how",
        "is",
        "was",
        "it's",
        "its",
        "i",
        "we",
        "you",
        "so",
        "then",
        "please",
        "thanks",
        "pls",
        "and",
        "or",
        "would",
        "will",
        "can",
        "could",
        "should",
        "do",
        "does",
        "did",
        "much",
        "many",
        "the",
        "a",
        "an",
        "any",
        "my",
        "our",
        "their",
        "your",
    ]
)
#: An asked price without something other than the rate declines (switched off in tests).
USE_OTHER_LEFT_OUT = True


def other_thing_left_out(asked: str) -> bool:
    """Whether ``asked`` leaves out something other than the rate ("without delivery")."""
    for found in (*_LEFT_OUT_EN.finditer(asked), *_LEFT_OUT_KO.finditer(asked)):
        words = [found["w"], found.groupdict().get("w2") or ""]
        for word in filter(None, words):
            if word.lower() in _NOT_A_THING:
                continue
            if _SET_ASIDE_AS.search(word):
                continue  # "30%는 여행 자금으로 빼면": a part set aside (set 23), not left out
            if not _RATE_OR_POINTER.match(word):
                return True
    return False


# The amount said to hold a tax, tip or charge already, with no rate beside the word ("부가세
# 포함 11만원인데 세율 8%면 얼마", "108 including tax, the tax rate is 8%", "216 tax included"):
# a rate given after it is that charge's rate, inside the amount, never one taken of it
# (8,800원 was given; calc63). A charge of another kind ("배송비 포함") says nothing of it.
_CHARGE_WORD = (
    r"(?:vat|sales\s+tax|taxes|tax|gst|hst|tips?|gratuity|service\s+charge"
    r"|부가세|부가가치세|세금|봉사료|팁)"
)
_CHARGE_SAID_INCLUDED = LazyPattern(
    rf"\bincl(?:uding|udes?|usive\s+of|\.)?\s+(?:the\s+|all\s+)?{_CHARGE_WORD}\b"
    rf"|\b{_CHARGE_WORD}[-\s]+(?:is\s+|was\s+|are\s+)?(?:already\s+)?(?:incl(?:uded|usive|\.)?)(?![a-z])"
    rf"|\bwith\s+(?:the\s+)?{_CHARGE_WORD}\s+(?:already\s+)?(?:included|in)\b"
    rf"|{_CHARGE_WORD}\s*(?:가\s*|이\s*|까지\s*|도\s*)?(?:다\s*)?포함(?!\s*(?:안|되지|않|하면|해서\s*얼마|시키면|이면\s*얼마))",
    re.IGNORECASE,
)


_TAX_KIND = LazyPattern(r"vat|tax|gst|hst|부가|세금|세율|세", re.IGNORECASE)
_TIP_KIND = LazyPattern(r"tip|gratuity|service|팁|봉사료", re.IGNORECASE)
_RATE_WORDS_NEAR = 14
#: Off only in this rule's switch-off test.
USE_CHARGE_INCLUDED = True


def _kind(words: str) -> str | None:
    """ "tax" or "tip": the kind of charge ``words`` name, None for neither."""
    if _TIP_KIND.search(words):
        return "tip"
    return "tax" if _TAX_KIND.search(words) else None


def refuse_rate_of_charge_inside(text: str, source: str) -> None:
    """Decline a rate taken of an amount said to hold that kind of charge already.

    Args:
        text: The question with its numerals as digits.
        source: The arithmetic a form read from it.

    Raises:
        ToolInputError: ``source`` takes one percent of the amount and ``text`` says the
            amount holds a tax (or a tip) already while the percent is of that kind or
            named by no kind ("세율 8%면", "the tax rate is 8%", "8%면"): the price before it
            or the charge inside is asked, unsaid which (calc63).
    """
    read = SHARE_OF_AMOUNT.match(source)
    if not USE_CHARGE_INCLUDED or read is None:
        return
    said = _CHARGE_SAID_INCLUDED.search(text)
    if said is None or _DENIED_INCLUDE.search(text):
        return
    rates = [m for m in _RATE.finditer(text) if float(m["p"]) == float(read["p"])]
    if len(rates) != 1:
        return
    rate = rates[0]
    if re.match(r"\s*(?:of\b|의\s)", text[rate.end() :], re.IGNORECASE):
        return  # "what's 10% of that": the share of the amount asked in so many words
    near = (
        text[max(0, rate.start() - _RATE_WORDS_NEAR) : rate.start()]
        + " "
        + text[rate.end() : rate.end() + _RATE_WORDS_NEAR]
    )
    named = _kind(near.split(said[0])[-1] if said[0] in near else near)
    if named is not None and named != _kind(said[0]):
        return  # "80 including tax, how much is a 15% tip": a tip of it is asked
    raise ToolInputError(f"{text!r} takes a rate of an amount said to hold it already")


def rate_said_included(text: str) -> bool:
    """Whether ``text`` says its one rate is already inside the amount ("115 includes 15%
    gst"): the amount is then never the base the rate is taken of (15% of 115 = 17.25 is
    no part of it), whatever else is asked ("excluding delivery", wrongs61)."""
    return _INCLUDED_BESIDE.search(text) is not None and not _DENIED_INCLUDE.search(text)


def included_rate(text: str) -> str | None:
    """The rate ``text`` says is already inside the amount ("54 including 8% tax", "the price
    with 8% tax is 54"), or None: that rate is never put on the amount again."""
    said = _INCLUDED_BESIDE.search(text)
    if said is None or _DENIED_INCLUDE.search(text):
        return None
    rate = _RATE.search(said[0])
    return None if rate is None else rate["p"]


def rate_included_expression(text: str) -> str | None:
    """The price before an included rate, or the rate's share, as an expression.

    Args:
        text: The request with its numerals as digits ("33000", "10%").

    Returns:
        ``"a / (1 + p / 100)"`` or ``"a * p / (100 + p)"``, or None when the text is not
        one amount said to include one named rate.
    """
    # "부가세 10% 별도": the rate on top of the price, read first (never a share of it).
    on_top = vat_on_top_expression(text)
    if on_top is not None:
        return on_top
    rates = list(_RATE.finditer(text))
    if len(rates) != 1:
        return None
    rate = rates[0]
    word_after = _WORD_AFTER.match(text[rate.end() :])
    word_before = _WORD_BEFORE.search(text[: rate.start()])
    includeds = list(_INCLUDED.finditer(text))
    if not (word_after or word_before) or len(includeds) != 1:
        return None
    if _LEFT_OUT_OR_ADDED.search(_without_asked_exclusion(text, includeds[0], rate)):
        return None
    amounts = [m for m in _AMOUNT.finditer(text) if not rate.start() <= m.start() < rate.end()]
    if len(amounts) != 1:
        return None
    amount, included = amounts[0], includeds[0]
    if AFTER_RATE.match(included[0]) and not _after_puts_rate_on(text, included, rate, amount):
        return None
    # The rate with its own word: "10% VAT", "부가세 10%".
    rate_end = rate.end() + (word_after.end() if word_after else 0)
    phrase = (word_before.start() if word_before else rate.start(), rate_end)
    if not _includes_what_is_given(text, included, amount, phrase):
        return None
    if _RATE_OF_AMOUNT_AFTER.match(text, rate_end) and amount.start() >= rate_end:
        return None
    if _RATE_OF_AMOUNT_BEFORE.match(text, amount.end()) and amount.end() <= phrase[0]:
        return None
    # What is asked comes after the amount, the "including" and the rate with its own word;
    # a "before" or "excluding" ahead of that is part of what is given, not asked.
    after = max(amount.end(), included.end(), rate_end)
    if _ASKS_BEFORE.search(text[:after]):
        return None
    p = rate["p"]
    if USE_OTHER_LEFT_OUT and other_thing_left_out(text[after:]):
        return None  # "22만원 부가세 10% 포함인데 배송비 빼면": a charge with no figure
    # "before VAT", "without the tip" end on the rate's word too: the price is asked.
    if _ASKS_BEFORE.search(text, after):
        return f"{amount.group(0)} / (1 + {p} / 100)"
    if _ASKS_SHARE.search(text, after):
        return f"{amount.group(0)} * {p} / (100 + {p})"
    return None


# The amount said to hold a rate's charge beside another charge, with no figure for the
# other: "108 including shipping and 8% tax", "total 108 incl. 8% tax and shipping",
# "부가세 10%랑 배송비 포함 33000원". The rate is of a part only (the price, maybe the
# shipping too), which the text never gives: 8% of 108 (8.64), the tax inside all of it
# (8) or 108 over 1.08 are none of them what the amount holds (calc64). Charges by kind:
_CHARGE_KINDS = (
    LazyPattern(r"\b(?:vat|taxe?s?|gst|hst)\b|부가세|부가가치세|세금", re.IGNORECASE),
    LazyPattern(r"\b(?:tips?|gratuity|service\s+charge)\b|팁|봉사료", re.IGNORECASE),
    LazyPattern(
        r"\b(?:shipping|delivery|postage|handling|freight|s&h|p&p)\b"
        r"|배송비|택배비|배달비|배달료|운송비|배송료|운임",
        re.IGNORECASE,
    ),
    LazyPattern(
        r"\b(?:fees?|surcharge|installation|setup|insurance|packaging|deposit)\b"
        r"|수수료|설치비|보험료|포장비|보증금",
        re.IGNORECASE,
    ),
)
# What an "including" or "included"/"포함" names: the words after "including" up to the
# end of the clause, or those before "included"/"포함" back to a figure's end.
_INCLUDES_LIST = LazyPattern(
    r"\b(?:incl(?:uding|udes?|usive\s+of|\.)?|with)\s+(?P<after>[^.;?!]{1,48}?)"
    r"(?=\s*(?:[.;?!]|$|,\s*(?!(?:and\s+|&\s*)?(?:the\s+|a\s+|an\s+)?(?:\d|[a-z&]+\s*(?:and|&|,|$)))))"
    r"|(?P<before>(?:[^\d.;?!]|\d+(?:\.\d+)?\s*%){1,40}?)\s*(?:(?:are|is|were|was)\s+)?"
    r"(?:both\s+|all\s+)?(?:already\s+)?"
    r"(?:incl(?:uded(?![a-z])|\.(?=\s*(?:[,;?!]|$)))|(?:까지|도|다|가|이|를|을)?\s*(?:다\s*)?포함)",
    re.IGNORECASE,
)
_MONEY_FIGURE = LazyPattern(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.]*\s*%)")
#: Off only in this rule's switch-off test.
USE_OTHER_CHARGE_INSIDE = True


def _kinds_included(text: str) -> set[int]:
    """The kinds of charge ``text`` says its amount includes (0 tax, 1 tip, 2 shipping, 3 fee)."""
    kinds: set[int] = set()
    for found in _INCLUDES_LIST.finditer(text):
        words = found["after"] or found["before"] or ""
        kinds.update(i for i, kind in enumerate(_CHARGE_KINDS) if kind.search(words))
    return kinds


def refuse_rate_beside_other_charge(text: str, source: str) -> None:
    """Decline a rate read of an amount said to hold its charge and another one unpriced.

    Args:
        text: The question with its numerals as digits.
        source: The arithmetic a reader gave.

    Raises:
        ToolInputError: ``text`` gives one amount and one rate, says the amount includes
            two kinds of charge (the tax and the shipping, the tip and the tax) and
            ``source`` uses the rate: the parts are not separable from what is given.
    """
    if not USE_OTHER_CHARGE_INSIDE:
        return
    rates = {m["p"] for m in _RATE.finditer(text)}
    if len(rates) != 1 or len(_MONEY_FIGURE.findall(text)) != 1:
        return
    (rate,) = rates
    if not re.search(rf"(?<![\d.]){re.escape(rate)}(?![\d.])", source):
        return
    if len(_kinds_included(text)) >= 2:
        raise ToolInputError(f"{text!r} says its amount holds charges it does not part")
