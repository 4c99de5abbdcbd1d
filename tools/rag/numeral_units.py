"""A noun written right after a numeral is the numeral's unit, not what a question is about.

"비밀번호를 숫자 4자리로 바꾸려면 어떻게 해?" counts digits: Kiwi reads "4자리" as the
number 4 and the noun 자리 (a seat, a place), and the clinic's notes use that noun ("토요일
오전에는 자리가 없을 수 있으니"). Read as a topic the documents hold, it made a how-to
question about phone passwords half the documents' own, and their "not in the documents"
won over a model's general answer. A noun the number counts with ("4자리", "3층",
"2인실") measures or counts what the rest of the question names; it stays a search term,
but a passage need not name it for the question to be about that passage's subject.

Only digits standing alone and the noun written onto them: digits glued to a word name
something ("T2 카운터", "피어3 주차비", "초3 남자애", "10x10 창고"), a numeral word may be
a pronoun ("코트 하나 세탁비"), and a noun after a space is a word of its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["unit_positions"]

# Common nouns (NNG) and bound nouns (NNB: 개, 명, 번) may be a number's unit.
_NOUN_TAGS = frozenset({"NNG", "NNB"})
# A power after digits ("2의 10제곱", "10의 3승") is an operation on them, not their
# unit: kept a topic, arithmetic no document covers is not read as a document question.
_OPERATION_WORDS = frozenset({"제곱", "승"})


def _tag(token: Any) -> str:
    return str(token.tag).split("-", 1)[0]


def unit_positions(text: str, tokens: Sequence[Any]) -> set[int]:
    """Indexes of the tokens that are a numeral's unit ("4자리": the index of 자리).

    Args:
        text: The text the tokens came from.
        tokens: Its Kiwi tokens (``form``, ``tag``, ``start``, ``len``), in order.

    Returns:
        The index of each noun written right after digits that stand alone.
    """
    found: set[int] = set()
    for index in range(1, len(tokens)):
        before, token = tokens[index - 1], tokens[index]
        if _tag(before) != "SN" or _tag(token) not in _NOUN_TAGS:
            continue
        if str(token.form) in _OPERATION_WORDS:
            continue
        start, end = int(before.start), int(before.start) + int(before.len)
        glued_to_a_word = start > 0 and text[start - 1].isalpha()
        if end == int(token.start) and not glued_to_a_word:
            found.add(index)
    return found
