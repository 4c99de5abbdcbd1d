"""A Korean full name before the title of someone who serves the writer: ``육정호
기사님``, ``홍라온 간호사``, ``편도윤 변호사님``, ``하지석 약사님`` (redteam34).

:mod:`core.privacy.names` reads a name before the titles of an office and a clinic
(``과장님``, ``선생님``, ``간호사님``), :mod:`core.privacy.titled_names_ko` before bare
office ranks (``대리``, ``팀장``). People write the name of a delivery driver, a church
elder, a lawyer or a pharmacist the same way, and those titles were in neither list, so
``육정호 기사님 오늘 물건은 경비실에`` went out with the driver's name.

A full name (a listed surname and two given-name syllables, judged as the other rules
judge one) before one of these titles, with or without a space, is read. ``택시 기사님``
and ``버스 기사님`` have no surname-and-given-name word before the title. Titles of public
callings (``감독``, ``작가``, ``기자``, ``의원``) are left out: ``봉준호 감독`` is a public
figure.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import KOREAN_NAME_PATTERN, plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_service_title_names_ko"]

_TITLES = (
    r"기사님|기사|간호사|간호조무사님?|조무사님?|약사님?|변호사님?|세무사님?|회계사님?|법무사님?|"
    r"노무사님?|목사님?|전도사님?|집사님|권사님|장로님|코치님?|강사님?|주무관님?|상담사님?|"
    r"치료사님?|관장님?|총무님?|반장님|경비님"
)
# After the title: an honorific's particle, a bracket, punctuation or the end.
_AFTER = r"(?=$|[^가-힣]|께|에게|한테|이|가|은|는|을|를|의|도|랑|하고|님)"
_TITLE_RE = LazyPattern(r"(?:" + _TITLES + r")" + _AFTER)
_NAME_BEFORE_RE = LazyPattern(KOREAN_NAME_PATTERN + r"[ \t]?\Z")
_CUES: tuple[str, ...] = (
    "기사", "사님", "간호", "약사", "변호", "목사", "장로", "코치", "강사", "주무관", "관장",
    "총무", "반장", "경비", "조무사",
)  # fmt: skip


def detect_service_title_names_ko(text: str) -> Iterator[Hit]:
    """Full names before the title of a driver, nurse, lawyer, elder … (see the module)."""
    if not any(cue in text for cue in _CUES):
        return
    for t in _TITLE_RE.finditer(text):
        m = _NAME_BEFORE_RE.search(text, max(0, t.start() - 5), t.start())
        if m is None:
            continue
        name = m.group("name")
        i = m.start("name")
        if i and ("가" <= text[i - 1] <= "힣" or text[i - 1].isalnum()):
            continue
        if len(name) < 3 or not plausible_korean_name(name, strong=False):
            continue
        yield Hit("person_name", i, m.end("name"), 0.75, False)
