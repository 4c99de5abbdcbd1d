"""Korean chat spellings of ㅆ as ㅅ ("잇어요", "안햇는데"), read as written properly.

Typing fast on a phone, people drop the second ㅅ of a ㅆ final: "출장비 잇어요?" is
"출장비 있어요?", "조율 안햇는데" is "조율 안했는데". Kiwi reads 잇 as the verb 잇다
(to join), a word no document uses for "is there", and the question was declined as
naming something the documents never mention ("문서에 없는 내용: 잇"). Only the syllables
잇/햇/됫/엇/앗 directly before a verb ending are rewritten: 잇다 (ㅅ-irregular) is 이어요,
never 잇어요, and its own 잇는/잇고/잇다 stay; 햇살/햇빛 are followed by a noun.
"""

from __future__ import annotations

import re

__all__ = ["with_chat_spellings"]

_ENDING = r"(?:어요|어여|어용|어|나요|나여|나|는데|는지|는|을까|음|습니다|다|고|으면|으니|죠|지)"
# 잇다's own forms (잇는, 잇고, 잇다, 잇지) stay: only endings it never takes, and the
# question forms a "connect" question hardly asks with, are read as 있.
_ITT_ENDING = r"(?:어요|어여|어용|어|으면|으니|을까|음|나요|나여|는데|는지)"
_SPELLINGS = {"잇": "있", "햇": "했", "됫": "됐", "엇": "었", "앗": "았"}
_CHAT = re.compile(
    rf"(?<=[가-힣])(?:엇|앗)(?={_ENDING}(?![가-힣]))|(?:햇|됫)(?={_ENDING}(?![가-힣]))|"
    rf"잇(?={_ITT_ENDING}(?![가-힣]))"
)


def with_chat_spellings(question: str) -> str:
    """``question`` with each ㅆ typed as ㅅ before a verb ending written as ㅆ."""
    return _CHAT.sub(lambda m: _SPELLINGS[m.group(0)], question)
