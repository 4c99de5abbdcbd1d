"""A follow-up that asks the previous conversion again for another currency at its own rate.

"what's 300 dollars in won at 1,380" then "what about in euros at 1,450": "in euros"
names the currency asked for, as "in won" did, so the 414,000 won the dollars came to is
given in euros at 1,450 won each (285.52 euros), as "그 돈을 달러로 바꾸면? 달러는
1,380원" does in Korean. The fourteenth unseen set found the bare figure read as a new
amount ("1,450 dollars at 1,380" gave 2,001,000원); its fix read the turn as the same 300
in euros (435,000원), which the fifteenth set's "and in yen at 9.3" after "200 dollars in
won" showed to answer in won a question asked in yen (1,860원). The same currency at a new
rate is the rate changed. The turn declines (``None``) when it carries another figure, or
the previous steps do not convert exactly one foreign amount (or a sum in won); then
:func:`asks_in_currency_at_rate` keeps the figure from being read as a new amount by the
rules after this one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_rate_against_source import quoted_against_source
from tools.followup_rate_given import RATE_CLAUSE, with_new_rate
from tools.followup_target_swap import won_amount_in_new_target

__all__ = ["asks_in_currency_at_rate", "exchange_fee_remarked", "in_other_currency_again"]

_FIGURE = r"\d[\d,]*(?:\.\d+)?"
# Each currency's words, and the word a rewritten step uses for it (English, Korean).
# ("불" for dollars is left out: it is too common a syllable in Korean.)
_CURRENCIES = {
    "dollar": (r"dollars?|usd|달러", "dollars", "달러"),
    "euro": (r"euros?|eur|유로", "euros", "유로"),
    "yen": (r"yen|jpy|엔", "yen", "엔"),
    "pound": (r"pounds?|gbp|파운드", "pounds", "파운드"),
    "yuan": (r"yuan|cny|rmb|위안", "yuan", "위안"),
}
_ANY_CURRENCY = "|".join(words for words, _, _ in _CURRENCIES.values())
# "what about in euros at 1,450", "and in yen at 9.3?", "in pounds at 1,720 won then?"
_ASKED_EN = LazyPattern(
    r"^\s*(?:and\s+|so\s+)?(?:what\s+about\s+|how\s+about\s+)?(?:in|into|to)\s+"
    rf"(?P<currency>{_ANY_CURRENCY})\s+at\s+(?:a\s+rate\s+of\s+)?(?P<rate>{_FIGURE})\s*"
    r"(?:won|krw|원)?(?:\s+(?:each|per\s+\w+|a\s+\w+))?\s*[?？.!]*\s*$",
    re.IGNORECASE,
)
# "그럼 유로로 1,450원이면?", "엔화로는 9.3원일 때는?"
_ASKED_KO = LazyPattern(
    rf"^\s*(?:그럼|그러면)?\s*(?P<currency>{_ANY_CURRENCY})(?:화)?\s*(?:로는|로|는)?\s*,?\s*"
    rf"(?:환율\s*(?:이|은|는)?\s*)?(?P<rate>{_FIGURE})\s*원\s*"
    r"(?:이면|일\s*때는?|으로\s*하면|이라면|면)\s*[?？]?\s*$",
    re.IGNORECASE,
)
_AMOUNT = LazyPattern(
    rf"(?P<amount>{_FIGURE})\s*(?P<currency>{_ANY_CURRENCY})(?![A-Za-z])|\$\s*(?P<dollars>{_FIGURE})",
    re.IGNORECASE,
)
_FIGURE_RE = re.compile(_FIGURE)
# "… in won if the rate is 1,380": the previous conversion was to won.
_TO_WON = LazyPattern(
    r"\b(?:in|into|to)\s+(?:korean\s+)?(?:won|krw)\b|원화로|원으로", re.IGNORECASE
)
_SAYS_WON = LazyPattern(r"\d\s*(?:won\b|krw\b|원)", re.IGNORECASE)
_NAMES_WON = LazyPattern(r"\d\s*(?:원|won\b|krw\b)|만\s*원|천\s*원", re.IGNORECASE)


def _currency_of(word: str) -> str:
    return next(
        name
        for name, (words, _, _) in _CURRENCIES.items()
        if re.fullmatch(words, word, re.IGNORECASE)
    )


def _foreign_amounts(steps: Sequence[str]) -> list[tuple[int, re.Match[str]]]:
    """Each foreign amount the steps convert (a rate clause's "1 dollar" is no amount)."""
    found = []
    for index, step in enumerate(steps):
        rates = [m.span() for m in RATE_CLAUSE.finditer(step)]
        for match in _AMOUNT.finditer(step):
            if not any(start <= match.start() < end for start, end in rates):
                found.append((index, match))
    return found


def asks_in_currency_at_rate(text: str) -> bool:
    """Whether ``text`` is "in <currency> at <rate>" alone: its one figure is a rate.

    When no rule reads it as a conversion, the figure must not be taken for a new amount
    either ("what's 18% of 65,000" then "in euros at 1,450" is not "18% of 1,450").
    """
    return (_ASKED_EN.match(text) or _ASKED_KO.match(text)) is not None


def in_other_currency_again(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``what about in euros at 1,450``: the previous foreign amount, now in that currency.

    Args:
        text: The follow-up turn.
        steps: The previous turn's step texts.

    Returns:
        The steps with the amount's currency and the rate replaced, and a line for the
        trace starting with the assumption made, or ``None`` (see the module's note).
    """
    asked = _ASKED_EN.match(text) or _ASKED_KO.match(text)
    if asked is None or len(_FIGURE_RE.findall(text)) != 1:
        return None
    amounts = _foreign_amounts(steps)
    new = _currency_of(asked["currency"])
    _, new_en, new_ko = _CURRENCIES[new]
    if not amounts and any(_NAMES_WON.search(step) for step in steps):
        # "120,000 won in dollars at 1,370" then "in yen at 9.4": the same won, in yen.
        retargeted = won_amount_in_new_target(steps, _ANY_CURRENCY, new_en, new_ko, asked["rate"])
        if retargeted is not None:
            return retargeted
        # "hotel 145,000 won a night, 3 nights?" then "in euros at 1,450": the sum in won,
        # converted at that rate (the words the rate-in-the-turn rule uses).
        step = f"그걸 1{new_ko} {asked['rate']}원 기준으로 {new_ko}로"
        return [*steps, step], f"converted to {new_ko} at the stated rate ({asked['rate']} won)"
    if len(amounts) != 1:
        return None
    amount = amounts[0][1]
    old = "dollar" if amount["dollars"] else _currency_of(amount["currency"])
    if new == old:
        # "what about in dollars at 1,450" after dollars at 1,380: only the rate changes.
        return with_new_rate(steps, asked["rate"])
    to_won = any(_TO_WON.search(step) for step in steps)
    if to_won and not _SAYS_WON.search(text) and quoted_against_source(asked["rate"], old, new):
        # "and in yen at 151?" after dollars: 151 yen a dollar, never 151 won a yen (set 40).
        _, old_en, _ = _CURRENCIES[old]
        figure = amount["dollars"] or amount["amount"]
        step = f"{figure} {old_en} in {new_en} at {asked['rate']} {new_en} per {old}"
        return [*steps[: amounts[0][0]], step], f"{new_en} per {old} at the stated rate"
    # "what's 200 dollars in won at 1,390" then "and in yen at 9.3": "in yen" names the
    # currency asked for, as "in won" did; the won the amount came to, in yen.
    step = f"그걸 1{new_ko} {asked['rate']}원 기준으로 {new_ko}로"
    return [*steps, step], f"converted to {new_en} at the stated rate ({asked['rate']} won)"


# A fee on the exchange said as a remark (opens56e, set 47): "the exchange booth takes a 2%
# fee tho" after "1 usd is 0.79 gbp today, how many pounds do i get for 450 usd" is 355.50
# less 2%: the money received is what the fee comes off. Read only after a conversion that
# asks what one gets or receives; a fee beside a price paid may be added instead, unsaid.
_FEE_REMARK = LazyPattern(
    r"^\s*(?:oh\s+|and\s+|but\s+|also\s+|btw\s+)*(?:the\s+|they\s+|my\s+|a\s+)?"
    r"(?:[a-z]+\s+){0,2}?(?:takes?|charges?|keeps?|has|have|there'?s)\s+(?:a\s+|an\s+)?"
    rf"(?P<p>{_FIGURE})\s*%\s*(?:fee|commission|cut|charge)(?:\s+(?:on\s+it|on\s+that))?"
    r"(?:\s*,?\s*(?:tho|though|too|btw))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_ASKS_RECEIVED = LazyPattern(
    r"\b(?:do|would|will|can|should)\s+(?:i|we)\s+(?:get|receive|end\s+up\s+with)\b"
    r"|\bhow\s+many\s+[a-z]+\s+(?:is\s+that|do\s+(?:i|we)\s+get)\b|받(?:아|을|는)",
    re.IGNORECASE,
)


def exchange_fee_remarked(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The converted amount less the fee a remark names, or ``None``."""
    from core.errors import ToolInputError
    from tools.handler_calculation import read_calculation
    from tools.handlers import match_deterministic

    said = _FEE_REMARK.match(text)
    if said is None or len(steps) != 1 or not _ASKS_RECEIVED.search(steps[0]):
        return None
    try:
        if read_calculation(steps[0]) is not None:
            return None  # a calculation, not a conversion
    except ToolInputError:
        pass
    converted = match_deterministic(steps[0])
    if converted is None or converted.handler != "currency":
        return None
    rate = said["p"].replace(",", "")
    return [*steps, f"그 금액에서 {rate}% 할인하면"], f"less a {rate}% fee"
