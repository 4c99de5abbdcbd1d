"""A model's answer about a thing the question names and no passage it read names at all.

Why: "is the rehearsal studio wheelchair accessible" was answered by the local model with
"The rehearsal studio … is wheelchair accessible.", citing the studio's passages (blind set
31): they name the studio, its address and a goods lift for gear, never a wheelchair.
:mod:`agents.echoed_answers` holds a restated question only to the terms some passage
names (rehearsal, studio, named together in the title, so the answer passed) and leaves a
term no passage names to the other checks; none of them looked at it. The rule: for a
question asking no kind of thing (a yes/no or open lookup), a topic term of the question
that no passage names in any of its words (either language), which the answer then
states, is a claim the passages cannot support, be it yes or no. Honest answers saying the
passages do not cover it are told apart before this check (``graphs.output_checks``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from tools.rag import needs_synthesis
from tools.rag.crosslingual import equivalents
from tools.rag.korean_subjects import has_question_word
from tools.rag.question import QuestionAnalysis
from tools.rag.textutil import tokenize

__all__ = ["states_unheld_term"]

# "what's the daily meal allowance on a business trip" asks for a value: an answer naming
# the asked thing ("the daily meal allowance is 30,000 won") labels the value it quotes,
# it claims nothing of the thing, so only yes/no questions are held to this rule.
_WH_OPENING = re.compile(
    r"^\W*(?:what|what's|whats|which|who|whose|whom|how|where|when|why)\b", re.IGNORECASE
)


def _asks_yes_or_no(question: str) -> bool:
    return not _WH_OPENING.match(question) and not has_question_word(question)


def _plain(word: str) -> str:
    # "café" in a passage is the question's "cafe": accents are no other word.
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _named(term: str, words: set[str]) -> bool:
    return bool({_plain(w) for w in (term, *equivalents(term))} & words)


def states_unheld_term(
    answer: str, question: str, passages: Sequence[str], asked: QuestionAnalysis
) -> str | None:
    """The question's topic terms the answer states though no passage names them.

    Args:
        answer: The model's reply to a document step (citation marks removed).
        question: The step's question.
        passages: The texts of the passages the model read.
        asked: The question's analysis.

    Returns:
        Those terms, comma-separated, or ``None`` when there are none (or the question is
        no yes/no question, or asks to compare or summarise, which other checks hold).
    """
    if (
        asked.answer_type is not None
        or not passages
        or not _asks_yes_or_no(question)
        or needs_synthesis(question)[0]
    ):
        return None
    held = {_plain(w) for p in passages for w in tokenize(p)}
    said = {_plain(w) for w in tokenize(answer)}
    # One-letter pieces and one-syllable Korean nouns name too little to hold an answer to.
    unheld = [
        t for t in asked.topic_terms if len(t) > 1 and not _named(t, held) and _named(t, said)
    ]
    return ", ".join(unheld) if unheld else None
