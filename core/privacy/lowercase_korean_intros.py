"""A romanised Korean name typed in lower case in a sign-on: ``hey!! its seo yuna from the
3rd floor``, ``it's kim dohyun here`` (redteam30).

:mod:`core.privacy.romanised_korean_names` reads a capitalised Korean name in Latin letters
after a word that takes a person; the introduction rules read capitalised words. Chat typed
without capitals hides the name from both. The shape here: a sign-on (``it's``, ``its``,
``this is``, ``i'm``, ``im``), a romanised Korean surname, a given name of two syllables
(joined or hyphenated), then what closes a sign-on (``from``, ``here``, ``again``,
``speaking``, punctuation or the end). ``its song yoga class`` has no close after the pair
and stays public, as do the food and place pairs the capitalised rule leaves out.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.romanised_korean_names import SURNAMES, SYLLABLE
from core.privacy.types import Hit

__all__ = ["detect_lowercase_korean_intros"]

_GIVEN = r"(?:" + SYLLABLE + r"-?" + SYLLABLE + r")"
_SIGN_ON_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:it['’]?s|this[ \t]+is|i['’]?m)[ \t]+"
    r"(?P<name>(?:" + SURNAMES.lower() + r")[ \t]+" + _GIVEN + r")"
    r"(?=[ \t]+(?:from|here|again|speaking|btw)\b|[ \t]*[,.!?~]|[ \t]*$)"
)
_NOT_GIVEN = frozenset({"ramyun", "ramyeon", "ramen", "solo", "samui", "tao", "hotel", "salon"})


def detect_lowercase_korean_intros(text: str) -> Iterator[Hit]:
    """Lower-case romanised Korean names in a sign-on (see the module)."""
    for m in _SIGN_ON_RE.finditer(text):
        if m.group("name").split()[-1] not in _NOT_GIVEN:
            yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
