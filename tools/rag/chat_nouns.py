"""Chat spellings of time nouns, taught to Kiwi so a particle glued to them comes apart.

Why: Kiwi's dictionary has no 담달 (the chat form of 다음 달) nor 일욜 (일요일), so it reads
"담달부터" and "일욜까지" as one unknown noun: "담달부터 연장보육 하고싶은데 언제까지
신청해야돼요?" was declined as "documents never mention: 담달부터", although the scenery rule
(:mod:`tools.rag.relative_times`) excuses 담달 and the vocabulary links 일욜 to 일요일. Known
as nouns, they split off their particle (담달 + 부터) as 다음 달 and 일요일 do. Only chat
forms the code already reads as words (relative_times, vocabulary.tsv), never a guess.
"""

from __future__ import annotations

from typing import Any

__all__ = ["CHAT_NOUNS", "teach_chat_nouns"]

# 엘베, 고딩, 초딩: the chat clippings tools/rag/vocabulary.tsv links to 엘리베이터, 고등학생
# and 초등학생, which Kiwi leaves glued to a particle ("엘베에", "고딩이면" read as one noun).
# 톨비: the spoken word for 통행료 (a road toll), which Kiwi splits into 톨 + 비 (the 비 of
# 빈자리 then matched: "톨비는?" quoted the clinic's booking changes).
CHAT_NOUNS = ("담달", "토욜", "일욜", "엘베", "고딩", "초딩", "톨비")


def teach_chat_nouns(kiwi: Any) -> None:
    """Add :data:`CHAT_NOUNS` to ``kiwi``'s user dictionary as common nouns (NNG)."""
    for word in CHAT_NOUNS:
        kiwi.add_user_word(word, "NNG")
