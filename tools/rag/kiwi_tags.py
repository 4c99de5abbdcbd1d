"""Kiwi's morphemes of a text as (form, tag) pairs, read once per text.

Several readers of a Korean question ask Kiwi about the same text: the act a
permission question asks (:mod:`tools.rag.asked_act`), the act a "N 돼요?" question
asks is possible (:mod:`tools.rag.possible_acts`), each once per candidate sentence.
Kiwi is deterministic once loaded, so one cached reading serves them all.
"""

from __future__ import annotations

from functools import lru_cache

from tools.rag.textutil import kiwi_tokenize

__all__ = ["morpheme_tags"]

# Questions and the passage sentences read with them; a few thousand cover a session.
_TEXTS_KEPT = 4096


@lru_cache(maxsize=_TEXTS_KEPT)
def morpheme_tags(text: str) -> tuple[tuple[str, str], ...]:
    """Each morpheme's form and tag, the tag without Kiwi's conjugation mark ("VV-R": VV)."""
    return tuple((str(t.form), str(t.tag).split("-", 1)[0]) for t in kiwi_tokenize(text))
