"""A part of the day and an English compound's head in FAQ paraphrases (tools.faq_details)."""

from __future__ import annotations

import pytest

import tools.faq_details as faq_details
from tools.faq import FaqBook, FaqEntry
from tools.faq_details import english_compound_heads, states_clock_hours


def _book() -> FaqBook:
    return FaqBook(
        [
            FaqEntry(
                id="hours",
                lang="en",
                question="What are your opening hours?",
                variants=("When are you open?",),
                answer="The bakery is open weekdays 07:00–19:00 and Sundays 08:00–12:00.",
            ),
            FaqEntry(
                id="walk-in",
                lang="en",
                question="Do you take walk-in orders?",
                answer="Yes, cakes for the same day can be ordered at the counter.",
            ),
            FaqEntry(
                id="delivery",
                lang="en",
                question="Do you deliver?",
                variants=("Is there delivery?",),
                answer="Yes. We deliver within 3 km; keep your receipt for the driver.",
            ),
        ]
    )


def test_a_part_of_the_day_is_a_detail_the_hours_answer_covers() -> None:
    hit = _book().lookup("are you open sunday evening")
    assert hit is not None and hit.entry.id == "hours", hit
    assert "12:00" in hit.answer


def test_without_the_rule_the_part_of_the_day_is_an_unknown_topic(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(faq_details, "asks_part_of_day", lambda tokens, kind: False)
    assert _book().lookup("are you open sunday evening") is None


def test_a_part_of_the_day_needs_an_answer_stating_clock_hours() -> None:
    # The walk-in answer states no hours: it cannot say whether mornings are covered.
    assert _book().lookup("do you take walk-in orders in the morning?") is None
    assert states_clock_hours("open 09:00–13:00") and states_clock_hours("오후 6시까지")
    assert not states_clock_hours("Yes, at the counter.")


def test_the_head_of_a_compound_must_be_what_the_entry_is_about() -> None:
    # "receipt" is only an aside of the delivery answer: it does not say where one is got.
    assert _book().lookup("How do I get the delivery receipt?") is None
    assert english_compound_heads("How do I get the delivery receipt?") == {"receipt"}


def test_without_the_head_rule_the_aside_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(faq_details, "english_compound_heads", lambda text: frozenset())
    hit = _book().lookup("How do I get the delivery receipt?")
    assert hit is not None and hit.entry.id == "delivery"


def test_a_head_saying_when_or_without_a_determiner_is_no_compound() -> None:
    assert english_compound_heads("is the shop open saturday afternoon") == frozenset()
    assert english_compound_heads("Is parking free?") == frozenset()
    assert english_compound_heads("Is there a parking lot?") == {"lot"}
