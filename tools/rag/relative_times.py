"""Words that place a question in time relative to today (올해, 내년, 이번 달, 담달, 어제).

One list, two rules, each with its own logic:

- The scenery rule (:data:`KO_RELATIVE_TIMES`, read by :mod:`tools.rag.scene_words`).
  "올해 자기계발비 다 못썼는데 내년으로 넘어가요?" asks whether an unused allowance carries
  over: the rule says so in its own terms ("다음 해로 넘어가지 않습니다"), never in the
  asker's "this year" and "next year". A rule is written once for every year, so a word
  that counts from the day the question is asked sets its scene, like the kinship words of
  :mod:`tools.rag.scene_words`, and like them it is excused only when the collection never
  holds it: a document that does write 내년 or 이번 달 keeps it counting.
- The story rule (:func:`tools.rag.story_clauses.relative_time_terms`): a day, week or
  month placing the asker's story (지난주, 다음 달, 어제) is never a topic, held or not,
  unless a day of the week follows it; years are left to the scenery rule there (a policy
  writes "다음 해로 이월", the asked case).

The scenery rule reads Kiwi's nouns, as :func:`tools.rag.textutil.tokenize` gives them (담달,
the chat spelling of 다음 달, is one noun). 다음 (next) is left out there: documents write
it ("다음 달 10일까지"), and it also means "the following" of a list. So are the
demonstratives 이번, 요번 and 저번 (this, that time; 이번달 is 이번 + 달): they point at
whatever occasion the next noun names (이번 검사, 저번 진료), not at a time. Measured:
excused, 이번 let "이번주 토요일에 ... 사무실 토욜엔 몇시까지 열어요?" (held-out 13) be
answered with the pharmacy's hours beside the office's, a wrong answer.
"""

from __future__ import annotations

__all__ = [
    "KO_DAYS",
    "KO_MONTH_NOUNS",
    "KO_POINTERS",
    "KO_RELATIVE_TIMES",
    "KO_SPANS",
    "KO_YEARS",
    "STORY_KO_DAYS",
]

# Days counted from today.
KO_DAYS = ("어제", "그제", "그저께", "엊그제", "오늘", "내일", "모레")
# Years counted from today (the scenery rule's only).
KO_YEARS = ("올해", "금년", "내년", "작년", "지난해", "재작년")
# A word pointing at a week or a month counted from today (지난 주, 담달), and the two.
KO_POINTERS = ("지난", "다음", "이번", "저번", "담")
KO_SPANS = ("주", "달")
# Pointer and month that Kiwi gives as one noun (다음 달 is 다음 + 달, 이번달 이번 + 달).
KO_MONTH_NOUNS = ("담달", "지난달")

# The story rule's days: 오늘 is not among them (today is as often the day asked about,
# "오늘 진료해요?", as the story's), as it never was; kept so, unmeasured.
STORY_KO_DAYS = tuple(d for d in KO_DAYS if d != "오늘")
# The scenery rule's words. 그제 and 엊그제 were never among them (그제 is also "only then"
# of 그제야); kept so, unmeasured.
KO_RELATIVE_TIMES = frozenset(
    {*KO_YEARS, *KO_MONTH_NOUNS, *(d for d in KO_DAYS if d not in {"그제", "엊그제"})}
)
