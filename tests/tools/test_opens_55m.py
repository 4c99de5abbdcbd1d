"""Set 55's declined date turn read (blind55m): "whats the date 90 days after aug 17 2031".

A count of days or weeks from a full date, asked as "what's the date …" (with its article)
rather than "what date is …", is the same question
(tools.dates_event_offset_56t._ASKS_DATE). Inputs are our own, with near misses; the
wording switched off, each is declined again.
"""

from __future__ import annotations

import tools.dates_event_offset_56t as event_offset
from tests.tools.rule_switch import (
    answers_stay,
    narrowed,
    read_by,
    unread,
    workload_read_only_by_their_rule,
)

_DATE_WITH_ARTICLE_OFF = narrowed(
    event_offset,
    "_ASKS_DATE",
    r"|\bwhat(?:'?s|\s+is|\s+will\s+be|\s+would\s+be)\s+the\s+date\b",
)

test_the_date_asked_with_its_article = workload_read_only_by_their_rule(
    read_by(
        _DATE_WITH_ARTICLE_OFF,
        [
            (["whats the date 2 weeks after march 3 2032"], "Wednesday, March 17, 2032"),
            (["whats the date 45 days before dec 1 2031"], "Friday, October 17, 2031"),
            (["so whats the date 10 days from jan 25 2033"], "Friday, February 4, 2033"),
            (["whats the date going to be 3 weeks after july 4 2031"], "Friday, July 25, 2031"),
            (["whats the date 100 days after sept 9 2030"], "Wednesday, December 18, 2030"),
        ],
    )
)

test_near_misses_keep_their_reading = answers_stay(
    [
        (["what date is 30 days before june 8 2030"], "Thursday, May 9, 2030"),
        *unread([["whats the date today"], ["whats the date of the next checkup"]]),
    ]
)
