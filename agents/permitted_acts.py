"""A model's yes that an act is allowed, where the passages permit only other acts.

Asked "can members bring guests?" over a garden's rules that say "Members may enter the
garden from 6 am" and "Guests must sign in", a small model may answer "Yes, members may
bring guests.": every word is in the question or the passages, and a passage sentence
about members does say "may", so :mod:`agents.affirmed_predicates` (a sentence about the
subject stating "allowed") lets it through. But that sentence permits entering, not
bringing guests.

The rule: when the question asks permission for an act (:mod:`tools.rag.asked_act`:
"…해도 돼요?", "…할 수 있어요?", "can I …", "am I allowed to …") and the answer says
yes to it ("may", "can", "is allowed to", "됩니다", "가능합니다", "할 수 있습니다", not
negated there), some passage sentence must both name that act (in any word the vocabulary
ties to it) and grant a permission, and not for a narrower object than the one asked
("색이 들어간 안경" for 안경). Otherwise the yes is ungrounded. An answer that opens with
"no" or "아니요" claims no permission and is left to the other checks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from agents.affirmed_predicates import NEGATED_AFTER_VERB, SENTENCE_BREAK
from tools.rag.asked_act import asked_act
from tools.rag.textutil import tokenize

__all__ = ["unsupported_permission"]

# A permission stated: in an answer or in a passage sentence.
_PERMITS = re.compile(
    r"\b(?:allow(?:s|ed)?|permit(?:s|ted)?|welcome|may|can(?!not))\b|"
    r"허용|허락|가능|[가-힣]도\s*(?:됩|돼|되|괜찮)|\S\s*수\s*있",
    re.IGNORECASE,
)
# A negation right before an English permission ("not allowed"). (Unlike the predicate
# checks of agents.affirmed_predicates, "no longer" is not read as one here.)
_NEGATED_BEFORE = re.compile(r"(?:\b(?:not|never)|n't)\s+(?:\w+\s+)?$|불$", re.IGNORECASE)
# A negation right after one ("may not", "can't", "할 수 없", "가능하지 않"): the predicate
# checks' verb negations. Their 아니/아닙 (a noun predicate's 아니다) is left out, as this
# check was written: with it, "가능해요, 아니면 …" (or else) would read as "not possible".
_NEGATED_AFTER = re.compile(NEGATED_AFTER_VERB)
_OPENS_WITH_NO = re.compile(r"^\W*(?:no\b|nope\b|아니|안\s*돼)", re.IGNORECASE)


def _permits(text: str) -> bool:
    """Whether ``text`` grants a permission somewhere without negating it there."""
    return any(
        not _NEGATED_BEFORE.search(text[: m.start()]) and not _NEGATED_AFTER.match(text, m.end())
        for m in _PERMITS.finditer(text)
    )


def unsupported_permission(answer: str, question: str, passages: Sequence[str]) -> str | None:
    """The act an answer permits that no passage sentence permits.

    Args:
        answer: The model's reply to a document step (citation marks removed).
        question: The step's question.
        passages: The texts of the passages the model read.

    Returns:
        The asked act (its stem) when ``answer`` says yes to a permission question and no
        passage sentence naming that act grants a permission; else ``None``.
    """
    act = asked_act(question)
    if act is None or _OPENS_WITH_NO.match(answer) or not _permits(answer):
        return None
    for passage in passages:
        for sentence in SENTENCE_BREAK.split(passage):
            if (
                act.named_in(set(tokenize(sentence)))
                and _permits(sentence)
                and not act.narrower_object(sentence)
            ):
                return None
    return act.stem
