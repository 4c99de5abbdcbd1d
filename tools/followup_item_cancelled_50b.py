"""One priced item of the previous sum cancelled or skipped: "유튜브는 해지할거야", "and if they
drop the resort fee?", "skip the nail trim".

Sets 31 and 33: after "넷플릭스 월 13,500원 유튜브프리미엄 14,900원 둘다 1년 쓰면 얼마" (340,800원),
"the hotel is 210 a night plus a 35 resort fee per night … 3 nights" (735) and "the groomer
charges 2 dollars a pound … 65 pounds, plus 15 for a nail trim" (145), a turn dropping the
one item went to the cloud. The item is named once in the previous question, with its
price beside it; without it, the sum is the same reading with that price at 0
((13,500 + 0) x 12, (210 + 0) x 3, 2 x 65 + 0).

The rule sets the price to 0 and keeps the new reading only when it is exactly the old one
with that figure at 0: the same value the old expression gives with the figure zeroed, and
a different value from the old one. Anything else (the name said twice, two figures beside
it, a reading that changes shape once the price is 0) declines.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Sequence
from decimal import Decimal, localcontext

from core.errors import ToolInputError
from tools.calculator import calculate
from tools.calculator_eval import ArithmeticEvaluator
from tools.followup_list_price_54e import price_after_name_in_list
from tools.korean_numbers import normalize_numerals
from tools.thousands_commas import without_thousands_commas

__all__ = ["item_cancelled"]

_NUM = r"\d+(?:\.\d+)?"
_CANCEL_KO = re.compile(
    r"^\s*(?:아\s*|그럼\s*|근데\s*|나\s*)?(?P<item>[가-힣A-Za-z]{2,10}?)\s*(?:은|는|도)?\s*"
    r"(?:해지|취소|안\s*(?:쓸|볼|봐|써)|끊)[가-힣\s]*[?？.!~]*\s*$"
)
_CANCEL_EN = re.compile(
    r"^\s*(?:and\s+|ok(?:ay)?\s*,?\s*|so\s+|actually\s*,?\s*)?(?:what\s+if\s+|if\s+)?"
    r"(?:(?:we|i|they)(?:'m|'re|\s+am|\s+are|\s+will|'ll)?\s+)?"
    r"(?:skip|drop|cancel|cancell?ing|skipping|dropping|leave\s+out|don'?t\s+(?:get|want|need))\s+"
    r"(?:the\s+)?(?P<item>[a-z0-9][a-z0-9.\s-]{1,30}?)(?:\s+one)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)

# What the cancelling saves asked after it (opens65): "티빙 해지하면 1년에 얼마 아끼는거야", "얼마
# 절약돼", "how much do we save": the previous total less the one without the item. A span
# may be said only as the year the previous question asked ("1년에", "a year").
_SAVED_KO = re.compile(
    r"(?:해지|취소|끊)\s*(?:하면|하면은|한다면|해도|으면|면)\s*(?P<span>(?:1|일)\s*년\s*(?:에|이면|동안)?\s*)?"
    r"(?:얼마(?:나)?\s*(?:아끼|아껴|절약|세이브|덜\s*나가)|(?:아끼는|절약되는|절약하는)\s*(?:돈|금액)\s*(?:은|이)?\s*얼마)"
    r"[가-힣\s]*[?？.!~]*\s*$"
)
_SAVED_EN = re.compile(
    r"\s*,?\s*(?:how\s+much\s+(?:do|would|will|can|could)\s+(?:i|we)\s+save|what\s+(?:do|would|will)"
    r"\s+(?:i|we)\s+save)(?P<span>\s+(?:a|per|in\s+a|over\s+a|for\s+the)\s+year)?(?:\s+then)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_CANCEL_SAVED_KO = re.compile(
    r"^\s*(?:아\s*|그럼\s*|근데\s*|나\s*)?(?P<item>[가-힣A-Za-z]{2,10}?)\s*(?:은|는|도|을|를)?\s*"
    r"(?=해지|취소|끊)"
)
_YEAR_ASKED = re.compile(r"(?:1|일)\s*년|12\s*(?:개월|달)|\ba\s+year\b|\bper\s+year\b", re.I)

# Words that point back rather than name an item ("skip it", "drop that one").
_POINTERS = frozenset({"it", "that", "this", "them", "those", "these", "one", "all", "everything"})


def _figure_uses(text: str, figure: str) -> int:
    return len(re.findall(rf"(?<![\d.]){re.escape(figure)}(?![\d.])", text))


def _price_of(item: str, digits: str, korean: bool) -> str | None:
    """The one figure priced beside the one mention of ``item`` in ``digits``, or ``None``."""
    if re.fullmatch(_NUM, item):
        return item if _figure_uses(digits, item) == 1 else None
    name = re.escape(item) + ("[가-힣A-Za-z]*" if korean else r"s?\b")
    if len(re.findall(name, digits, flags=re.IGNORECASE)) != 1:
        return None
    if korean:
        after = rf"{name}\s*(?:은|는|이|가)?\s*(?:월\s*|한\s*달\s*)?(?P<p>{_NUM})\s*원"
        found = [m["p"] for m in re.finditer(after, digits)]
    else:
        before = rf"\$?(?P<p>{_NUM})\s+(?:for\s+)?(?:an?\s+|the\s+)?{name}"
        after = rf"{name}\s*(?:is|are|costs?|at|for|of)?\s*\$?(?P<p>{_NUM})"
        found = [m["p"] for p in (before, after) for m in re.finditer(p, digits, re.IGNORECASE)]
        if len(found) > 1:
            return price_after_name_in_list(item, digits)  # "netflix 15.49 spotify 11.99 …"
    return found[0] if len(found) == 1 else None


def _value(expression: str) -> Decimal | None:
    try:
        with localcontext() as ctx:
            ctx.prec = 34
            return ArithmeticEvaluator(expression, expression).eval(
                ast.parse(expression, mode="eval")
            )
    except (ToolInputError, SyntaxError):
        return None


def item_cancelled(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous step with the cancelled item's price at 0, or ``None``.

    Args:
        text: The follow-up ("유튜브는 해지할거야", "skip the nail trim").
        steps: The previous turn's steps.
    """
    saved = _SAVED_KO.search(text) or _SAVED_EN.search(text)
    if saved is not None:
        # The cancelling said, then what it saves asked: the item is read as said alone.
        text = text[: saved.start()] if saved.re is _SAVED_EN else text
        if saved["span"] and not any(_YEAR_ASKED.search(step) for step in steps):
            return None  # "1년에 얼마 아껴" after a month's total: a span no step asks
    korean = (_CANCEL_SAVED_KO if saved and saved.re is _SAVED_KO else _CANCEL_KO).match(text)
    said = korean or _CANCEL_EN.match(text)
    if said is None or len(steps) != 1:
        return None
    item = said["item"].strip()
    if item.lower() in _POINTERS:
        return None
    # Thousands separators out ("14,900"), list commas kept ("15.49, 10.99 and 7.99").
    digits = without_thousands_commas(normalize_numerals(steps[0]))
    price = _price_of(item, digits, korean is not None)
    if price is None or Decimal(price) == 0 or _figure_uses(digits, price) != 1:
        return None
    try:
        before = calculate(digits)
    except ToolInputError:
        return None
    if _figure_uses(before.expression, price) != 1:
        return None  # the price is not one term of the reading: setting it to 0 is no removal
    expected = _value(re.sub(rf"(?<![\d.]){re.escape(price)}(?![\d.])", "0", before.expression))
    zeroed = re.sub(rf"(?<![\d.]){re.escape(price)}(?![\d.])", "0", digits)
    try:
        after = calculate(zeroed)
    except ToolInputError:
        return None
    if expected is None or after.value != expected or after.value == before.value:
        return None
    if saved is not None:
        # What is saved: the previous total less the one without the item.
        return [digits, f"it minus {after.value:g}"], f"saved without the {item}"
    return [zeroed], f"without the {item}"
