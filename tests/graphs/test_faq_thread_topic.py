"""A topic-only follow-up after an uncurated question is not a curated answer (set 38).

"what about parking" after "is alcohol covered on work trips" was answered with the clinic's
parking entry. Our own library's entry, not any bench set's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from graphs import faq_thread
from tests.graphs.offline_assistant import offline_assistant
from tests.tools.rule_switch import never
from tools.faq import FaqBook, FaqEntry


def _book() -> FaqBook:
    entry = FaqEntry(
        id="bike-parking",
        lang="en",
        question="Is there bike parking?",
        variants=("where can i park my bike",),
        answer="Bike racks are by the north door.",
        source="library.md",
    )
    return FaqBook([entry])


def test_a_topic_after_an_uncurated_question_is_not_a_curated_answer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    book = _book()
    previous = "can i bring my dog to the reading room"
    assert faq_thread.topic_leaves_the_thread(book, "what about bike parking", previous)
    # After a curated question the curated answer may stand (the other rule's case).
    assert not faq_thread.topic_leaves_the_thread(
        book, "what about bike parking", "where can i park my bike"
    )
    monkeypatch.setattr(faq_thread, "topic_only", never)
    assert not faq_thread.topic_leaves_the_thread(book, "what about bike parking", previous)


_FAQ = """
- id: visitor-parking
  lang: en
  source: visitors.md
  section: Parking
  question: Is there parking?
  variants:
    - Where can I park?
  answer: Visitors park in the east car park, free for two hours.
"""
_TRAVEL = (
    "# Staff travel rules\n\n## Alcohol\n\nAlcohol bought on a work trip is never paid back.\n\n"
    "## Parking\n\nParking on a work trip is paid back when you keep the ticket.\n"
)
_VISITORS = "# Visitors\n\n## Parking\n\nVisitors park in the east car park, free for two hours.\n"


def test_what_about_a_topic_stays_with_the_documents_thread(tmp_path: Path) -> None:
    docs = {"travel.md": _TRAVEL, "visitors.md": _VISITORS}
    assistant, _fakes = offline_assistant(tmp_path, docs, _FAQ)
    first = assistant.ask("is alcohol paid back on a work trip")
    assert "never" in first.answer
    follow_up = assistant.ask("what about parking", thread_id=first.thread_id)
    # The documents answer it (they quote the thread's parking line); the curated entry
    # alone, about the visitors' car park, had answered before.
    assert "keep the ticket" in follow_up.answer, follow_up.answer
