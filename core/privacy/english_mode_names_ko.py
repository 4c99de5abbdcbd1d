"""A Korean name typed with the keyboard left in English mode: ``이름 칸에
한영 전환을 안 해서 'quswodbs' 로 들어가 버렸어`` (``변재윤``) (redteam39).

On a two-set (두벌식) keyboard a Hangul name typed in English mode comes out as lower-case
letters; people paste the mangled form to ask for it to be fixed, and anyone who knows the
layout, a cloud model first, reads the name back in one step. The letters are no name to
any rule here. A token is read back when the text says two things: that it was typed in
English mode (``한영``, ``영타``, ``영문 자판``, ``English keyboard``) and that a name was
typed (``이름``, ``성함``, ``본명``, a name field such as ``예약자명``, ``name``). The token
must then make two to four whole syllables that read as a Korean name (a surname first,
:func:`core.privacy.names.plausible_korean_name`). ``dkssudgktpdy`` (``안녕하세요``, five
syllables, a greeting) is no name, nor is a password typed the same way
(:mod:`core.privacy.hangul_keyboard_secrets`).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_english_mode_names_ko", "two_set_to_hangul"]

_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
_VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
_FINALS = ["", *"ㄱㄲㄳㄴㄵㄶㄷㄹㄺㄻㄼㄽㄾㄿㅀㅁㅂㅄㅅㅆㅇㅈㅊㅋㅌㅍㅎ"]
_KEY_JAMO = dict(
    zip(
        "qwertasdfgzxcvQWERTyuiophjklbnmOP",
        "ㅂㅈㄷㄱㅅㅁㄴㅇㄹㅎㅋㅌㅊㅍㅃㅉㄸㄲㅆㅛㅕㅑㅐㅔㅗㅓㅏㅣㅠㅜㅡㅒㅖ",
        strict=True,
    )
)
_COMPOUND_VOWEL = {
    ("ㅗ", "ㅏ"): "ㅘ",
    ("ㅗ", "ㅐ"): "ㅙ",
    ("ㅗ", "ㅣ"): "ㅚ",
    ("ㅜ", "ㅓ"): "ㅝ",
    ("ㅜ", "ㅔ"): "ㅞ",
    ("ㅜ", "ㅣ"): "ㅟ",
    ("ㅡ", "ㅣ"): "ㅢ",
}
_COMPOUND_FINAL = {
    ("ㄱ", "ㅅ"): "ㄳ",
    ("ㄴ", "ㅈ"): "ㄵ",
    ("ㄴ", "ㅎ"): "ㄶ",
    ("ㄹ", "ㄱ"): "ㄺ",
    ("ㄹ", "ㅁ"): "ㄻ",
    ("ㄹ", "ㅂ"): "ㄼ",
    ("ㄹ", "ㅅ"): "ㄽ",
    ("ㄹ", "ㅌ"): "ㄾ",
    ("ㄹ", "ㅍ"): "ㄿ",
    ("ㄹ", "ㅎ"): "ㅀ",
    ("ㅂ", "ㅅ"): "ㅄ",
}
_TOKEN_RE = LazyPattern(r"(?<![A-Za-z0-9])(?P<token>[a-zA-Z]{4,16})(?![A-Za-z0-9])")
_TYPED_CUE = LazyPattern(
    r"한영|영타|영문[ \t]?(?:자판|모드|키보드|으로)|(?i:\benglish[ \t]+(?:keyboard|mode)\b)"
)
# A name field too: "예약자명", "수령인명", "입금자명", "성명".
_CUE_WORDS = ("한영", "영타", "영문")
_NAME_CUE = LazyPattern(r"이름|성함|본명|실명|성명|[가-힣](?:자|인)명|(?i:\bname\b)")


def _is_vowel(jamo: str) -> bool:
    return jamo in _VOWELS


def two_set_to_hangul(token: str) -> str | None:
    """The Hangul a two-set keyboard types for ``token``; ``None`` when it is no whole run
    of syllables (a vowel without a consonant before it, a key with no jamo)."""
    jamo = [_KEY_JAMO.get(ch) for ch in token]
    if any(j is None for j in jamo):
        return None
    keys = [j for j in jamo if j is not None]
    out: list[str] = []
    i, n = 0, len(keys)
    while i < n:
        if _is_vowel(keys[i]) or i + 1 >= n or not _is_vowel(keys[i + 1]):
            return None
        initial, vowel = keys[i], keys[i + 1]
        i += 2
        if i < n and (vowel, keys[i]) in _COMPOUND_VOWEL:
            vowel = _COMPOUND_VOWEL[(vowel, keys[i])]
            i += 1
        final = ""
        # A consonant closes the syllable unless a vowel follows it (then it opens the next).
        if i < n and not _is_vowel(keys[i]) and (i + 1 >= n or not _is_vowel(keys[i + 1])):
            final = keys[i]
            i += 1
            pair = (final, keys[i]) if i < n else None
            if pair in _COMPOUND_FINAL and i < n and (i + 1 >= n or not _is_vowel(keys[i + 1])):
                final = _COMPOUND_FINAL[(final, keys[i])]
                i += 1
        if initial not in _INITIALS or final not in _FINALS:
            return None
        code = 0xAC00 + (
            (_INITIALS.index(initial) * 21 + _VOWELS.index(vowel)) * 28 + _FINALS.index(final)
        )
        out.append(chr(code))
    return "".join(out)


def detect_english_mode_names_ko(text: str) -> Iterator[Hit]:
    """A Korean name typed in English mode, where the text says so (see the module)."""
    if not any(cue in text for cue in _CUE_WORDS) and "english" not in text.lower():
        return
    if _TYPED_CUE.search(text) is None or _NAME_CUE.search(text) is None:
        return
    for m in _TOKEN_RE.finditer(text):
        hangul = two_set_to_hangul(m.group("token"))
        if hangul is None or not 2 <= len(hangul) <= 4:
            continue
        if plausible_korean_name(hangul, strong=True):
            yield Hit("person_name", m.start("token"), m.end("token"), 0.8, False)
