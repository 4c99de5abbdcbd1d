"""Keys that recover an account or a disk: a BitLocker recovery key (eight groups of six
digits) and a wallet's recovery phrase (twelve to twenty-four words after "recovery
phrase", "seed phrase", "시드 구문"…) (redteam28).

Both are the last key to something: the disk's data, or the money in a wallet, belong to
whoever reads them. People paste them to ask where to type them or whether they wrote them
down right. A BitLocker key has a shape nothing else has (48 digits in eight dash-joined
groups of six). A recovery phrase is plain words, so it counts only after a word naming it
and only as a run of at least twelve short lower-case words, either numbered in order
("1 orbit 2 velvet …") or with no word of running prose among them ("my recovery phrase is
written on a card in the drawer of my desk" stays public, as does "how many words is a seed
phrase").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_recovery_keys"]

_BITLOCKER_RE = LazyPattern(r"(?<![0-9-])[0-9]{6}(?:-[0-9]{6}){7}(?![0-9-])")
_PHRASE_CUE_RE = LazyPattern(
    r"(?i:recovery[ \t]+(?:phrase|words)|seed[ \t]+(?:phrase|words)|mnemonic|backup[ \t]+phrase|"
    r"secret[ \t]+phrase)|복구[ \t]?(?:구문|문구|단어)|시드[ \t]?(?:구문|문구|단어)|니모닉"
)
# One word of the phrase, numbered or not: "7 hollow", "7. hollow", "hollow,".
_WORD = r"(?:[0-9]{1,2}(?:[.):][ \t]*|[ \t]+))?[a-z]{3,8}"
_RUN_RE = LazyPattern(_WORD + r"(?:[ \t]*[,\n]?[ \t]*" + _WORD + r"){11,23}(?![a-z])")
_NUMBER_RE = re.compile(r"[0-9]{1,2}")
# Words of running prose: a recovery phrase's list holds none of them.
_PROSE_WORDS_TEXT = """
    the and for with that this what where when how why are was were have has had you your
    our their them they its not but from into on in of to is my me it at as by be do did
    """
_PROSE_WORDS = frozenset(_PROSE_WORDS_TEXT.split())
# How far after its name the phrase may start.
_REACH = 80


def _phrase_words(run: str) -> tuple[list[str], list[int]]:
    words = re.findall(r"[a-z]+", run)
    numbers = [int(n) for n in _NUMBER_RE.findall(run)]
    return words, numbers


def _is_phrase(run: str) -> bool:
    words, numbers = _phrase_words(run)
    if numbers:
        return numbers == list(range(1, len(numbers) + 1)) and len(numbers) >= 12
    return len(words) >= 12 and not any(w in _PROSE_WORDS for w in words)


def detect_recovery_keys(text: str) -> Iterator[Hit]:
    """BitLocker recovery keys and wallet recovery phrases (see the module)."""
    if "-" in text:
        for key in _BITLOCKER_RE.finditer(text):
            yield Hit("secret", key.start(), key.end(), 0.95, True)
    for cue in _PHRASE_CUE_RE.finditer(text):
        run = _RUN_RE.search(text, cue.end(), min(len(text), cue.end() + _REACH + 400))
        if run is not None and run.start() - cue.end() <= _REACH and _is_phrase(run.group()):
            yield Hit("secret", run.start(), run.end(), 0.9, False)
