"""A loose follow-up that asks past what the previous, cited answer quoted.

After "병가는 1년에 며칠까지 쓸 수 있어요?" was answered from the leave policy with its
citation, "그거 넘으면 어떻게 돼요?" is a loose follow-up: no code resolves it, so a model
answers with the previous turn in its prompt and no document passage. Right under a
cited answer, that reply reads as the policy's own next sentence, although nothing in
the documents was read for it. Such a follow-up opens with the honest "the documents
do not cover this; what follows is general knowledge" (``graphs.output_checks``).

A follow-up that only works on the cited answer is not asking anything new: to say it
again more simply, shorter, in another language or another form (a list, a message),
to say what it means, or to compute with its figure ("4일이면?", "in dollars?"). Its
reply restates what the documents said; the note would misstate where it came from.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from agents.document_messages import GENERAL_KNOWLEDGE_REASON
from agents.documents import DocPlan
from graphs.stated_condition_56r import states_condition_not_sum
from tools.followup_edits import SPELLED_NUMBERS, TARGET_RE
from tools.references import CHOICE_AMONG_RE, OPERATION_RES

if TYPE_CHECKING:
    from langchain_core.messages import AnyMessage

__all__ = ["asks_beyond_cited_answer", "asks_something_new", "beyond_cited_answer_plan"]

# A citation marker the answer kept ("... 60일까지 [1]"): graphs.synthesis drops every
# marker that cites nothing, so one left in an answer means it quoted the documents.
_CITATION_MARKER = re.compile(r"\[\d{1,3}\]")
# Requests to reshape the previous answer rather than to learn something new.
_RESHAPES = re.compile(
    # another language
    r"영어|영문|일본어|중국어|한국어|한글|우리말|번역|english|korean|japanese|chinese|translat"
    # simpler, shorter, a summary
    r"|쉽게|쉬운\s*말|간단[히하]|짧게|줄여|요약|정리해|한\s*(?:줄|문장|마디)로"
    r"|simpl|plain|short|brief|summar|tl;?dr|in\s+(?:one|a\s+few|two)\s+(?:line|sentence|word)"
    # said again, in other words
    r"|다시|바꿔\s*(?:말|써)|다른\s*말로|풀어|rephrase|reword|paraphrase|in\s+other\s+words"
    r"|again|repeat|restate"
    # what the answer means
    r"|무슨\s*(?:뜻|말|의미)|뜻이|의미가|\bmeans?\b|\bmeaning\b"
    # another form, or a text written from it
    r"|표로|목록|리스트|bullet|\blist\b|\btable\b|써\s*(?:줘|주세요|줄래)|작성|초안"
    r"|\bwrite\b|\bdraft\b|\bcompose\b",
    re.IGNORECASE,
)
# "explain it", "설명해 줘" restate the answer; "왜", "why" ask for a reason it never gave.
# A number spelled out before its counter or as a word ("두 명", "four people", "double").
_SPELLED_FIGURE = re.compile(
    r"(?<![가-힣A-Za-z])(?:"
    + "|".join(sorted(map(re.escape, SPELLED_NUMBERS), key=len, reverse=True))
    + r")(?=\s|$)",
    re.IGNORECASE,
)
_EXPLAIN = re.compile(r"설명|\bexplain", re.IGNORECASE)
_WHY = re.compile(r"왜|\bwhy\b|이유|reason", re.IGNORECASE)
_WHY_REASON = (
    "follow-up: asks past the previous answer, which quoted the documents; no passage "
    "answers it, so the reply says it is not theirs"
)


def _previous_answer(messages: Sequence[AnyMessage]) -> str | None:
    # The last message is this turn's question; the answer before it is the previous one.
    for message in reversed(messages[:-1]):
        if message.type == "ai" and isinstance(message.content, str) and message.content:
            return message.content
    return None


def _works_on_the_answer(text: str) -> bool:
    """Whether the follow-up reshapes or computes with the previous answer (nothing new)."""
    if _RESHAPES.search(text):
        return True
    if _EXPLAIN.search(text) and not _WHY.search(text):
        return True
    if states_condition_not_sum(text):  # "10분 늦으면?": a condition, no sum (docwrongs56)
        return False
    # A figure of its own, an operation or a unit: arithmetic on the cited figure.
    if any(ch.isdigit() for ch in text) or _SPELLED_FIGURE.search(text):
        return True
    return (
        TARGET_RE.match(text) is not None
        or CHOICE_AMONG_RE.search(text) is not None
        or any(pattern.search(text) for pattern in OPERATION_RES.values())
    )


def asks_something_new(text: str) -> bool:
    """Whether a follow-up asks something new, not reshaping or computing with the answer."""
    return not _works_on_the_answer(text)


def asks_beyond_cited_answer(messages: Sequence[AnyMessage], text: str) -> bool:
    """Whether a loose follow-up asks something new of an answer that cited the documents.

    Args:
        messages: The conversation, this turn's question last.
        text: The follow-up step's text.

    Returns:
        ``True`` when the previous answer quoted the documents (kept a citation marker)
        and the follow-up neither reshapes it nor computes with its figure.
    """
    previous = _previous_answer(messages)
    if previous is None or not _CITATION_MARKER.search(previous):
        return False
    return not _works_on_the_answer(text)


def beyond_cited_answer_plan(messages: Sequence[AnyMessage], text: str) -> DocPlan | None:
    """The plan that makes a model's reply to such a follow-up say it is not the documents'.

    ``None`` unless :func:`asks_beyond_cited_answer`; the step still goes to a model with
    the previous turn in its prompt, no passage: only its reply opens with the note.
    """
    if not asks_beyond_cited_answer(messages, text):
        return None
    return DocPlan(kind="generate", reasons=[_WHY_REASON, GENERAL_KNOWLEDGE_REASON])
