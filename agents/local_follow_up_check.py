"""A local model's reply to a follow-up of a calculation, shown only when code confirms it.

The embedded model cannot do arithmetic or calendar work. On the twenty-third unseen
set's first run it answered follow-ups of calculations with confident nonsense: "2.50"
for a 25% tip on 64, "205 lbs = 42.025 kg", "$4.65" for a new interest rate, a sentence
about "a large pizza" for "actually double it", small talk for "and thanksgiving that
year, nov 25". The checks of :mod:`agents.follow_up_figures` pass a reply whose figure
some working of the thread reaches, or that states no bare figure: a fair bar for a
stronger tier, not for the local one, which no other tier checked.

So a local (or degraded) reply to a turn that goes on from a calculation is shown only
when code confirms it: the previous turn was worked out by code and the reply states
that working redone with the turn's change. Anything else fails the guard; the step then
escalates to the cloud once when it is public, and otherwise says the calculation could
not be redone (an honest decline, never a guess shown as the result).
"""

from __future__ import annotations

import re
from decimal import Decimal

from agents import thread_figures as figures
from tools.followup_chain import run_chain
from tools.planner import split_steps

__all__ = ["unconfirmed_local_follow_up"]


# A question that asks for a figure worked out of its own: what a model-answered first turn
# must say to count as a calculation ("a large pizza is 22.50, we're ordering 3, total?").
_ASKS_WORKING = re.compile(
    r"\b(?:total|each|apiece|how\s+(?:much|many|long)|cost|price|split|tip|interest|per|"
    r"pace|average|sum)\b|%|얼마|몇|합쳐|나누|곱하|더하|빼면|계산",
    re.IGNORECASE,
)
# A turn this short that states a figure changes the last calculation, whatever its words
# ("the bank down the street pays 4.65", "service was great, let's tip 25% then").
_SHORT_CHANGE_WORDS = 12


def _figures(text: str) -> set[Decimal]:
    return {value for value, _ in figures.amounts(text)}


def _goes_on(question: str, previous_question: str) -> bool:
    """Whether the turn goes on from the last: a reference, or a short turn with a figure."""
    short = len(question.split()) <= _SHORT_CHANGE_WORDS
    return figures.continues(question, previous_question) or (
        short and bool(figures.FIGURE.search(question))
    )


def _was_calculation(previous_question: str, previous_answer: str) -> bool:
    """Whether the previous turn asked for a figure worked out of the figures it gave."""
    if not figures.FIGURE.search(previous_question):
        return False
    worked = run_chain(split_steps(previous_question))
    return (worked is not None and worked.answer in previous_answer) or bool(
        _ASKS_WORKING.search(previous_question)
    )


def _confirmed(text: str, question: str, previous_question: str, previous_answer: str) -> bool:
    """Whether the reply states the previous code working redone with the turn's change."""
    worked = run_chain(split_steps(previous_question))
    if worked is None or worked.answer not in previous_answer or worked.handler == "dates":
        return False
    if not isinstance(worked.value, (int, float)):
        return False
    previous = figures.number(str(worked.value))
    changes = figures.thread_numbers((question,))
    if previous is None or not changes:
        return False
    redone = figures.changed_workings(worked.detail, changes, previous)
    if not redone:
        return False
    # The turn's own figure given back, or the previous result unchanged, confirms nothing.
    given = _figures(question) | {previous}
    return any(
        any(abs(float(value) - r) <= figures.slack(value) for r in redone)
        for value in _figures(text) - given
    )


def unconfirmed_local_follow_up(
    text: str, question: str, previous_question: str, previous_answer: str
) -> str | None:
    """Why a local reply to a follow-up of a calculation may not be shown (``None``: it may).

    Args:
        text: The local model's reply.
        question: This turn.
        previous_question: The previous turn's question.
        previous_answer: The answer it got.

    Returns:
        ``None`` when the turn does not go on from a calculation (code worked the previous
        question out, or it gave figures and asked for a total, a share, a price …),
        when the reply cites a passage, or when code confirms the reply's figure;
        otherwise the reason it is not shown.
    """
    if figures.CITATION.search(text) or not _goes_on(question, previous_question):
        return None
    if not _was_calculation(previous_question, previous_answer):
        return None
    if _confirmed(text, question, previous_question, previous_answer):
        return None
    return "the local model's reply to a follow-up of a calculation is not one code confirms"
