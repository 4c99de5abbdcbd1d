"""A Korean question about a work's people: ``이상한 변호사 우영우에서 우영우 아빠 이름이 우광호
맞지? 그 역 배우는 누구야?`` (redteam36).

:mod:`core.privacy.work_characters` reads English questions that name a work after "in".
A Korean one names the work before ``에서`` and asks about a character, an actor or the
plot (배우, 등장인물, 캐릭터, 주인공, 극중, 결말, 줄거리, 스포, 원작). The relation words such
a question uses (``우영우 아빠 이름이 …``) are the characters', not the writer's family: the
relative-name rule (:mod:`core.privacy.affiliation_names`) lets them through when the text
is such a question and speaks of no one of the writer's (우리, 저희, 제, 내, 나의).
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = ["asks_about_a_works_people_ko"]

_WORK_WORDS = LazyPattern(
    r"배우|등장[ \t]?인물|캐릭터|주인공|극[ \t]?중|결말|줄거리|스포|원작|출연"
)
_IN_WORK = LazyPattern(r"[가-힣A-Za-z0-9]에서(?![가-힣])")
_ASKS = LazyPattern(r"\?|맞지|맞아|누구|알려[ \t]?줘|뭐야")
_WRITER = LazyPattern(r"(?<![가-힣])(?:우리|저희|제|내|나의|저의)(?![가-힣])")


def asks_about_a_works_people_ko(text: str) -> bool:
    """Whether ``text`` is a writer-free Korean question about a work's people."""
    return (
        _WORK_WORDS.search(text) is not None
        and _IN_WORK.search(text) is not None
        and _ASKS.search(text) is not None
        and _WRITER.search(text) is None
    )
