"""A dense-store stand-in for the checks that must stop before any search.

Several rules of ``tools.rag`` (unknown subjects, unheld modifiers, added cases, words held in
another form) decide from ``unknown_terms`` alone that the documents cannot answer. Their tests
hand the answer path this store: it knows only the words ``holds`` accepts, and any search or
vector read fails the test with ``refusal``, so a rule that lets the question through shows up
as that error.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any


class KnownWordsStore:
    """A dense store that holds only the terms ``holds`` accepts; reading passages fails."""

    dense = True

    def __init__(self, holds: Callable[[str], bool], refusal: str = "searched") -> None:
        self._holds = holds
        self._refusal = refusal

    def unknown_terms(
        self, question: str, collection: str = "c", *, terms: Sequence[str] | None = None
    ) -> list[str]:
        return [t for t in terms or () if not self._holds(t)]

    def search(self, *args: Any, **kwargs: Any) -> list[Any]:
        raise AssertionError(self._refusal)

    def dense_vectors(self, *args: Any, **kwargs: Any) -> Any:
        raise AssertionError(self._refusal)


def holding_exactly(known: set[str], refusal: str = "searched") -> KnownWordsStore:
    """A store that knows exactly the words ``known``."""
    return KnownWordsStore(lambda term: term in known, refusal)


def holding_stems(known: set[str], refusal: str = "searched") -> KnownWordsStore:
    """A store that knows ``known`` and every word starting with one (their word forms)."""
    return KnownWordsStore(lambda term: any(term.startswith(k) for k in known), refusal)


def holding_all_but(unknown: set[str], refusal: str = "searched") -> KnownWordsStore:
    """A store that knows every word except ``unknown`` and the words starting with one."""
    return KnownWordsStore(lambda term: not any(term.startswith(u) for u in unknown), refusal)
