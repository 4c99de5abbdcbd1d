"""A clock time said as a word, or a date of its own, is never answered with "now".

Blind set 30 asked the time elsewhere at "noon" on a date in another year; no clock time
was read, so the current-time tool's reply for the first city stood in for the answer.
"""

from __future__ import annotations

import re
from datetime import date

import pytest

import agents.mcp_dispatch as dispatch
import tools.dates_zones as zones
from agents.mcp_dispatch import match_mcp_step
from core.lazy_regex import LazyPattern
from tests.tools.rule_switch import never
from tools.dates_zones import clock_in_other_zone

_CATALOG = [("time", "get_current_time", True)]
_TODAY = date(2026, 6, 1)


def test_noon_and_midnight_are_clock_times() -> None:
    asked = "when it's noon in lisbon on march 3 2027, what time is it in toronto"
    noon = clock_in_other_zone(asked, _TODAY)
    assert noon is not None and noon[0].startswith("07:00")
    midnight = clock_in_other_zone("자정에 도쿄면 2027년 8월 2일 런던은 몇시", _TODAY)
    assert midnight is not None and midnight[0].startswith("16:00")


def test_a_question_naming_its_own_date_calls_no_current_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # No clock time read at all ("around lunch"): still a dated question, not now.
    dated = "around lunch on may 9 2028 in cairo what time is it in lima"
    assert match_mcp_step(dated, _CATALOG) is None
    # Today's time is still asked with the tool.
    assert match_mcp_step("what time is it in lima", _CATALOG) is not None
    monkeypatch.setattr(dispatch, "states_a_date", never)
    assert match_mcp_step(dated, _CATALOG) is not None


def test_without_the_named_times_noon_reads_as_no_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = "when it's noon in lisbon on march 3 2027, what time is it in toronto"
    unnamed = zones._CLOCK.pattern.replace("noon|midday|midnight", "(?!x)x")
    monkeypatch.setattr(zones, "_CLOCK", LazyPattern(unnamed.replace("정오|자정", "(?!x)x"), re.I))
    assert clock_in_other_zone(asked, _TODAY) is None
