"""A reply naming the documents and then saying "it does not provide …" is a decline.

Our own replies about a bakery's price list, not any bench set's.
"""

from __future__ import annotations

import pytest

from agents.answer_grounding import says_documents_lack_it


@pytest.mark.parametrize(
    "reply",
    [
        "The document describes the bakery's opening hours and bread prices, but it does not "
        "provide details about cake orders. It only mentions that bread can be reserved.",
        "These passages are about the bakery's loyalty card and its weekday discounts; they "
        "don't say anything about birthday cakes.",
    ],
)
def test_documents_named_then_it_says_no(reply: str) -> None:
    assert says_documents_lack_it(reply)


@pytest.mark.parametrize(
    "reply",
    [
        # An answer whose pronoun says no of the asker, not of the documents.
        "The documents say children under 5 eat free, so she does not need a ticket.",
        "Cake orders need two days' notice [1].",
    ],
)
def test_an_answer_is_not_a_decline(reply: str) -> None:
    assert not says_documents_lack_it(reply)
