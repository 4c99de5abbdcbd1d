"""A deadline asked for an act: the sentence that names the act with its deadline is quoted.

"평일에 접수 늦어도 몇시까지 해야돼" (blind set 54) was answered with the weekday row of the
clinic's hours ("평일: 09:00–18:00") and the pharmacy's hours: both name the day and a clock
time, neither names 접수, the act whose last moment is asked. The passage's own sentence
"진료 마감 30분 전까지 접수해 주세요." says it, and was passed over. When a question asks
until when ("몇시까지", "언제까지", "by what time", "until when") and names an act term that no
quoted sentence holds, the sentence of the best passage that holds that term with a
deadline ("까지", "before", "by") is quoted after the best one (in place of a sentence from
another passage, which answers for another place).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.rag.answer_quote import Scored

__all__ = ["USE_ACT_DEADLINE", "with_act_deadline"]

#: Switch for tests (tests/tools/rag/test_blind54m_findings.py).
USE_ACT_DEADLINE = True

_UNTIL_ASKED = re.compile(
    r"(?:몇\s*시|언제)\s*까지|\bby\s+what\s+time\b|\buntil\s+when\b|\bhow\s+late\b"
    r"|\bwhat\s+time\b.*\bby\b|\blatest\b",
    re.IGNORECASE,
)
_DEADLINE = re.compile(r"까지|\bbefore\b|\bby\b|\bat\s+least\b", re.IGNORECASE)
# Words of a day or a time (the slot the schedule rows fill), never the act asked.
_TIME_WORDS = re.compile(
    r"^(?:평일|주말|토요일|일요일|공휴일|오전|오후|오늘|내일|늦|시|weekdays?|weekends?|saturday"
    r"|sunday|today|time|morning|afternoon|late|latest)$",
    re.IGNORECASE,
)


# "to register by", "i check in before", "we cancel until": the verb given a deadline.
_ACT_BY_EN = re.compile(
    r"\b(?:to|i|we|you)\s+(?P<act>(?!be\b|get\b|come\b|go\b)[a-z]{4,})\s+(?:in\s+)?(?:by|before|until)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_BULLET = re.compile(r"^[-*•]\s*")
# The added sentence's order: after the passage's scored ones.
_AFTER = 10_000


def _holds(sentence: str, term: str) -> bool:
    if term.isascii():
        return re.search(rf"\b{re.escape(term)}", sentence, re.IGNORECASE) is not None
    return term in sentence


def _sentences(text: str) -> list[str]:
    """The passage's sentences and list rows, bullets off."""
    parts = (p.strip() for line in text.splitlines() for p in _SENTENCE_END.split(line))
    return [_BULLET.sub("", p) for p in parts if p]


def with_act_deadline(
    question: str,
    terms: Sequence[str],
    chosen: Sequence[Scored],
    best: Scored,
    passage_text: str,
    max_sentences: int,
    heading: str = "",
) -> list[Scored]:
    """``chosen`` with the best passage's sentence that gives the asked act its deadline.

    Args:
        question: The user's question.
        terms: The question's topic terms.
        chosen: The sentences to quote, best first.
        best: The best sentence.
        passage_text: The best passage's text (its sentences are searched, scored or not:
            a time-answer screen keeps only sentences with a clock time).
        max_sentences: Most sentences to quote.
        heading: The best passage's heading.
    """
    if not USE_ACT_DEADLINE or not _UNTIL_ASKED.search(question):
        return list(chosen)
    acts = [t for t in terms if not _TIME_WORDS.match(t) and len(t) > 1]
    # An English act is a verb, which the terms leave out: "need to register by".
    acts += [m["act"].lower() for m in _ACT_BY_EN.finditer(question)]
    # An act the heading names is the rows' own ("진료 시간" heads "평일: 09:00–18:00").
    unquoted = [
        t for t in acts if not _holds(heading, t) and not any(_holds(s[4], t) for s in chosen)
    ]
    if not unquoted:
        return list(chosen)
    quoted = {s[4] for s in chosen}
    found = [
        (best[0], best[1], best[2], _AFTER + i, sentence)
        for i, sentence in enumerate(_sentences(passage_text))
        if sentence not in quoted
        and _DEADLINE.search(sentence)
        and any(_holds(sentence, t) for t in unquoted)
    ]
    if not found:
        return list(chosen)
    # A sentence of another passage holds no act asked either: it answers for another place.
    same = [s for s in chosen if s[2] == best[2]]
    return [*same, found[0]][:max_sentences]
