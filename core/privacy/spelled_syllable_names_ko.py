"""A Korean name spelt out syllable by syllable after its label: ``제 이름은 봉, 하, 람 세
글자고요``, ``성함이 탁 / 은 / 비 입니다`` (redteam30).

People spell a rare name so it is not misheard, one syllable at a time with commas, slashes
or middle dots between. The name rules read a name as one word, so the separated syllables
are read by none of them. The shape here: a name label (``이름``, ``성함``, ``성명``) with
its particle, then two to four single syllables with a separator between each, the first a
Korean surname. The label is what says a name follows; syllables listed without it (``가,
나, 다 순서로``) stay public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import KOREAN_SURNAMES
from core.privacy.types import Hit

__all__ = ["detect_spelled_syllable_names_ko"]

_SEPARATOR = r"[ \t]*[,·/][ \t]*|[ \t]+"
# One syllable standing alone, not the count after the name ("세 글자").
_SYLLABLE = r"[가-힣](?![가-힣])(?![ \t]*글자)"
_SPELT_RE = LazyPattern(
    r"(?<![가-힣])(?:이름|성함|성명)(?:은|는|이|:)?[ \t]*:?[ \t]*['\"‘“]?"
    r"(?<![가-힣])(?P<name>" + _SYLLABLE + r"(?:(?:" + _SEPARATOR + r")" + _SYLLABLE + r"){1,3})"
)


def _spelt_name(name: str) -> bool:
    syllables = [c for c in name if "가" <= c <= "힣"]
    # A separator must stand between the syllables: "이름은 김 씨" is not spelt out.
    return len(syllables) >= 2 and len(name) > len(syllables) and syllables[0] in KOREAN_SURNAMES


def detect_spelled_syllable_names_ko(text: str) -> Iterator[Hit]:
    """Names spelt syllable by syllable after a name label (see the module)."""
    if "이름" not in text and "성함" not in text and "성명" not in text:
        return
    for m in _SPELT_RE.finditer(text):
        if _spelt_name(m.group("name")) and "씨" not in m.group("name")[1:]:
            yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
