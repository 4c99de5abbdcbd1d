"""One more of a count bought of each of two items names no item: no reading."""

from __future__ import annotations

from decimal import Decimal

from tools.followup_each_count import count_of_each_item_unnamed
from tools.followups import resolve_in_conversation

_TWO_EACH = "김 한 봉 4,000원이랑 참치캔 하나 2,500원 세 개씩 사면 얼마야"


def test_one_more_after_a_count_of_each_is_not_read() -> None:
    assert resolve_in_conversation([_TWO_EACH], "하나 더 사면?") is None


def test_one_more_of_a_single_item_is_still_read() -> None:
    resolved = resolve_in_conversation(
        ["참치캔 하나 2,500원인데 세 개 사면 얼마야"], "하나 더 사면?"
    )
    assert resolved is not None and resolved.result is not None
    assert "10,000" in resolved.result.answer


def test_the_check_itself() -> None:
    previous = "김 1봉 4000원이랑 참치캔 1개 2500원 3개씩 사면 얼마야"
    assert count_of_each_item_unnamed(previous, Decimal(3), "하나 더", False)
    # Said of each, or of an item by name: the user said which.
    assert not count_of_each_item_unnamed(previous, Decimal(3), "하나씩 더", False)
    assert not count_of_each_item_unnamed(previous, Decimal(3), "하나 더", True)
    # "2500원씩" is a price each, not a count.
    assert not count_of_each_item_unnamed("1000원 2000원씩", Decimal(2000), "하나 더", False)
