"""Korean names on a card's ``To.`` and ``From.`` lines: ``To. 나은이에게 / … / From. 태오가``.

Birthday cards, rolling papers and gift tags in Korean are headed ``To.`` and signed
``From.``, with a full name or a given name (often with ``가``/``이가`` after it, "from
태오"). The label with its dot is the card's form, not an English sentence, and what follows
it is who the card is for or from. Relations and roles (``To. 엄마``, ``From. 선생님``) and
words (``To. 모두``) are left out by the name-syllable check.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.kinship_names import KINSHIP_WORDS_KO
from core.privacy.names import plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_card_label_names"]

_LABEL_RE = GuardedPattern(
    r"(?<![A-Za-z])(?:To|TO|From|FROM|from)\.[ \t]*(?P<word>[가-힣]{2,6})(?![가-힣])"
)
# What people write after the name on a card: "태오가", "하늘이가", "민준이", "하람이에게".
_SIGN_SUFFIXES = ("이가", "가", "이")
_TO_PARTICLES = ("에게", "한테", "께")


def _name_span(word: str) -> int:
    """How many leading syllables of ``word`` are a name (0 when none are)."""
    for particle in _TO_PARTICLES:
        if word.endswith(particle):
            word = word[: -len(particle)]
            break
    if word in KINSHIP_WORDS_KO:
        return 0
    if len(word) >= 3 and plausible_korean_name(word[:3], strong=False):
        return 3
    for suffix in ("", *_SIGN_SUFFIXES):
        given = word[: len(word) - len(suffix)] if suffix else word
        if suffix and not word.endswith(suffix):
            continue
        if len(given) == 2 and plausible_korean_name("김" + given, strong=False):
            return 2
    return 0


def detect_card_label_names(text: str) -> Iterator[Hit]:
    """Names after a card's ``To.`` / ``From.`` label (see the module)."""
    if "." not in text:
        return
    for m in _LABEL_RE.finditer(text):
        span = _name_span(m.group("word"))
        if span:
            yield Hit("person_name", m.start("word"), m.start("word") + span, 0.7, False)
