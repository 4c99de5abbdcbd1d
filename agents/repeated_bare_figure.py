"""A model's reply that is only the previous answer's figure, to a question stating none.

Blind set 36: after "34 tiles at 4.25 each?" (answered 144.5 by code), "should i go for
white or grey grout" got the local model's bare "144.5": the previous result given again to
an open question about colours. :func:`agents.output_guard._repeats_previous` judges
replies of several words (a bare figure is too short to compare as prose) and only for a
turn that changes something. A reply made only of the previous answer's figure (and its
unit) answers a question that states no figure of its own with nothing it asked: that
figure was the last question's answer, and the guard treats it as a repeat.
"""

from __future__ import annotations

import re

from agents.opinion_asked_53b import asks_an_opinion
from agents.thread_figures import continues

__all__ = ["repeats_bare_figure"]

_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
# What a bare figure may carry besides its digits: a currency or unit word, a sign.
_BARE = re.compile(
    r"^\s*[$₩£€]?\s*\d[\d,]*(?:\.\d+)?\s*(?:원|달러|won|dollars?|[%$£€])?\s*[.!]?\s*$", re.I
)


def _figures(text: str) -> set[str]:
    return {m.group(0).replace(",", "") for m in _FIGURE.finditer(text)}


def repeats_bare_figure(
    text: str, question: str, previous_question: str, previous_answer: str
) -> bool:
    """Whether ``text`` is only a figure of ``previous_answer``, and ``question`` states none.

    A question going on from the previous one ("and if my friend chips in?") is the follow-up
    figure check's (:mod:`agents.follow_up_figures`), which says it could not recompute;
    this rule takes the questions that ask something else.

    Args:
        text: The model's reply.
        question: The step the reply answers.
        previous_question: The conversation's previous question.
        previous_answer: The conversation's previous answer.
    """
    if _BARE.match(text) is None or _FIGURE.search(question):
        return False
    if continues(question, previous_question) and not asks_an_opinion(question):
        return False  # ("is that a good price" points back, but asks no figure: set 43)
    said = _figures(text)
    return bool(said) and said <= _figures(previous_answer)
