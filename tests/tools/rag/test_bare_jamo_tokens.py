"""Chat faces (ㅠㅠ, ㅋㅋ) are no word, in compatibility letters or NFKC's conjoining ones.

The privacy screen's NFKC copy of a question turns ㅠ (U+3160) into ᅲ (U+1172), which
Kiwi reads as a noun; a question word no document holds declines the question.
"""

from __future__ import annotations

import unicodedata

import pytest

from tools.rag.jamo_faces import with_compatibility_jamo
from tools.rag.textutil import kiwi_tokenize, tokenize


@pytest.mark.parametrize(
    "text", ["택배를 못 받았어요ㅠㅠ 언제 와요", "주차 돼요?ㅋㅋ", "환불 되나요 ㅜ"]
)
def test_a_chat_face_is_no_token_before_or_after_nfkc(text: str) -> None:
    for form in (text, unicodedata.normalize("NFKC", text)):
        tokens = tokenize(form)
        assert tokens, form
        assert not any(
            "\u1100" <= ch <= "\u11ff" or "\u3131" <= ch <= "\u318e" for t in tokens for ch in t
        ), tokens


def test_syllables_are_still_read() -> None:
    assert "택배" in tokenize(unicodedata.normalize("NFKC", "택배를 못 받았어요ㅠㅠ"))


def test_kiwi_reads_an_nfkc_face_as_a_symbol() -> None:
    tokens = kiwi_tokenize(unicodedata.normalize("NFKC", "버스 놓쳤어요ㅠㅠ 환불 돼요?"))
    faces = [t for t in tokens if str(t.form).startswith(("ㅠ", "\u1172"))]
    assert faces and all(t.tag == "SW" for t in faces), [(t.form, t.tag) for t in tokens]


def test_a_decomposed_syllable_is_left_whole() -> None:
    assert with_compatibility_jamo(unicodedata.normalize("NFD", "택배")) == unicodedata.normalize(
        "NFD", "택배"
    )
