"""A curated answer that opens with "Yes." or "No." answers a yes/no question only.

"Is there parking?" is answered "Yes. Use the car park on basement level 1 …"; the same
entry matched to "Where do I get the parking ticket?" would open its reply with a bare
"Yes." to a where-question. A question for a place, a time, an amount or a person (a
wh-question) is served the entry's answer without that opener, and only when the rest
states the kind of thing asked (:func:`tools.rag.answer_types.has_answer_type`); when it
does not, the FAQ does not answer and the step goes on to the next track (honest over
clever: a curated "No." is no answer to "when").
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from core.text import EN_YES_NO_OPENING

# A bare yes or no, set off by a stop or a comma: "Yes.", "No,", "네, …", "아니요.".
# "No appointment is needed" opens with a determiner, not an answer, so a mark must follow.
_OPENER = LazyPattern(r"^\s*(?:yes|no|네|예|아니요|아니오|아뇨)\s*[.,!]\s*", re.IGNORECASE)
# The question words that ask for a thing of some kind (not whether, what or how). Its own
# list, not tools.rag.answer_types's rules: it only tells whether the question asks for a
# kind at all (which kind those rules then say, loaded only past this check), and "which"
# is here though those rules read it only with its noun ("which floor", "which days").
_WH_WORD = LazyPattern(
    r"\b(?:where|when|who|whom|how much|how many|how long|what time|which)\b|"
    r"어디|언제|얼마|누구|누가|몇",
    re.IGNORECASE,
)
# An English yes/no question opens with its auxiliary ("Can I park where …?"). After any
# non-word lead (tools.rag.answer_types allows only spaces): a typed FAQ question may open
# with a quote or a dash. Kept as it was written, unmeasured either way.
_AUXILIARY_OPENING = LazyPattern(rf"^\W*{EN_YES_NO_OPENING}", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?。])\s+")


def opens_with_yes_or_no(answer: str) -> bool:
    """Whether a curated answer begins with a bare yes or no."""
    return _OPENER.search(answer) is not None


def answer_for_question(answer: str, question: str) -> str | None:
    """The text of a curated ``answer`` to serve for ``question``, or ``None`` to decline.

    An answer with no yes/no opener, or a question that is no wh-question, is served
    as written. A wh-question gets the answer without its opener when a sentence of
    the rest states the kind it asks for, and ``None`` otherwise.
    """
    opener = _OPENER.search(answer)
    if opener is None or not _asks_for_a_kind(question):
        return answer
    # Imported here: the answer-type rules load only when an opener meets a wh-question.
    from tools.rag.answer_types import answer_type, has_answer_type

    kind = answer_type(question)
    rest = answer[opener.end() :].strip()
    if kind is None or not rest:
        return None
    if not any(has_answer_type(s, kind, question=question) for s in _SENTENCE_END.split(rest)):
        return None
    return rest[0].upper() + rest[1:]


def _asks_for_a_kind(question: str) -> bool:
    if question.isascii() and _AUXILIARY_OPENING.search(question):
        return False
    return _WH_WORD.search(question) is not None
