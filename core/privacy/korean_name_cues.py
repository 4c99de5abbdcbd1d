"""Korean names the other rules miss: 군/양 after a name, a name opening a quote, name halves.

:mod:`core.privacy.names` reads a name before 님, 씨 and job titles; people also write

- ``군``/``양`` after a young person's full name (``도현우 군과 하예린 양에게``), the
  honorifics of wedding cards, school notices and news; a full three-syllable name is
  needed (``미국 군``, ``이번 양이`` are not names), with a space or a particle after it
  that marks the person (``주한미군이`` is a word);
- a full name opening quoted speech, as its subject (``"강유찬이 어제 회식비 냈다"고``):
  the quote mark starts the sentence, so nothing else stands before the name;
- a name given in halves, as on a booking: ``성은 제갈이에요`` (a surname, compound or
  single, after 성은 and before a copula) and ``이름은 서하고요`` (a given name of two
  common given-name syllables after 이름은; a full name there is an introduction,
  :mod:`core.privacy.intro_names`; not a thing's name, ``회사 이름은 미래예요``; after
  성이 a full copula, since ``성이 나요`` is anger). Each half alone is what
  the writer answers when asked for their name, and with the other turn it is the name.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import (
    COMPOUND_SURNAMES,
    KOREAN_NAME_PATTERN,
    KOREAN_SURNAMES,
    plausible_korean_name,
)
from core.privacy.types import Hit

__all__ = ["detect_korean_name_cues"]

_YOUNG_HONORIFIC_RE = LazyPattern(
    r"(?<![가-힣])"
    + KOREAN_NAME_PATTERN
    + r"(?:[ \t](?:군|양)(?=[ \t,.!?]|과|와|에게|한테|께|은|는|이|의|도|$)"
    + r"|(?:군|양)(?=에게|한테|께))"
)
_QUOTE_OPEN = "\"'“‘「『"
_QUOTED_SUBJECT_RE = LazyPattern(
    r"(?<=["
    + _QUOTE_OPEN
    + r"])"
    + KOREAN_NAME_PATTERN
    + r"(?=이[ \t]|가[ \t]|은[ \t]|는[ \t]|한테|에게|께서)"
)
_COPULA = r"(?:이에요|예요|이고요|고요|이고|입니다|이요|이야|야|요)(?![가-힣])"
_SURNAME_ALT = "|".join(COMPOUND_SURNAMES) + "|[" + "".join(KOREAN_SURNAMES) + "]"
# After 성이 a full copula: "성이 나요", "성이 차고요" are anger and content, not surnames.
_COPULA_AFTER_I = r"(?:이에요|예요|이고요|이고|입니다|이요|이야)(?![가-힣])"
_SURNAME_HALF_RE = LazyPattern(
    r"(?<![가-힣])성(?:은[ \t]*(?P<name>"
    + _SURNAME_ALT
    + r")(?:씨)?"
    + _COPULA
    + r"|이[ \t]*(?P<name_i>"
    + _SURNAME_ALT
    + r")(?:씨)?"
    + _COPULA_AFTER_I
    + r")"
)
# Two syllables only: a full name after 이름은 is the introduction rules' (intro_names).
_GIVEN_HALF_RE = LazyPattern(r"(?<![가-힣])이름은[ \t]*(?P<name>[가-힣]{2})" + _COPULA)
# The name of a thing, not a person's: "회사 이름은 미래예요", "제품 이름은 미정이에요".
_THING_BEFORE_RE = LazyPattern(
    r"(?:회사|제품|가게|상호|팀|앱|서비스|파일|모델|브랜드|프로젝트|폴더|채널|식당|카페)"
    r"(?:의)?[ \t]*$"
)


def _given_name(word: str) -> bool:
    # A given name alone, judged as if a common surname stood before it.
    return plausible_korean_name("김" + word, strong=False)


def detect_korean_name_cues(text: str) -> Iterator[Hit]:
    """Names with 군/양, opening a quote, or given in halves (see the module)."""
    if "군" in text or "양" in text:
        for m in _YOUNG_HONORIFIC_RE.finditer(text):
            name = m.group("name")
            if len(name) >= 3 and plausible_korean_name(name, strong=False):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
    if any(q in text for q in _QUOTE_OPEN):
        for m in _QUOTED_SUBJECT_RE.finditer(text):
            name = m.group("name")
            if len(name) >= 3 and plausible_korean_name(name, strong=False):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
    if "성" in text:
        for m in _SURNAME_HALF_RE.finditer(text):
            group = "name" if m.group("name") is not None else "name_i"
            yield Hit("person_name", m.start(group), m.end(group), 0.7, False)
    if "이름은" in text:
        for m in _GIVEN_HALF_RE.finditer(text):
            if _THING_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()):
                continue
            if _given_name(m.group("name")):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
