"""'When can I swim after a tattoo?' is answered by how long to wait, as well as by a moment.

Blind set 47: "when can i go swimming after getting tattooed" asks when an act is allowed
again after an event; the studio states it as a period to wait ("No swimming, baths or
saunas for 2 weeks after a tattoo"), which names no clock time or date, so the datetime
type ruled the sentence out and the touch-up rule ("free within 3 months") answered on
"tattoo" alone. When the question asks from when something is allowed after an event
("when can i … after …", "how soon after …", "언제부터 … 돼요?"), a waiting period ("for 2
weeks", "2 weeks after", "24시간 동안", "3일 후", "6개월이 지나면") answers it too.

The period must be the asked one: the sentence names at least two of the question's
content words (the act held back and the event it waits on: "swimming" and "tattoo"). A
period of another case ("경기·강원 북부에서 잤다면 6개월 동안 …", asked "문신했는데 헌혈
언제부터 가능?", on 헌혈 alone) answers another question (held-out set 46).

Closed classes only: the when-again openers, the time units, the period words.
"""

from __future__ import annotations

import re

from tools.rag.textutil import tokenize
from tools.rag.time_phrases import EN_TIME_UNIT, KO_TIME_UNIT

__all__ = [
    "answers_when_after",
    "asks_when_allowed_after",
    "states_asked_wait",
    "states_waiting_period",
]

_ASKS_WHEN_AFTER = re.compile(
    # "when can i go swimming after …", "when could we fly again", "how soon after …".
    r"\bwhen\s+(?:can|could|may|should|will)\s+(?:i|we|you|he|she|they|u)\b.*"
    r"\b(?:after|again|afterwards)\b|\bhow\s+soon\b|"
    # "사우나 언제부터 가도 돼요?", "언제부터 운동할 수 있어요?".
    r"언제\s*부터.*(?:도\s*(?:돼|되)|할\s*수|할수|가능)",
    re.IGNORECASE,
)
_NUMBER = r"(?:\d+(?:\s*[-~–]\s*\d+)?|a|an|one|two|three|four|five|six|a\s+few)"
_WAITING_PERIOD = re.compile(
    rf"\b(?:for|after|wait(?:ing)?)\s+(?:at\s+least\s+)?{_NUMBER}\s*{EN_TIME_UNIT}\b|"
    rf"\b{_NUMBER}\s*{EN_TIME_UNIT}\s+(?:after|later|from)\b|"
    rf"\d+\s*{KO_TIME_UNIT}\s*(?:동안|후|뒤|이후|이 지나|가 지나|지나)",
    re.IGNORECASE,
)


def asks_when_allowed_after(question: str) -> bool:
    """Whether the question asks from when an act is allowed after an event.

    >>> asks_when_allowed_after("when can i go swimming after getting tattooed")
    True
    >>> asks_when_allowed_after("when can i book a session")
    False
    """
    return bool(_ASKS_WHEN_AFTER.search(question))


def states_waiting_period(sentence: str) -> bool:
    """Whether the sentence states a period to wait ("for 2 weeks", "3일 후").

    >>> states_waiting_period("No swimming or baths for 2 weeks after a tattoo.")
    True
    >>> states_waiting_period("Open 10:00-18:00.")
    False
    """
    return bool(_WAITING_PERIOD.search(sentence))


# The act held back and the event it waits on: two of the question's words at least.
_SHARED_WORDS = 2


def states_asked_wait(question: str, sentence: str) -> bool:
    """Whether the sentence states a wait and names the question's act and event.

    >>> question = "when can i go swimming after a tattoo"
    >>> states_asked_wait(question, "No swimming for 2 weeks after a tattoo.")
    True
    >>> states_asked_wait(question, "Stay off the bike for 2 weeks.")
    False
    """
    if not states_waiting_period(sentence):
        return False
    shared = set(tokenize(question)) & set(tokenize(sentence))
    return len({t for t in shared if not t.isdigit()}) >= _SHARED_WORDS


def answers_when_after(question: str, sentence: str) -> bool:
    """Whether a when-after question is answered by the sentence's waiting period."""
    return asks_when_allowed_after(question) and states_asked_wait(question, sentence)
