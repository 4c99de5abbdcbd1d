"""A follow-up taking back out a tax, tip or charge the previous turn added ("세금 빼면?").

"노트북 1,290,000원에 부가세 10% 붙으면 얼마야" (1,419,000원) then "세금 빼면?" asks the
price before the tax was put on: 1,290,000원, the amount the user named, not 1,161,000원
(10% of the taxed total taken off). Likewise "$80 plus a 15% tip" then "without the tip?"
is $80. The nineteenth unseen set's "세금 빼면?" had no reading and fell to a model.

The rule only reads what is unambiguous: the previous turn's last step must be one the
calculator worked out as ``amount * (1 + R / 100)`` (times or divided by plain figures
after, e.g. split between four: those commute with the charge), that step must name a
charge of the same kind as the turn (a tax for "세금"/"tax", a tip for "팁"/"tip", a
service charge for "봉사료"/"service charge") right beside its one percentage, R ("부가세
10%", "15% tip": a "tax" named elsewhere in the step may be one already inside the amount). Anything
else (a flat fee added, a discount, two percentages) is left to the other readings,
which decline when none fits. Undoing the factor is a division by (1 + R/100), exact
because the charge was the factor itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from core.lazy_regex import LazyPattern
from tools.charge_words import ANY_CHARGE
from tools.charge_words import CHARGE_WORDS as _CHARGE_WORDS
from tools.followup_chain import run_chain

__all__ = ["ANY_CHARGE", "added_charge_taken_out", "charge_kind", "rate_of_charge_added"]

_TURN_KO = LazyPattern(
    r"^\s*(?:그럼|그러면)?\s*(?:(?:거기서|그거|그걸|그\s*금액)\s*(?:에서)?\s*)?"
    rf"(?P<charge>{ANY_CHARGE})\s*(?:을|를|은|는)?\s*"
    r"(?:빼면|빼고|뺀\s*(?:금액|가격|값)은?|제외하면|제외하고|없으면|없이(?:는|면)?|안\s*붙으면"
    r"|(?:붙기|더하기|포함하기)\s*전(?:에는|에|은)?(?:\s*(?:금액|가격|값)은?)?)\s*"
    r"(?:얼마(?:야|예요|에요|죠|였지)?)?\s*[?？]?\s*$",
    re.IGNORECASE,
)
_TURN_EN = LazyPattern(
    r"^\s*(?:and\s+|so\s+|ok(?:ay)?\s*,?\s*)?(?:(?:what(?:'s|\s+is|\s+was)|how\s+much\s+(?:is|was))\s+"
    r"(?:it|that|the\s+(?:total|bill|price))\s+)?"
    r"(?:without|minus|before|excluding|excl\.?|less|w/o|not\s+counting|taking\s+out)\s+"
    rf"(?:the\s+|a\s+)?(?P<charge>{ANY_CHARGE})(?:\s+(?:then|again))?\s*\??\s*$",
    re.IGNORECASE,
)
# "pre-tax?", "and the pre-tax price?": before the tax, said in one word.
_PRE_TAX = LazyPattern(
    r"^\s*(?:and\s+|so\s+)?(?:the\s+|what(?:'s|\s+is|\s+was)\s+(?:it|that|the\s+price)\s+)?"
    r"pre-?tax(?:\s+(?:amount|price|total|figure))?\s*\??\s*$",
    re.IGNORECASE,
)
# How the calculator writes an amount with a percentage put on top, then any plain
# multiplications or divisions (a split) that commute with it.
_CHARGED = LazyPattern(r"^.+ \* \(1 \+ (?P<rate>\d+(?:\.\d+)?) / 100\)(?: [*/] \d+(?:\.\d+)?)*$")
_PERCENT = LazyPattern(r"(\d+(?:\.\d+)?)\s*(?:%|퍼센트|프로|percent\b)", re.IGNORECASE)


def charge_kind(word: str) -> str | None:
    """The kind of charge a word names ("세금" → tax), spaces ignored."""
    plain = re.sub(r"\s+", "", word.lower())
    for kind, words in _CHARGE_WORDS.items():
        if plain in {w.replace(" ", "") for w in words}:
            return kind
    return None


def _names_kind_beside_percent(step: str, kind: str) -> bool:
    """Whether a step names a charge of that kind right beside a percentage.

    "부가세 10%", "10% 부가세", "15% tip", "tip of 15%" name the percentage's kind; a word
    elsewhere in the step does not: in "$80 including tax, plus a 15% tip" the 15% is the
    tip, and taking a "tax" of 15% back out would be wrong.
    """
    percent = r"\d+(?:\.\d+)?\s*(?:%|퍼센트|프로|percent\b)"
    for word in _CHARGE_WORDS[kind]:
        spaced = re.escape(word).replace(r"\ ", r"\s*")
        # An English word whole ("tip", never the one in "multiple"); Korean ones anywhere.
        named = rf"\b{spaced}\b" if word.isascii() else spaced
        beside = rf"{named}\s*(?:of\s+|at\s+)?{percent}|{percent}\s*(?:의\s*)?{named}"
        if re.search(beside, step, re.IGNORECASE):
            return True
    return False


def added_charge_taken_out(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``세금 빼면?``: the previous amount before the tax, tip or charge it added.

    Args:
        text: The follow-up turn.
        steps: The previous turn's step texts.

    Returns:
        The steps with a division by (1 + the rate) added and a line for the trace, or
        ``None`` when the turn is no such request or the previous turn did not plainly
        add that kind of charge as one percentage.
    """
    turn = _TURN_KO.match(text) or _TURN_EN.match(text)
    if not steps or (turn is None and _PRE_TAX.match(text) is None):
        return None
    kind = charge_kind(turn["charge"]) if turn is not None else "tax"
    rate = rate_of_charge_added(kind, steps) if kind is not None else None
    if rate is None:
        return None
    divisor = format((1 + rate / 100).normalize(), "f")
    percent = format(rate.normalize(), "f")
    return [*steps, f"그걸 {divisor}로 나누면"], f"the amount before the {percent}% {kind} added"


def rate_of_charge_added(kind: str, steps: Sequence[str]) -> Decimal | None:
    """The percentage R of a charge of that kind the previous turn plainly added, if any.

    The last step must name the kind right beside its one percentage, and the calculator
    must have worked it out as ``amount * (1 + R / 100)`` (plain multiplications or
    divisions after it commute with the charge).
    """
    if not steps:
        return None
    last = steps[-1]
    if not _names_kind_beside_percent(last, kind):
        return None
    percents = _PERCENT.findall(last)
    if len(percents) != 1:
        return None
    result = run_chain(steps)
    charged = _CHARGED.match(result.detail) if result is not None and result.detail else None
    if charged is None:
        return None
    try:
        rate = Decimal(charged["rate"])
        if rate != Decimal(percents[0]) or not 0 < rate < 100:
            return None
    except InvalidOperation:
        return None
    return rate
