"""A verb of purpose after "to" ("call to reach the shop") is no topic an entry must name.

The entries and questions are our own (a bike shop, not any workload or held-out set).
"""

from __future__ import annotations

import pytest

from tools.faq import FaqBook, FaqEntry
from tools.faq_content_words import content_words

_BOOK = FaqBook(
    [
        FaqEntry(
            id="phone-en",
            lang="en",
            question="What is your phone number?",
            variants=("How can I call you?",),
            answer="Call the shop on 031-444-0199.",
        ),
        FaqEntry(
            id="hours-en",
            lang="en",
            question="What are your opening hours?",
            answer="The shop is open daily 10:00-19:00.",
        ),
    ]
)


@pytest.mark.parametrize(
    "text",
    ["what number do I call to reach the shop", "which number do i call to contact you"],
)
def test_a_purpose_verb_does_not_keep_the_entry_away(text: str) -> None:
    hit = _BOOK.lookup(text)
    assert hit is not None and hit.entry.id == "phone-en"


def test_the_verb_of_purpose_is_read_as_no_noun() -> None:
    words = {w.token: w.noun for w in content_words("what number do I call to reach the shop")}
    assert words["reach"] is False
    assert words["shop"] is True
    # A place right after "to" is the topic still: no object follows it.
    words = {w.token: w.noun for w in content_words("how do I get to school early")}
    assert words.get("school") is True
