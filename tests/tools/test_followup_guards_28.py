"""Follow-ups that must not become an operation on the whole result (set 28's findings)."""

from __future__ import annotations

import re

import pytest

import tools.followups as followups
from tools.followups import resolve_in_conversation

_NEVER = re.compile(r"(?!x)x")


def _answer(earlier: list[str], text: str) -> str | None:
    resolved = resolve_in_conversation(earlier, text)
    return resolved.result.answer if resolved and resolved.result else None


def test_a_new_discount_rate_is_no_share_of_the_discounted_result(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    earlier = ["커피머신 25만원 청소 3만원인데 10% 할인받으면 얼마"]
    assert _answer(earlier, "할인은 20%래 그걸로 하면") != "50,400원"  # 20% of 252,000
    monkeypatch.setattr(followups, "_DISCOUNT_SET_TO", _NEVER)
    assert _answer(earlier, "할인은 20%래 그걸로 하면") == "50,400원"


def test_one_of_several_amounts_changed_is_not_the_whole_result(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    earlier = ["the painter charged 300 and the carpenter 450, what's the total"]
    assert _answer(earlier, "one of them doubled it") is None
    monkeypatch.setattr(followups, "_ONE_OF_SEVERAL", _NEVER)
    assert _answer(earlier, "one of them doubled it") == "1,500"
