"""A Korean place named by its activity and 장 is where a sentence on that activity is.

Why: "주차장 몇대 댈 수 있어요" (how many cars fit in the car park) was declined, though
the directions page states, under its 주차 (parking) heading, "주차 공간이 12대뿐이라 …".
The question's one topic, 주차장, is the place of 주차 plus the place suffix 장 (as 수영장
is the place of 수영); the sentence and its heading name the activity, not the compound, so
the check that a one-topic question's quote names its topic
(:mod:`tools.rag.carried_words`) took the quote for a guess reached through the sentence
before it. A sentence or heading naming the activity of a 장 place names the place.

Only a stem of two syllables or more (:func:`tools.rag.place_suffix.without_place_suffix`):
시장, 공장 are words of their own, not a one-syllable activity plus 장.
"""

from __future__ import annotations

from tools.rag.place_suffix import without_place_suffix

__all__ = ["place_activity"]


def place_activity(topic: str) -> frozenset[str]:
    """The activity a 장 place is named by ("주차장" -> {"주차"}), else empty."""
    stem = without_place_suffix(topic)
    return frozenset({stem}) if stem else frozenset()
