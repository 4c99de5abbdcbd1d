"""A follow-up that negates the previous question's act asks of the rule's negated case.

After "남은 연차 다음 해로 몇 일까지 넘길 수 있어요?" was answered by the carry-over limit,
"못 넘긴 건요?" adds no content word: it asks of the days that could not be carried over,
which a leave rule states as "이월하지 못한 연차는 1월 급여일에 수당으로 지급합니다". The
thread's check that a quote names what the follow-up adds (graphs.thread_document_query)
found no new word in it and declined. What it adds is the negation: a sentence that
negates the same act ("이월하지 못한", "쓰지 않은") names it: the act in any equivalent, or
as the previous question's wording was read (넘기다 towards the next year is 이월,
tools.rag.carry_over_53d).
"""

from __future__ import annotations

import re

from tools.rag.carry_over_53d import with_carry_over_named
from tools.rag.crosslingual import equivalents
from tools.rag.textutil import tokenize

__all__ = ["negates_the_asked_act"]

# The follow-up's negated verb: 못/안 then the verb ("못 넘긴", "안 쓴").
_ASKED_NEGATED = re.compile(r"(?<![가-힣])(?:못|안)\s*([가-힣]+)")
# A sentence's negated act, the long way a rule writes it: "이월하지 못한", "쓰지 않은".
_STATED_NEGATED = re.compile(r"([가-힣]+)지\s*(?:못|않)")


def negates_the_asked_act(sentence: str, text: str, previous_question: str) -> bool:
    """Whether ``sentence`` negates the act ``text`` negates, one the previous question asked.

    Args:
        sentence: A quoted document sentence.
        text: The follow-up ("못 넘긴 건요?").
        previous_question: The previous question ("... 몇 일까지 넘길 수 있어요?").
    """
    held = set(tokenize(previous_question))
    acts = {
        term
        for found in _ASKED_NEGATED.finditer(text)
        for term in tokenize(found.group(1))
        if term in held
    }
    if not acts:
        return False
    named = {e for act in acts for e in equivalents(act)} | acts
    read = set(tokenize(with_carry_over_named(previous_question)))
    if acts - read:
        # The previous question's act was read as another word (넘기 as 이월): that one too.
        named |= read - held
    stated = {t for found in _STATED_NEGATED.finditer(sentence) for t in tokenize(found.group(1))}
    return bool(named & stated)


# "sentence [1] sentence [2]": each quoted sentence followed by its citation marker.
_QUOTED = re.compile(r"(?P<sentence>.*?)\s*\[(?P<id>\d{1,3})\]\s*", re.DOTALL)


def negated_sentences_only(answer: str, text: str, previous_question: str) -> str | None:
    """The quote kept to its sentences negating the follow-up's act, or ``None``.

    The carry-over rule's quote for "연차 이월하지 못한 건요?" holds the limit the previous
    answer gave ("쓰지 못한 연차는 … 최대 5일까지 이월할 수 있습니다") before the payout
    ("이월하지 못한 연차는 … 수당으로 지급합니다"); the follow-up asks only of the latter.

    Args:
        answer: An extractive answer ("s1 [1] s2 [1] …").
        text: The follow-up ("못 넘긴 건요?").
        previous_question: The previous question.

    Returns:
        The answer's sentences that negate the follow-up's act, with their markers; ``None``
        when the follow-up negates no act of the previous question, none does, or the
        answer cannot be read as quoted sentences.
    """
    quoted = list(_QUOTED.finditer(answer))
    if not quoted or "".join(m.group(0) for m in quoted) != answer:
        return None
    kept = [
        f"{m['sentence'].strip()} [{m['id']}]"
        for m in quoted
        if negates_the_asked_act(m["sentence"], text, previous_question)
    ]
    return " ".join(kept) if kept else None
