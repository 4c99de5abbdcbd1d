"""A Korean name with a symbol between its syllables: ``여-은-채 님``, ``받는 분 모.지.윤``,
``선우_재_희 씨`` (redteam35).

People break a name up to keep it from search and from filters (``이름 그대로 쓰기 싫어서
하이픈 넣었어``), the way others space it out (:mod:`core.privacy.spaced_syllable_names_ko`).
No name rule reads it: each syllable stands alone between the symbols. The shape here is a
listed surname (or a compound one) and two given syllables, one and the same symbol (``-``,
``.``, ``_``, ``·``, ``/``, ``*``) between each, the given syllables common in names (so
``금-토-일``, ``도-레-미`` are not names), and the run standing as its own word. Then, so
that a list of grades or sizes is not taken (``상-중-하``), it must be followed by a title or a
particle a person takes (``님``, ``씨``, ``에게``, ``한테``, ``께``, ``이/가``, ``은/는``,
``을/를``, ``의``, ``선생``, ``고객``) or stand after a name label (``이름``, ``성함``,
``받는 분``, ``수령인``, ``예약자``).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import COMPOUND_SURNAMES, KOREAN_SURNAMES, plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_symbol_split_names_ko"]

_SURNAME = "(?:" + "|".join(COMPOUND_SURNAMES) + "|[" + "".join(KOREAN_SURNAMES) + "])"
_NAME_RE = LazyPattern(
    r"(?<![가-힣A-Za-z0-9])(?P<name>(?P<s>" + _SURNAME + r")(?P<sep>[-._·/*])(?P<a>[가-힣])"
    r"(?P=sep)(?P<b>[가-힣]))(?![A-Za-z0-9]|(?P=sep)[가-힣])"
)
_AFTER_RE = LazyPattern(
    r"[ \t]?(?:님|씨|에게|한테|께|이가|이|가|은|는|을|를|의|선생|고객|학생|군|양)(?![가-힣])"
    r"|[ \t]?(?:님|씨|에게|한테|께|선생|고객)"
)
_LABEL_RE = LazyPattern(
    r"(?:이름|성함|성명|받는[ \t]?분|수령인|예약자|수취인)[ \t]*(?:은|는|:|：)?[ \t]*\Z"
)
# A charset-led probe (re skips to a Hangul syllable fast) before the full pattern, which opens
# with a lookbehind and a surname alternation and so is tried at every position.
_PROBE_RE = LazyPattern(r"[가-힣][-._·/*][가-힣][-._·/*][가-힣]")
# Level and size triples whose syllables happen to read as a name.
_NOT_NAMES = frozenset({"상중하", "대중소", "고중저", "최상중", "상하좌", "동서남", "남북서"})


def detect_symbol_split_names_ko(text: str) -> Iterator[Hit]:
    """Korean names with one symbol between their syllables (see the module)."""
    if _PROBE_RE.search(text) is None:
        return
    for m in _NAME_RE.finditer(text):
        joined = m.group("s") + m.group("a") + m.group("b")
        if joined in _NOT_NAMES or not plausible_korean_name(joined, strong=False):
            continue
        if (
            _AFTER_RE.match(text, m.end()) is None
            and _LABEL_RE.search(text, max(0, m.start() - 12), m.start()) is None
        ):
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
