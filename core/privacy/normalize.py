"""Normalization with an index map back to the original text.

Detectors run on a folded copy of the text (NFKC, invisible characters removed,
dash look-alikes turned into ``-``) so that ``９００１０１－１２３...`` or a
zero-width space inside a number cannot hide it. Every folded character
remembers which original character it came from, so findings report offsets
into the text the caller gave us.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from core.privacy.script_lookalikes import LOOKALIKE_NEXT_TO_LATIN, latin_lookalike

# Format characters (Unicode category Cf) that render as nothing: zero-width
# space/joiners, BOM, word joiner, soft hyphen, bidi marks. Listed explicitly
# because a category lookup per character is slower than one regex search.
# redteam39: the emoji presentation selectors (U+FE0E, U+FE0F) and the combining
# enclosing keycap (U+20E3) too: "0️⃣1️⃣0️⃣-3️⃣8️⃣…" in a bio is a phone number whose
# digits are plain ASCII once these marks are dropped.
INVISIBLE_CHARS = (
    "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064"
    "\u2066\u2067\u2068\u2069\ufeff"
    "\ufe0e\ufe0f\u20e3"
)
_INVISIBLE_RE = re.compile(f"[{INVISIBLE_CHARS}]")
_INVISIBLE_SET = frozenset(INVISIBLE_CHARS)

# NFKC keeps these dashes distinct from ASCII '-', yet people and word
# processors use them as number separators.
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\u30fc")
_DASH_RE = re.compile("[\u2010-\u2015\u2212\ufe58\ufe63\u30fc]")
# redteam42: decimal digits of other scripts (Arabic-Indic "٠١٠…", Persian "۰۹۱…", Thai
# "๐๘๖…", Devanagari "९८…"): NFKC keeps them, yet a phone number typed on such a keyboard is
# still a phone number. Unicode's digit category (Nd) outside ASCII, each folded to its value.
_SCRIPT_DIGIT_RE = re.compile(r"(?![0-9])\d")


@dataclass(frozen=True, slots=True)
class Normalized:
    """A folded text and the map from its characters to original offsets.

    Attributes:
        original: The text as given.
        text: The folded text detectors run on.
        index: ``index[i]`` is the original offset of ``text[i]``; ``None`` when
            folding changed nothing (identity map, the common fast path).
        last: ``last[i]`` is the original offset of the LAST source character of
            ``text[i]`` when one folded character stands for several (a spoken
            digit "하나"); ``None`` when each comes from one source character.
    """

    original: str
    text: str
    index: tuple[int, ...] | None
    last: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of :attr:`text` to the original text."""
        if self.index is None:
            return start, end
        if self.last is not None:
            return self.index[start], self.last[end - 1] + 1
        return self.index[start], self._end_over_dropped(end)

    def _end_over_dropped(self, end: int) -> int:
        """The original end of a span ending at ``end``, over the characters folding dropped
        right after it: a keycap digit's marks (``3️⃣``) belong to the digit, also when it
        ends the text (redteam40)."""
        if self.index is None:
            return end
        own_end = self.index[end - 1] + 1
        if not EXTEND_OVER_DROPPED:
            return own_end
        next_start = self.index[end] if end < len(self.index) else len(self.original)
        gap = self.original[own_end:next_start]
        return next_start if gap and all(_fold_char(ch) == "" for ch in gap) else own_end


# Whether a span's end takes in the dropped marks after it (a switch for the tests).
EXTEND_OVER_DROPPED = True

_SPECIAL_RE = re.compile("[^\x00-\x7f\uac00-\ud7a3]")


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    if ch in _INVISIBLE_SET:
        return ""
    if ch in _DASHES:
        return "-"
    # Per character (not per string) so each output char has exactly one
    # source char; composing across characters is not needed for the digits,
    # letters and separators the detectors look at.
    folded = unicodedata.normalize("NFKC", ch)
    if _SCRIPT_DIGIT_RE.fullmatch(folded) is not None:
        return str(unicodedata.decimal(folded))
    return "-" if folded in _DASHES else folded


def needs_folding(text: str) -> bool:
    """Whether :func:`normalize` would change ``text`` (cheap C-level checks)."""
    if text.isascii():
        return False
    return (
        not unicodedata.is_normalized("NFKC", text)
        or _INVISIBLE_RE.search(text) is not None
        or _DASH_RE.search(text) is not None
        or _SCRIPT_DIGIT_RE.search(text) is not None
        # redteam36: "Mаrgot" with a Cyrillic "а" (:mod:`core.privacy.script_lookalikes`).
        or LOOKALIKE_NEXT_TO_LATIN.search(text) is not None
    )


def normalize(text: str) -> Normalized:
    """Fold ``text`` for detection, keeping a map back to original offsets.

    Args:
        text: Any text.

    Returns:
        The folded text with its index map (identity when nothing changed).
    """
    if not needs_folding(text):
        return Normalized(text, text, None)
    out: list[str] = []
    index: list[int] = []
    pos = 0
    # Copy runs of plain characters (ASCII, Hangul syllables) in one slice and
    # fold only the others, one at a time so each keeps its source offset.
    for m in _SPECIAL_RE.finditer(text):
        i = m.start()
        if i > pos:
            out.append(text[pos:i])
            index.extend(range(pos, i))
        folded = latin_lookalike(text, i) or _fold_char(m.group(0))
        out.append(folded)
        index.extend([i] * len(folded))
        pos = i + 1
    if pos < len(text):
        out.append(text[pos:])
        index.extend(range(pos, len(text)))
    return Normalized(text, "".join(out), tuple(index))
