"""A discount for one member of a pair: the full price once, the discounted price once.

"피아노학원 한달 15만원인데 동생까지 둘 보내면 동생은 10% 할인해준대" and "piano lessons
are 140 a month and the second kid gets 15% off, we have two kids" were read as the price less
the discount, which is the second child's fee alone (135,000원, 119; set 32). With two
members and the discount said of one of them ("동생은", "둘째는", "the second kid"), the month
costs the full price plus the discounted one (285,000원, 259). With more members it is not
said whether the third is discounted too, so nothing is read here (and
:mod:`tools.calculator_group_size` declines the one-member reading).
"""

from __future__ import annotations

import re

from tools.calculator_group_size import stated_group_sizes

__all__ = ["part_discounted"]

# The reading of "price less a rate": what the one-member reading gives.
_LESS_A_RATE = re.compile(r"^\(?(?P<p>[\d.]+)\)? \* \(1 - (?P<d>[\d.]+) / 100\)$")
# The discount said of one member: "동생은 10% 할인", "둘째는 10% 깎아", "the second kid gets
# 15% off", "the younger one is 20% off".
_ONE_MEMBER = re.compile(
    r"(?:동생|둘째|두\s*번째|두째|작은\s*(?:애|아이)|막내)\s*(?:은|는|이|가|도)?\s*"
    r"(?:\S+\s+){0,2}?\d+(?:\.\d+)?\s*(?:%|퍼센트|프로)"
    r"|\b(?:the\s+)?(?:second|2nd|younger|other)\s+(?:kid|child|one|sibling|son|daughter"
    r"|student)\s+(?:gets|is|pays|has)\s+(?:a\s+)?\d+(?:\.\d+)?\s*(?:%|percent)",
    re.IGNORECASE,
)


# The discount said of every member: "둘다 10%씩 할인해준대", "both kids get 10% off" (set 37
# had "형제 둘다 보내면 둘다 10%씩" declined as the one-member reading).
_EVERY_MEMBER = re.compile(
    r"(?:둘\s*다|셋\s*다|모두|각각|다들)\s*(?:\S+\s+){0,2}?\d+(?:\.\d+)?\s*(?:%|퍼센트|프로)"
    r"|\d+(?:\.\d+)?\s*(?:%|퍼센트|프로)\s*씩"
    r"|\b(?:both|all|each)\s+(?:of\s+them\s+|kids\s+|children\s+)?(?:gets?|are|pays?)\s+"
    r"(?:a\s+)?\d+(?:\.\d+)?\s*(?:%|percent)",
    re.IGNORECASE,
)


def part_discounted(question: str, expression: str) -> str | None:
    """The pair's total when ``expression`` prices only the discounted one of two members.

    Args:
        question: The question as typed.
        expression: The arithmetic a form read from it.

    Returns:
        ``"P + P * (1 - d / 100)"`` or ``None`` when the question is not of that shape.
    """
    less = _LESS_A_RATE.match(expression.strip())
    if less is None:
        return None
    sizes = stated_group_sizes(question)
    if _EVERY_MEMBER.search(question) is not None and len(sizes) == 1:
        # Each member pays the discounted price.
        return f"{less['p']} * {sizes[0]} * (1 - {less['d']} / 100)"
    if _ONE_MEMBER.search(question) is None or sizes != [2]:
        return None
    return f"{less['p']} + {less['p']} * (1 - {less['d']} / 100)"
