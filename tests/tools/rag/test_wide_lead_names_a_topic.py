"""A cross-lingual sentence let through on its lead alone must name something asked.

Merging crossling5's wide-lead rule, workload set 24's follow-up "지하철 타면 얼마나 아껴?"
was answered with the expense policy's hotel rate (0.79 similarity, 0.034 ahead of its
passage's next sentence). Its lead said nothing of the subway.
"""

from __future__ import annotations

import pytest

from tools.rag.known_topics import names_a_known_topic
from tools.rag.question import analyze_question

_HOTEL = "Hotel stays are reimbursed up to 90,000 won a night."
_ROW = "Paid back in full, up to 3,000 won."


@pytest.mark.parametrize(
    ("question", "sentence", "heading", "named"),
    [
        (
            "지하철 타면 얼마나 아껴?",
            _HOTEL,
            "Travel",
            False,
        ),
        ("지하철 요금 얼마까지 돼요?", "Subway fares are paid back in full.", "Travel", True),
        # The section's own heading may name it: a table row under "Subway".
        (
            "지하철 요금 얼마까지 돼요?",
            _ROW,
            "Policy > Subway",
            True,
        ),
    ],
)
def test_the_sentence_or_its_section_names_a_topic_the_documents_hold(
    question: str, sentence: str, heading: str, named: bool
) -> None:
    asked = analyze_question(question)
    assert names_a_known_topic(asked, set(), sentence, heading) is named


def test_a_topic_no_document_holds_does_not_count() -> None:
    asked = analyze_question("지하철 요금 얼마까지 돼요?")
    unknown = {t for t in asked.topic_terms}
    assert not names_a_known_topic(asked, unknown, "Subway fares are paid back in full.", "")
