"""A follow-up naming a relative of its own carries no relative of the previous question.

Why this exists: after "자식 결혼하면 휴가 며칠 나와" was answered with "본인 결혼은 5일, 자녀
결혼은 1일의 경조사 휴가를 받습니다", the follow-up "형 결혼식은 며칠 줘요" was asked of the
documents as "자식 결혼 휴가 형 결혼식은 며칠 줘요" (:mod:`graphs.thread_document_query`
puts the previous question's topic words in front). The carried 자식 made the sentence's
자녀 the relative asked, and the wedding sentence was quoted for an older brother, whom it
never names (xko59, unseen set 50). The follow-up's relative replaces the previous one, as
its event word replaces nothing: the previous relative is dropped from what is carried,
and the relative screen (:mod:`tools.rag.asked_relatives`) reads the brother alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from tools.rag.asked_relatives import names_relative

__all__ = ["carried_without_other_relatives"]

# Off only in the test that shows what this rule changes.
use_relative_carry = True


def carried_without_other_relatives(carried: Sequence[str], follow_up: str) -> list[str]:
    """``carried`` less its relative words when ``follow_up`` names a relative of its own."""
    if not use_relative_carry or not names_relative(follow_up):
        return list(carried)
    return [word for word in carried if not names_relative(word)]
