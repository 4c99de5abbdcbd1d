"""A writer-free question that checks a known person's real name: ``세종대왕 본명이 이도
맞아?``, ``아이유 본명이 이지은 맞지?`` (redteam32).

:mod:`core.privacy.titled_names_ko` reads the name after ``본명``/``실명`` as a person's
(``뚱이(본명 오하늘)``: the real name behind a friend's nickname). A question asking whether
the real name is right (``… 맞아?``, ``… 아니야?``), with no word of the writer and no
relation in it, asks a fact an assistant can only know of a public person (a king, a singer
who performs under a stage name), like the birth-date check of
:mod:`core.privacy.birth_fact_checks_ko`, whose question test this uses. ``내 친구 본명이
오하늘 맞아?`` keeps its relation and stays personal.
"""

from __future__ import annotations

from core.privacy.birth_fact_checks_ko import checks_a_public_birth_date_ko

__all__ = ["checks_a_public_real_name_ko"]


def checks_a_public_real_name_ko(text: str, name_end: int) -> bool:
    """Whether the real name ending at ``name_end`` is checked by a writer-free question."""
    # The same question shape and writer test as a public birth date's check.
    return checks_a_public_birth_date_ko(text, name_end)
