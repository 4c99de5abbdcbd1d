"""A name followed by its pronouns: ``Eulalia Brightwater-Oyede (she/her)`` (redteam26).

Signatures, profiles and introductions put a person's pronouns right after their name
(``(she/her)``, ``he/him``, ``(they/them)``, ``she/they``). Only a person has pronouns, so
the one to three capitalised words before them are a name, whatever the name lists hold.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.names import CAPITALISED_WORD, is_english_non_name
from core.privacy.types import Hit

__all__ = ["detect_pronoun_tag_names"]

# Pronoun tags, not the generic "he/she" or "his/her" of forms and manuals.
_TAG = (
    r"(?i:she[ \t]*/[ \t]*(?:her|they)|he[ \t]*/[ \t]*(?:him|they)|"
    r"they[ \t]*/[ \t]*(?:them|she|he)|xe[ \t]*/[ \t]*xem|ze[ \t]*/[ \t]*(?:hir|zir))"
    r"(?:[ \t]*/[ \t]*(?i:hers|his|theirs|them))?"
)
_NAME_PRONOUNS_RE = GuardedPattern(
    r"(?<![A-Za-z])(?P<name>"
    + CAPITALISED_WORD
    + r"(?:[ \t]+"
    + CAPITALISED_WORD
    + r"){0,2})[ \t]*[(\[]?[ \t]*"
    + _TAG
    + r"(?![A-Za-z])"
)


def detect_pronoun_tag_names(text: str) -> Iterator[Hit]:
    """Names right before a pronoun tag (see the module)."""
    if "/" not in text:
        return
    for m in _NAME_PRONOUNS_RE.finditer(text):
        words = m.group("name").split()
        # Cut off leading words of the sentence that are no name ("Name Jo Bloggs she/her").
        while words and is_english_non_name(words[0]):
            words.pop(0)
        if words:
            start = m.end("name") - len(" ".join(words))
            if text[start : m.end("name")] == " ".join(words):
                yield Hit("person_name", start, m.end("name"), 0.85, False)
