"""A follow-up that asks for the previous result in dollars at a rate it states itself.

"and in dollars at 1,360 won?", "1달러 1,400원이면 달러로는?": the figure is the exchange
rate, not a new amount. Read as a replacement, "1,360 won" took the place of the
hotel's 145,000 won and the turn answered "4,080원" for three nights; read here, it
converts the previous result at that rate. A follow-up that changes the rate the
previous question stated ("what if the rate goes up to 1,450?") is read here too, by the
one rule ``with_new_rate`` that ``tools.followup_edits`` also uses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.stated_rate import STATED_RATE

__all__ = ["RATE_CLAUSE", "converted_at_stated_rate", "rate_changed", "with_new_rate"]

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
    return with_new_rate(steps, change["en"] or change["ko"])


#: An exchange rate as a question's step states it: a rate set before the question
#: ("1달러=1,400원 기준으로"), "환율이 1,300원일 때", "at 1,300 won per dollar".
RATE_CLAUSE = LazyPattern(
    STATED_RATE + "|"
    r"환율(?:이|은|는|이\s*)?\s*[\d,.]+\s*원\s*(?:일\s*때|이면|으로|에)?"
    r"|at\s+(?:a\s+rate\s+of\s+)?[\d,.]+\s*(?:won|원|krw)?(?:\s*(?:per|/|a)\s*(?:dollar|usd|\$))?",
    re.IGNORECASE,
)
# Either: the forms a follow-up states its own rate in, or a step's rate clause.
_RATE_IN_STEP = LazyPattern(_RATE.pattern + "|" + RATE_CLAUSE.pattern, re.IGNORECASE)


def with_new_rate(steps: Sequence[str], new: str) -> tuple[list[str], str] | None:
    """The steps with the exchange rate they state replaced by ``new``.

    The one rule for a changed rate, whichever words asked for it ("what if the rate goes
    up to 1,450?", "What if the rate were 1,400?", "환율이 1,250원이면?"). The rate is the
    won figure of a rate clause, its last figure ("1달러=1,400원" also names one dollar).
    A rate restated in a later step ("…1달러=1,300원 그걸 달러로 바꾸면") is the same rate and
    changes with it; steps stating two different rates leave the change unclear: None.

    Args:
        steps: The previous turn's step texts.
        new: The new rate in won, as written ("1,450").

    Returns:
        The changed steps and a line for the trace, or ``None`` when the steps state no
        rate or more than one.
    """
    figures = [
        (index, _last_figure(step, clause))
        for index, step in enumerate(steps)
        for clause in _RATE_IN_STEP.finditer(step)
    ]
    if len({figure.group(0).replace(",", "") for _, figure in figures}) != 1:
        return None
    changed = list(steps)
    for index, figure in reversed(figures):  # from the end, so earlier spans stay valid
        step = changed[index]
        changed[index] = step[: figure.start()] + new + step[figure.end() :]
    return changed, f"exchange rate {figures[0][1].group(0)} → {new}"


def _last_figure(step: str, clause: re.Match[str]) -> re.Match[str]:
    """The last figure of a rate clause (every form ends in its won figure)."""
    return list(_FIGURE.finditer(step, clause.start(), clause.end()))[-1]
