"""A price row prices the item its first cell names, not the words of its notes.

Why this exists: "장미 한송이만 사도 돼요? 한송이 얼마에요" (can I buy a single rose, how
much is one) was answered with the rows "| 미니 꽃다발 | 25,000원 | 꽃 3~5송이 |" and "|
프리미엄 꽃다발 | 89,000원부터 | 수입 장미나 작약이 들어가면 가격이 달라집니다 |" (blind set
28): the rows matched 송이 and 장미 in their notes, yet their sums are the bouquets'. A
question asking what something costs is answered by a row whose label (first cell) names
what it asks about; where only a cell after the sum names it, that cell describes the
labelled item, and the sum is that item's. Cells before the sum name the item too
("| Premium | 60-page photobook | $90 |"). :mod:`tools.rag.row_subjects` screens such rows for
yes/no questions; this is the same reading for a price question. A row none of whose
cells names the question's topics (a region's delivery fee, asked "배송비 얼마예요?" with
the fee in the column heading) is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from tools.rag.prices import asks_how_much_it_is, asks_price, money_spans
from tools.rag.question import QuestionAnalysis
from tools.rag.row_labels import cells
from tools.rag.textutil import tokenize

__all__ = ["row_prices_noted_item"]


def row_prices_noted_item(
    question: str, raw: str, asked: QuestionAnalysis, groups: Sequence[frozenset[str]]
) -> bool:
    """Whether ``raw`` is a price row naming the question's topics only in a later cell.

    Args:
        question: The user's question (only one asking a price is screened).
        raw: The candidate sentence as written in the document.
        asked: The question's analysis.
        groups: Each of its terms' equivalents in either language.

    Returns:
        True when the question asks what something costs, ``raw`` is a table row with a
        sum after its label, no topic of the question is a word of a cell before the sum
        and one is a word of a cell after it (a note on the labelled item).
    """
    found = cells(raw)
    if not found or len(found) < 2 or not (asks_price(question) or asks_how_much_it_is(question)):
        return False
    priced_at = next((i for i, cell in enumerate(found) if i and money_spans(cell)), None)
    if priced_at is None:
        return False
    topic_groups = [g for t, g in zip(asked.terms, groups, strict=True) if t in asked.topic_terms]
    # The cells before the sum name the item ("Premium | 60-page photobook | $90"); the
    # cells after it describe it.
    naming = {t for cell in found[:priced_at] for t in tokenize(cell)}
    if any(group & naming for group in topic_groups):
        return False
    notes = {t for cell in found[priced_at + 1 :] for t in tokenize(cell)}
    return any(group & notes for group in topic_groups)
