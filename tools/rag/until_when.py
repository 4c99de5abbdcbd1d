"""'Until when is it kept?' is answered by how long it is kept, as well as by a moment.

"외출하면 좌석 언제까지 유지돼요?" asks when a hold ends; the rule states it as a period from
the moment the hold starts ("외출 처리를 하면 최대 2시간까지 좌석이 유지됩니다"), which
names no clock time or date, so the datetime type ruled the sentence out and a clock time
of another rule ("다음 날 05:00에 자동 퇴실") answered instead. When the question asks
until when something *lasts* (a seat or a booking is held, a bag is kept, a ticket is
valid), a period bounded by a limit word ("최대 2시간까지", "N일 동안", "for up to 3
days") is the answer too.

Closed classes only: the until-when words, the verbs of lasting, the time units.
"""

from __future__ import annotations

import re

from tools.rag.time_phrases import EN_TIME_UNIT, KO_TIME_UNIT

__all__ = ["asks_until_when_it_lasts", "states_lasting_period"]

_ASKS_UNTIL_WHEN = re.compile(r"언제까지|\b(?:until|till) when\b", re.IGNORECASE)
# Verbs of a state lasting: held, kept, valid, may stay, may be used.
_LASTS = re.compile(
    r"유지|보관|맡아|잡아|머물|머무|있어도|있을\s*수|남아|유효|지속|쓸\s*수|써도|"
    r"(?:사용|이용)(?:할\s*수|해도)|"
    r"\b(?:held|kept|keep|hold|valid|last|lasts|stay|remain|reserved)\b",
    re.IGNORECASE,
)
_LASTING_PERIOD = re.compile(
    rf"(?:최대|최장)?\s*\d+\s*{KO_TIME_UNIT}\s*(?:까지|동안|간|이내)|"
    rf"\b(?:up to|for up to|for|within|no more than)\s+\d+\s*{EN_TIME_UNIT}\b",
    re.IGNORECASE,
)


def asks_until_when_it_lasts(question: str) -> bool:
    """Whether the question asks until when something lasts ("좌석 언제까지 유지돼요?")."""
    return bool(_ASKS_UNTIL_WHEN.search(question) and _LASTS.search(question))


def states_lasting_period(sentence: str) -> bool:
    """Whether the sentence states a bounded period ("최대 2시간까지", "for up to 3 days")."""
    return bool(_LASTING_PERIOD.search(sentence))
