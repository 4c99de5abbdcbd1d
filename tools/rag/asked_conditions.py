"""A condition the question fixes (an age bound, a time of night, a channel) must be stated.

Coverage counts the words a sentence shares with the question; a condition the question
puts on its case is often one small word ("under 5", "at night", "online") that weighs
little against the subject's words. "do kids under 5 need a shuttle ticket" shares the
shuttle and its tickets with "Unused City Express tickets are fully refunded …", and
"are lift tickets cheaper if bought online" shares the tickets and their price with a
season-pass price list: both were quoted as answers, though neither says anything of an
age or of buying online. Such a sentence answers the question without its condition,
which is another question.

Three closed classes, each a rule a reviewer can check by eye, in Korean and English:

- an age bound ("under 5", "6 year olds", "만 5세 미만", "7살"): the sentence must state an
  age (a figure with an age word or bound, an age range "(6-12)") or name a life stage
  (children, adults, 어린이, 성인);
- a time of night or outside hours ("at night", "after hours", "밤에", "야간", "새벽"):
  the sentence must state a clock time or name the night, opening hours or the time
  outside them ("overnight" is left out: "an overnight trip" is a kind of trip);
- a channel ("online", "on the website", "in the app", "온라인", "인터넷", "앱으로"):
  the sentence must name a channel (any: "sold only at the counter" answers "online?"
  with a no).

A sentence stating the condition in any form is left to the other checks: this one only
rules out a sentence that is silent on it. Morning, evening and weekday words are left
out on purpose: "낼 아침에 피검사 하는데 몇 시간 굶어야 돼요?" tells when the asker's test is,
and its answer (a fasting time) states no time of day.
"""

from __future__ import annotations

import re

__all__ = ["misses_asked_condition"]

_AGE_WORD = r"(?:years?|yrs?)[- ]?olds?"
# A question's age bound: "under 5" (not "under 5 hours", "under 50,000 won"), "5 and
# under", "6 year olds", "aged 4", "만 5세", "7살".
_ASKS_AGE = re.compile(
    r"\b(?:under|below|over|above|younger than|older than)\s+\d{1,2}\b"
    r"(?!\s*(?:[,.]\d|%|(?:won|dollars?|euros?|pounds?|hours?|hrs?|minutes?|mins?|days?|weeks?|"
    r"months?|nights?|kg|km|cm|mg|ml|bags?|people|persons?|times?|floors?|seats?|pieces?|"
    r"items?|tickets?|of)\b))"
    rf"|\b\d{{1,2}}\s*(?:and|or)\s+(?:under|over|younger|older)\b|\b\d{{1,2}}[- ]?{_AGE_WORD}\b"
    r"|\baged?\s+\d{1,2}\b|(?<![\d.,])\d{1,2}\s*(?:세|살)(?!트|대|금|권|균|일)",
    re.IGNORECASE,
)
# What states an age in a sentence: an age figure, a bound before a small number, an age
# range in brackets ("Child (6-12)"), or a life-stage word.
_STATES_AGE = re.compile(
    r"\d+\s*(?:세|살|개월\s*(?:미만|이하|이상|부터|까지))|만\s*\d+|"
    rf"\b\d+[- ]?{_AGE_WORD}\b|\b(?:years? of age|aged?|ages?)\b|"
    r"\b(?:under|below|over|above|younger than|older than|from)[\s-]+\d{1,2}s?\b(?![,.]\d)|"
    r"\b\d{1,2}\s*(?:or|and)\s+(?:older|over|above|younger|under|up)\b|"
    r"\(\s*\d{1,2}\s*[-–~]\s*\d{1,2}\s*\)|\b\d{1,2}\s*[-–]\s*\d{1,2}\b(?!\s*(?:[:.]|a\.?m|p\.?m))|"
    r"\b\d{1,2}\+|"
    r"\b(?:child(?:ren)?|kids?|bab(?:y|ies)|infants?|toddlers?|teens?|teenagers?|minors?|"
    r"adults?|seniors?|elderly|students?|youths?|juniors?)\b|"
    r"어린이|아동|유아|영아|영유아|소아|아이|아기|청소년|성인|어른|노인|경로|어르신|"
    r"초등|중학생|고등학생|학생|미성년",
    re.IGNORECASE,
)

# A question about the night or the time outside opening hours.
_ASKS_NIGHT = re.compile(
    r"\b(?:at night|nights?time|after dark|midnight|late at night|"
    r"after[- ]hours|out(?:side)? of (?:opening |office |business )?hours|"
    r"outside (?:opening |office |business )?hours)\b|"
    r"(?<![가-힣])밤(?:에|중|늦게|새|사이|엔|에는|\s)|야간|심야|새벽|자정|"
    r"영업\s*시간\s*(?:외|이후|끝나고|지나)|운영\s*시간\s*(?:외|이후|끝나고|지나)|문\s*닫은\s*(?:후|뒤|다음)",
    re.IGNORECASE,
)
# What states a time of day or the hours: a clock time, a.m./p.m., the night, opening
# hours and the time outside them, round the clock.
_STATES_TIME_OF_DAY = re.compile(
    r"\d{1,2}:\d{2}|\b\d{1,2}(?:\.\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])|\bnoon\b|"
    r"\b(?:nights?|overnight|evenings?|midnight|dark|dusk|dawn|closing|close[sd]?|"
    r"opens?|opening|open(?:ed)?)\b|after[- ]hours|\b(?:opening|office|business|staffed) hours\b|"
    r"\b24\s*(?:hours|/\s*7|-hour)|\baround the clock\b|\ball day\b|"
    r"\d{1,2}\s*시(?!간)|오전|오후|밤|야간|심야|새벽|자정|저녁|영업\s*시간|운영\s*시간|"
    r"24\s*시간|마감|문을?\s*(?:닫|열)|폐장|개장|종료|\d+\s*박|(?<![가-힣])낮|"
    r"\bday ?time\b|\b(?:un)?staffed\b",
    re.IGNORECASE,
)

# A question about a channel: buying, booking or paying online, on a website, in an app.
_ASKS_CHANNEL = re.compile(
    r"\b(?:online|on-?line|internet|on the (?:web|website|site)|website|web ?site|"
    r"(?:in|on|through|via|with) (?:the|your|an?) app|by app|by (?:phone|e-?mail)|"
    r"over the phone)\b|온라인|인터넷|홈페이지|웹사이트|(?<![가-힣])(?:앱|어플)(?:으로|로|에서)|"
    r"모바일로|전화로",
    re.IGNORECASE,
)
# What names a channel, any: a sentence saying where it is sold or booked answers too.
_STATES_CHANNEL = re.compile(
    r"\b(?:online|on-?line|internet|web|website|web ?site|apps?|phone|telephone|call|e-?mail|"
    r"counter|desk|office|kiosk|in person|on site|on-site|at the door|at the gate|booth|"
    r"machines?|mobile)\b|온라인|인터넷|홈페이지|웹|앱|어플|모바일|전화|카운터|창구|매표소|"
    r"키오스크|현장|방문|데스크|안내소|프런트|프론트",
    re.IGNORECASE,
)

_CONDITIONS = (
    (_ASKS_AGE, _STATES_AGE),
    (_ASKS_NIGHT, _STATES_TIME_OF_DAY),
    (_ASKS_CHANNEL, _STATES_CHANNEL),
)


def misses_asked_condition(question: str, sentence: str) -> bool:
    """Whether the question fixes an age, a time of night or a channel the sentence never states.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence (with its table's column headings).

    Returns:
        True when the question states one of the conditions and the sentence states
        nothing of that class.
    """
    return any(
        asks.search(question) and not states.search(sentence) for asks, states in _CONDITIONS
    )
