"""A question naming one of a document's parallel places is not answered by another's line.

Why this exists: a practice with two surgeries writes their hours side by side ("Day |
Northgate | Harbourside |"), a 학원 its campuses as the rows of one table ("| 본원 | … |",
"| 수내관 | … |"). Asked "is harbourside open on saturday", the answer quoted "Saturday
mornings at Northgate are for hygienist cleans …"; asked "수내관 자습실 몇시까지 해요"
(the guide describes only 본원's study room), it quoted "자습실은 본원 4층에 있으며 …"
(blind set 34). Each sentence held the asked words and the asked kind of answer, and
nothing told that it states the fact for the other place.

The documents themselves say which names are parallel: a table's header cells after
the first (the entities its columns compare) and its rows' first cells (the entities
its rows compare). A one-word such cell is a name; two or more of one table form a
sibling set. When the question names one sibling and a candidate sentence names
another sibling of that set but not the asked one, the sentence is about the other
place (or product) and does not answer.

Kept narrow: only one-word cells (no figures, no days or months, which
:mod:`tools.rag.asked_days` reads with their ranges, no header naming what its column
states: 시간, 요일, price), only names written in the
question as a whole word, and only a sentence that itself names the sibling (a line
that names neither is left to the other checks) and not as the only place a thing is
had ("Same-day crown (Harbourside only)" answers for Northgate too: no).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from tools.rag.attribute_labels import is_attribute_label
from tools.rag.html_table_headings import html_heading_lines
from tools.rag.row_labels import cells

__all__ = [
    "continues_on_same_line",
    "continues_sibling_line",
    "names_as_word",
    "names_sibling_instead",
    "sibling_sets",
]

# A markdown table's rule under its header row ("|---|:---:|").
_RULE = re.compile(r"^\s*\|?\s*:?-{2,}")
# A name: one word of letters (Hangul or Latin), at least two of them; or two Latin words
# ("Phone line" beside "Counter": blind set 50's phone line was answered by the counter's
# stocktaking closure).
_NAME = re.compile(r"^(?:[가-힣]{2,}|[A-Za-z][A-Za-z'-]+(?: [A-Za-z][A-Za-z'-]+)?)$")
# Parenthesised notes qualify a cell ("중등 수학 A반 (선행)"); they are no part of its name.
_NOTE = re.compile(r"\s*\([^)]*\)")
# Days and months are read with their ranges elsewhere ("Monday to Friday" names Friday's
# siblings too); a column of days is no set of places.
_CALENDAR = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekdays?|weekends?|holidays?|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"[월화수목금토일]요일|평일|주말|공휴일|주중)$",
    re.IGNORECASE,
)


def _name(cell: str) -> str | None:
    text = _NOTE.sub("", cell).strip()
    if not _NAME.match(text) or _CALENDAR.match(text) or is_attribute_label(text):
        return None
    return text


# A Korean label of a few words: "장애인 등록 차량", "임산부 차량".
_KOREAN_PHRASE = re.compile(r"^[가-힣]{2,}(?: [가-힣]+){1,2}$")


def _headed(group: list[str]) -> list[str]:
    """The first words of Korean labels that end in a head noun another label ends in.

    "장애인 등록 차량", "국가유공자 차량", "임산부 차량" (blind set 51's discount rows) name
    their rows by their first words: the shared head (차량) says what kind all of them are.
    """
    labels = [_NOTE.sub("", c).strip() for c in group]
    phrases = [c for c in labels if _KOREAN_PHRASE.match(c)]
    heads = [c.rsplit(" ", 1)[1] for c in phrases]
    return [c.split(" ", 1)[0] for c in phrases if heads.count(c.rsplit(" ", 1)[1]) > 1]


def _tables(lines: list[str]) -> list[list[int]]:
    """The line indexes of each table (markdown or HTML as parsed), blank lines allowed."""
    tables: list[list[int]] = []
    current: list[int] = []
    for index, line in enumerate(lines):
        if not line.strip():
            continue  # the HTML parser leaves a blank line between rows
        if cells(line) is not None or _RULE.match(line):
            current.append(index)
            continue
        if current:
            tables.append(current)
        current = []
    if current:
        tables.append(current)
    return tables


@lru_cache(maxsize=64)
def sibling_sets(document: str) -> tuple[frozenset[str], ...]:
    """The sets of parallel one-word names a document's tables write.

    Args:
        document: A document's text (markdown tables, or HTML tables as parsed).

    Returns:
        For each table, the one-word names among its header cells after the first, and
        among its rows' first cells, each set of two names or more (lower-cased).
    """
    lines = document.splitlines()
    html_headers = html_heading_lines(lines)
    found: list[frozenset[str]] = []
    for table in _tables(lines):
        header: list[str] = []
        firsts: list[str] = []
        for position, index in enumerate(table):
            line = lines[index]
            if _RULE.match(line):
                continue
            row = cells(line) or []
            following = table[position + 1] if position + 1 < len(table) else None
            is_header = index in html_headers or (
                following is not None and _RULE.match(lines[following]) is not None
            )
            if is_header:
                header.extend(row[1:])
            elif len(row) > 1:
                firsts.append(row[0])
        for group in (header, firsts):
            names = frozenset(n.lower() for n in (_name(c) for c in (*group, *_headed(group))) if n)
            if len(names) > 1:
                found.append(names)
    return tuple(found)


def names_as_word(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` as a word of its own (a Korean particle may follow)."""
    if name.isascii():
        # Two words may be typed joined or hyphenated ("phoneline", "phone-line").
        pattern = r"[\s-]?".join(re.escape(word) for word in name.split())
        return re.search(rf"(?<![a-z]){pattern}(?![a-z])", text.lower()) is not None
    return re.search(rf"(?<![가-힣]){re.escape(name)}", text) is not None


def names_sibling_instead(question: str, sentence: str, sets: Iterable[frozenset[str]]) -> bool:
    """Whether the sentence names a sibling of a name the question asks about, and not it.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.
        sets: The sibling sets of the sentence's document (:func:`sibling_sets`).

    Returns:
        True when, for some set, the question names one member, the sentence does not
        name it, and the sentence names another member the question does not name.
    """
    for names in sets:
        asked = {n for n in names if names_as_word(question, n)}
        if not asked or any(names_as_word(sentence, n) for n in asked):
            continue
        others = [n for n in names - asked if names_as_word(sentence, n)]
        if others and not any(_only_at(sentence, n) for n in others):
            return True
    return False


def _only_at(sentence: str, name: str) -> bool:
    """Whether the sentence says a thing is had only at ``name`` (so not at its siblings).

    "Same-day ceramic crown (Harbourside only)" answers "can I get one at Northgate?":
    no. So do "only at Harbourside", "수내관에서만", "수내관 전용".
    """
    if name.isascii():
        escaped = re.escape(name)
        only = rf"{escaped}\W{{0,2}}only\b|\bonly\s+(?:at|in|from|for)\s+(?:the\s+)?{escaped}"
        return re.search(only, sentence, re.IGNORECASE) is not None
    return (
        re.search(rf"(?<![가-힣]){re.escape(name)}(?:에서|에|이|가)?(?:만|\s*전용)", sentence)
        is not None
    )


def continues_sibling_line(
    question: str,
    sentence: str,
    sets: Iterable[frozenset[str]],
    shared: set[str],
    groups: Iterable[frozenset[str]],
) -> bool:
    """Whether the sentence goes on about the sibling the sentence before it named.

    "자습실은 본원 4층에 있으며 …" is followed by "시험 기간에는 자습실을 토요일에도 오후 6시까지
    엽니다": still 본원's study room, though it names no campus.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence, right after one :func:`names_sibling_instead`
            found about another sibling.
        sets: The sibling sets of the sentence's document.
        shared: The index tokens both sentences hold.
        groups: The question's terms, each with its equivalents.

    Returns:
        True when the sentence names no member of a set the question names one of, and
        shares with the sentence before a word the question asks about.
    """
    if not any(group & shared for group in groups):
        return False
    for names in sets:
        if any(names_as_word(question, n) for n in names) and not any(
            names_as_word(sentence, n) for n in names
        ):
            return True
    return False


def continues_on_same_line(
    question: str, sentence: str, sets: Iterable[frozenset[str]], before: str, between: str
) -> bool:
    """Whether the sentence goes on, in the same line, about the sibling the one before named.

    "장애인 감면은 장애인 본인이 타고 있을 때만 적용됩니다. 가족이 혼자 운전할 때는 일반 요금을
    받습니다." is one footnote on the disabled drivers' discount (blind set 51): asked about
    the pregnant drivers' one, its second sentence was quoted, though it shares no word with
    the first. A sentence of the same line (bullet, table note) with nothing but spaces
    between it and a sentence :func:`names_sibling_instead` found about another sibling, and
    naming no member of that set itself, is still about that sibling.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.
        sets: The sibling sets of the sentence's document.
        before: The sentence before it.
        between: The text between the sentence before and this one.
    """
    sets = tuple(sets)
    if "\n" in between or between.strip() or not names_sibling_instead(question, before, sets):
        return False
    for names in sets:
        if any(names_as_word(question, n) for n in names) and not any(
            names_as_word(sentence, n) for n in names
        ):
            return True
    return False
