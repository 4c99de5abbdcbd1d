"""A chat self-introduction that ends in ``임`` (redteam43): ``ㅎㅇㅎㅇ 나 이번에 새로 들어온
2학년 맹서진임 ㅋㅋ``.

Online Korean drops the copula for the noun ending ``임`` (``나 학생임``, ``나 서진임``), and the
introduction often puts who the writer is (a grade, a team, ``새로 들어온``) between ``나`` and
the name, so the ``저는 …입니다`` rules of :mod:`core.privacy.intro_names` never see the name
next to its lead. Here a three-syllable word that passes the name check (a listed surname and
common given-name syllables: ``대학생``, ``신입생`` do not) right before ``임`` and a pause is
read when ``나``/``난``/``저``/``전`` opens the same sentence within a few words.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_chat_im_intros_ko"]

# The writer as the sentence's topic, then up to 30 characters with no sentence end, then the
# name and 임 before a pause (a space, ㅋ/ㅎ, punctuation, a quote or the end).
_IM_RE = LazyPattern(
    r"(?:^|(?<=[\s'\"‘“(ㅋㅎㅇ.!?~]))(?:나|난|저|전)[ \t][^.!?\n]{0,30}?"
    r"(?<![가-힣])(?P<name>[가-힣]{3})임(?=[ \t.,!?~ㅋㅎ'\"’”)]|$)"
)


def detect_chat_im_intros_ko(text: str) -> Iterator[Hit]:
    """A name before a chat self-introduction's ``임`` (see the module)."""
    if "임" not in text:
        return
    for m in _IM_RE.finditer(text):
        if plausible_korean_name(m.group("name"), strong=False):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
