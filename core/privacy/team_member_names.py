"""A colleague named with the writer's team (redteam24).

Questions about a colleague's pay, leave or review name them with their place on the
writer's team: ``팀원 엄세린 연봉이 …``, ``후배 탁다인 씨``, ``Hollis Verbeek on my team
makes …``, ``Imre Castell from my squad``. The team word says a person is meant:

- Korean: a word for a teammate (``팀원``, ``동료``, ``후배``, ``선배``, ``사수``, ``신입``,
  ``인턴``), then a full name of three or four syllables that reads as one;
- English: one or two capitalised words, then ``on/in/from my/our team`` (``squad``,
  ``crew``, ``shift``, ``unit``).

Words that are no person (teams, brands, months) are left out.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.affiliation_names import EN_NOT_PERSONS
from core.privacy.brand_names import is_brand
from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.names import (
    CAPITALISED_WORD,
    KOREAN_NAME_PATTERN,
    is_english_non_name,
    plausible_korean_name,
)
from core.privacy.types import Hit

__all__ = ["detect_team_member_names"]

_KO_TEAMMATE_RE = LazyPattern(
    r"(?<![가-힣])(?:우리[ \t]*팀[ \t]*)?"
    r"(?:팀원|동료|직장[ \t]?동료|후배|선배|사수|부사수|신입|인턴|부하[ \t]?직원)[ \t]+"
    + KOREAN_NAME_PATTERN
    + r"(?=$|[^가-힣]|님|씨|이|가|은|는|의|에게|한테|께|랑|하고|와|과)"
)
_EN_ON_MY_TEAM_RE = GuardedPattern(
    r"(?<![A-Za-z])(?P<name>"
    + CAPITALISED_WORD
    + r"(?:[ \t]+"
    + CAPITALISED_WORD
    + r")?)[ \t]+(?:on|in|from)[ \t]+(?i:my|our)[ \t]+(?i:team|squad|crew|shift|unit)\b"
)


def _english_person(name: str) -> bool:
    return not any(
        w in EN_NOT_PERSONS or is_english_non_name(w) or is_brand(w) for w in name.split()
    )


def detect_team_member_names(text: str) -> Iterator[Hit]:
    """Colleagues named with the writer's team (see the module)."""
    for m in _KO_TEAMMATE_RE.finditer(text):
        name = m.group("name")
        if len(name) >= 3 and plausible_korean_name(name, strong=False):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
    if " team" in text or " squad" in text or " crew" in text or " shift" in text:
        for m in _EN_ON_MY_TEAM_RE.finditer(text):
            name = m.group("name")
            words = name.split()
            # A sentence's first word before a one-word name ("Everyone on my team").
            if _english_person(name) and (len(words) == 2 or m.start() > 0):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
