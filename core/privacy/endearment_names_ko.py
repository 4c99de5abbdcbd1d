"""A given name with the endearing 이 before a particle: ``다솔이가``, ``민준이한테`` (redteam26).

Friends and family call someone by the given name alone, and after a name that ends in a
consonant Korean adds an endearing ``이`` before the particle (``다솔`` → ``다솔이가``,
``다솔이한테``). For a common noun that double form is not grammar: a noun ending in a
consonant takes ``이`` *or* ``가`` (``정원이 넓다``), and only words that end in ``이``
themselves (``고양이가``, ``호랑이가``) carry both. So ``XY이가`` / ``XY이한테`` /
``XY이에게``, with ``XY`` two syllables whose second ends in a consonant and whose
syllables are common in given names, is someone's given name. Words that end in ``이``
themselves and pass the syllable test (``호랑이``) are listed out; ``이랑``, ``이는``,
``이도`` are left alone, since those are the ordinary particles after any noun (``영상이랑
사진``).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.kinship_names import KINSHIP_WORDS_KO
from core.privacy.names import plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_endearment_names_ko"]

_ENDEARED_RE = LazyPattern(
    r"(?<![가-힣])(?P<given>[가-힣]{2})이(?:가|한테서|한테|에게서|에게|더러)(?![가-힣])"
)
# Words that end in 이 themselves, whose first two syllables pass the given-name test, and
# relations and roles said with the endearing 이 of a nickname rather than a name.
_WORDS_TEXT = """
    호랑 동생 선생 사촌 막둥 귀염 예쁜 이쁜 순둥 똑똑 재롱 해님 달님 별님
"""
_WORDS = frozenset(_WORDS_TEXT.split()) | KINSHIP_WORDS_KO
_CARD_LABELS = frozenset({"To", "From", "TO", "FROM", "to", "from"})


def _ends_in_consonant(syllable: str) -> bool:
    # Hangul syllables are laid out 28 final-consonant slots per vowel; slot 0 is "none".
    return (ord(syllable) - ord("가")) % 28 != 0


def detect_endearment_names_ko(text: str) -> Iterator[Hit]:
    """Given names said with the endearing 이 before a particle (see the module)."""
    if "이" not in text:
        return
    for m in _ENDEARED_RE.finditer(text):
        given = m.group("given")
        if given in _WORDS or not _ends_in_consonant(given[1]):
            continue
        # After a relation ("조카 하람이한테") or a card's "To." the name is the kinship and
        # card-label rules' own.
        before = text[max(0, m.start() - 8) : m.start()].split()
        if before and (before[-1] in KINSHIP_WORDS_KO or before[-1].rstrip(".") in _CARD_LABELS):
            continue
        # Judged as if a common surname stood before it (the kinship rule does the same).
        if plausible_korean_name("김" + given, strong=False):
            yield Hit("person_name", m.start("given"), m.end("given"), 0.65, False)
