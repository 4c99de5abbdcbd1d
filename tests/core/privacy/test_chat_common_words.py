"""The chat-name rule leaves the lexicon's everyday words alone (chat_common_words_ko.txt).

"이번주 금요일 회식 장소 추천 🍻" was held as personal data: 금요일 is a surname-like syllable
and two given-name syllables, in a message with an emoji. The generated list of such words
(bench.privacy_chat_words, from Kiwi's lexicon) keeps them public; names in the same
messages are still read.
"""

from __future__ import annotations

import pytest

from core.privacy import chat_slang_names_ko
from core.privacy.chat_slang_names_ko import detect_chat_slang_names_ko


def _read(text: str) -> list[str]:
    return [text[h.start : h.end] for h in detect_chat_slang_names_ko(text)]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("이번주 금요일 회식 장소 추천 부탁 🍻", "금요일"),
        ("강아지 산책 가야지🐶 비 오면 어떡해", "강아지"),
        ("이유식 몇 개월부터 먹여?ㅠㅠ", "이유식"),
        ("정수기 필터 언제 갈아ㅋㅋ", "정수기"),
    ],
)
def test_an_everyday_word_of_a_names_shape_is_not_a_name(
    text: str, word: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _read(text) == []
    # Without the lexicon's list the word is read as a name.
    monkeypatch.setattr(chat_slang_names_ko, "_lexicon_words", frozenset)
    assert _read(text) == [word]


@pytest.mark.parametrize(
    ("text", "name"),
    [("ㅋㅋ 이서연 또 늦음", "이서연"), ("헐 석다온 결혼한대 😭 축하 문자 뭐라고 하지", "석다온")],
)
def test_names_in_chat_are_still_read(text: str, name: str) -> None:
    # "이서연" is a proper noun in the lexicon (a celebrity's name, and a common one): the
    # list leaves proper nouns out.
    assert _read(text) == [name]


def test_the_list_is_the_generated_file() -> None:
    words = chat_slang_names_ko._lexicon_words()
    assert {"금요일", "강아지", "남자애", "이유식"} <= words
    assert not {"이서연", "김민수", "도하윤"} & words
