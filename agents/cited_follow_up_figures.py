"""A local reply to a follow-up of a document answer, stating a figure the thread never gave.

Set 24's "and in busan?" after "Hotel stays are reimbursed up to 120,000 won per night in
Seoul and 90,000 won per night elsewhere. [1]" went, with no new search, to the small
local model with the previous turn, and it answered "the cost of a hotel stay is 10,000
won per night": a figure in neither the cited answer nor either question, shown as if it
were the policy's. A follow-up answered from the previous answer can only restate that
answer's figures (or the turn's own), or work one out of them; any other figure is
invented. The check applies
only when the previous answer cited a passage (its "[1]" marks), so a follow-up of a
model's or a calculation's answer is left to the other checks.
"""

from __future__ import annotations

from agents import thread_figures as figures

__all__ = ["figure_outside_cited_answer"]

# Small counts ("2 nights", "1 person") are read from the words as often as written:
# only figures from this size on are judged.
_SMALLEST_JUDGED = 10


def figure_outside_cited_answer(
    text: str, question: str, previous_question: str, previous_answer: str
) -> str | None:
    """The first figure of ``text`` the thread never stated, when the last answer cited one.

    Args:
        text: The model's reply to the follow-up.
        question: The follow-up.
        previous_question: The question the cited answer answered.
        previous_answer: That answer, with its citation marks.

    Returns:
        Why the reply is no answer, or ``None`` when every figure it states is the
        thread's (or the previous answer cited nothing).
    """
    if not figures.CITATION.search(previous_answer):
        return None
    thread = " ".join((previous_question, previous_answer, question))
    known = {n for f in figures.FIGURE.findall(thread) if (n := figures.number(f)) is not None}
    for value, _ in figures.amounts(figures.CITATION.sub(" ", text)):
        # A figure worked out of the thread's ("90,000 for 3 of us is 30,000 each") passes.
        if value >= _SMALLEST_JUDGED and not figures.reachable(value, known):
            return f"{value:,f} is in neither the cited answer nor the question"
    return None
