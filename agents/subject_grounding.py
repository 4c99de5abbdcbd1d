"""A model's figure is grounded only by a passage about what the question asks.

The figure check (:func:`agents.grounded_figures.new_figures`) asks whether *some*
passage states the figure. Asked "how long does a guided tour take?", a small model read
a museum's tour section (a price, a group size, no length) next to a clinic's check-up
page and answered "approximately 2 hours": the 2 is the clinic's "results are ready in 2
to 3 days", a passage naming nothing the question asks about. Any figure is in some
passage of a long enough list, so shown with citations it read as the museum's answer.

The rule: when some passage names the question's subject (one of its topic terms, in
either language, in the passage or its heading), each figure and clock time of the
answer must be stated by at least one such passage. A figure only passages about other
things state is refused, as an invented one is. When no passage names the subject (the
word bridge may lack a paraphrase) this check cannot tell and leaves the answer to the
others; so it does when no passage states the figure as written (a sum the question may
want is :func:`~agents.grounded_figures.new_figures`'s to judge).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agents.grounded_figures import answer_facts
from tools.rag.crosslingual import concept_groups
from tools.rag.question import analyze_question
from tools.rag.textutil import tokenize

__all__ = ["figure_off_subject"]

# "[1]", "[2, 3]" and list numbering "1." opening a line: no figures of the answer.
_NOT_FIGURES = re.compile(r"\[\d+(?:\s*,\s*\d+)*\]|^\s*\d{1,2}\s*[.)]\s+", re.MULTILINE)


def figure_off_subject(
    answer: str, question: str, passages: Sequence[tuple[str, str]]
) -> str | None:
    """A figure of ``answer`` that only passages about another subject state.

    Args:
        answer: The model's reply to a document step (citation marks removed or not).
        question: The step's question.
        passages: ``(heading, text)`` of each passage the model read; the heading (a
            section title, "§Group visits and guided tours") names the subject too, but a
            figure counts only where the text states it.

    Returns:
        The first such figure or time ("2", "14:30"), or ``None``.
    """
    topics = analyze_question(question).topic_terms
    if not topics:
        return None
    groups = concept_groups(list(topics))

    def about(heading: str, text: str) -> bool:
        tokens = set(tokenize(f"{heading} {text}"))
        return any(group & tokens for group in groups)

    on_subject = [about(heading, text) for heading, text in passages]
    if not any(on_subject):
        return None
    for fact, states in answer_facts(_NOT_FIGURES.sub(" ", answer)):
        if states(question):
            continue  # the question's own figure
        holders = [i for i, (_, text) in enumerate(passages) if states(text)]
        if holders and not any(on_subject[i] for i in holders):
            return fact
    return None
