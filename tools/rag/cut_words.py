"""Words Kiwi cuts into a noun and a bound noun in context, read whole.

Why this exists: chat abbreviations (전번, 전화번호 shortened) are words Kiwi knows, and
reads whole when they stand alone, but in a sentence it may cut them: "병원 전번 좀
알려주세요" gives 전 (before) + 번 (a bound noun, "times"). The question then looks like
it asks about 전, and a sentence saying "10분 전" matched it. A bound noun counts things
after a number or a modifier ("한 번", "두 개"), never right after a noun glued to it, so
a one-syllable noun and a bound noun written as one word are one word cut apart: when
Kiwi reads that word alone as one noun, it is read as that noun.

Only this pattern is joined: two full nouns Kiwi cuts in context ("밥값" into 밥 + 값) are
a compound whose parts may each be what a document writes (식비 for 밥값).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tools.rag.textutil import kiwi_tokenize

_NOUNS = ("NNG", "NNP")
_BOUND_NOUN = "NNB"


@dataclass(frozen=True, slots=True)
class WholeNoun:
    """A noun read whole in place of Kiwi's pieces (the attributes callers read of a token)."""

    form: str
    tag: str
    start: int
    len: int
    score: float = 0.0


def _tag(token: Any) -> str:
    return str(token.tag).split("-", 1)[0]


def _cut_pair(first: Any, second: Any) -> bool:
    """A one-syllable noun and a bound noun glued to it (no space between)."""
    return (
        _tag(first) in _NOUNS
        and _tag(second) == _BOUND_NOUN
        and len(str(first.form)) == 1
        and len(str(second.form)) == 1
        and first.start + first.len == second.start
    )


def rejoin_cut_nouns(text: str, tokens: list[Any]) -> list[Any]:
    """Kiwi's ``tokens`` of ``text`` with each noun cut before a bound noun read whole.

    Args:
        text: The text the tokens came from.
        tokens: Its Kiwi tokens (``form``, ``tag``, ``start``, ``len``).

    Returns:
        The tokens, each such pair replaced by the one noun Kiwi reads the pair as alone;
        a pair Kiwi cuts alone too stays as it was.
    """
    out: list[Any] = []
    i = 0
    while i < len(tokens):
        if i + 1 < len(tokens) and _cut_pair(tokens[i], tokens[i + 1]):
            start = int(tokens[i].start)
            word = text[start : start + 2]
            alone = kiwi_tokenize(word)
            if len(alone) == 1 and _tag(alone[0]) in _NOUNS and str(alone[0].form) == word:
                out.append(WholeNoun(word, _tag(alone[0]), start, 2))
                i += 2
                continue
        out.append(tokens[i])
        i += 1
    return out
