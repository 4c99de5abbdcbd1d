"""A price table's items, and the sentence pricing them for one class apart from the table.

Why this exists: a groomer's price table prices each service (목욕, 전체 클리핑, 전체 가위컷)
by weight up to 15kg, and a note below it prices large dogs apart: "15kg 이상 대형견은 목욕
80,000원부터, 전체 클리핑 125,000원부터". "대형견 가위컷은 얼마에요?" was answered with
both: the scissor-cut row (small dogs' prices) and the note (a bath's and a clipping's) —
neither prices a large dog's scissor cut, which the document never states (blind set 35).
Two rules, each closed-class (the document's own table, amounts):

- A sentence outside the table that prices table items other than the one the question
  names (each named item followed by its amount), and not that one, prices those items,
  not the asked one; nor does a sentence with an amount that names no item of the table
  at all (a surcharge for some breeds) price it (:func:`prices_other_items`).
- A table row does not price the asked item for a class the question names (대형견) when
  the row and its table's header do not name that class and the document prices table
  items for it in a sentence of its own (:func:`row_misses_priced_class`): the row's
  figures are for the table's classes, the class has figures of its own (Korean words
  only: an English question's every word would be read as a class). A place the
  document's tables name side by side (a branch, :mod:`tools.rag.sibling_places`) is no
  such class: the price table is every branch's.

An item is named by its label's last word with its notes left out ("전체 가위컷" by 가위컷,
"목욕 (위생미용 포함)" by 목욕), compared with the question's words written without spaces.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tools.rag.answer_types import answer_type
from tools.rag.html_table_headings import html_heading_lines
from tools.rag.row_labels import cells
from tools.rag.sibling_places import sibling_sets

__all__ = ["prices_other_items", "row_misses_priced_class", "table_items"]

_AMOUNT = re.compile(
    r"\d[\d,.]*\s*(?:원|만\s*원|won\b|dollars?\b|pounds?\b|euros?\b)|[$₩€£]\s*\d", re.IGNORECASE
)
_RULE = re.compile(r"^\s*\|?\s*:?-{2,}")
_HANGUL = re.compile(r"[가-힣]")
_NOTE = re.compile(r"\s*\([^)]*\)")
# A Korean particle or chat ending glued to a question word ("가위컷은", "대형견도").
_PARTICLE = re.compile(r"(?:은|는|이|가|을|를|도|만|의|에|에서|으로|로|이랑|랑|하고)$")
# How near after an item's name its amount is written ("목욕 80,000원부터").
_NEAR = 20


@lru_cache(maxsize=64)
def table_items(document: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The price items a document's tables list, the lines of those tables, and their headers.

    Returns:
        The last word (lower-cased, notes left out) of each table row's first cell whose
        other cells hold an amount; the text of every table line; the text of the header
        lines (markdown rows above a rule, or HTML heading rows).
    """
    lines = document.splitlines()
    headers = html_heading_lines(lines)
    items: set[str] = set()
    table_lines: set[str] = set()
    header_lines: set[str] = set()
    for index, line in enumerate(lines):
        row = cells(line)
        if row is None:
            continue
        table_lines.add(line.strip())
        following = next((n for n in lines[index + 1 :] if n.strip()), "")
        if index in headers or _RULE.match(following):
            header_lines.add(line.strip())
            continue
        if len(row) > 1 and any(_AMOUNT.search(c) for c in row[1:]):
            words = _NOTE.sub("", row[0]).split()
            if words:
                items.add(words[-1].lower())
    return frozenset(items), frozenset(table_lines), frozenset(header_lines)


def _asked_words(question: str) -> list[str]:
    """The question's words, particles left out, lower-cased."""
    return [_PARTICLE.sub("", w) for w in re.findall(r"[가-힣A-Za-z0-9]+", question.lower())]


def _asked_item(question: str, items: frozenset[str]) -> str | None:
    """The one table item the question names (its last word in the question), else None."""
    low = question.lower()
    compact = re.sub(r"\s+", "", low)
    # A Korean item may be glued to its neighbours ("대형견가위컷"); an English one is a
    # whole word ("swim" is not named by "swimming").
    named = [
        item
        for item in items
        if (item in compact if _HANGUL.search(item) else re.search(rf"\b{re.escape(item)}\b", low))
    ]
    return named[0] if len(named) == 1 else None


def _priced_items(sentence: str, items: frozenset[str]) -> set[str]:
    """The table items the sentence names with an amount written right after them."""
    low = sentence.lower()
    priced: set[str] = set()
    for item in items:
        for m in re.finditer(re.escape(item), low):
            if _AMOUNT.search(low[m.end() : m.end() + _NEAR]):
                priced.add(item)
    return priced


def prices_other_items(question: str, sentence: str, document: str) -> bool:
    """Whether a sentence outside the tables prices other table items than the one asked.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence (a table row is left to the row checks).
        document: The whole text of the sentence's document.
    """
    if not document or answer_type(question) != "amount" or cells(sentence) is not None:
        return False
    items, _, _ = table_items(document)
    asked = _asked_item(question, items)
    if asked is None or asked in sentence.lower():
        return False
    # Another item's price, or a note naming no item of the table at all ("털이 두 겹인
    # 견종은 위 가격에 10,000원이 더해집니다" for a large dog's scissor cut): neither names
    # the item asked, whose own row or line would.
    # Korean tables only: an English table's labels end in words any sentence uses
    # ("Junior Swim", "Aqua aerobics class").
    return bool(_priced_items(sentence, items - {asked})) or (
        bool(_HANGUL.search(asked))
        and bool(_AMOUNT.search(sentence))
        and not any(item in sentence.lower() for item in items)
    )


def row_misses_priced_class(question: str, raw: str, document: str) -> bool:
    """Whether a table row leaves out a class the question names and the document prices apart.

    Args:
        question: The user's question.
        raw: The candidate as written in the document (a table row, else never True).
        document: The whole text of the row's document.
    """
    if not document or answer_type(question) != "amount" or cells(raw) is None:
        return False
    items, table_lines, header_lines = table_items(document)
    asked = _asked_item(question, items)
    if asked is None or asked not in raw.lower():
        return False
    headers = " ".join(header_lines).lower()
    row = raw.lower()
    places = {name for names in sibling_sets(document) for name in names}
    # Korean words only: an English question's every word ("how", "shipping") would count.
    classes = [
        w
        for w in _asked_words(question)
        if len(w) >= 2
        and _HANGUL.search(w)
        and w != asked
        and asked not in w
        and w not in row
        and w not in headers
        and w not in places
    ]
    if not classes:
        return False
    apart = [
        line
        for line in document.splitlines()
        if line.strip() and line.strip() not in table_lines and _priced_items(line, items)
    ]
    return any(c in line.lower() for c in classes for line in apart)
