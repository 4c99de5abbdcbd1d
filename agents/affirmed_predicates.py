"""A model's yes that a thing is free, open or allowed, where the passages never say so.

Asked "is parking free?" over passages where parking has a price, a small model may
answer "Yes, parking is free.": every word is the question's, the passages name parking
(with its price), and nothing names "free" at all, so :mod:`agents.echoed_answers`
(which looks only at terms some passage names) and the figure and name checks of
:mod:`agents.answer_grounding` let it through.

The rule, closed-class only: a few key predicates a yes/no question turns on (free,
open, allowed, in either language). When an answer to a question asking no kind of
thing states one of them of its subject (not negated next to it: "not free", "무료가
아닙니다"), the passage sentences that name most of the question's other topic terms
(the subject), or the sentence right after one that goes on about it (opened by a
pronoun, or under a heading naming it), must state that predicate too, not negated.
Otherwise the passages are silent on it or say the opposite ("Parking costs 2,000 won
an hour", "The pool is closed for repairs"): the yes is ungrounded. When no passage
sentence names the subject, the other checks decide. Known gap: a subject whose
sentences differ in what they name ("open Tuesday to Sunday" / "closed on Mondays")
counts any of them as about it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.rag import needs_synthesis
from tools.rag.crosslingual import equivalents
from tools.rag.question import QuestionAnalysis, analyze_question
from tools.rag.textutil import tokenize

__all__ = ["NEGATED_AFTER_VERB", "SENTENCE_BREAK", "unsupported_predicate"]

# Each predicate: its stems as tokenize gives them, how an answer states it, and how a
# passage may: the hours a place keeps say it is open, "may" or "can" that an act is
# allowed, "no charge" or "요금은 없습니다" that a thing is free.
_PREDICATES: dict[str, tuple[frozenset[str], re.Pattern[str], re.Pattern[str]]] = {
    "free": (
        frozenset({"free", "무료", "공짜"}),
        re.compile(r"\bfree\b|\bno\s+charge\b|무료|공짜", re.IGNORECASE),
        re.compile(
            r"\bfree\b|\bno\s+(?:charge|fee|cost)s?\b|무료|공짜|(?:요금|비용|수수료|이용료)\S{0,2}\s*없",
            re.IGNORECASE,
        ),
    ),
    "open": (
        frozenset({"open", "운영", "영업", "열"}),
        re.compile(
            r"\bopen(?:s|ed)?\b|열(?:어|려|립|리|고|면|는|린)|엽니|운영|영업|개방", re.IGNORECASE
        ),
        re.compile(
            r"\bopen(?:s|ed|ing)?\b|열(?:어|려|립|리|고|면|는|린)|엽니|운영|영업|개방|"
            r"\d{1,2}:\d{2}|\d{1,2}\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}\s*시",
            re.IGNORECASE,
        ),
    ),
    "allowed": (
        frozenset({"allow", "permit", "허용", "가능", "허락"}),
        re.compile(r"\b(?:allow(?:s|ed)?|permit(?:s|ted)?)\b|허용|허락|가능", re.IGNORECASE),
        re.compile(
            r"\b(?:allow(?:s|ed)?|permit(?:s|ted)?|welcome|may|can(?!not))\b|허용|허락|가능|"
            r"[어아여]도\s*(?:됩|돼|되)",
            re.IGNORECASE,
        ),
    ),
}
# A negation right before an English predicate ("not free", "isn't open", "never allowed").
_NEGATED_BEFORE = re.compile(
    r"(?:\b(?:not|never|no\s+longer)|n't)\s+(?:\w+\s+)?$|불$", re.IGNORECASE
)
# A negation right after a Korean verb ("운영하지 않습니다", "열지 않아요", "할 수 없어요") or
# an English modal ("may not", "can't"); agents.permitted_acts reads permissions with it.
NEGATED_AFTER_VERB = r"\S{0,4}\s*(?:않|안\s*되|안\s*돼|불가|없)|n't\b|\s+not\b"
# A predicate here may be a noun too, negated by 아니다 ("무료가 아닙니다").
_NEGATED_AFTER = re.compile(rf"\S{{0,4}}\s*(?:아니|아닙)|{NEGATED_AFTER_VERB}")
# Sentence breaks of a passage: after . ! ? or at a line break (a table row is a line).
# The one pattern the answer checks split passages by (echoed_answers, answer_grounding).
SENTENCE_BREAK = re.compile(r"(?<=[.!?。])\s+|\n+")


def _affirms(text: str, pattern: re.Pattern[str]) -> bool:
    """Whether ``text`` states the predicate somewhere without negating it there."""
    return any(
        not _NEGATED_BEFORE.search(text[: m.start()]) and not _NEGATED_AFTER.match(text, m.end())
        for m in pattern.finditer(text)
    )


# A sentence that goes on about the one before: opened by a pronoun ("It is free for
# members") or under a heading line naming the subject ("Parking" then its rule).
_PRONOUN_START = re.compile(
    r"^(?:it|its|they|their|this|that|these|those|there|이|그|이곳|그곳|해당|또한)\b", re.IGNORECASE
)


def _follows_on(before: str, sentence: str) -> bool:
    heading = not re.search(r"[.!?。:다요]\s*$", before) and len(before.split()) <= 6
    return heading or bool(_PRONOUN_START.match(sentence.strip()))


def _is_predicate(term: str, stems: frozenset[str]) -> bool:
    return term in stems or bool(equivalents(term) & stems)


def unsupported_predicate(
    answer: str,
    question: str,
    passages: Sequence[str],
    asked: QuestionAnalysis | None = None,
) -> str | None:
    """The key predicate an answer affirms that the passages naming its subject do not.

    Args:
        answer: The model's reply to a document step (citation marks removed).
        question: The step's question.
        passages: The texts of the passages the model read.
        asked: ``question`` already analysed (the grounding check has); analysed here when
            not given.

    Returns:
        The predicate ("free", "open", "allowed") when ``answer`` states it of a subject
        the passages name but none of their sentences about it states it; else ``None``.
    """
    asked = asked or analyze_question(question)
    if asked.answer_type is not None or needs_synthesis(question)[0]:
        return None
    sentences = [s for p in passages for s in SENTENCE_BREAK.split(p) if s.strip()]
    for name, (stems, pattern, support) in _PREDICATES.items():
        if not _affirms(answer, pattern):
            continue
        subject = [t for t in asked.terms if not _is_predicate(t, stems)]
        if not subject:
            continue

        def named(sentence: str, terms: list[str] = subject) -> int:
            words = set(tokenize(sentence))
            return sum(1 for t in terms if t in words or equivalents(t) & words)

        scores = [named(s) for s in sentences]
        best = max(scores, default=0)
        if not best:
            continue  # no sentence names the subject: left to the other checks
        about = [
            s
            for i, s in enumerate(sentences)
            if scores[i] == best
            or (i and scores[i - 1] == best and _follows_on(sentences[i - 1], s))
        ]
        if not any(_affirms(s, support) for s in about):
            return name
    return None
