"""A soldier's mail address and name: ``포천우체국 사서함 1301-12호, 일병 오태린`` (redteam30).

Letters to a soldier in Korea go to a post office box of the unit (``사서함`` and its
number) with the soldier's rank and name. The box number with its unit suffix addresses
one unit's mail room, and the rank (``이병``, ``일병``, ``상병``, ``병장``, ``하사``…)
right before a Korean name says a serving person is named. A rank before no name (``일병
월급``, ``상병 휴가 며칠``) and ``사서함`` with no number stay public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.names import plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_military_mail_ko"]

_BOX_RE = LazyPattern(r"(?P<box>사서함[ \t]*[0-9]{1,5}(?:-[0-9]{1,4})?(?:[ \t]?호)?)(?![0-9])")
_RANK_NAME_RE = GuardedPattern(
    r"(?<![가-힣])(?:훈련병|이병|일병|상병|병장|하사|중사|상사|소위|중위|대위)[ \t]+"
    r"(?P<name>[가-힣]{3})(?=$|[^가-힣]|에게|한테|께|이|가|은|는|의)"
)


def detect_military_mail_ko(text: str) -> Iterator[Hit]:
    """A 사서함 box number and a name after a military rank (see the module)."""
    if "사서함" in text:
        for m in _BOX_RE.finditer(text):
            yield Hit("address", m.start("box"), m.end("box"), 0.8, False)
    for m in _RANK_NAME_RE.finditer(text):
        if plausible_korean_name(m.group("name"), strong=False):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
