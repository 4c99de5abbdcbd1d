"""A birth date said as a birthday with its day or an age with its day (core/privacy/birth_dates).

Set 27's "I turn 40 on 17 May 2027 - what day of the week will my birthday fall on?" went
to the cloud whole once a route sent it there: the age and the day give the birth date.
"""

from __future__ import annotations

from core.privacy.birth_dates import detect_birth_date
from tests.core.privacy.scanner_switch import Positive, form_tests, public_tests

POSITIVES: list[Positive] = [
    (
        detect_birth_date,
        "I turn 40 on 17 May 2027 - what day of the week will my birthday fall on?",
        "17 May 2027",
    ),
    (detect_birth_date, "im turning 30 on June 3, what should I plan for the party", "June 3"),
    (detect_birth_date, "I'll be 50 on the 2nd of March and want a quiet dinner", "2nd of March"),
    (detect_birth_date, "My birthday is on 3 June 2027, can you book a table?", "3 June 2027"),
    (detect_birth_date, "my 40th birthday falls on 17 May 2027 so plan a trip", "17 May 2027"),
    (
        detect_birth_date,
        "i will turn 65 on 9 October 2031, when can I claim my pension",
        "9 October 2031",
    ),
    (
        detect_birth_date,
        "2027년 5월 17일이 내 마흔 번째 생일인데 무슨 요일이야?",
        "2027년 5월 17일",
    ),
]
test_each_form_is_found, test_each_form_needs_its_rule = form_tests(POSITIVES)

# The same words with no one's birth date in them: each stays public.
test_near_misses_stay_public = public_tests(
    [
        "what day of the week is 17 May 2027?",
        "the museum turns 100 on 17 May 2027, what exhibitions are planned",
        "I will be 10 minutes late on 3 June 2027",
        "my birthday present arrives on 17 May 2027",
        "we turn 10 on 1 March 2027 as a company, plan the party",
        "I'll be there on 3 June 2027",
        "2027년 5월 17일이 스승의 날 다음날이야?",
    ]
)
