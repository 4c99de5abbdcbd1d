"""A Korean compound the index holds only as its pieces ("키즈카페" as 키즈 + 카페).

Why this exists: Kiwi cuts a compound by its context, so a document's "구름놀이터
키즈카페" may be indexed as 키즈 and 카페 while the question's "키즈카페 현금결제 되나요"
keeps 키즈카페 whole. The whole then has no document frequency, and the check that the
answering document names the question's leading noun (:func:`tools.rag.subjects.
missing_from_document`) took it for a word no document holds and let any passage answer:
the insurance FAQ's "Cash is accepted" answered for the kids cafe. Read as its pieces,
the compound is held, and a document naming neither piece is about another place.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from itertools import pairwise

__all__ = [
    "held_pieces",
    "lacks_translation",
    "lacks_unindexed_compound",
    "split_unheld_compounds",
    "with_joined_pairs",
]

# Each piece must be a word of its own: one syllable (카 of 카페) matches too much.
_MIN_PIECE = 2
# An English translation shorter than this ("bu" stems) is written inside too many words.
_MIN_TRANSLATION = 4
# Off only in the test that shows what reading an English passage for the translation changes.
use_translations = True


def held_pieces(term: str, frequency: Callable[[str], int]) -> tuple[str, str] | None:
    """The two pieces the collection holds a Korean compound ``term`` as, or ``None``.

    Of the ways to cut ``term`` in two pieces of two syllables or more, the one whose
    rarer piece the collection holds most often (the likelier reading); ``None`` when
    no cut has both pieces held, or ``term`` is held whole or is not Korean.
    """
    if term.isascii() or len(term) < 2 * _MIN_PIECE or frequency(term) > 0:
        return None
    cuts = [(term[:i], term[i:]) for i in range(_MIN_PIECE, len(term) - _MIN_PIECE + 1)]
    held = [(min(frequency(a), frequency(b)), a, b) for a, b in cuts]
    best = max(held, default=(0, "", ""))
    return (best[1], best[2]) if best[0] > 0 else None


def split_unheld_compounds(terms: list[str], known: Callable[[str], bool]) -> list[str]:
    """``terms`` with each Korean compound the collection holds only in pieces read as them.

    Why: "현금영수증 다음날 받아도 되나요" kept 현금영수증 whole while the guide's
    "현금영수증은 결제한 당일에만 발행해 드립니다" was indexed as 현금 + 영수증 (blind set 28):
    the question's rarest word had no document frequency, so 다음 + 날 became its subject
    and the holiday line "설날과 추석은 당일과 다음 날 이틀 동안 휴무입니다" answered. Read as
    its pieces, the compound is the passage's own words again.
    """
    out: list[str] = []
    for term in terms:
        pieces = held_pieces(term, lambda t: int(known(t)))
        out.extend(p for p in (pieces or (term,)) if p not in out)
    return out


def lacks_unindexed_compound(
    term: str,
    frequency: Callable[[str], int],
    tokens: Collection[str],
    mentions: Callable[[str], bool],
    written: Callable[[str], bool],
) -> bool:
    """Whether a passage lacks a Korean compound ``term`` no index token holds whole.

    Held in two-syllable pieces (키즈 + 카페), the passage lacks it when it names neither
    piece and its document writes not both. Otherwise the compound may still be written,
    glued inside a longer word Kiwi cut into one-syllable pieces ("든든카센터" indexed as
    든든 + 카 + 센터, blind set 30): "카센터 휠체어 타고 가도 되나요" was answered with the
    clinic building's ramp, as nothing asked the clinic's directions to name 카센터. When
    another retrieved document writes the compound, a Korean passage whose document never
    writes it, even inside a longer word, is about another place. A compound no document
    writes (피검사, for the clinic's 혈액 검사) says nothing of whose fact is asked, and an
    English passage's document could not write a Korean word: both are left alone (an
    English one is read for the term's translation by :func:`lacks_translation`).

    Args:
        term: The question's leading Korean noun, of no document frequency.
        frequency: How many chunks of the collection hold a token.
        tokens: The passage's tokens (with its heading's).
        mentions: Whether the passage's whole document writes a word.
        written: Whether the whole document of any retrieved passage writes a word.
    """
    pieces = held_pieces(term, frequency)
    if pieces is not None:
        return not set(pieces) & set(tokens) and not all(map(mentions, pieces))
    korean_passage = any(not t.isascii() for t in tokens)
    # One syllable (피 of 피검사) is written inside too many other words to look for.
    looked_for = len(term) >= _MIN_PIECE and korean_passage
    return looked_for and not mentions(term) and written(term)


def lacks_translation(
    term: str,
    tokens: Collection[str],
    mentions: Callable[[str], bool],
    written: Callable[[str], bool],
    translations: Collection[str],
) -> bool:
    """Whether an English passage's document writes neither a Korean term nor its translation.

    :func:`lacks_unindexed_compound` leaves an English passage alone, as unable to write a
    Korean word; but where the word lists give the term an English translation (its concept
    group, ``translations``), an English document writing neither, while another retrieved
    document writes the term, is about another thing (blind set 52: "셔틀 현금 내도 돼요?"
    was answered by the insurance FAQ's "Cash is accepted", while the arboretum guide writes
    셔틀버스 and the FAQ never "shuttle").

    Args:
        term: The question's leading Korean noun, of no document frequency.
        tokens: The passage's tokens (with its heading's).
        mentions: Whether the passage's whole document writes a word.
        written: Whether the whole document of any retrieved passage writes a word.
        translations: The term's concept group (its spellings and translations).
    """
    if not use_translations or len(term) < _MIN_PIECE or any(not t.isascii() for t in tokens):
        return False
    english = [e for e in translations if e.isascii() and len(e) >= _MIN_TRANSLATION]
    return (
        bool(english) and not mentions(term) and not any(map(mentions, english)) and written(term)
    )


def with_joined_pairs(tokens: Sequence[str]) -> set[str]:
    """``tokens`` and each two neighbours joined: the compounds Kiwi may have cut.

    Kiwi cuts a compound by its context: a row's "엔진오일 교환" as 엔진 + 오일 while
    "엔진오일 가는거 얼마에요?" keeps it whole (blind set 30). Joined, the pieces name it again.
    (Measured and not adopted: joining a passage heading's pieces in the scorer; it lifted
    "킥보드 1일 패스 가격?" over a daily-free-time line of the e-scooter terms, held-out 24.)
    """
    return set(tokens) | {a + b for a, b in pairwise(tokens)}
