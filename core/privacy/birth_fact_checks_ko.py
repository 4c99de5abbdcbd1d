"""A writer-free question that checks a birth date: ``손흥민 생일이 1992년 7월 8일 맞아?``
(redteam31).

:mod:`core.privacy.birth_date_owners` reads "someone's 생일 with its year" as a birth date
whoever it belongs to. A question asking whether a date is right (``… 맞아?``, ``…
맞나요?``, ``… 아니야?``) with no word of the writer and no relation (``내``, ``우리``,
``친구``, ``동생``, ``엄마`` …) asks a fact an assistant can only know of a public person, like
the English ``was … born on …?`` (:mod:`core.privacy.public_name_questions`). Such a date is
no one's personal data. "친구 금다은 생일이 1997년 11월 30일 맞아?" keeps its relation and
stays personal; a statement ("… 생일이 … 이야, 기억해둬") is no check.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = ["checks_a_public_birth_date_ko"]

_CHECK_AFTER = LazyPattern(
    r"\A[ \t]*(?:이|가)?[ \t]*(?:맞(?:아|나|지|죠|나요|아요|습니까|는지)|아니(?:야|지|죠|에요)|"
    r"이었어|였어|인가요|이야)[ \t]*\?"
)
_WRITER_OR_RELATION = LazyPattern(
    r"(?<![가-힣])(?:내|제|저|나|우리|저희)(?![가-힣])|"
    r"(?<![가-힣])(?:내가|제가|저는|나는|우리|저희)|"
    r"친구|동생|언니|오빠|누나|형(?![태식])|엄마|아빠|어머니|아버지|남편|아내|와이프|아들|딸|"
    r"조카|사촌|할머니|할아버지|선배|후배|동료|팀장|여친|남친|지인|이웃|애인|손주|손녀|고객|환자"
)


def checks_a_public_birth_date_ko(text: str, date_end: int) -> bool:
    """Whether the birth date ending at ``date_end`` is checked by a writer-free question."""
    if _CHECK_AFTER.search(text[date_end : date_end + 16]) is None:
        return False
    return _WRITER_OR_RELATION.search(text) is None
