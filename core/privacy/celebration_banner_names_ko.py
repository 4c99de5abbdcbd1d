"""A name on a Korean celebration banner: ``축 합격 봉지유 서울대 의예과``, ``축 전역 하도겸
병장``, ``祝 결혼 …`` (redteam44, second batch).

현수막 and 화환 ribbons write ``축`` (or ``祝``), the occasion (합격, 졸업, 전역, 승진, 개업…)
and then the person celebrated, with no title or particle the name rules read. The name must
be a whole Korean name (a listed surname and a plausible given name), not a school or an
office (``축 합격 서울대 의예과``). A banner for a public
figure asked about (``'축 우승 손흥민 선수' 현수막 … 손흥민이 우승한 대회가 뭐야?``) is let
through: a public title right after the name (선수, 감독, 대통령, 의원…), a question, and
nothing of the writer or their school, family or town (우리, 저희, 제, 내, 학교, 담임, 동네…).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.signature_names import korean_signer
from core.privacy.types import Hit

__all__ = ["detect_celebration_banner_names_ko"]

_OCCASIONS = (
    r"합격|졸업|입학|생일|생신|결혼|전역|승진|개업|우승|출산|당선|수상|취임|환갑|칠순|팔순|완치|"
    r"퇴원|등단|임관|입사|정년퇴임|퇴임|은퇴|첫돌|돌"
)
_BANNER_RE = LazyPattern(
    r"(?<![가-힣])[축祝][ \t]*(?:" + _OCCASIONS + r")[ \t!]+(?P<name>[가-힣]{2,4})(?![가-힣])"
)
# What follows the occasion when no one is named: a school or an office ("축 합격 서울대").
_INSTITUTION_ENDS = frozenset("대교과청처팀부단")
_PUBLIC_TITLE_AFTER = LazyPattern(r"[ \t]*(?:선수|감독|대통령|의원|장관|시장|도지사|회장)")
_ASKS = LazyPattern(r"\?|뭐야|뭐예요|언제|알려|어디")
_WRITER = LazyPattern(
    r"우리|저희|(?<![가-힣])제[ \t]|(?<![가-힣])내[ \t]|학교|학년|담임|동네|회사|가족|아들|딸|"
    r"조카|동생|친구"
)


def _a_public_figures_banner(text: str, end: int) -> bool:
    return (
        _PUBLIC_TITLE_AFTER.match(text, end) is not None
        and _ASKS.search(text) is not None
        and _WRITER.search(text) is None
    )


def detect_celebration_banner_names_ko(text: str) -> Iterator[Hit]:
    """The person a ``축 … NAME`` banner celebrates (see the module)."""
    if "축" not in text and "祝" not in text:
        return
    for m in _BANNER_RE.finditer(text):
        name = m.group("name")
        if name[-1] in _INSTITUTION_ENDS or not korean_signer(name):
            continue
        if not _a_public_figures_banner(text, m.end("name")):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
