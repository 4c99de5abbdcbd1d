"""A model's figure read from a passage that holds the question's compound only by its stem.

Asked "how much is the fine for a parking ticket?" over a council's waste guide, a small
model may answer "$500" from "Leaving rubbish on the kerb or in parks … is illegal
dumping. On-the-spot fines are $500": the figure is in a passage, the passage names a
fine, and its "parks" meets the question's "parking" at the stem ``park``. The other
grounding checks (:mod:`agents.answer_grounding`) compare the sentences the passages
hold with each other, so they let it through whenever no other passage was retrieved that
names the parking ticket better.

The rule: when the question names a compound (two of its words that translate to one
word, "parking ticket" = 주차권, see :func:`tools.rag.subjects.compound_groups`), a
figure of the answer is not grounded when every passage stating it holds that compound
only through a word written otherwise than the question writes it ("parks" for
"parking", "books" for "booking"; :func:`tools.rag.subjects.written_as_asked`). A passage
writing the word as asked, or in the other language (주차권), still grounds it; a passage
naming none of the compound is left to the other checks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.rag.crosslingual import concept_groups
from tools.rag.question import analyze_question
from tools.rag.subjects import compound_groups, written_as_asked
from tools.rag.textutil import tokenize

__all__ = ["figure_from_a_stem_reading"]

# A figure as written in an answer, with the currency sign before it: "$500", "2,000".
_FIGURE = re.compile(r"(?P<sign>[$€£¥₩]?)(?<![\d.,])(?P<number>\d+(?:[.,]\d+)*)")


def _written_figure(sign: str, number: str) -> re.Pattern[str]:
    # "500" of "$500", not of "1500" nor of "500.5"; "$500" is no "500원".
    before = re.escape(sign) if sign else ""
    return re.compile(rf"(?<![\d.,]){before}{re.escape(number)}(?![\d]|[.,]\d)")


def _compounds(question: str) -> list[frozenset[str]]:
    """The token sets of the compounds the question names (none: an empty list)."""
    terms = list(analyze_question(question).topic_terms)
    pairs = zip(compound_groups(terms), concept_groups(terms), strict=True)
    return list(dict.fromkeys(joined for joined, group in pairs if joined != group))


def _holds_only_by_stem(question: str, passage: str, compounds: Sequence[frozenset[str]]) -> bool:
    """Whether ``passage`` holds a compound of the question, but never as the question writes it."""
    tokens = set(tokenize(passage))
    written = written_as_asked(question, passage)
    for compound in compounds:
        held = compound & tokens
        if held and not any(written(t) for t in held):
            return True
    return False


def figure_from_a_stem_reading(answer: str, question: str, passages: Sequence[str]) -> str | None:
    """A figure of ``answer`` that only passages misreading the question's compound state.

    Args:
        answer: The model's reply to a document step.
        question: The step's question.
        passages: The texts of the passages the model read.

    Returns:
        The first such figure ("500"), or ``None``.
    """
    compounds = _compounds(question)
    if not compounds:
        return None
    for sign, token in dict.fromkeys(_FIGURE.findall(answer)):
        if _written_figure("", token).search(question):
            continue  # the question's own figure
        number = _written_figure(sign, token)
        holders = [p for p in passages if number.search(p)]
        if holders and all(_holds_only_by_stem(question, p, compounds) for p in holders):
            return f"{sign}{token}"
    return None
