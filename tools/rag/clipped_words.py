"""Korean clipped words spelt out as the documents' compound: 특활비 is 특별활동비.

Why this exists: chat Korean clips a compound to the first syllable of each of its words
(특별활동비 -> 특활비, 생활기록부 -> 생기부), and a document writes the compound whole. The
clipped word is in no document, so "울 애 특활비 얼마예요?" was declined as "documents never
mention: 특활", though the fee table answers it. A question word no document holds is
read as the collection's compound when:

- the compound is one written word of the documents made of two or more nouns (Kiwi's
  tokens), each of at least two syllables (특별 + 활동비);
- the clipped word is the first syllable of each of those nouns, optionally followed by
  the last noun's ending (특 + 활 + 비: 비 ends 활동비);
- the clipped word has three syllables or more: two-syllable words no document holds are
  mostly words of their own (아침, 아기, 방학), and some fit a compound by chance (아동 +
  침대); the dense model does not tell the two apart (방학/방과후학교 0.91, 특활/특별활동
  0.88), so it is not asked;
- exactly one compound of the collection fits (two would be a guess).

The question is then searched and answered with the compound in place of the clipped
word; every other check still applies.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from typing import Any

from tools.rag.textutil import kiwi_tokenize

__all__ = ["clips", "dense_version_of", "spelt_out"]

_HANGUL_WORD = re.compile(r"[가-힣]+")
_NOUN_TAGS = ("NNG", "NNP")
# A compound's nouns, each at least this long: one-syllable nouns (비, 표) are endings.
_MIN_PART = 2
# A clipped word is short: a longer unheld word is a word of its own.
_MAX_CLIPPED = 4
_MIN_CLIPPED = 3
# Compounds by a digest of the embedded chunk ids (the same ids are the same words in any
# store), and by the store's dense version, read without loading the vectors: the
# question's path loads them only when the collection changed.
_CACHE: OrderedDict[str, frozenset[tuple[str, ...]]] = OrderedDict()
_BY_VERSION: OrderedDict[str, frozenset[tuple[str, ...]]] = OrderedDict()
_CACHE_KEPT = 16
_LOCK = threading.Lock()


def _leading_nouns(word: str) -> list[str]:
    """The nouns a written word opens with (its particles and endings dropped)."""
    nouns: list[str] = []
    for tok in kiwi_tokenize(word):
        if not str(tok.tag).startswith(_NOUN_TAGS):
            break
        nouns.append(str(tok.form))
    return nouns


def clips(clipped: str, parts: tuple[str, ...]) -> bool:
    """Whether ``clipped`` is the first syllable of each part, then the last part's ending."""
    if len(parts) < 2 or any(len(p) < _MIN_PART for p in parts):
        return False
    heads = "".join(p[0] for p in parts)
    if not clipped.startswith(heads):
        return False
    ending = clipped[len(heads) :]
    return not ending or (len(ending) < len(parts[-1]) and parts[-1].endswith(ending))


def dense_version_of(docs: Any, collection: str) -> str | None:
    """The store's name for its embedded chunks as they are now (None: it names none)."""
    version = getattr(docs, "dense_version", None)
    named = version(collection) if callable(version) else None
    return named if isinstance(named, str) else None


def _kept(
    cache: OrderedDict[str, frozenset[tuple[str, ...]]], key: str, value: frozenset[tuple[str, ...]]
) -> None:
    cache[key] = value
    while len(cache) > _CACHE_KEPT:
        cache.popitem(last=False)


def _compounds(docs: Any, collection: str) -> frozenset[tuple[str, ...]]:
    """The collection's written words made of two or more nouns of two syllables or more."""
    version = dense_version_of(docs, collection)
    if version is not None:
        with _LOCK:
            cached = _BY_VERSION.get(version)
        if cached is not None:
            return cached
    ids, _ = docs.dense_vectors(collection)
    key = hashlib.sha256("\x00".join(ids).encode()).hexdigest()
    with _LOCK:
        cached = _CACHE.get(key)
    if cached is None:
        found: set[tuple[str, ...]] = set()
        for row in docs.chunks(ids).values():
            for word in set(_HANGUL_WORD.findall(row.text)):
                if len(word) < 2 * _MIN_PART:
                    continue
                nouns = _leading_nouns(word)
                if len(nouns) >= 2 and all(len(n) >= _MIN_PART for n in nouns):
                    found.add(tuple(nouns))
        cached = frozenset(found)
    with _LOCK:
        _kept(_CACHE, key, cached)
        if version is not None:
            _kept(_BY_VERSION, version, cached)
    return cached


def spelt_out(docs: Any, text: str, collection: str) -> str:
    """``text`` with each clipped word no document holds written as its one compound."""
    if not getattr(docs, "dense", False) or not _HANGUL_WORD.search(text):
        return text
    compounds: frozenset[tuple[str, ...]] | None = None
    for word in dict.fromkeys(_HANGUL_WORD.findall(text)):
        clipped = "".join(_leading_nouns(word))
        if not _MIN_CLIPPED <= len(clipped) <= _MAX_CLIPPED:
            continue
        if docs.unknown_terms(text, collection=collection, terms=[clipped]) != [clipped]:
            continue
        compounds = _compounds(docs, collection) if compounds is None else compounds
        fits = {"".join(parts) for parts in compounds if clips(clipped, parts)}
        if len(fits) == 1:
            text = text.replace(clipped, fits.pop())
    return text
