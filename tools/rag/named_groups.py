"""Who or what the question names, which the quoted line must name too.

Two checks on a candidate sentence, both structural (no content-word lists):

- a group the collection tells cases apart by: a table's first cells or a list's labels
  ("| 정규직 근속 1년 이상 | … |", "| 계약직 | 450,000원 |", "- 회원: …") name the groups a
  section's rule differs for. A question naming one of them ("계약직도 자기계발비 받을 수
  있나요?") is not answered by a sentence of that section that never names it ("자기계발비는
  … 영수증과 수료증을 함께 내야 받을 수 있습니다" states the general rule, whose figure may
  be another group's): the row naming the group answers, else nothing does.
- several names asked for ("제휴 센터 세 곳 이름 알려주세요", "name the three partner
  gyms"): a sentence that counts them ("세 곳 가운데 한 곳에서") or talks about them
  without listing any gives no name; only a list (a row, a labelled or bulleted line,
  items separated by commas) or a quoted name does.
"""

from __future__ import annotations

import re

from tools.rag.conditional_groups import named_only_as_condition
from tools.rag.crosslingual import equivalents
from tools.rag.english_venue import venue_phrase_terms
from tools.rag.figures import FIGURE
from tools.rag.html_table_headings import html_heading_lines
from tools.rag.korean_counters import NATIVE_NUMBERS
from tools.rag.row_labels import item_label
from tools.rag.textutil import tokenize

__all__ = ["gives_no_names", "misses_named_group"]


# A table's rule under its header row ("|---|:---:|").
_RULE = re.compile(r"^\s*\|?\s*:?-{2,}")


# A parenthesised note in a row key ("배우자 (정규직만)") qualifies the group, not names it.
_NOTE = re.compile(r"\([^)]*\)")


def _label_words(passage: str) -> list[set[str]]:
    """The words of each row key or list label of the passage (figures, notes left out).

    A header row ("| 구분 | 대출 권수 |", the line above a table's rule) names the columns,
    not a case, and the rule itself names nothing.
    """
    lines = passage.splitlines()
    html_headings = html_heading_lines(lines)  # "Room | Players |" of an HTML table
    words = []
    for i, line in enumerate(lines):
        label = item_label(line)
        header = i + 1 < len(lines) and _RULE.match(lines[i + 1]) is not None
        header = header or i in html_headings
        if label is None or header or _RULE.match(line):
            continue
        words.append(set(tokenize(_NOTE.sub(" ", FIGURE.sub(" ", label)))))
    return words


def misses_named_group(question: str, raw: str, passage: str) -> bool:
    """Whether the question names a group the passage's rows tell apart, which ``raw`` lacks.

    A row key's words that not every key holds tell its case apart (계약직 among "정규직
    근속 1년 이상 / 정규직 근속 1년 미만 / 계약직"; 배우자 of "배우자 (정규직만)" among
    "본인 …"). A question naming all of them (or words linked to them: 와이프 is the 배우자
    a rule names) asks about that row's group, so a sentence of the passage outside the rows
    must name them too. A question naming only part of a key ("케이크 주문 전화" against
    "케이크 픽업 창구") names no row's group: the word is the passage's topic, not a case.
    Rows and labelled lines themselves are left to
    :func:`tools.rag.qualifiers.row_names_other_item`.

    Args:
        question: The user's question.
        raw: The sentence as written in the document.
        passage: The text the sentence is from.

    Returns:
        True when ``raw`` is no row, the question names every distinguishing word of one
        row key (of exactly one: two named are asked about together), and ``raw`` holds
        none of them (in any of its forms).
    """
    if not passage or item_label(raw) is not None:
        return False
    labels = _label_words(passage)
    if len(labels) < 2:
        return False
    # The words naming the place asked about ("at the phone repair center") say where,
    # not which case: "phone" there is no "전화:" line (tools.rag.english_venue).
    named = set(tokenize(question)) - venue_phrase_terms(question)
    line = raw.lower()
    shared = set.intersection(*labels)
    asked, touched = [], 0
    for label in labels:
        distinct = [equivalents(word) for word in label - shared]
        touched += any(group & named for group in distinct)
        if distinct and all(group & named for group in distinct):
            asked.append(distinct)
    if len(asked) != 1 or touched > 1:
        # None named; or words of two groups named together ("경로할인이랑 단체할인
        # 둘다", against "경로 할인" and "단체 동반 입장 할인"): the question asks about
        # them jointly, and a rule naming neither ("두 할인은 함께 …") may answer it.
        return False
    # Holding one of them is naming the group ("음식물 처리기 카드" is of the "음식물
    # 쓰레기" row): only a sentence naming none is about another group.
    if any(w.lower() in line for group in asked[0] for w in group):
        return False
    # "… if she gets spayed": the row's group is the condition, not what is asked.
    return not named_only_as_condition(question, {w for g in asked[0] for w in g}, raw, passage)


# Several names asked for: a name word with a count or a plural ("세 곳 이름", "이름들",
# "names", "which ones", "list the …").
_KO_NAME = r"(?:이름|명칭|상호|목록|리스트)"
# Two or more (one name asked is left to the other checks: "담당자 한 명 이름"): the native
# numbers from 두 on, with no word-start guard (unlike korean_counters.NATIVE_NUMBER; kept so,
# unmeasured), and only the counters of places, things and people a name answers.
_TWO_OR_MORE = "|".join(n for n in NATIVE_NUMBERS if n != "한")
_KO_COUNT = rf"(?:[2-9]|\d{{2,}}|{_TWO_OR_MORE}|몇)\s*(?:곳|군데|개|명|가지|분)"
_ASKS_NAMES = re.compile(
    rf"{_KO_COUNT}[^?？.!]*?{_KO_NAME}|{_KO_NAME}들|어디\s*어디|"
    r"\b(?:names|name (?:the|all|them|those|these|each)|which ones|list (?:the|all|them))\b",
    re.IGNORECASE,
)
# A line that lists: a bullet or a numbered item; a quoted name.
_LIST_LINE = re.compile(r"^\s*(?:[-*•·]|\d+[.)])\s+\S")
_QUOTED = re.compile(r"['\"‘“「『][^'\"’”」』]{2,}['\"’”」』]")
# A separator between listed items (a comma before a digit is a thousands separator).
_SEPARATOR = re.compile(r"[,、·](?!\d)")
_CONJUNCTION = re.compile(r"\s(?:및|또는|and|or)\s", re.IGNORECASE)


def _lists_names(question: str, raw: str) -> bool:
    label = item_label(raw)
    if label is not None:
        # A row or a labelled line names its item in its key: one of the asked things
        # only when the key shares a word with the question (not a header row's "대상",
        # nor another table's "본인 (만 40세 이상)").
        return bool(set(tokenize(label)) & set(tokenize(question)))
    if _LIST_LINE.match(raw) or _QUOTED.search(raw):
        return True
    separators = len(_SEPARATOR.findall(raw))
    return separators >= 2 or (separators >= 1 and bool(_CONJUNCTION.search(raw)))


def gives_no_names(question: str, raw: str) -> bool:
    """Whether the question asks for several names and ``raw`` lists none.

    "검진은 제휴한 검진센터 세 곳 가운데 한 곳에서 받아야 합니다" says there are three,
    not which: asked to name them, it is no answer, while "제휴 센터: 한빛병원, 서울의원,
    바른내과" or a table row is.

    Args:
        question: The user's question.
        raw: The sentence as written in the document.

    Returns:
        True when the question asks for names and the sentence is no list, quote, nor
        row or labelled line whose key shares a word with the question.
    """
    return bool(_ASKS_NAMES.search(question)) and not _lists_names(question, raw)
