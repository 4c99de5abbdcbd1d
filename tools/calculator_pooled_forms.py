"""A sum pooled by a group, and a count said before the price of one, in Korean.

Found on the sixteenth unseen set, where both went to a model:

- "생일선물 150,000원을 5명이 모아서 사면 한 명당 얼마야": a present bought together is a
  bill shared, as "… 5명이 나누면" is. The request must ask for each one's part (한 명당,
  1인당, 각자, 얼마씩): "4명이 같이 사면 얼마야" may ask for the whole price;
- "모니터 2대에 한 대 275,000원이면 총 얼마야": the count first, then the price of one
  ("한 대에", "하나에"), times each other; "모니터 한 대 275,000원이면 2대는" (the price of
  one first) is read by :mod:`tools.calculator_each_forms`. The seventeenth set's "치킨
  3마리 시켰는데 한 마리 21,000원이면" says the count with the verb that ordered it.

Each form matches a whole normalised request (numerals as digits, "한" as 1, currency
markers removed, the asking words at the end cut off); a figure it does not place makes
it no match.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern
from tools.calculator_form_table import FormRow, first_form_expression
from tools.calculator_forms import NUMBER
from tools.calculator_forms import OPERAND_A as _A
from tools.calculator_forms import OPERAND_B as _B

__all__ = ["pooled_expression"]

# What the sum is for ("생일선물", "선물 값"): a few words before it.
_SUBJECT = r"(?:[가-힣A-Za-z]+\s+){0,2}"
_POOLED = LazyPattern(
    rf"^{_SUBJECT}{_A}\s*(?:을|를|은|는|이|가|짜리)?\s*(?:[가-힣]+\s+)?{_B}\s*(?:명이서|명이|명)\s*"
    r"(?:같이|함께|다\s*같이|다\s*함께)?\s*(?:돈\s*(?:을)?\s*)?"
    r"(?:모아서|모아|모으면|모은다면|보태서|합쳐서)\s*(?:사면|산다면|사려면|내면|선물하면)?\s*$"
)
# Each one's part, in the request as written (the normalised text may have lost it).
_ASKS_EACH_KO = LazyPattern(r"(?:한|1)\s*(?:명|사람)\s*당|1?인당|각자|얼마씩|한\s*사람에")
_COUNTERS = r"(?:개|대|잔|병|권|장|벌|켤레|상자|박스|마리|봉지|팩|판|그릇|인분|세트)"
# "치킨 3마리 시켰는데 한 마리 21,000원이면": the count with the verb that ordered it.
_ORDERED = r"(?:시켰는데|샀는데|주문했는데|시키려는데|사려는데|시킬\s*건데|살\s*건데|시키면|사면)"
_COUNT_THEN_ONE = LazyPattern(
    rf"^{_SUBJECT}{_A}\s*(?P<u>{_COUNTERS})\s*(?:에|인데|이고|,|{_ORDERED})?\s*"
    rf"(?:1\s*(?P=u)|하나)\s*(?:에|당|이|가|은|는)?\s*{_B}\s*(?:씩)?\s*"
    r"(?:이면|면|일\s*때|라면|인데)?\s*(?:총|전부|모두|다)?\s*$"
)

_C = rf"(?P<c>{NUMBER})"
# "4,500원짜리 커피를 하루 2잔씩 30일 마시면": the price of one, a count a day, the days.
_DAYS_OF_DAILY = LazyPattern(
    rf"^{_SUBJECT}{_A}\s*(?:원)?\s*짜리\s*(?:[가-힣]+\s*)?(?:을|를)?\s*(?:하루(?:에)?|매일)\s*"
    rf"{_B}\s*{_COUNTERS}\s*씩\s*{_C}\s*일\s*(?:동안|간)?\s*(?:이면|면)?\s*"
    r"(?:마시면|먹으면|사면|사\s*먹으면|시키면|쓰면)?\s*(?:총|전부|모두|다)?\s*$"
)

_ROWS: tuple[FormRow, ...] = (
    (_POOLED, "{a} / {b}", _ASKS_EACH_KO),
    (_COUNT_THEN_ONE, "{a} * {b}", None),
    (_DAYS_OF_DAILY, "{a} * {b} * {c}", None),
)


def pooled_expression(text: str, asked: str) -> str | None:
    """An expression for ``text`` when one of the forms above reads it, else None.

    Args:
        text: The normalised request, its asking words at the end cut off.
        asked: The request as the user wrote it (the words cut off included).
    """
    return first_form_expression(_ROWS, text, asked)
