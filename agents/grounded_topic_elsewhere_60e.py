"""A grounded plan whose passages never name an asked topic is read in the other language too.

Why: "how many days off do i get for my own wedding" was planned ``grounded`` over English
passages none of which names a wedding (the best match was the insurance FAQ's medical
records, on "my own"); the model then wrote "2 days off" on some runs, a wrong answer,
though the leave policy states "본인 결혼은 5일" in Korean. :mod:`agents.other_language_plan_57x`
reads the other language's passages only after a decline (or a ``generate`` plan, through
:mod:`agents.unsure_other_language_59y`); a grounded plan was kept, on the view that the
own-language passages the search found are related.

They are not related to the asked thing when a topic of the question that some document
does hold (in either language: no unknown term) is named by none of the passages the model
would read: the asked relation (a wedding, a carry-over, a walk) lives only in the other
language's document. Then the other language's passages are planned as after a decline:
every check of the planner and the "names most topics" screen still apply, and only an
extractive answer replaces the grounded plan.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from agents.unheld_terms import unknown_terms
from tools.rag.crosslingual import equivalents
from tools.rag.question import QuestionAnalysis
from tools.rag.textutil import tokenize

__all__ = ["counted_unit_terms", "grounded_without_a_topic"]

# Off only in the test that shows what this rule changes.
use_grounded_elsewhere = True


def grounded_without_a_topic(
    docs: Any, question: str, asked: QuestionAnalysis, plan: Any, collection: str
) -> bool:
    """Whether a grounded plan's passages leave out a topic some document holds.

    Args:
        docs: The document store (for which terms no document holds).
        question: The step text.
        asked: Its analysis.
        plan: The own-language plan (``kind``, ``passages`` as shown to a model).
        collection: The collection searched.

    Returns:
        True when the plan is grounded, every topic is held somewhere, and at least one
        topic is named (in either language) by none of the plan's passages.
    """
    if not use_grounded_elsewhere or getattr(plan, "kind", "") != "grounded":
        return False
    shown: Sequence[dict[str, Any]] = getattr(plan, "passages", None) or []
    if not shown or not asked.topic_terms:
        return False
    if unknown_terms(docs, question, asked.topic_terms, collection):
        return False
    tokens: set[str] = set()
    for passage in shown:
        tokens.update(tokenize(f"{passage.get('locator', '')} {passage.get('text', '')}"))
    return any(not (equivalents(term) & tokens) for term in dict.fromkeys(asked.topic_terms))


# "how many days off", "how many unused vacation days", "몇 일", "며칠": the unit counted.
_COUNTED_UNIT = re.compile(
    r"\bhow\s+(?:many|much)\s+(?:[a-z']+\s+){0,3}?(?P<unit>days?|weeks?|months?|years?|hours?"
    r"|minutes?|nights?)\b",
    re.IGNORECASE,
)


def counted_unit_terms(question: str) -> frozenset[str]:
    """Index tokens of the unit a "how many …" question counts ("day" of "how many days off").

    A count's unit is the kind of answer asked ("5일" answers "how many days"), not a topic
    a quoted passage must name: the figure's unit is written as a suffix (일, 시간) that no
    term bridge reads as a word.
    """
    if not use_grounded_elsewhere:
        return frozenset()
    return frozenset(t for m in _COUNTED_UNIT.finditer(question) for t in tokenize(m["unit"]))
