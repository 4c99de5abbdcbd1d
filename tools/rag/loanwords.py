"""Korean loanwords and the English words they transcribe, matched by their consonants.

Why this exists: the dense model places a word and its translation close only for
common words (see :mod:`tools.rag.dense_bridge`), and the word lists name only the
words someone listed, so "헬멧 빌려주나요?" over an English guide that says "helmet"
found nothing. But a Korean loanword is the English word written in Hangul, by fixed
transcription rules: 헬멧 is h-l-m-t like "helmet", 카약 k-k like "kayak", 박스 p-k-s
like "box". Reducing both to the consonant classes Hangul can write (vowels left out:
their spelling differs too much) gives a key the two share. A shared key is only a
candidate: the caller also asks the dense model whether the two words are close.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from tools.rag.loanword_variants import spelling_variants

# Hangul initials (ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ) and finals (none, ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ
# ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ) as the class of English sound each
# writes in a loanword: plain, tense and aspirated stops are one class (ㄱ writes g, ㅋ k),
# a silent initial ㅇ writes nothing, a final ㅅ writes t (헬멧, 펫) and a final ㅇ ng.
_INITIALS = (
    "K", "K", "N", "T", "T", "L", "M", "P", "P", "S", "S", "", "J", "J", "J", "K", "T", "P", "H",
)  # fmt: skip
_FINALS = (
    "", "K", "K", "K", "N", "N", "N", "T", "L", "L", "L", "L", "L", "L", "L", "L",
    "M", "P", "P", "T", "T", "N", "T", "T", "K", "T", "P", "T",
)  # fmt: skip
_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
# English spellings rewritten before their letters are classed.
_SPELLINGS = (
    (re.compile(r"ph"), "f"),
    (re.compile(r"mb(?=$|s$|ing|ed$)"), "m"),  # a silent b: "climbing" is 클라이밍
    (re.compile(r"ck"), "k"),
    (re.compile(r"gh"), ""),
    (re.compile(r"^kn"), "n"),
    (re.compile(r"^wr"), "r"),
    (re.compile(r"sh"), "s"),
    (re.compile(r"tch|ch"), "j"),
    (re.compile(r"th"), "s"),
    (re.compile(r"ng(?![aeiouy])"), "n"),
    (re.compile(r"c(?=[eiy])"), "s"),
    (re.compile(r"x"), "ks"),
    (re.compile(r"q"), "k"),
    # Loanwords follow non-rhotic English: "sweater" is 스웨터, "care" 케어.
    (re.compile(r"(?<=[aeiouy])r(?![aeiouy])|(?<=[aeiouy])re$"), ""),
    (re.compile(r"(?<=[aeiouy])h|h$"), ""),
)
_LETTERS = {
    **dict.fromkeys("bpfv", "P"),
    **dict.fromkeys("kgc", "K"),
    **dict.fromkeys("td", "T"),
    "s": "S",
    **dict.fromkeys("jz", "J"),
    **dict.fromkeys("lr", "L"),
    "m": "M",
    "n": "N",
    "h": "H",
}
# A key shorter than this (one or two consonants: 와이프 "p") matches too many words.
MIN_KEY = 2


# Marks a vowel between consonant classes: only repeats with no vowel between are one sound.
_VOWEL = "-"
# ㅡ is mostly the vowel Hangul adds to write a bare consonant (스 of 박스, 프 of 셀프).
_EPENTHETIC = 18


def _collapse(classes: list[str]) -> str:
    """The consonant classes, a repeat with no vowel between merged (올리브 writes l twice
    for the one l of "olive"; 카약 keeps both k of "kayak")."""
    out: list[str] = []
    for c in classes:
        if c and (not out or out[-1] != c):
            out.append(c)
    return "".join(c for c in out if c != _VOWEL)


# Cached: the bridge compares one question word with every word of the collection.
@lru_cache(maxsize=65536)
def hangul_key(word: str) -> str:
    """The consonant classes a Hangul word writes ("헬멧" -> "HLMT"); "" if not all Hangul."""
    classes: list[str] = []
    for ch in word:
        code = ord(ch)
        if not _HANGUL_FIRST <= code <= _HANGUL_LAST:
            return ""
        offset = code - _HANGUL_FIRST
        vowel = "" if (offset % 588) // 28 == _EPENTHETIC else _VOWEL
        classes += [_INITIALS[offset // 588], vowel, _FINALS[offset % 28]]
    return _collapse(classes)


@lru_cache(maxsize=65536)
def english_key(word: str) -> str:
    """The consonant classes an English word is written with in Hangul ("helmet" -> "HLMT")."""
    plain = unicodedata.normalize("NFKD", word.lower())
    letters = "".join(ch for ch in plain if "a" <= ch <= "z")
    if not letters:
        return ""
    for pattern, repl in _SPELLINGS:
        letters = pattern.sub(repl, letters)
    return _collapse([_VOWEL if ch in "aeiouwy" else _LETTERS.get(ch, "") for ch in letters])


@lru_cache(maxsize=65536)
def english_keys(word: str) -> frozenset[str]:
    """:func:`english_key` of the word and of each other reading of its letters
    (:mod:`tools.rag.loanword_variants`: "package" is 패키지, its g soft)."""
    letters = "".join(ch for ch in unicodedata.normalize("NFKD", word.lower()) if "a" <= ch <= "z")
    return frozenset(english_key(form) for form in spelling_variants(letters))


def transcribes(korean: str, english: str) -> bool:
    """Whether ``korean`` may be the Hangul transcription of ``english`` (same key).

    Both words must be long enough to mean something on their own: two syllables and
    three letters, with a key of at least :data:`MIN_KEY` consonants. A plural English
    word ("kayaks") also matches its singular's transcription.
    """
    if len(korean) < 2 or len(english) < 3:
        return False
    key = hangul_key(korean)
    # A loanword is written in the singular: 카약 for "kayaks" too.
    forms = {english, english[:-1]} if english.endswith("s") else {english}
    return len(key) >= MIN_KEY and any(key in english_keys(f) for f in forms)
