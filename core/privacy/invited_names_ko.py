"""Two Korean names joined by 랑/하고/와 before a verb of inviting or meeting (redteam23).

``민도하랑 구슬아 불러서 집들이 한다는 초대 문자``: people list whom they invite, meet or
bring along with nothing but the joining particle; no title, no label, no relation word.
Two full names (a surname and a two-syllable given name, read by the name rules'
plausibility check) joined by ``랑``/``이랑``/``하고``/``와``/``과`` and followed by
``불러``, ``초대``, ``초청``, ``데리고``, ``모시고``, ``만나`` are read as two people. The verb is
required: ``우유랑 고기 사 와`` joins groceries, and two-syllable words pass the
plausibility check too often to be read without it.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_invited_names_ko"]

_PAIR_RE = LazyPattern(
    r"(?<![가-힣])(?P<a>[가-힣]{3})(?:이랑|랑|하고|와|과)[ \t]+(?P<b>[가-힣]{3})"
    r"(?:이랑|랑|하고|을|를|이를|도|이도|한테|에게|씨|님|이)?[ \t]+"
    r"(?:다[ \t]+|같이[ \t]+|함께[ \t]+)?(?:불러|초대|초청|데리고|모시고|모셔|만나|만날)"
)


def detect_invited_names_ko(text: str) -> Iterator[Hit]:
    """Two names joined before 불러/초대/만나 (see the module)."""
    for m in _PAIR_RE.finditer(text):
        if plausible_korean_name(m.group("a"), strong=False) and plausible_korean_name(
            m.group("b"), strong=False
        ):
            yield Hit("person_name", m.start("a"), m.end("a"), 0.7, False)
            yield Hit("person_name", m.start("b"), m.end("b"), 0.7, False)
