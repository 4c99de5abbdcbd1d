"""Loanwords that write a letter group's other sound (tools.rag.loanword_variants).

A soft g, a final voiced s, and the t or s of -ture, -tion, -sion are written in Hangul as
they sound, not as they are spelt; each used to miss its English word.
"""

from __future__ import annotations

import pytest

from tools.rag import loanword_variants
from tools.rag.loanwords import english_key, english_keys, hangul_key, transcribes


@pytest.mark.parametrize(
    ("korean", "english"),
    [
        ("매니저", "manager"),  # a soft g inside the word
        ("메시지", "message"),  # ...and at its end
        ("라운지", "lounge"),
        ("진즈", "jeans"),  # a final s after a voiced sound is a z
        ("픽처", "picture"),  # the t of -ture
        ("옵션", "option"),  # the t of -tion
        ("비전", "vision"),  # the s of -sion after a vowel
    ],
)
def test_a_loanword_written_as_it_sounds_matches_its_english_word(
    korean: str, english: str
) -> None:
    assert hangul_key(korean) != english_key(english)  # the letters alone miss it
    assert transcribes(korean, english)


def test_the_spelt_reading_still_matches() -> None:
    # A hard g (버거 "burger") and a plain s (버스 "bus") keep their first reading.
    assert transcribes("버거", "burger")
    assert transcribes("버스", "bus")
    assert english_key("burger") in english_keys("burger")


def test_other_words_with_those_letters_do_not_match() -> None:
    assert not transcribes("매니저", "manner")  # no soft g to read
    assert not transcribes("비전", "visitor")


def test_switched_off_the_sounds_are_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loanword_variants, "_SOUND_VARIANTS", ())
    english_keys.cache_clear()
    try:
        assert not transcribes("매니저", "manager")
        assert not transcribes("옵션", "option")
    finally:
        english_keys.cache_clear()
