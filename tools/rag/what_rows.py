"""A price row does not say what a thing is: "점심으로 뭐 줘요?" is not answered by a price.

Why this exists: "키즈캠프 점심으로 뭐 줘요?" (what is served for lunch at the kids' camp?)
was answered with the row "| Kids' Camp (ages 5-12, lunch included) | full day | 160,000
won |" (probe 28, held-out 20's documents): the row names the camp and its lunch, so it
covered every topic, yet it only prices the camp; nothing in it says what the lunch is. A
question asking what is given or served (점심으로 뭐 줘요, 뭐 나와요, "what do they serve
…") and no price is answered by a row only when a cell after its label tells something: a
row whose every other cell is a sum of money, a figure or a length of time ("full day",
"2시간") states the label's price and duration, never what the label holds. A row with a
cell of content ("| 기본 패키지 | 돌상, 사진 촬영 | 500,000원 |", asked "패키지에 뭐
나와요?") is left alone, and so is a what-question of another kind ("나이 제한이 뭐예요?":
the label may state the limit).
"""

from __future__ import annotations

import re

from tools.rag.prices import asks_amount_of_money, asks_price, money_spans
from tools.rag.row_labels import cells
from tools.rag.textutil import tokenize

__all__ = ["prices_only_for_what_question"]

# What is given or served: a Korean what-word before a verb of giving or serving (점심으로
# 뭐 줘요, 뭐 나와요, 뭘 제공해요), or an English what-question with such a verb ("what do
# they serve for lunch"). "나이 제한이 뭐예요?" is not one: a row's label may state the limit.
_WHAT_KO = re.compile(
    r"(?:뭐|뭘|무엇을?|무얼)\s*(?:[가-힣]+\s+)?(?:줘|주나|주세|주시|주는|줍|나와|나오|나옵|나오나|"
    r"제공|먹|드려|드리|챙겨\s*주)"
)
_WHAT_EN = re.compile(
    r"\bwhat\b.*\b(?:serve[sd]?|served|give[sn]?|provided?|provides|offered|eat|get)\b",
    re.IGNORECASE,
)
# Words of a length of time a row's period cell is written in.
_PERIOD_WORDS = frozenset(
    {
        "full",
        "half",
        "day",
        "days",
        "hour",
        "hours",
        "night",
        "nights",
        "week",
        "weeks",
        "month",
        "months",
        "session",
        "per",
        "each",
        "종일",
        "반일",
        "하루",
        "일",
        "시간",
        "분",
        "박",
        "주",
        "개월",
        "회",
        "당",
    }
)


def _is_figure_cell(cell: str) -> bool:
    """Whether a cell states only a sum, a figure or a length of time."""
    if money_spans(cell) or re.search(r"\d", cell):
        return True
    words = {w.lower() for w in re.findall(r"[A-Za-z]+|[가-힣]+", cell)}
    tokens = set(tokenize(cell))
    return bool(words) and (words <= _PERIOD_WORDS or (bool(tokens) and tokens <= _PERIOD_WORDS))


def prices_only_for_what_question(question: str, raw: str) -> bool:
    """Whether ``raw`` is a price row and the question asks what something is, not its price.

    Args:
        question: The user's question.
        raw: The candidate sentence as written in the document (a table row keeps its cells).

    Returns:
        True when the question asks what is given or served, and no price or sum, and ``raw`` is a
        table row that states a sum of money and whose cells after the label hold only
        sums, figures or lengths of time.
    """
    if not (_WHAT_KO.search(question) or _WHAT_EN.search(question)):
        return False
    if asks_price(question) or asks_amount_of_money(question):
        return False
    row = cells(raw)
    if row is None or len(row) < 2:
        return False
    rest = row[1:]
    return any(money_spans(c) for c in rest) and all(_is_figure_cell(c) for c in rest)
