"""Which table row a question names: a word shared with another row's label is no verdict alone.

:func:`tools.rag.qualifiers.row_names_other_item` passes over a row when the question names
a word of another row's label that this row lacks ("수영 3개월권" and the row "헬스 3개월").
That word may be one the question shares with several rows while naming this row's own item
too: "취업용 프로필사진 가격" says 사진, which the labels 증명사진 and 여권사진 hold, yet 취업용
프로필 is the row it asks for; "adult ticket at the ice rink" says ice, the rink's own word,
which the row "Disco on Ice" holds, yet Adult is the row asked for (blind set 43: both rows
were passed over and a sentence pricing something else answered). Another row's label rules
this row out unless this row's label names more words of the question and the shared word is
written in one word with one of them, the head of the asked item's name (otherwise the other
row is the better or an equal match: "수영 3개월권" and "헬스 3개월"; "취업용 프로필사진" and
the 여권사진 row; "발 기본 케어" and the row "손 기본 케어"), and the words naming the place
asked about ("at the ice rink", :func:`tools.rag.place_words.place_terms`) name no row at all,
nor does the "address" of an e-mail address asked for, which the postal "Address:" line of a
contact list holds.
"""

from __future__ import annotations

from collections.abc import Set

from tools.rag.crosslingual import equivalents
from tools.rag.email_asked_43d import asks_email_address
from tools.rag.figures import FIGURE
from tools.rag.place_words import place_terms
from tools.rag.textutil import tokenize

__all__ = ["names_more_asked_words", "words_naming_no_row"]

_ADDRESS_WORDS = frozenset({"address", "주소"})


def words_naming_no_row(question: str) -> set[str]:
    """The question's words that say where, or what kind of contact, never which row.

    Args:
        question: The user's question.

    Returns:
        The words naming the place asked about, and "address" when an e-mail address is asked.
    """
    words = place_terms(question)
    return words | _ADDRESS_WORDS if asks_email_address(question) else words


def _asked_words_in(label: str, asked: Set[str]) -> set[str]:
    """The question's words a row label names (in either language), figures left out."""
    named: set[str] = set()
    for word in tokenize(FIGURE.sub(" ", label)):
        named |= equivalents(word) & asked
    return named


def names_more_asked_words(
    question: str, asked: Set[str], own_label: str, other_label: str, shared: str
) -> bool:
    """Whether this row's label is the better match, the shared word only a head of its item.

    Args:
        question: The user's question.
        asked: The question's tokens (the words that may name a row).
        own_label: The first cell of the row weighed as an answer.
        other_label: The first cell of another row holding ``shared``, a question word this
            row lacks.
        shared: That word.

    Returns:
        True when this row's label names more words of the question than the other row's,
        and the question writes ``shared`` in one word with one of them ("프로필사진": 사진
        is the head of the item asked, not another item). A word standing alone ("발 기본
        케어" asked, the row "손 기본 케어") still names another row: the row is set aside.
    """
    own = _asked_words_in(own_label, asked)
    if len(own) <= len(_asked_words_in(other_label, asked)):
        return False
    words = question.lower().split()
    return any(shared in word and any(o in word and o != word for o in own) for word in words)
