"""A later turn that only reports a change in figures is about the previous turn.

"두 명 못 온대", "20개 이상이면 10% 빼준다네", "석 달 치 한꺼번에 내면?", "two of them
bailed", "3 more kids signed up": each states a new count, price or rate (heard from
someone: 대/래/다네/라던데, or as a condition: -면?) and asks nothing on its own. Read
alone they were answered as something else: a leave-policy sentence sharing a word, 10%
of 20 (= 2), or a local model's echo. Such a turn goes back to the previous turn's steps
(re-run when code can) or to a model with the previous turn; never to the documents nor
to a sum of its own.

A turn that asks a question of its own (뭐, 어디, 언제, 누가, 어떻게, 왜, 몇; what, where,
when, who, how, why) is not one of these; nor is one with no figure ("위궤양 있으면요?"
in a document thread keeps its own subject).
"""

from __future__ import annotations

import re

from tools.korean_numbers import normalize_numerals

__all__ = ["reports_a_change"]

# Longer turns state a problem of their own.
_MAX_CHARS = 48
# "a fourth dog just signed up": one more than there were, said by its place in the count.
_ORDINAL = r"\ban?\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+[a-z]+"
# A figure typed, or said with a native count word before a counter ("석 달", "두 명",
# "둘이", "이틀"): normalize_numerals leaves some of these as words.
_FIGURE = re.compile(
    r"\d|(?<![가-힣])(?:한|두|세|석|서|네|넉|다섯|여섯|일곱|여덟|아홉|열|스무)\s*"
    r"(?:달|명|개|번|잔|판|줄|장|켤레|봉지|통|박|시간|주|게임|벌|채|병|마리|사람|분|롤|팩)"
    r"|(?<![가-힣])(?:둘|셋|넷|다섯)이(?:서)?(?![가-힣]{2})|(?<![가-힣])(?:하루|이틀|사흘|나흘)"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a\s+couple|a\s+few)\s+(?:of\s+them|more|less|fewer|extra)\b"
    # ("a one-month deposit", "a two-week stay": a count joined to its unit.)
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve)-[a-z]+"
    rf"|{_ORDINAL}",
    re.IGNORECASE,
)
# A question of its own: it asks what, where, when, who, how, why or how many.
_OWN_QUESTION = re.compile(
    r"(?<![가-힣])(?:뭐|무엇|뭘|어디|언제|누가|누구|어떻게|왜|몇|무슨|어느)"
    r"|\b(?:what|where|when|who|how|why|which)\b",
    re.IGNORECASE,
)
# Heard from someone ("…온대", "…빼준다네", "…1,800원이라던데", "…11월 11일이던데"), or asked as
# a condition with nothing else asked ("…내면?", "…치면요?").
_KOREAN_REPORT = re.compile(
    r"(?:[대래]|다네|라네|[라이]?던데|대요|래요|다더라|라더라|답니다|랍니다|대ㅠ+|래ㅠ+)"
    r"\s*[.!~ㅠㅜㅋ]*\s*$"
)
_KOREAN_CONDITION = re.compile(r"[가-힣](?:면|으면)요?\s*[?？]+\s*$")
# English: a count of people or things that changed ("two of them bailed", "3 more kids
# signed up", "one more person is coming").
_ENGLISH_COUNT_CHANGE = re.compile(
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a\s+couple|a\s+few"
    r"|an?\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\s+"
    r"(?:(?:of\s+(?:them|us|the\s+\w+)|more|less|fewer|extra|(?:more\s+)?[a-z]+)\s+){0,2}"
    r"(?:bail(?:s|ed)|drop(?:s|ped)\s+out|pull(?:s|ed)\s+out|back(?:s|ed)\s+out|cancell?(?:s|ed)"
    r"|can'?t\s+(?:come|make\s+it)|sign(?:s|ed)\s+up|join(?:s|ed)|are\s+(?:coming|joining|in)"
    r"|is\s+(?:coming|joining)|wants?\s+in|said\s+yes)\b",
    re.IGNORECASE,
)


# "the landlord agreed to a one-month deposit", "the rate is now 40": a term of the previous
# turn set anew (set 30: a local model explained deposits in answer to it).
_ENGLISH_NEW_TERM = re.compile(
    r"\b(?:agreed\s+to|settled\s+(?:on|for)|went\s+(?:up|down)\s+to|came\s+(?:up|down)\s+to"
    r"|(?:is|are)\s+now|changed\s+(?:it\s+)?to|dropped\s+(?:it\s+)?to|cut\s+(?:it\s+)?to"
    r"|raised\s+(?:it\s+)?to|lowered\s+(?:it\s+)?to)\b",
    re.IGNORECASE,
)
# "we're adding one more guest", "bringing 2 more chairs": more of something, said as what
# we do (set 28: a local model answered "147.2" to it after a hotel bill).
_ENGLISH_ADDING = re.compile(
    r"^\s*(?:(?:we'?re|we\s+are|i'?m|let'?s|we'?ll|i'?ll)\s+)?(?:adding|add|bringing|bring|getting)"
    r"\s+(?:\d+|one|two|three|four|five|a\s+couple|a\s+few|another)\s+(?:more\s+)?[a-z]+\s*[.!?]*\s*$"
    # ("one more guest": the same, once the verb is read away.)
    r"|^\s*(?:\d+|one|two|three|four|five|a\s+couple|a\s+few)\s+more\s+[a-z]+\s*[.!?]*\s*$",
    re.IGNORECASE,
)
# "하나 취소할게", "cancel one of them", "add a couple more": an edit of the previous
# order by a count in words, no subject of its own (turns27: "하나 취소할게" after a
# 짜장면/탕수육 order was answered with the clinic's appointment-cancelling sentence).
_EDITS_THE_ORDER = re.compile(
    # ("한 벌은 취소할게요", "두 판 빼주세요": any counter; set 29's 한복 order got the
    # clinic's appointment-cancelling sentence.)
    r"^\s*(?:아+\s*|근데\s*|그럼\s*)?(?:하나|둘|(?:한|두|세|네)\s*[가-힣]{1,2}?)(?:는|만|도|은)?\s*"
    r"(?:취소|빼|추가|더\s*(?:시킬|시켜|주문|살))[가-힣]{0,4}\s*[.!?~ㅠㅜ]*\s*$"
    r"|^\s*(?:oh\s+|ok\s+)?(?:cancel|drop|remove|add|take\s+off)\s+(?:one|two|a\s+couple)"
    r"(?:\s+(?:of\s+(?:them|those)|more))?\s*(?:please)?\s*[.!?]*\s*$",
    re.IGNORECASE,
)


# "the neighbour's kid is joining too": one more of the people counted, said with no
# figure (set 29: a local model invented a community centre in answer to it).
_ENGLISH_ONE_MORE_JOINS = re.compile(
    r"^\s*(?:oh\s+|and\s+|also\s+)?(?:the|my|our|his|her|their)\s+[a-z']+(?:\s+[a-z']+)?"
    r"\s*(?:\s(?:is|are)|'s|'re)\s+(?:joining|coming)(?:\s+(?:along|with\s+us))?"
    r"\s+(?:too|as\s+well)\s*[.!]*\s*$",
    re.IGNORECASE,
)


def reports_a_change(text: str) -> bool:
    """Whether ``text`` only reports a changed figure of the previous turn.

    Args:
        text: A later turn of a conversation, as typed.

    Returns:
        True for "두 명 못 온대", "석 달 치 한꺼번에 내면?", "two of them bailed"; False for
        a turn with no figure or with a question of its own.
    """
    if _EDITS_THE_ORDER.match(text) or _ENGLISH_ONE_MORE_JOINS.match(text):
        return True
    plain = normalize_numerals(text).strip()
    if len(plain) > _MAX_CHARS or _OWN_QUESTION.search(plain) or not _FIGURE.search(plain):
        return False
    if _ENGLISH_COUNT_CHANGE.search(plain) or _ENGLISH_ADDING.match(plain):
        return True
    if _ENGLISH_NEW_TERM.search(plain):
        return True
    return bool(_KOREAN_REPORT.search(plain) or _KOREAN_CONDITION.search(plain))
