"""An unsure own-language search is read again over the other language's passages.

Why this exists: :mod:`agents.other_language_plan_57x` reads the other language's passages
only after the own-language plan declined (``not_covered``). A Korean question whose words
the documents all hold, but only in an English document, often gets no decline: its own
search finds Korean passages that share no word with it, the confidence is near zero, and
the plan is ``generate`` (a model answers, "not from the documents"). Measured on the
workload's documents (2026-12-06, xko59): "현금으로 내면 거스름돈 받을수있어요" and "출장비
청구할때 영수증 원본으로 내야돼요" went to the cloud stand-in, though insurance_faq_en.md
states "we cannot give change for bills larger than 50,000 won" and expense_policy_en.md
"with the original receipts attached".

Only when every topic of the question is a word some document holds (in either language):
a question naming something no document mentions (the director's name, the printing press)
is no unsure look-up of theirs and keeps its general answer. The replan then passes every
check the other-language plan applies (extractive, names most topics), or nothing changes.
"""

from __future__ import annotations

from typing import Any

from agents.unheld_terms import unknown_terms
from tools.rag.question import QuestionAnalysis

__all__ = ["reads_other_language_when_unsure"]

# Off only in the test that shows what this rule changes.
use_unsure_replan = True
# A model would answer from general knowledge (generate). Not a grounded plan: a model
# composing from the own-language passages the search found related is kept
# (tests/tools/rag/test_xling57.py pins it; no turn measured here needed it).
_UNSURE = frozenset({"generate"})


def reads_other_language_when_unsure(
    docs: Any, question: str, asked: QuestionAnalysis, kind: str, collection: str
) -> bool:
    """Whether a ``generate`` plan is read again over the other language's passages."""
    if not use_unsure_replan or kind not in _UNSURE or not asked.topic_terms:
        return False
    return not unknown_terms(docs, question, asked.topic_terms, collection)
