"""Keep a word whole when the collection knows it whole.

Kiwi segments an unfamiliar word by its context: ``이부프로펜은 염증과…`` in a
document gives the proper noun ``이부프로펜``, while the question
``이부프로펜은 언제 먹어야 해요?`` gives ``이`` (a numeral), ``부``, ``프로``, ``펜``.
The question then shares no token with the passage it is about and a chunk on
``아세트아미노펜`` (``펜``) wins. The collection's own vocabulary settles it: a
Hangul word of the query whose longest known prefix is an index token is read
as that token, replacing the pieces Kiwi cut it into.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# Shorter prefixes are ordinary nouns Kiwi already gets right; a particle or
# ending follows the word inside the same space-separated unit.
_MIN_KNOWN_CHARS = 3
# ... unless Kiwi dropped part of the shorter word: "한빛의원" comes out as 한 (a
# determiner, "one", no index token) + 빛 + 의 (a particle) + 원, so the name 한빛 the
# collection holds is lost, not merely cut, and the question reads as about 빛.
_MIN_LOST_CHARS = 2
# ... or Kiwi cut a two-syllable word standing alone into pieces the collection never
# holds: "갤럭시 폴드" gives 폴 + 드 while the documents write 폴드 whole, so the question's
# most telling word matched nothing.
_HANGUL_RUN = re.compile(r"[가-힣]{2,}")


def rejoin_known_words(
    text: str, tokens: Sequence[str], known: Callable[[str], bool] | None
) -> list[str]:
    """Tokens of ``text`` with every collection word it holds kept whole.

    Args:
        text: The query (or question part) the tokens came from.
        tokens: Its index tokens, as :func:`tools.rag.textutil.tokenize` gave them.
        known: Whether the collection holds a token (``None``: return ``tokens``).

    Returns:
        The tokens with, for each Hangul word whose longest prefix of three or more
        characters is known but was cut up (of two characters: known, and a syllable of
        it lost to a non-index tag, or the whole word cut into pieces the collection never
        holds), that prefix in place of its pieces.
    """
    out = list(tokens)
    if known is None:
        return out
    for match in _HANGUL_RUN.finditer(text):
        word = match.group(0)
        for end in range(len(word), _MIN_LOST_CHARS - 1, -1):
            prefix = word[:end]
            if prefix in out:
                out = _keep_lost_second_noun(word[end:], prefix, out, known)
                break
            if known(prefix):
                pieces = [t for t in out if t in prefix]
                if not pieces:
                    break
                if (
                    end < _MIN_KNOWN_CHARS
                    and "".join(pieces) == prefix
                    and (end < len(word) or any(known(piece) for piece in pieces))
                ):
                    break  # a short word cut whole into pieces (배 + 송) is Kiwi's reading
                at = out.index(pieces[0])
                out = [t for t in out if t not in pieces]
                out.insert(min(at, len(out)), prefix)
                break
    return out


def _keep_lost_second_noun(
    rest: str, first: str, tokens: list[str], known: Callable[[str], bool]
) -> list[str]:
    """``tokens`` with the known noun written right after ``first`` kept, if Kiwi lost it.

    A compound typed without its space ("학기식권" for 학기 식권) keeps its first noun, but
    Kiwi may read the second as a bound noun and a suffix (식 + 권), neither an index
    token: the question then loses the very thing it asks about and matches any
    passage on 학기. When the collection knows a word the rest of the unit starts with
    and its index tokens (식, if any) do not spell it whole, that word replaces them
    right after ``first``.
    """
    for end in range(len(rest), _MIN_LOST_CHARS - 1, -1):
        second = rest[:end]
        if second in tokens:
            return tokens
        if known(second):
            pieces = [t for t in tokens if t in second and t != first]
            if "".join(pieces) == second:
                return tokens  # cut whole into pieces, nothing lost: Kiwi's reading stands
            kept = [t for t in tokens if t not in pieces]
            at = kept.index(first) + 1
            return [*kept[:at], second, *kept[at:]]
    return tokens
