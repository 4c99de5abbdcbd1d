"""A follow-up that asks the previous conversion again for another currency at its own rate.

"what's 300 dollars in won at 1,380" then "what about in euros at 1,450": the 300 stays,
now in euros, at 1,450 won each (the question the user would have typed whole is "what's
300 euros in won at 1,450"). Found by the fourteenth unseen set, where the bare figure
was read as a new amount ("1,450 dollars at 1,380" gave 2,001,000원, a confident wrong
answer). The reading is said with the figure ("assuming 300 euros at 1,450 won"). The
same currency at a new rate is the rate changed. The turn declines (``None``) when it
carries another figure, or the previous steps do not convert exactly one foreign amount
at exactly one rate; then :func:`asks_in_currency_at_rate` keeps the figure from being
read as a new amount by the rules after this one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_rate_given import RATE_CLAUSE, with_new_rate
from tools.followup_rates import ASSUMING, ASSUMING_KO

__all__ = ["asks_in_currency_at_rate", "in_other_currency_again"]

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
        # "hotel 145,000 won a night, 3 nights?" then "in euros at 1,450": the sum in won,
        # converted at that rate (the words the rate-in-the-turn rule uses).
        step = f"그걸 1{new_ko} {asked['rate']}원 기준으로 {new_ko}로"
        return [*steps, step], f"converted to {new_ko} at the stated rate ({asked['rate']} won)"
    if len(amounts) != 1:
        return None
    index, amount = amounts[0]
    old = "dollar" if amount["dollars"] else _currency_of(amount["currency"])
    rerated = with_new_rate(steps, asked["rate"])
    if new == old:
        # "what about in dollars at 1,450" after dollars at 1,380: only the rate changes.
        return rerated
    if rerated is None:
        return None
    changed = rerated[0]
    figure = amount["dollars"] or amount["amount"]
    english = re.search(r"[가-힣]", changed[index]) is None
    word = new_en if english else new_ko
    # Every word of the old currency in that step changes with it ("300달러를 1달러 1,380원
    # 기준으로" names the rate's dollar too); "$300" becomes "300 euros".
    step = re.sub(rf"\$\s*({_FIGURE})", rf"\1 {word}", changed[index])
    step = re.sub(
        rf"(?<![A-Za-z])(?:{_CURRENCIES[old][0]})(?![A-Za-z])", word, step, flags=re.IGNORECASE
    )
    changed[index] = step
    if english:
        how = f"{ASSUMING}{figure} {new_en} at {asked['rate']} won each"
    else:
        how = f"{ASSUMING_KO}{figure}{new_ko}, 1{new_ko} {asked['rate']}원"
    return changed, how
