"""A condition-only follow-up after an uncurated question is not a curated answer (set 39).

"and if i drive my own car?" after a travel-policy question was answered with the clinic's
parking entry. Our own library's entry and questions, not any bench set's.
"""

from __future__ import annotations

import pytest

from graphs import faq_thread
from tests.tools.rule_switch import never
from tools.faq import FaqBook, FaqEntry
from tools.followup_condition_only import condition_only


def _book() -> FaqBook:
    entry = FaqEntry(
        id="bike-parking",
        lang="en",
        question="Can I park my bike here?",
        variants=("where can i park my bike", "can i bring my bike"),
        answer="Bike racks are by the north door.",
        source="library.md",
    )
    return FaqBook([entry])


@pytest.mark.parametrize("follow_up", ["and if i bring my bike?", "and what if i bring my bike?"])
def test_a_condition_after_an_uncurated_question_is_not_a_curated_answer(
    follow_up: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    book = _book()
    previous = "how many books can i borrow at once"
    assert book.lookup(follow_up) is not None  # alone, it matches the curated entry
    assert faq_thread.topic_leaves_the_thread(book, follow_up, previous)
    # After a curated question the curated answer may stand.
    assert not faq_thread.topic_leaves_the_thread(book, follow_up, "where can i park my bike")
    monkeypatch.setattr(faq_thread, "condition_only", never)
    assert not faq_thread.topic_leaves_the_thread(book, follow_up, previous)


@pytest.mark.parametrize(
    ("text", "condition"),
    [
        ("and if i take the bus?", "i take the bus"),
        ("그럼 버스 타고 가면요?", "버스 타고 가면"),
        ("can i bring my bike", None),
        ("and if?", None),
    ],
)
def test_what_reads_as_a_condition_alone(text: str, condition: str | None) -> None:
    assert condition_only(text) == condition
