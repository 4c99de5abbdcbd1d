"""Names in Japanese katakana, Devanagari and Greek, marked by a title or a closing
(redteam39): ``ミヤザキ リョウタ 様``, ``श्री राजेश मल्होत्रा``, ``κ. Σταύρος Μαυρίδης``,
``Με εκτίμηση, Ελένη Παπαδάκη``.

People paste a booking confirmation, a landlord's note or a host's message to have it
translated, and the addressee's or signer's name comes in the writer's own script. No
Hangul, no Latin capital: the other name rules do not see them. The cue is the same in each
script as in Korean and English: an honorific or a title next to the name, or a letter's
closing before the signer.

- Katakana: one or two katakana words right before ``様``, ``さま``, ``さん``, ``殿``,
  ``くん``, ``ちゃん``. ``お客様`` (Dear customer) is kanji and kana, no katakana name.
- Devanagari: one to three words after ``श्री``, ``श्रीमती``, ``सुश्री``, ``कुमारी``,
  ``डॉ.``; a name without a title (``महात्मा गांधी`` asked about) is left alone.
- Greek: one to three capitalised Greek words after a title (``κ.``, ``κα``, ``κύριος``,
  ``κυρία``, ``Κύριε``…) or a closing (``Με εκτίμηση,``, ``Φιλικά,``, ``Με αγάπη,``…).
  ``Νίκος Καζαντζάκης`` named as an author has neither.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_script_titled_names_more"]

_KATAKANA_WORD = r"[\u30a1-\u30fa\u30fc]{2,}"
_KATAKANA_RE = LazyPattern(
    r"(?<![\u3040-\u30ff\u4e00-\u9fff])(?P<name>"
    + _KATAKANA_WORD
    + r"(?:[ \u3000・]"
    + _KATAKANA_WORD
    + r")?)[ \u3000]?(?:様|さま|さん|殿|くん|ちゃん)"
)
_DEVANAGARI_WORD = r"[\u0900-\u097f]{2,}"
_DEVANAGARI_RE = LazyPattern(
    r"(?<![\u0900-\u097f])(?:श्रीमती|सुश्री|कुमारी|श्री|डॉ\.?|डॉक्टर)[ \t]+(?P<name>"
    + _DEVANAGARI_WORD
    + r"(?:[ \t]+"
    + _DEVANAGARI_WORD
    + r"){0,2}?)(?=[ \t]+(?:के|की|को|का|से|ने|जी)(?![\u0900-\u097f])|[ \t]*[,.।'\"’”]|[ \t]*$)"
)
_GREEK_WORD = r"[\u0391-\u03a9\u0386\u0388-\u038f][\u03ac-\u03ce\u0390]+"
_GREEK_CUE = (
    r"(?:κ\.|κα\.?|κ\.κ\.|κύριος|κύριε|κυρία|κυρίας|κυρίου|Κύριε|Κυρία|Κος|Κα|Δρ\.|"
    r"Με[ \t]+εκτίμηση,|Με[ \t]+φιλικούς[ \t]+χαιρετισμούς,|Φιλικά,|Με[ \t]+αγάπη,|"
    r"Χαιρετισμούς,|Ευχαριστώ,)"
)
_GREEK_RE = LazyPattern(
    r"(?<![\u0370-\u03ff])"
    + _GREEK_CUE
    + r"[ \t\n]*(?P<name>"
    + _GREEK_WORD
    + r"(?:[ \t]+"
    + _GREEK_WORD
    + r"){0,2})"
)


# One character of each script: a C-level search skips the pattern for texts without it.
_KATAKANA_CHAR = LazyPattern("[\u30a1-\u30fa]")
_DEVANAGARI_CHAR = LazyPattern("[\u0900-\u097f]")
_GREEK_CHAR = LazyPattern("[\u0370-\u03ff]")


def detect_script_titled_names_more(text: str) -> Iterator[Hit]:
    """Katakana, Devanagari and Greek names beside a title or a closing (see the module)."""
    if text.isascii():
        return
    for pattern, script in (
        (_KATAKANA_RE, _KATAKANA_CHAR),
        (_DEVANAGARI_RE, _DEVANAGARI_CHAR),
        (_GREEK_RE, _GREEK_CHAR),
    ):
        if script.search(text) is None:
            continue
        for m in pattern.finditer(text):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
