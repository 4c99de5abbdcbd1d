"""Names given in passing: ``It's Mateo, btw.``, ``btw this is Inês``, ``It's Omar, Leo's dad``."""

from __future__ import annotations

import pytest

from core.privacy import recent_turns_contain_pii, scan


def _names(text: str) -> list[str]:
    return [f.text for f in scan(text) if f.type == "person_name"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("It's Tomasz, btw. can you make it shorter", "Tomasz"),
        ("its Kofi btw", "Kofi"),
        ("this is Inês by the way - is the pharmacy open?", "Inês"),
        ("fyi I'm Oyelaran, the one who called", "Oyelaran"),
        ("oh and it's Bartek.", "Bartek"),
        ("btw, this is Nnamdi Eze", "Nnamdi Eze"),
        ("It's Omar, Leo's dad. can I change his booking", "Omar"),
        ("I'm Thandiwe, Zola's grandma", "Thandiwe"),
    ],
)
def test_a_weak_lead_with_an_aside_or_a_family_role_names_the_writer(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "It's Friday btw, are you open?",
        "btw it's Seoul, not Busan",
        "it's fine btw",
        "It's Everyone, btw",
        "It's great, also cheap",
        "oh and it's raining.",
    ],
)
def test_days_places_and_plain_words_in_that_place_name_no_one(text: str) -> None:
    assert _names(text) == []


def test_a_name_given_in_passing_keeps_the_later_turns_local() -> None:
    # The later request has no personal data of its own; the history has the name.
    turns = [
        "can you help me write a short note to the front desk",
        "It's Tomasz, btw. ask them to move my appointment to friday",
        "make it a bit more polite",
    ]
    assert recent_turns_contain_pii(turns)
