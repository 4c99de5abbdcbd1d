"""A bare rate between two foreign currencies is read only at a size that rate comes in.

Found by helper turns40 on its own input: "200 dollars in euros at 0.92" then "and in yen
at 9.3" answered ¥1,860 (9.3 yen a dollar, a rate no dollar ever had).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

import tools.currency as currency
from tools.currency_cross_rates import plausible_cross_rate
from tools.followups import resolve_in_conversation
from tools.handlers import match_deterministic

NOW = datetime(2026, 12, 5, 9, 0)


def _answer(text: str) -> str | None:
    result = match_deterministic(text)
    return None if result is None else result.answer


def _as_stated(rate: Decimal, source: str, target: str) -> Decimal:
    return rate


def test_a_rate_no_pair_ever_had_is_not_converted() -> None:
    assert _answer("150 dollars in yen at 8.8") is None


def test_without_the_check_it_was_converted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(currency, "plausible_cross_rate", _as_stated)
    assert _answer("150 dollars in yen at 8.8") == "¥1,320"


def test_a_rate_quoted_the_other_way_round_is_turned() -> None:
    # 0.0062 euros a yen is 161.29 yen a euro: 80 euros are 12,903 yen, never 0.
    assert _answer("80 euros in yen at 0.0062") == "¥12,903"


def test_without_the_check_the_other_way_round_gave_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(currency, "plausible_cross_rate", _as_stated)
    assert _answer("80 euros in yen at 0.0062") == "¥0"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("80 pounds in euros at 1.17", "€93.60"),
        ("40 dollars in yuan at 7.1", "CN¥284.00"),
        ("30 euros in yen at 158", "¥4,740"),
    ],
)
def test_ordinary_cross_rates_are_read_as_before(text: str, expected: str) -> None:
    assert _answer(text) == expected


def test_a_follow_up_at_such_a_rate_is_not_answered_by_code() -> None:
    earlier = ["300 dollars in euros at 0.93"]
    assert resolve_in_conversation(earlier, "and in yen at 9.1", NOW) is None
    kept = resolve_in_conversation(earlier, "and in yen at 149", NOW)
    assert kept is not None and kept.result.answer == "¥44,700"


def test_pairs_the_bands_do_not_know_keep_the_stated_rate() -> None:
    assert plausible_cross_rate(Decimal("9.3"), "USD", "CHF") == Decimal("9.3")
