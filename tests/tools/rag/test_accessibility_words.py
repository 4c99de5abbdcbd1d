"""Accessibility words of a building bridge English questions to Korean passages.

One to one, in the [documents] section: the same-case check accepts them as the word itself.
"""

from __future__ import annotations

from tools.rag.crosslingual import equivalents


def test_ramp_wheelchair_and_building_are_translated() -> None:
    assert "경사로" in equivalents("ramp")
    assert "휠체어" in equivalents("wheelchair")
    assert "건물" in equivalents("building")
