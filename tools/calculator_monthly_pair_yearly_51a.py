"""월세 and a charge paid with it, asked for a year: "원룸 월세 45만원에 관리비 7만원이면 1년에
나가는 돈 얼마" is (450000 + 70000) x 12.

Set 32: it went to the cloud. The first label is itself monthly (월세, 월 회비) and the second
a charge (…비, …료) paid with it. Read only with those two figures and the year asked (the
1 of "1년" or the 12 of "12개월" is the only other figure). The English "rent is 1,450 and
utilities run 210 a month, what's that for a year" is left to a model: its follow-up "what
if it goes up 5%" would be read as 5% on the whole, and which of the two rose is not said.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["monthly_pair_for_a_year_ko"]

_N = r"\d+(?:\.\d+)?"
_PAIR_KO = LazyPattern(
    # (The two may be said side by side with no joining word: "월세 48만 관리비 7만", opens56k.)
    rf"(?:월세|월\s*(?:회비|임대료|이용료))\s*(?P<a>{_N})\s*원?\s*(?:에|이랑|랑|하고|과|와|,|\+|\s)\s*"
    rf"[가-힣]{{0,4}}(?:비|료)\s*(?P<b>{_N})\s*원?(?![\d가-힣]*(?:씩|마다))"
)
# ("1년 살면", "1년 지내면": a year lived there, opens56k)
_YEAR_KO = LazyPattern(
    # ("일년 내면 총 얼마", "1년 동안 내면", set 51: the year paid, said with any verb of paying.)
    r"(?<![\d.])(?:1\s*년|12\s*개월|한\s*해|일\s*년)"
    r"(?:에|이면|동안|치|간|\s*(?:살면|지내면|살\s*경우)"
    r"|\s+(?:동안|에)|\s*(?:다\s*)?(?:내면|내고|내는|낼\s*경우|냈|치면|합치면|계산하면))"
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
#: A rent or a charge said in bare figures under this is in 만원 by habit ("월세 60"): unread.
MAN_BY_HABIT_BELOW = 1000


def monthly_pair_for_a_year_ko(digits: str) -> str | None:
    """``(a + b) * 12`` for 월세 and a charge paid with it, a year asked, or ``None``.

    Args:
        digits: The question with its numerals as digits.
    """
    text = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", digits)
    pair = _PAIR_KO.search(text)
    if pair is None or not (
        _YEAR_KO.search(text[pair.end() :]) or _YEAR_KO.search(text[: pair.start()])
    ):
        return None
    # The pair's two figures and no other once the year is taken out ("일년" has none).
    if len(_FIGURE.findall(_YEAR_KO.sub(" ", text))) != 2 or re.search(r"주|하루|일주|분기", text):
        return None
    if min(float(pair["a"]), float(pair["b"])) < MAN_BY_HABIT_BELOW:
        return None  # "월세 60 관리비 10": 만원 by habit, never 60원 (opens56k)
    return f"({pair['a']} + {pair['b']}) * 12"
