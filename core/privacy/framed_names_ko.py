"""Korean full names that a frame around them marks, with no label before them (redteam43):
a chat self-introduction ending in ``임`` (``ㅎㅇㅎㅇ 나 이번에 새로 들어온 2학년 맹서진임 ㅋㅋ``)
and a pupil named in a note to the parents (``2학년 3반 편도하 학부모님께, 도하가 오늘 열이 …``).

Online Korean drops the copula for the noun ending ``임`` (``나 서진임``), and the introduction
often puts who the writer is (a grade, a team, ``새로 들어온``) between ``나`` and the name, so
the ``저는 …입니다`` rules of :mod:`core.privacy.intro_names` never see the name next to its
lead: here ``나``/``난``/``저``/``전`` must open the same sentence within a few words. Teachers
address a note to one pupil's parents by the pupil's full name before ``학부모님``/
``보호자님``/``어머님``/``아버님``, and the note is usually about the child's health.

In both frames a three-syllable word must pass the name check (a listed surname and common
given-name syllables): ``나 대학생임``, ``나 오늘 야간근무임``, ``전체 학부모님께``, ``신입생
학부모님께`` name no one.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_framed_names_ko"]

# (a substring the frame needs, the frame with the name in its "name" group)
_FRAMES: tuple[tuple[str, LazyPattern], ...] = (
    # The writer as the sentence's topic, up to 30 characters with no sentence end, then the
    # name and 임 before a pause (a space, ㅋ/ㅎ, punctuation, a quote or the end).
    (
        "임",
        LazyPattern(
            r"(?:^|(?<=[\s'\"‘“(ㅋㅎㅇ.!?~]))(?:나|난|저|전)[ \t][^.!?\n]{0,30}?"
            r"(?<![가-힣])(?P<name>[가-힣]{3})임(?=[ \t.,!?~ㅋㅎ'\"’”)]|$)"
        ),
    ),
    # The pupil's name, then the parents' role and the address's 께.
    (
        "께",
        LazyPattern(
            r"(?<![가-힣])(?P<name>[가-힣]{3})[ \t]?(?:학생[ \t]?)?(?:학부모|보호자|어머님|아버님|"
            r"부모님)(?:님)?(?:께|들께|께서)"
        ),
    ),
)


def detect_framed_names_ko(text: str) -> Iterator[Hit]:
    """A full name in a chat's "나 …임" or a note's "… 학부모님께" (see the module)."""
    for cue, frame in _FRAMES:
        if cue not in text:
            continue
        for m in frame.finditer(text):
            if plausible_korean_name(m.group("name"), strong=False):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
