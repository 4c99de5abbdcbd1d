"""A document's line about itself is no answer to a question about something else.

Set 46: "so what exactly does switchyard do" was answered "This is a fictional policy
written for the Switchyard workload suite. [1]" from the expense policy: the line names
Switchyard, but only as what the document was written for; it says what the document is,
not what Switchyard does. Lines that open by pointing at the document itself ("This is a
fictional policy …", "These answers describe …", "이 문서는 … 가상의 사내 규정입니다") state
the document's nature, which only a question about the document, its being made up or a
sample asks.
"""

from __future__ import annotations

import re

__all__ = ["asks_about_document", "describes_its_document"]

# The line opens by pointing at the document: "This is …", "This document/page/policy …",
# "These answers …", "이 문서는 …", "본 안내문은 …".
_SELF_LINE = re.compile(
    r"^\W*(?:(?:this|these)\s+(?:is|are|document|page|policy|guide|file|answers?|faq|text|"
    r"notes?|leaflet|handbook|booklet|brochure|manual|sheet|information|info)\b|"
    r"(?:이|본)\s*(?:문서|안내문|안내|글|규정|자료|페이지)\s*(?:는|은|에는))",
    re.IGNORECASE,
)
# What such a line says of the document: made up, an example, written for some purpose.
# Set 50: or whom it is written for: "This guide is for passengers who have lost
# something …" names the readers, and answered "left my pills on the metro" (blind50).
_NATURE = re.compile(
    r"\b(?:fictional|sample|example|written\s+for|made\s+up)\b|가상|예시|위해\s*만든|위한|"
    r"^\W*\w+\s+\w+\s+(?:is|are)\s+(?:(?:written|meant|intended|aimed)\s+)?(?:for|at)\b|"
    r"\b(?:intended|meant)\s+for\b|대상으로|분들?께\s*드리는",
    re.IGNORECASE,
)
# A question about the document itself or its being made up.
_ASKS_ABOUT_DOCUMENT = re.compile(
    r"\b(?:document|doc|page|policy|fictional|fake|real|sample|made\s+up)\b|문서|가상|실제|진짜|예시",
    re.IGNORECASE,
)


def asks_about_document(question: str) -> bool:
    """Whether the question asks about the document itself or its being made up."""
    return _ASKS_ABOUT_DOCUMENT.search(question) is not None


def describes_its_document(question: str, sentence: str) -> bool:
    """Whether ``sentence`` describes its own document and ``question`` does not ask that.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.
    """
    return (
        _SELF_LINE.search(sentence) is not None
        and _NATURE.search(sentence) is not None
        and _ASKS_ABOUT_DOCUMENT.search(question) is None
    )
