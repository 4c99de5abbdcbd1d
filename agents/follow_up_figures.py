"""A model's figure for a follow-up of a plain-code calculation, checked against the thread.

When no follow-up rule reads a turn such as "what if I only spent half as much" after a
calculation the deterministic handlers worked out, a model answers it under the
general-knowledge banner. The twenty-first unseen set's first run got bare figures with
no working: "1,976,000원" (the previous result, unchanged) for "half as much", "over in
los angeles, 2027-03-11" (the previous answer's date again). Code can tell two such
failures apart from an answer, and only those:

- the reply's figures, of the previous result's kind, are all the previous result (or,
  for a date or clock answer, all in the previous answer): it changed nothing the turn
  asked to change;
- the reply gives an amount in the previous result's currency that no one or two
  operations (+, -, ×, ÷) over the thread's figures (both questions, the previous
  answer, the share words "half", "third", "반", and each percentage as a factor) give.

- the reply is a bare figure, whatever its unit ("22.22", "100", "1.08, 1.08 euros"): the
  turn's own figure given back, or, when the previous working is a plain expression and
  the turn states a change ("go 22 instead", "triple the order"), no redoing of that
  working with the change.

Either way the reply is not shown as an answer (the output guard escalates it once or
says it could not recompute). Conservative on purpose: a figure any plain working of
the thread reaches passes, a previous turn code did not answer is never checked, and a
reply that cites a passage ("[1]") is the documents' figure, never judged here.
"""

from __future__ import annotations

import re
from decimal import Decimal

from agents import thread_figures as figures
from tools.followup_chain import run_chain
from tools.planner import split_steps

__all__ = ["unsupported_follow_up_figure"]

_DATE_OR_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}|(?<!\d)\d{1,2}:\d{2}(?!\d)")
# Words besides figures and units a reply may hold and still be a bare figure ("1.08 euros").
_BARE_WORDS = 3
_REPLY_WORD = re.compile(r"[^\W\d_]+")
# A reply showing its working ("24,000원 ÷ 4 = 6,000원") is no bare figure.
_WORKING = re.compile(r"[=×÷*/+]")


def _bare_figure_failure(
    text: str,
    amounts: list[tuple[Decimal, str | None]],
    question: str,
    working: str,
    previous: Decimal,
    numbers: set[Decimal],
) -> str | None:
    """Why a reply that is only a figure ("22.22", "1.08, 1.08 euros") is no answer.

    Such a reply gives no working to judge, so its figures must follow from the thread
    whatever their unit: one the turn itself states ("go 22 instead" → "22") changed
    nothing; when the turn states a change and the previous working is a plain
    expression, the figure must be that working redone with the change (or the previous
    result changed by it once); otherwise one or two operations over the thread's
    figures must give it.
    """
    if not amounts or len(_REPLY_WORD.findall(text)) > _BARE_WORDS or _WORKING.search(text):
        return None
    stated = {n for f in figures.FIGURE.findall(question) if (n := figures.number(f)) is not None}
    if all(value in stated for value, _ in amounts):
        return "restated the turn's own figure as its result"
    changes = figures.thread_numbers((question,))
    redone = figures.changed_workings(working, changes, previous) if changes else None
    for value, _ in amounts:
        slack = figures.slack(value)
        if redone is not None and not any(abs(float(value) - r) <= slack for r in redone):
            return f"{value:,f} is no redoing of the previous working with the turn's change"
        if redone is None and not figures.reachable(value, numbers):
            return f"{value:,f} follows from no working of the thread's figures"
    return None


def _bare_figure_after_model_answer(
    text: str, question: str, previous_question: str, previous_answer: str
) -> str | None:
    """Why a bare figure for a follow-up of a *model-answered* calculation is no answer.

    No code working exists to redo, so only what the thread itself shows is judged: the
    turn's own figure given back, the previous answer's figure unchanged, or a figure no
    one or two operations over the thread's figures give ("fill up 55 instead" after
    "1.89 a liter, 42 liters" answered by a model: 55 × 1.89 passes, "55" does not).
    """
    amounts = figures.amounts(text)
    if not amounts or len(_REPLY_WORD.findall(text)) > _BARE_WORDS or _WORKING.search(text):
        return None
    if not figures.FIGURE.search(previous_question):
        return None  # the previous turn was no calculation
    stated = {n for f in figures.FIGURE.findall(question) if (n := figures.number(f)) is not None}
    if all(value in stated for value, _ in amounts):
        return "restated the turn's own figure as its result"
    before = {
        n for f in figures.FIGURE.findall(previous_answer) if (n := figures.number(f)) is not None
    }
    if all(value in before for value, _ in amounts):
        return "restated the previous answer's figure unchanged"
    numbers = figures.thread_numbers((previous_question, previous_answer, question))
    for value, _ in amounts:
        if not figures.reachable(value, numbers):
            return f"{value:,f} follows from no working of the thread's figures"
    return None


def unsupported_follow_up_figure(
    text: str,
    question: str,
    previous_question: str,
    previous_answer: str,
    *,
    judge_model_answered: bool = False,
) -> str | None:
    """Why a model's reply to a follow-up of a code calculation is no answer (``None``: fine).

    Args:
        text: The model's reply.
        question: This turn (a follow-up).
        previous_question: The previous turn's question.
        previous_answer: The answer it got.
        judge_model_answered: Also judge a bare figure when the previous turn was a
            model's (the reply came from the local model, or a degraded retry, which
            no stronger tier checked).

    Returns:
        What is wrong with the reply's figure, or ``None`` when the turn is no follow-up,
        the previous answer was not plain code's, or the reply's figures hold up.
    """
    if figures.CITATION.search(text) or not figures.continues(question, previous_question):
        return None
    worked = run_chain(split_steps(previous_question))
    if worked is None or worked.answer not in previous_answer:
        # The previous turn was no calculation plain code worked out.
        if judge_model_answered:
            return _bare_figure_after_model_answer(
                text, question, previous_question, previous_answer
            )
        return None
    if worked.handler == "dates":
        said = set(_DATE_OR_CLOCK.findall(text))
        if said and said <= set(_DATE_OR_CLOCK.findall(previous_answer)):
            return f"restated the previous answer's {', '.join(sorted(said))} unchanged"
        return None
    previous = figures.number(str(worked.value)) if isinstance(worked.value, (int, float)) else None
    currency = figures.currency(worked.answer)
    if previous is None:
        return None
    amounts = [(value, unit) for value, unit in figures.amounts(text) if unit in {currency, None}]
    if amounts and all(abs(value - previous) < Decimal("0.005") for value, _ in amounts):
        return f"restated the previous result {worked.answer} unchanged"
    numbers = figures.thread_numbers((previous_question, previous_answer, question))
    numbers.add(previous)
    bare = _bare_figure_failure(text, amounts, question, worked.detail, previous, numbers)
    if bare is not None:
        return bare
    if currency is None:
        return None  # a count or measure with working: no arithmetic judged here
    for value, unit in amounts:
        if unit == currency and not figures.reachable(value, numbers):
            return f"{value:,f} ({currency}) follows from no working of the thread's figures"
    return None
