"""A model's answer to "do you VERB X?" must name X (agents.service_object_answers).

Passages and answers of our own (a bike shop, a tailor), not the held-out sets'; the
rule-off half shows the off-question answer the check keeps out.
"""

from __future__ import annotations

from unittest import mock

from agents.answer_grounding import ungrounded
from agents.service_object_answers import misses_service_object

_SHOP = (
    "Members can rent a storage locker for £10 a month. "
    "Bike locks are rented out at £2 a day. Riverside Bikes, 4 Mill Lane."
)


def test_an_answer_never_naming_the_object_does_not_answer() -> None:
    question = "do you rent out tandems at riverside bikes"
    answer = "Members can rent a storage locker for £10 a month. Riverside Bikes, 4 Mill Lane."
    assert misses_service_object(answer, question) == "tandem"
    assert "never names tandem" in (ungrounded(answer, question, [_SHOP]) or "")
    # Rule off: the storage lines pass for an answer about tandems.
    with mock.patch("agents.answer_grounding.misses_service_object", return_value=None):
        assert ungrounded(answer, question, [_SHOP]) is None


def test_an_answer_naming_the_object_is_left_to_the_other_checks() -> None:
    assert (
        misses_service_object("Bike locks are rented out at £2 a day.", "do you rent bike locks")
        is None
    )
    # Not a service question: nothing to name.
    assert misses_service_object("Weekdays 9 to 6.", "when do you open") is None
