"""A follow-up that asks for the previous result in dollars at a rate it states itself.

"and in dollars at 1,360 won?", "1달러 1,400원이면 달러로는?": the figure is the exchange
rate, not a new amount. Read as a replacement, "1,360 won" took the place of the
hotel's 145,000 won and the turn answered "4,080원" for three nights; read here, it
converts the previous result at that rate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern

__all__ = ["converted_at_stated_rate", "rate_changed"]

_TO_DOLLARS = LazyPattern(
    r"\b(?:in|to|into)\s+(?:us\s+)?(?:dollars?|usd|\$)|달러로|달러\s*(?:로는|로|치면|기준)",
    re.IGNORECASE,
)
# The rate, in the forms people state it: "at 1,360 won (per dollar)", "1달러 1,400원",
# "1달러에 1,400원", "1 dollar = 1,380 won", "환율 1,350원".
_RATE = LazyPattern(
    r"\bat\s+(?:a\s+rate\s+of\s+)?(?P<en>\d[\d,]*(?:\.\d+)?)\s*(?:won|krw|원)"
    r"(?:\s*(?:per|/|a|to\s+the|to\s+a)\s*(?:dollar|usd|\$))?"
    r"|(?:1|한|one)\s*(?:달러|dollar|usd|\$)\s*(?:에|은|는|이|가|=|is|:)?\s*"
    r"(?P<ko>\d[\d,]*(?:\.\d+)?)\s*(?:원|won|krw)"
    r"|환율(?:이|은|는|을|를)?\s*(?P<named>\d[\d,]*(?:\.\d+)?)\s*원",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


def converted_at_stated_rate(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``and in dollars at 1,360 won?``: the previous result converted at the stated rate.

    Args:
        text: The follow-up turn.
        steps: The previous turn's step texts.

    Returns:
        The steps with one conversion added and a line for the trace, or ``None`` when
        the turn asks for no dollar amount, states no rate, or carries another figure
        (then it may change an amount, which other rules read).
    """
    if not steps or _TO_DOLLARS.search(text) is None:
        return None
    rate = _RATE.search(text)
    if rate is None:
        return None
    figure = rate["en"] or rate["ko"] or rate["named"]
    rest = text[: rate.start()] + " " + text[rate.end() :]
    if _FIGURE.search(rest) is not None:
        return None
    step = f"그걸 1달러 {figure}원 기준으로 달러로"
    return [*steps, step], f"converted to dollars at the stated rate ({figure} won)"


# "what if the rate goes up to 1,450?", "환율이 1,450원으로 오르면?": the exchange rate the
# previous question stated changes; nothing else does.
_RATE_CHANGE = LazyPattern(
    r"\b(?:exchange\s+)?rate\s+(?:goes|went|is|was|becomes|rises|rose|drops|dropped|falls|fell)"
    r"(?:\s+(?:up|down))?\s+to\s+(?P<en>\d[\d,]*(?:\.\d+)?)\s*(?:won|krw|원)?\s*[?.!]*\s*$"
    r"|환율(?:이|은|는)?\s*(?P<ko>\d[\d,]*(?:\.\d+)?)\s*원(?:으로|이)?\s*"
    r"(?:오르면|올라가면|내리면|떨어지면|되면|이면|면)\s*[?？]?\s*$",
    re.IGNORECASE,
)


def rate_changed(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``what if the rate goes up to 1,450?``: the previous steps at the new rate, or None
    when they state no rate (or more than one)."""
    change = _RATE_CHANGE.search(text)
    if change is None:
        return None
    new = change["en"] or change["ko"]
    stated = [(i, m) for i, step in enumerate(steps) for m in _RATE.finditer(step)]
    if len(stated) != 1:
        return None
    index, match = stated[0]
    group = next(g for g in ("en", "ko", "named") if match[g])
    step = steps[index]
    replaced = step[: match.start(group)] + new + step[match.end(group) :]
    changed = [*steps[:index], replaced, *steps[index + 1 :]]
    return changed, f"exchange rate {match[group]} → {new} won"
