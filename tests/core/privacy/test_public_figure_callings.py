"""A question about a writer or a scientist by calling is about a public figure.

"who was the writer Ernest Hemingway" asks encyclopaedia knowledge just as "who was the
composer …" does; it was kept off the cloud because "writer" was not among the words
that say what made someone known. A calling said beside the writer's own people ("in my
team", "of our report", "from marketing") still keeps the name personal.
"""

from __future__ import annotations

import pytest

from core.privacy.scanner import scan


@pytest.mark.parametrize(
    "question",
    [
        "who was the writer Ernest Hemingway and what did he write?",
        "who is the physicist Lise Meitner?",
        "who was the playwright Henrik Ibsen",
    ],
)
def test_a_famous_writer_or_scientist_asked_about_is_not_personal(question: str) -> None:
    assert [f.text for f in scan(question) if f.type == "person_name"] == []


@pytest.mark.parametrize(
    "question",
    [
        "who is the writer Maria Kovac in my team?",
        "who was the author Daniel Brennan of our report?",
        "tell me about the writer Hana Lee from marketing",
        # Found by review: the author of a paper at hand is no public figure.
        "Who is Sarah Miller, the author of this complaint letter?",
        "who was Daniel Whitlock, the writer of the incident report?",
    ],
)
def test_a_writer_among_the_writers_people_stays_personal(question: str) -> None:
    assert [f for f in scan(question) if f.type == "person_name"] != []
