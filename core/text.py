"""Cheap text facts shared by the router, planner and UI (no model calls)."""

from __future__ import annotations

from core.types import Language


def hangul_ratio(text: str) -> float:
    """Share of letters in ``text`` that are Hangul syllables or jamo."""
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    hangul = sum(1 for c in letters if "\uac00" <= c <= "\ud7a3" or "\u3131" <= c <= "\u318e")
    return hangul / len(letters)


def detect_language(text: str) -> Language:
    """``ko`` when a fifth of the letters are Hangul, ``en`` for Latin text, else ``other``."""
    ratio = hangul_ratio(text)
    if ratio >= 0.2:
        return "ko"
    letters = [c for c in text if c.isalpha()]
    if not letters or sum(1 for c in letters if c.isascii()) / len(letters) >= 0.8:
        return "en"
    return "other"


def estimate_tokens(text: str) -> int:
    """A tokenizer-free estimate: Hangul packs about 1.5 characters a token, Latin about 4."""
    if not text:
        return 0
    ratio = hangul_ratio(text)
    chars_per_token = 1.5 * ratio + 4.0 * (1 - ratio)
    return max(1, round(len(text) / chars_per_token))
