"""A password typed as Hangul on an English keyboard: ``비번은 '달빛정원'을 영문 자판으로 친
ekfqlcwjddnjs``, and the Hangul word quoted as the password (redteam30).

Korean users make a memorable password by typing a Korean word with the keyboard left in
English mode: ``달빛정원`` becomes ``ekfqlcwjddnjs``. The token is all lower-case letters, so
the shape rules for secrets (mixed case, digits, symbols) pass it by, and the label rules
stop at the quoted word in between. The shape here: a lower-case token that is a whole
sequence of two-set (두벌식) keystrokes, three syllables or more, in a text that names a
password (``비번``, ``비밀번호``, ``password``, ``와이파이``…). Many English words are such a
sequence too (``gitlab``, ``throttle``, ``apartment``), so the token also needs a word
saying it was typed in English mode (``영문 자판``, ``한영키``, ``English
keyboard``). The Hangul word quoted right after a password label (``비번은 '달빛정원'``) is
the same secret; a rule quoted there (``'8자리'``, ``'영문+숫자'``) is not.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_hangul_keyboard_secrets", "two_set_syllables"]

_CONSONANT_KEYS = frozenset("qwertasdfgzxcvQWERT")
_VOWEL_KEYS = frozenset("yuiophjklbnmOP")
# Two vowel keys that make one compound vowel (ㅘ ㅙ ㅚ ㅝ ㅞ ㅟ ㅢ).
_COMPOUND_VOWELS = frozenset({"hk", "ho", "hl", "nj", "np", "nl", "ml"})
_PASSWORD_WORD = LazyPattern(
    r"비번|비밀[ \t]?번호|패스워드|암호|와이파이|(?i:\b(?:password|passwd|pw|wi-?fi)\b)"
)
_TOKEN_RE = LazyPattern(r"(?<![A-Za-z0-9])(?P<token>[a-zA-Z]{6,32})(?![A-Za-z0-9])")
_QUOTED_RE = LazyPattern(
    r"(?:비번|비밀[ \t]?번호|패스워드|암호)(?:은|는|이|:)?[ \t]*['‘\"“]"
    r"(?P<value>[가-힣][가-힣0-9!@#$%^&*]{1,19})['’\"”]"
)
_TYPED_CUE = LazyPattern(
    r"자판|키보드|한영|영타|영문[ \t]?(?:으로|모드)"
    r"|(?i:\b(?:english|korean)[ \t]+(?:keyboard|mode)\b)"
)
_RULE_WORDS = ("자리", "이상", "이하", "글자", "숫자", "영문", "특수", "대문자", "소문자")


def two_set_syllables(token: str) -> int:
    """How many syllables ``token`` types on a two-set Korean keyboard; 0 if it is no whole
    sequence of syllables (each opening with one consonant key, at most two after)."""
    syllables = 0
    i, n = 0, len(token)
    while i < n:
        if token[i] not in _CONSONANT_KEYS or i + 1 >= n or token[i + 1] not in _VOWEL_KEYS:
            return 0
        i += 2
        if i < n and token[i - 1 : i + 1] in _COMPOUND_VOWELS:
            i += 1
        syllables += 1
        # Final consonants: as many as leave one to open the next syllable.
        run = 0
        while i + run < n and token[i + run] in _CONSONANT_KEYS:
            run += 1
        end = i + run
        finals = run if end == n else run - 1
        if finals > 2 or (end < n and token[end] not in _VOWEL_KEYS):
            return 0
        i += finals
    return syllables


def detect_hangul_keyboard_secrets(text: str) -> Iterator[Hit]:
    """Passwords typed as Hangul in English mode, and their quoted Hangul words."""
    if _PASSWORD_WORD.search(text) is None:
        return
    # English words type syllables too ("gitlab", "throttle", "apartment"): the token
    # needs a word saying it was typed in English mode.
    if _TYPED_CUE.search(text) is not None:
        for m in _TOKEN_RE.finditer(text):
            if two_set_syllables(m.group("token")) >= 3:
                yield Hit("secret", m.start("token"), m.end("token"), 0.8, False)
    for m in _QUOTED_RE.finditer(text):
        if not any(word in m.group("value") for word in _RULE_WORDS):
            yield Hit("secret", m.start("value"), m.end("value"), 0.8, False)
