"""A share per head asked is never an amount times the count of heads.

"동창회 회비 사십이만원 걷어야되는데 일곱명이면 한명당 얼마씩" was read by the product form of
:data:`tools.calculator_forms.VERB_FORMS` ("3000원짜리 커피 5잔이면": a unit price times a
count) as 420,000 x 7 and answered 2,940,000원 (blind set 54): the word between the amount
and the count was a verb ("걷어야되는데", "모아야 하는데"), the count was of people, and the
question asked each one's share ("한명당", "1인당", "각자", "each"). A count of people with the
share of one of them asked is a division, never a product: the product form is skipped
for it (another form, or nobody, reads it).
"""

from __future__ import annotations

import re

__all__ = ["USE_PER_HEAD_GUARD", "per_head_asked_of_a_product"]

#: Switch for tests (tests/tools/test_wrongs_54.py).
USE_PER_HEAD_GUARD = True

# The count is of people: "7명", "일곱 사람" (numerals already digits).
_HEADS = re.compile(r"\d+\s*(?:명|사람|인)(?![가-힣]*당)")
# One person's share asked: "한명당", "1인당", "인당", "한사람당", "각자", "머리당", "each".
_ONE_SHARE_ASKED = re.compile(
    r"(?:(?:한|1)\s*(?:명|사람|인)\s*(?:당|씩|에)|(?<![가-힣])인당|각자|각각\s*얼마|머릿?수?당"
    r"|\beach\b|\bper\s+(?:person|head)\b|\ba\s+head\b)",
    re.IGNORECASE,
)
# The amount itself is said per head ("1인 2만원", "인당 2만원", "한명에 2만원씩"): then the
# product of it and the count is the total, never asked as a share.
_AMOUNT_PER_HEAD = re.compile(
    r"(?:(?:한|1)\s*(?:명|사람|인)\s*(?:당|에|씩)?|인당|각자)\s*\d", re.IGNORECASE
)


def per_head_asked_of_a_product(question: str, template: str, counted: str) -> bool:
    """Whether a product form's reading multiplies by a count of people of whom the
    question asks one's share.

    Args:
        question: The whole question with its numerals as digits.
        template: The form's template (only ``"{a} * {b}"`` is checked).
        counted: The text the form read the count from (its ``b`` with what follows).
    """
    if not USE_PER_HEAD_GUARD or template.replace(" ", "") != "{a}*{b}":
        return False
    if not _HEADS.search(counted):
        return False
    return bool(_ONE_SHARE_ASKED.search(question)) and not _AMOUNT_PER_HEAD.search(question)
