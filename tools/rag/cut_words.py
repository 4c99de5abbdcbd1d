"""Words Kiwi cuts into a noun and a bound noun in context, read whole.

Why this exists: chat abbreviations (전번, 전화번호 shortened) are words Kiwi knows, and
reads whole when they stand alone, but in a sentence it may cut them: "병원 전번 좀
알려주세요" gives 전 (before) + 번 (a bound noun, "times"). The question then looks like
it asks about 전, and a sentence saying "10분 전" matched it. A bound noun counts things
after a number or a modifier ("한 번", "두 개"), never right after a noun glued to it, so
a one-syllable noun and a bound noun written as one word are one word cut apart: when
Kiwi reads that word alone as one noun, it is read as that noun.

The same misreading runs the other way when a brand glues a loanword to a name:
"별빛네일 주차 돼요?" is cut 별빛 + 네 (a suffix) + 일 (the numeral one) + 주차 (a bound
noun, "week number", as in "1주차"). A counter counts after a numeral that stands as its
own word or is written in digits; a numeral glued to the tail of another word is a cut
word's last syllable, so the bound noun after it is the noun Kiwi reads it as alone
(주차, parking).

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
        if out and (whole := _counter_after_cut_numeral(text, out[-1], tokens[i])) is not None:
            out.append(whole)
            i += 1
            continue
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


def _counter_after_cut_numeral(text: str, before: Any, token: Any) -> WholeNoun | None:
    """A bound noun opening a word after a numeral glued to another word, read as a noun.

    "별빛네일 주차": 일 (NR) is the last syllable of 네일, so 주차 counts nothing; Kiwi
    reading the word alone as one noun says which noun it is. "1주차", "일 주차" (the
    numeral its own word) and "한 번" stay counters.
    """
    start = int(token.start)
    form = str(token.form)
    if _tag(token) != _BOUND_NOUN or len(form) < 2 or _tag(before) != "NR":
        return None
    numeral_start = int(before.start)
    glued = numeral_start > 0 and not text[numeral_start - 1].isspace()
    opens_word = start > 0 and text[start - 1].isspace()
    if not (glued and opens_word) or text[start : start + len(form)] != form:
        return None
    alone = kiwi_tokenize(form)
    if len(alone) == 1 and _tag(alone[0]) in _NOUNS and str(alone[0].form) == form:
        return WholeNoun(form, _tag(alone[0]), start, len(form))
    return None
