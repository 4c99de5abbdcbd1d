"""A reading that leaves out how many people the price is for answers for one of them.

"미용실 커트 만오천원 염색 육만원인데 엄마랑 나 둘다 커트랑 염색하면 얼마" was answered
'75,000원' (one person's cut and colour) and "piano lessons are 140 a month and the second
kid gets 15% off, we have two kids" '119' (the second child alone; set 32): a form read the
prices and never used the group the question is about. When the question states the size of
a group ("둘 다", "셋이서", "동생까지 둘", "two kids", "both of us") and the reading uses no
figure of that size, it answers another question, so the calculator declines and the step
goes on (the readers of :mod:`tools.calculator_part_discounted` and
:mod:`tools.calculator_each_takes_all` put the group in first where the wording is plain).
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.errors import ToolInputError
from core.text import ENGLISH_DIGITS, KOREAN_NATIVE_DIGITS
from tools.calculator_group_said_first_51b import order_counts_cover_group
from tools.calculator_readers_55t import payer_and_rest_cover_group
from tools.expression_figures import figures_used

__all__ = ["PEOPLE_KO", "refuse_group_left_out", "stated_group_sizes"]

_KO_WORDS = {w: int(d) for w, d in KOREAN_NATIVE_DIGITS.items() if w != "하나"}
_KO_WORD = "|".join(sorted(_KO_WORDS, key=len, reverse=True))
#: Who a Korean group is made of ("엄마랑 나 둘다", "동생까지 둘", "어른 둘 애 셋").
PEOPLE_KO = (
    r"(?:나|저|우리|엄마|아빠|언니|누나|형|오빠|동생|남편|아내|와이프|친구들?|아들|딸|애들?|아이들?"
    r"|어른|성인|학생|할머니|할아버지|남친|여친|사람|형제|자매|남매|식구|가족|부부)"
)
# A native number standing alone after the people it counts ("엄마랑 나 둘다", "동생까지 둘
# 보내면", "어른 둘"), or with 이서 ("셋이서"). "커트랑 염색 둘 다 하면" counts services, not
# people: no person word before it.
_KO_GROUP = re.compile(
    rf"(?<![가-힣]){PEOPLE_KO}(?:이|은|는|도|까지|랑|이랑|하고)?\s*(?P<w>{_KO_WORD})"
    r"(?:\s*(?:다|이서|이|모두))?(?![가-힣\d])"
    rf"|(?<![가-힣])(?P<v>{_KO_WORD})이서(?![가-힣])"
    # "둘이 다니면", "셋이 먹으면": the number as the subject of going, eating, paying.
    rf"|(?<![가-힣])(?P<x>{_KO_WORD})이\s+(?=가|오|먹|다니|타|자|묵|살|내|나누|보내|배우|듣)"
)
_EN_WORDS = {w: int(d) for w, d in ENGLISH_DIGITS.items() if int(d) >= 2}
_EN_WORD = "|".join(_EN_WORDS)
_EN_GROUP = re.compile(
    rf"\b(?P<n>{_EN_WORD}|[2-9])\s+(?:kids|children|people|persons|adults|of\s+us|friends"
    r"|siblings|sons|daughters|guests)\b"
    r"|\b(?P<both>both)\s+of\s+(?:us|them)\b",
    re.IGNORECASE,
)


def stated_group_sizes(text: str) -> list[int]:
    """The sizes of the groups ``text`` prices for, in order ("둘 다" -> 2, "two kids" -> 2)."""
    sizes = [_KO_WORDS[m["w"] or m["v"] or m["x"]] for m in _KO_GROUP.finditer(text)]
    for m in _EN_GROUP.finditer(text):
        if m["both"]:
            sizes.append(2)
        else:
            word = m["n"].lower()
            sizes.append(_EN_WORDS[word] if word in _EN_WORDS else int(word))
    return sizes


def refuse_group_left_out(question: str, expression: str) -> None:
    """Raise ``ToolInputError`` when ``expression`` uses no figure of a group ``question`` states.

    Args:
        question: The question as the user typed it.
        expression: The arithmetic a form read from it.
    """
    used = figures_used(expression)
    for size in stated_group_sizes(question):
        # (An order of one each for the whole group uses it: set 36, opens51b.)
        if (
            Decimal(size) not in used
            and not order_counts_cover_group(question, size)
            and not payer_and_rest_cover_group(question, size, used)  # "the other 3" (56e)
        ):
            raise ToolInputError(
                f"could not read {question!r} as one sum: the reading {expression!r} leaves "
                f"out the group of {size} it is asked for; write it with operators"
            )
