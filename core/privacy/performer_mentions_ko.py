"""A performer named in chat by their public work: ``아이유 콘서트 ㅋㅋ 티켓팅 성공``, ``ㅋㅋ
유재석 나오는 예능 추천해줘`` (redteam35).

:mod:`core.privacy.chat_slang_names_ko` reads a name-shaped word standing alone in a message
with chat marks as a friend's name. Fans write about singers, actors and hosts the same way,
and a stage name or a celebrity's real name has a name's shape. Kiwi's proper nouns cannot be
skipped (they hold common private names too), but what follows the name says who it is: a
word of a performer's public work right after it (콘서트, 팬미팅, 팬싸, 신곡, 컴백, 직캠, 뮤비,
음방, 월드투어, 앨범, 시상식, 출연, 주연, 예능, or ``나오는``/``나온`` before a show, a drama or
a film). A friend's own concert is rare beside these; a word of the writer's circle just
before the name (친구, 동생, 언니, 오빠, 형, 누나, 동기, 선배, 후배, 우리, 내) keeps it personal.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = ["names_a_performers_work_ko"]

_WORKS = (
    r"(?:콘서트|팬미팅|팬싸|팬사인회|신곡|컴백|직캠|뮤비|음방|월드투어|정규[ \t]?앨범|앨범|시상식|"
    r"출연|주연|예능|(?:나오는|나온|나왔던)[ \t]*(?:예능|드라마|영화|프로))"
)
# The work right after the name or after 의; a subject particle only before what a performer
# does on screen or stage ("아이유가 출연한"), not before a plan ("도하윤이 콘서트 가재").
_WORK_AFTER = LazyPattern(r"(?:의)?[ \t]*" + _WORKS + r"|(?:이|가)[ \t]*(?:출연|주연|컴백)")
_CIRCLE_BEFORE = LazyPattern(r"(?:친구|동생|언니|오빠|형|누나|동기|선배|후배|우리|내)[ \t]*\Z")


def names_a_performers_work_ko(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is followed by a word of a performer's public
    work and not preceded by a word of the writer's circle (see the module)."""
    if _CIRCLE_BEFORE.search(text, max(0, start - 4), start) is not None:
        return False
    return _WORK_AFTER.match(text, end) is not None
