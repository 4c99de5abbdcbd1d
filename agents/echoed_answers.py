"""A model's yes or no that only restates the question, on passages that never say it.

Asked "is the tool shed open on public holidays?" over a garden agreement whose shed
hours name weekdays and weekends but no holiday, a small model answered "The tool shed
is open on public holidays." (blind set 17): every word of the answer is a word of the
question, so the figure and name checks of :mod:`agents.answer_grounding` find nothing
new, yet nothing in the passages says it. The model picked "yes".

The rule: for a question asking no kind of thing (a yes/no or open lookup), an answer
whose content words are all the question's own (in either language, yes/no and negation
words aside) is grounded only when one passage names together every topic term of the
question that some passage names (a term no passage names is left to the other checks).
"Can I bring my dog?" answered "No, you cannot bring your dog." on a passage saying
"Please do not bring pets; only guide dogs are allowed" is kept; the holiday answer,
whose "holiday" only a clinic's hours hold, is not. Known gap: "Yes, parking is free."
on passages where parking has a price and nothing is free passes this check.
"""

from __future__ import annotations

from collections.abc import Sequence

from tools.rag import needs_synthesis
from tools.rag.crosslingual import equivalents
from tools.rag.question import QuestionAnalysis, analyze_question
from tools.rag.textutil import tokenize

__all__ = ["echoed_question"]

# Words that say yes or no, in either language: a restated question may add them.
_POLARITY = frozenset(
    {
        "yes", "no", "not", "cannot", "can't", "don't", "doesn't", "isn't", "aren't",
        "won't", "네", "예", "아니요", "아니오", "안", "못", "없", "않",
    }
)  # fmt: skip


def _named(term: str, words: set[str]) -> bool:
    return bool(equivalents(term) & words) or term in words


def echoed_question(
    answer: str,
    question: str,
    passages: Sequence[str],
    asked: QuestionAnalysis | None = None,
) -> str | None:
    """The question's topic terms the passages name only apart, for an echoing answer.

    Args:
        answer: The model's reply to a document step (citation marks removed).
        question: The step's question.
        passages: The texts of the passages the model read.
        asked: ``analyze_question(question)`` when the caller has it (read once per answer).

    Returns:
        The topic terms some passage names, comma-separated, when ``answer`` only restates
        ``question`` and no one passage names them together; ``None`` otherwise.
    """
    if asked is None:
        asked = analyze_question(question)
    if asked.answer_type is not None or not asked.topic_terms or needs_synthesis(question)[0]:
        return None
    own = set(tokenize(question))
    said = [w for w in tokenize(answer) if w not in _POLARITY]
    if not said or not all(_named(w, own) for w in said):
        return None
    # Only terms some passage holds: a word no passage names (a hoped-for "free") is for
    # the other checks; what this one catches is terms named only apart, one borrowed
    # from a passage about something else (the clinic's "public holidays").
    held = [set(tokenize(p)) for p in passages]
    terms = [t for t in asked.topic_terms if any(_named(t, words) for words in held)]
    if len(terms) < 2:
        return None
    if any(all(_named(t, words) for t in terms) for words in held):
        return None
    return ", ".join(terms)
