"""A quote answers a question only when it names every thing the question asks about.

"how many days of annual leave do i get?" was answered with the sick-leave lines
("병가는 1년에 최대 60일 …") and a stray "Copies are usually ready the same day.": across
languages "leave" reaches 병가 as well as 연차, and "day" reaches 일, yet nothing quoted
names the annual leave (연차, 연간) asked about. "can i get reimbursed for meals?" was
answered "Alcohol is never reimbursed.": a yes/no question on meals answered by a
sentence about alcohol, the "Meals" heading above it notwithstanding.

The rule: every topic term of the question (less those the caller ignores: scenery, the
asker's story) must be named, in either language, by a quoted sentence or, for a
question asking a kind of answer (a duration, a price), by the heading of a cited
passage. A yes/no question is answered by its sentence alone: "Alcohol is never
reimbursed" under "Meals" says nothing of whether meals are. A quote that misses one
is no answer; the caller declines honestly instead of quoting it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tools.rag.crosslingual import equivalents
from tools.rag.models import ExtractiveAnswer
from tools.rag.question import QuestionAnalysis
from tools.rag.textutil import tokenize

__all__ = ["QUOTE_MISSES_ASKED", "quote_misses_asked_55r"]

QUOTE_MISSES_ASKED = "documents: the best quote does not name what the question asks about"

_MARKER = re.compile(r"\[\d+\]")
_UNITS = {"day", "week", "month", "year", "hour", "minute", "night", "time"}
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# One script a piece: the tokenizer reads a text by its first script.
_SCRIPT_RUN = re.compile(
    r"[\uac00-\ud7a3\u3131-\u318e]+(?:[^A-Za-z]*[\uac00-\ud7a3]+)*|[A-Za-z][^\uac00-\ud7a3]*"
)


def _tokens(texts: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for text in texts:
        for run in _SCRIPT_RUN.findall(_MARKER.sub(" ", text)):
            out.update(t.strip(".,;:!?") for t in tokenize(run))
    return out


def quote_misses_asked_55r(
    asked: QuestionAnalysis, answer: ExtractiveAnswer, ignore: Iterable[str] = ()
) -> bool:
    """Whether the quote leaves out a topic term of the question (so it does not answer).

    Args:
        asked: The question's analysis (its topic terms and the kind of answer asked).
        answer: The extractive answer about to be quoted.
        ignore: Terms the caller already set aside (scenery, when the story happens).
    """
    if not answer.text.strip():
        return False
    sentences = [s.text for s in answer.sentences] or [answer.text]
    texts = list(sentences)
    if asked.answer_type:
        texts += [c.locator for c in answer.citations if c.locator]
    held = _tokens(texts)
    # Korean writes a unit onto its figure ("15일의"): a Korean word inside a token counts,
    # so the rule errs towards letting a quote stand, never towards dropping one.
    joined = " ".join(texts)
    # "how many days": the unit of the kind of answer asked is no subject; the figure
    # quoted states it ("15일").
    skipped = set(ignore) | (_UNITS if asked.answer_type else set())
    for term in asked.topic_terms:
        if term in skipped:
            continue
        forms = equivalents(term)
        if forms & held:
            continue
        if any(_HANGUL.search(f) and f in joined for f in forms):
            continue
        return True
    return False
