"""A model's yes or no that only restates the question, on passages that never say it.

Asked "is the tool shed open on public holidays?" over a garden agreement whose shed
hours name weekdays and weekends but no holiday, a small model answered "The tool shed
is open on public holidays." (blind set 17): every word of the answer is a word of the
question, so the figure and name checks of :mod:`agents.answer_grounding` find nothing
new, yet nothing in the passages says it. The model picked "yes".

The rule: for a question asking no kind of thing (a yes/no or open lookup), an answer
whose content words are all the question's own (in either language; yes/no, negation,
framing such as "the document says that" and stress such as "indeed" aside) is grounded
only when one sentence, read with the sentence before it, names together every topic
term of the question that some passage names (a term no passage names is left to the
other checks).
Together means close: a chunk holding a membership table ("Guest passes") and, lines
later, a Saturday early hour does not say that guests may come to the early hour.
"Can I bring my dog?" answered "No, you cannot bring your dog." on a passage saying
"Please do not bring pets; only guide dogs are allowed" is kept; the holiday answer,
whose "holiday" only a clinic's hours hold, is not. "Yes, parking is free." on passages
that price parking is :mod:`agents.affirmed_predicates`' case.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from agents.affirmed_predicates import SENTENCE_BREAK
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


# Words that frame an answer as the documents' ("The document says that …", "문서에 따르면
# …", "according to the policy"): a restated question may add them too. As tokenize
# stems them.
_FRAMING = frozenset(
    {
        "document", "passage", "text", "say", "stat", "mention", "indicat", "accord",
        "문서", "따르", "의하", "나오",
    }
)  # fmt: skip
# Adverbs that stress or hedge a restated answer and add no fact of their own ("The tool
# shed is indeed open on public holidays."), as tokenize stems them.
_EMPHASIS = frozenset(
    {
        "inde", "actually", "certainly", "definitely", "really", "absolutely", "course",
        "surely", "fact", "generally", "alway", "usually", "typically", "normally",
    }
)  # fmt: skip


def _sentence_pairs(passage: str) -> list[set[str]]:
    """The words of each sentence together with the sentence before it.

    Terms a passage names "together" must be named close together: a chunk holding a
    membership table ("Guest passes per year") and, lines later, the Saturday early hour
    names guests and the early hour, but says nothing of guests at the early hour. A
    sentence and the one before it still count as one ("The garden is for members.
    Dogs are not allowed."), as does a heading and its first line.
    """
    sentences = [set(tokenize(s)) for s in SENTENCE_BREAK.split(passage) if s.strip()]
    return sentences[:1] + [a | b for a, b in itertools.pairwise(sentences)]


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
    said = [w for w in tokenize(answer) if w not in _POLARITY | _FRAMING | _EMPHASIS]
    if not said or not all(_named(w, own) for w in said):
        return None
    # Only terms some passage holds: a word no passage names (a hoped-for "free") is for
    # the other checks; what this one catches is terms named only apart, one borrowed
    # from a passage about something else (the clinic's "public holidays").
    held = [set(tokenize(p)) for p in passages]
    terms = [t for t in asked.topic_terms if any(_named(t, words) for words in held)]
    if len(terms) < 2:
        return None
    if any(all(_named(t, words) for t in terms) for p in passages for words in _sentence_pairs(p)):
        return None
    return ", ".join(terms)
