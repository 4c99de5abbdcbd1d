"""A total asked with one amount paid once beside a sum the readers already read.

Sets 35 and 36: "수학 과외 시간당 4만원이고 주2회 한번에 2시간씩 4주 하고 교재비 2만5천원 따로면
한달 총 얼마" and "PT 10회 60만원 끊고 락커 한달에 만원씩 3개월 쓰면 다 해서 얼마야" went to the
cloud, although the question without the once-paid amount is read (640,000원, 30,000원).
The amount said "따로"/"별도" (a separate charge), or a purchase said first and closed by
"끊고/사고/결제하고/등록하고" (bought, then the rest), is paid once: the total is the rest's
reading plus it (665,000원, 630,000원).

Read only when a total is asked (총, 다 해서, 합쳐서, 전부, 모두), the once-paid clause says no
period or rate (씩, 당, 매, 월, 한 달에, 주 N회: a recurring charge is another reading), its
amount is said once, and the question without the clause is read by the calculator in won.
"""

from __future__ import annotations

import re

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern

__all__ = ["one_off_beside_total", "split_one_off"]

_N = r"\d+(?:\.\d+)?"
# "교재비 25000원 따로면", "가입비는 50000원 별도고".
_SEPARATE = LazyPattern(
    rf"(?<![가-힣\d])(?P<clause>[가-힣A-Za-z]{{1,8}}\s*(?:은|는|이|가)?\s*(?P<fee>{_N})\s*원\s*"
    r"(?:은|는|이)?\s*(?:따로|별도)\s*(?:이면|면|이고|고|인데|이구|로)?)(?=\s|$)"
)
# "PT 10회 600000원 끊고 …", "운동화 89000원 사고 …": a purchase said first.
_BOUGHT_FIRST = LazyPattern(
    rf"^\s*(?P<clause>[가-힣A-Za-z]{{1,8}}\s*(?:\d+\s*회\s*(?:권|짜리)?\s*)?(?P<fee>{_N})\s*원\s*"
    r"(?:짜리\s*)?(?:을|를)?\s*(?:끊고|사고|결제하고|등록하고))(?=\s)"
)
_TOTAL = LazyPattern(r"총|다\s*해서|합쳐서|합해서|합계|전부|모두")
_RECURRING = LazyPattern(r"씩|당|매|월|한\s*달에|주\s*\d|일\s*\d|하루")


def split_one_off(digits: str) -> tuple[str, str, str, bool] | None:
    """``(rest, clause, amount, said_first)`` of a once-paid amount beside a total, or None.

    ``rest`` is the question without the clause; ``said_first`` tells a purchase said
    first ("PT 10회 600000원 끊고 …"), which must stay first when the question is rebuilt.

    Args:
        digits: The question with numerals as digits.
    """
    if not _TOTAL.search(digits):
        return None
    said = [(m, p is _BOUGHT_FIRST) for p in (_SEPARATE, _BOUGHT_FIRST) if (m := p.search(digits))]
    if len(said) != 1:
        return None  # none, or two once-paid amounts: not this reading
    clause, first = said[0]
    fee = clause["fee"]
    if _RECURRING.search(clause["clause"]):
        return None
    rest = (digits[: clause.start("clause")] + " " + digits[clause.end("clause") :]).strip()
    if re.search(rf"(?<![\d.]){re.escape(fee)}(?![\d.])", rest):
        return None  # the amount said twice: which one is paid once is unsaid
    return rest, clause["clause"], fee, first


def one_off_beside_total(digits: str) -> str | None:
    """ "(40000 * 2 * 2 * 4) + 25000" for a once-paid amount beside a read sum, or None.

    Args:
        digits: The question with numerals as digits.
    """
    split = split_one_off(digits)
    if split is None:
        return None
    rest, _clause, fee, _first = split
    # Imported here: tools.calculator imports this reader.
    from tools.calculator import calculate

    try:
        read = calculate(rest)
    except ToolInputError:
        return None
    if read.unit != "원":
        return None
    return f"({read.expression}) + {fee}"
