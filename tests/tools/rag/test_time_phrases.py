"""One set of time units for every rule reading a duration (tools.rag.time_phrases).

Each rule had its own list and they had drifted: the answer-type check missed "hrs", the
waiting-threshold check missed "secs", and only the scale check knew that 분기 (a quarter
of a year) is no minute. Sentences of our own.
"""

from __future__ import annotations

from tools.rag.answer_types import has_answer_type
from tools.rag.elapsed_time import states_only_waiting_thresholds
from tools.rag.time_units import states_asked_scale


def test_every_rule_reads_the_short_spellings() -> None:
    assert has_answer_type("The bike stays charged for 6 hrs.", "duration")
    assert states_only_waiting_thresholds(
        "How long does the kettle take to boil?", "If 90 secs have passed, it switches off."
    )
    assert states_asked_scale("It boils in 90 secs.", "초")


def test_a_quarter_of_the_year_is_no_minute() -> None:
    assert not has_answer_type("2분기 회의록은 게시판에 있습니다.", "duration")
    assert not states_asked_scale("2분기 회의록은 게시판에 있습니다.", "분")
