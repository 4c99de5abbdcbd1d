"""Vietnamese names written in Hangul (redteam23).

``응우옌 티 마이``, ``쩐 반 흥``: Vietnamese colleagues, applicants and family members are
named in Hangul transcription, family name first, then a middle name, then the given name.
The Korean name rules expect a Korean surname joined to its given name and miss these.
A common Vietnamese family name, a space, one of the middle names that carry most such
names (``티`` for women, ``반`` for men, ``흐우``, ``딘``, ``득``, ``꽝`` …), and one or two
more short words are read as a name. The middle name is required: a family name alone
with a word after it is too often something else (``응우옌 왕조`` is a dynasty, ``레 미제라블``
a novel, ``호 아저씨`` Ho Chi Minh's nickname).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.types import Hit

__all__ = ["detect_vietnamese_names_ko"]

_FAMILY = (
    r"응우옌|응우엔|뉴옌|쩐|짠|레|팜|호앙|황|후인|판|부|보|당|부이|도|호|응오|즈엉|리|찐|딘|럼|"
    r"하|또|르엉|루엉|마|끼에우"
)
_MIDDLE = r"티|반|흐우|딘|득|꽝|밍|홍|응옥|타인|탄|투|꾸옥|후이|쑤언|뚜안|아인|바오|끼엠|카인|지아"
# Words after a name that are not its second given word ("쩐 반 흥 두 분께").
_NOT_GIVEN = r"(?:두|세|네|한|분|씨|님|께|와|과|등|및)(?![가-힣])"
_PARTICLE = r"(?:에게|한테|씨|님|가|은|는|을|를|의|께|랑|하고|와|과|도)"
# A second given word ("응우옌 티 투 짱에게") only where the name ends with it: before a
# particle, or before punctuation or the end; not before more words ("팜 티 흐엉 비자 연장").
_SECOND_GIVEN = (
    r"(?:[ \t](?!" + _NOT_GIVEN + r")[가-힣]{1,2}?"
    r"(?=" + _PARTICLE + r"(?:$|[^가-힣])|$|[^가-힣 \t]))?"
)
_NAME_RE = GuardedPattern(
    r"(?<![가-힣])(?P<name>(?:" + _FAMILY + r")[ \t](?:" + _MIDDLE + r")[ \t]"
    # The first given word ends at a word's end, a particle peeled off ("마이에게").
    r"[가-힣]{1,3}?(?=" + _PARTICLE + r"?(?:$|[^가-힣]))" + _SECOND_GIVEN + r")"
)


def detect_vietnamese_names_ko(text: str) -> Iterator[Hit]:
    """Vietnamese family, middle and given names in Hangul (see the module)."""
    for m in _NAME_RE.finditer(text):
        yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
