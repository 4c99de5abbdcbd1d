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

__all__ = ["part_discounted", "second_at_half"]

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


# The second of two at half price (opens56k, set 47) or at its own price (opens57k):
# "피자 한판 25900원인데 두번째판은 반값이래 두판 시키면 총 얼마" is 25,900 + 12,950.
# Read only with exactly two bought, the price of one, and the second named as the cheaper
# one: with three it is not said whether the third is full price or cheaper again.
_N = r"\d+(?:\.\d+)?"
_COUNTERS = r"판|개|잔|벌|마리|병|켤레|그릇|세트|박스"
_SECOND_AT_HALF = re.compile(
    rf"^\s*(?:[가-힣A-Za-z]+\s+){{0,2}}1\s*(?P<c>{_COUNTERS})\s*(?:에|이|은|는|가)?\s*(?P<p>{_N})\s*원\s*"
    r"(?:인데|이고|이야|이니까|,)?\s*,?\s*(?:두\s*번째|2\s*번째|둘째)\s*(?P=c)?\s*(?:은|는|거는|건)?\s*"
    rf"(?:(?P<half>반값|반액|50\s*(?:%|프로|퍼센트)\s*(?:할인|off)?)|(?P<q>{_N})\s*원\s*(?:에|이)?)\s*"
    r"(?:(?:해\s*)?준대|(?:해\s*)?준다|이래|이래요|이라는데|이라서|이고|이면|이니까|래|임|인데)?\s*,?\s*"
    r"2\s*(?P=c)\s*(?:을|를)?\s*(?:시키면|사면|주문하면|하면|먹으면)\s*(?:총\s*|다\s*해서\s*)?"
    r"(?:얼마|총액)\S*\s*[?？.!]*\s*$"
)


def second_at_half(digits: str) -> str | None:
    """ "25900 + 25900 / 2" for two bought with the second at half price, or ``None``.

    The second may have a price of its own ("한켤레 59000원인데 두번째 켤레는 39000원에 준대
    두켤레 사면", opens57k, set 48): "59000 + 39000", read only when it is the lower one.

    Args:
        digits: The question with numerals as digits.
    """
    m = _SECOND_AT_HALF.match(digits)
    if m is None:
        return None
    if m["half"] is not None:
        return f"{m['p']} + {m['p']} / 2"
    if not 0 < float(m["q"]) < float(m["p"]):
        return None  # a second price above the first is no offer: said otherwise, not read
    return f"{m['p']} + {m['q']}"
