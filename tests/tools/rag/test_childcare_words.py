"""Childcare words asked in one language of a document in the other: true translations."""

from __future__ import annotations

from tools.rag.crosslingual import equivalents
from tools.rag.textutil import tokenize


def test_a_stroller_is_a_yumocha() -> None:
    assert tokenize("strollers")[0] in equivalents("유모차")
    assert "유모차" in equivalents(tokenize("pushchair")[0])


def test_a_daycare_is_an_eorinijip() -> None:
    assert "어린이집" in equivalents(tokenize("daycare")[0])
