"""A name a message opens with, said of the writer: ``김하은인데요 월급 310만원이면 …``.

On the phone and in chat people introduce themselves with the name and a copula alone,
without ``저는`` or ``제 이름은`` (the leads :mod:`core.privacy.intro_names` needs):
``김하은인데요``, ``박지훈입니다``, ``안녕하세요 이서연이에요``. At the opening of a message
(or right after a greeting) that shape is an introduction. Nouns take the same copula
("회사원인데요", "정규직인데요"), so the candidate must be a full name of three syllables
(a compound surname and two more) whose syllables read as a name, and not end in a
syllable that makes a status noun.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import COMPOUND_SURNAMES, KOREAN_SURNAMES, plausible_korean_name
from core.privacy.types import Hit

# Greetings and fillers a message may open with before the name.
_OPENERS = r"(?:(?:안녕하세요|안녕하십니까|안녕|여보세요|네|예|아|저기요|ㅎㅇ)[ \t.,!~]*)?"
_SURNAME = "(?:" + "|".join(COMPOUND_SURNAMES) + "|[" + "".join(KOREAN_SURNAMES) + "])"
_OPENING_NAME = LazyPattern(
    r"\A[ \t]*"
    + _OPENERS
    + r"(?P<name>"
    + _SURNAME
    + r"[가-힣]{2})(?P<copula>인데요?|입니다|이에요|이고요|이구요)"
)
# Employment and membership words that fit the name syllables ("정규직", "임시직",
# "계약직"): a name does not end on these.
_STATUS_ENDINGS = ("직",)


def detect_opening_names(text: str) -> Iterator[Hit]:
    """A full Korean name the message opens with, right before a self-introducing copula."""
    m = _OPENING_NAME.search(text)
    if m is None:
        return
    name = m.group("name")
    if name.endswith(_STATUS_ENDINGS) or not plausible_korean_name(name, strong=False):
        return
    yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)


def opening_introduction_end(text: str) -> int | None:
    """Where the self-introduction a message opens with ends (after its copula), if any.

    ``김하은인데요 월급 310만원이면 연봉 얼마예요``: what follows the introduction is the
    request; the name says who asks.
    """
    m = _OPENING_NAME.search(text)
    if m is None or not any(True for _ in detect_opening_names(text)):
        return None
    return m.end("copula")
