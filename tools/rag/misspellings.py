"""Whether a word the documents never hold is one of their words, misspelt.

Why this exists: a typo ("depostit") is a word no document holds, and the dense-confirmed
path (:mod:`tools.rag.dense_confirmed`) reads such a word as phrasing and weighs the
question without it: "how much is the depostit to book a local move" was answered with
the movers' travel fee, the best match for "book a local move" alone. A word one edit
away from a word the collection holds, and itself no English word (lemminflect's lexicon
has no lemma for it: "hanging" is one edit from "changing" but a word of its own), names
that word; it is no phrasing to leave out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lemminflect import getAllLemmas

# Shorter words are one edit away from too many real words (wipe: wire, wide, wine).
MIN_LENGTH = 6
# A capital after a small letter inside a word is how products and firms write their
# names (iPhone, eBay, YouTube, PayPal); a slip of the finger does not add one. "how do
# I set an alarm on an iPhone?" was declined as the documents' (never mentioning
# "alarm"), its "iphone" read as a typo of their "phone".
_INNER_CAPITAL = re.compile(r"[a-z][A-Z]")
# Typed in small letters the same names are a word with an "i" or "e" put before it
# (iphone, ipad, ebook, esim): a slip of the finger drops, doubles or swaps a letter
# inside a word, it does not prefix a whole one. "how do i set an alarm on my iphone"
# was declined as the documents' the way "iPhone" was.
_PRODUCT_PREFIXES = ("i", "e")


def _product_name_of(word: str, known: str) -> bool:
    """Whether ``word`` is ``known`` with a product prefix before it ("iphone": "phone")."""
    return len(word) == len(known) + 1 and word[0] in _PRODUCT_PREFIXES and word[1:] == known


def one_edit_apart(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter inserted, dropped, changed or two swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    start = 0
    while start < len(a) and a[start] == b[start]:
        start += 1
    if len(a) < len(b):
        return a[start:] == b[start + 1 :]  # one letter inserted
    if a[start + 1 :] == b[start + 1 :]:
        return True  # one letter changed
    # two neighbouring letters swapped
    return a[start : start + 2] == b[start : start + 2][::-1] and a[start + 2 :] == b[start + 2 :]


def misspelt_words(word: str, vocabulary: Iterable[str]) -> list[str]:
    """The vocabulary words ``word`` is one edit away from, in order (none: no typo of theirs).

    Only for words of at least :data:`MIN_LENGTH` letters that English does not know,
    compared lower-cased, and not written as a name (a capital inside it: "iPhone"; a
    product prefix before a vocabulary word: "iphone").
    """
    if _INNER_CAPITAL.search(word):
        return []
    word = word.lower()
    if len(word) < MIN_LENGTH or not word.isalpha() or getAllLemmas(word):
        return []
    return sorted(
        {
            w
            for w in vocabulary
            if one_edit_apart(word, w.lower()) and not _product_name_of(word, w.lower())
        }
    )
