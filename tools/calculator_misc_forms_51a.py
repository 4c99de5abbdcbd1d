"""Sums the readers missed for a word or a figure that is not part of them (sets 20 to 32):

- "제 신한 110-482-739150 통장에 매달 250만원씩 들어오는데 1년이면 총 얼마야?" (set 23): an
  account number is an identifier, never an amount; the sum is read without it.
- "팀원 엄세린 연봉이 4,850만원이면 월 세전으로 얼마야?" (set 24): a yearly salary asked a month
  before tax is the salary over 12.
- "비밀번호를 숫자 4자리로 만들면 경우의 수가 몇 개야?" (set 27): 10 to the number of digits.
- "축의금 정리했는데 합계 얼마야? 변승우 10만 / 탁민지 5만 / 옥재현 20만 / 남궁하율 7만" (set 27):
  named amounts listed with slashes are added, never divided.
- "이 표에서 나이 평균 구해줘: | 이름 | 나이 | 연락처 | / | 장서윤 | 34 | … |" (set 20): the
  mean of the column named, from a table pasted in rows.
- "tickets are twelve fifty each and we need nine, how much" (set 31): a count in words.

Each went to a model or was declined; the personal-data ones (a name, an account number) are
answered by code on this machine. Each is read only when every figure is placed.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from core.text import ENGLISH_DIGITS
from tools.calculator_expression import to_expression
from tools.thousands_commas import without_thousands_commas

__all__ = [
    "account_number_left_out",
    "arrangements_in_a_row",
    "column_average_of_table",
    "count_in_words_each_en",
    "digit_code_count_ko",
    "slash_list_sum_ko",
    "yearly_salary_a_month_ko",
]

_N = r"\d+(?:\.\d+)?"
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


_CONVERSIONS = frozenset({"7", "12", "24", "52", "60", "100", "365"})
_ACCOUNT = LazyPattern(r"(?<![\d-])\d{2,6}-\d{2,6}-\d{2,8}(?![\d-])")
_ACCOUNT_WORD = LazyPattern(r"통장|계좌")


def account_number_left_out(digits: str) -> str | None:
    """The sum read with an account number taken out, or ``None``."""
    accounts = list(_ACCOUNT.finditer(digits))
    # Korean sums in won only: an English reading keeps its own forms (a percent asked).
    if len(accounts) != 1 or not _ACCOUNT_WORD.search(digits) or "원" not in digits:
        return None
    rest = " ".join(_ACCOUNT.sub(" ", digits).split())
    source, _unit = to_expression(rest)
    if not source or not re.search(r"\d", source):
        return None
    rest_figures = _FIGURE.findall(without_thousands_commas(rest))
    # A figure the question never said, beyond the periods and percents the forms write out
    # ("1년" is "* 12").
    if any(f not in rest_figures and f not in _CONVERSIONS for f in _FIGURE.findall(source)):
        return None
    return source


_SALARY = LazyPattern(
    rf"연봉\s*(?:이|은|는)?\s*(?P<a>{_N})\s*원\s*(?:이면|인데|일\s*때|이라면)\s*월\s*(?:세전|급)?\s*"
    r"(?:으로|로)?\s*(?:는|은)?\s*(?:한\s*달에\s*)?(?:얼마|몇)"
)


def yearly_salary_a_month_ko(digits: str) -> str | None:
    """``a / 12`` for a yearly salary asked a month (세전: before tax), or ``None``."""
    text = without_thousands_commas(digits)
    said = _SALARY.search(text)
    if said is None or len(_FIGURE.findall(text)) != 1:
        return None
    return f"{said['a']} / 12"


_CODE_COUNT = LazyPattern(
    r"숫자\s*(?:로\s*)?(?P<n>\d+)\s*자리[^?]*?(?:경우의\s*수|몇\s*(?:개|가지))"
)
# A condition on the digits (no repeats, no leading 0, even only) is another count.
_CODE_CONDITION = LazyPattern(
    r"중복|서로\s*다른|다\s*다른|없이|안\s*되|제외|빼고|첫\s*자리|짝수|홀수|연속|같은"
)


def digit_code_count_ko(digits: str) -> str | None:
    """``10 ** n`` for the codes of n digits, or ``None``."""
    said = _CODE_COUNT.search(digits)
    if (
        said is None
        or _CODE_CONDITION.search(digits)
        or len(_FIGURE.findall(digits)) != 1
        or not 1 <= int(said["n"]) <= 12
    ):
        return None
    return f"10 ** {said['n']}"


_SLASH_ITEM = LazyPattern(rf"[가-힣]{{2,5}}\s*(?P<a>{_N})\s*원?\s*(?=/|$)")
_SUM_ASKED = LazyPattern(r"합계|합이|합은|총\s*(?:얼마|합)|다\s*더하면|전부\s*얼마")


def slash_list_sum_ko(digits: str) -> str | None:
    """``a + b + …`` for named amounts listed with slashes and a total asked, or ``None``."""
    text = without_thousands_commas(digits)
    if not _SUM_ASKED.search(text) or text.count("/") < 2:
        return None
    tail = text[text.index("/") - 20 if text.index("/") >= 20 else 0 :]
    start = max(tail.rfind("?"), tail.rfind(":"), -1) + 1
    parts = [p.strip() for p in tail[start:].split("/")]
    items = [_SLASH_ITEM.fullmatch(p + "/") or _SLASH_ITEM.fullmatch(p) for p in parts]
    if len(items) < 3 or any(m is None for m in items):
        return None
    amounts = [m["a"] for m in items if m is not None]
    if len(_FIGURE.findall(text)) != len(amounts):
        return None
    return " + ".join(amounts)


def column_average_of_table(digits: str) -> str | None:
    """The mean of the asked column of a table pasted as "| a | b | / | c | d |" rows."""
    asked = re.search(r"(?P<col>[가-힣A-Za-z]+)\s*(?:의\s*)?(?:평균|average|mean)", digits, re.I)
    if asked is None or digits.count("|") < 6:
        return None
    rows = [
        [c.strip() for c in row.strip().strip("|").split("|")]
        for row in re.split(r"\|\s*/\s*\|", digits[digits.index("|") :])
    ]
    header, body = rows[0], rows[1:]
    if asked["col"] not in header or len(body) < 2 or any(len(r) != len(header) for r in body):
        return None
    column = header.index(asked["col"])
    values = [r[column] for r in body]
    if not all(re.fullmatch(_N, v) for v in values):
        return None
    return f"({' + '.join(values)}) / {len(values)}"


_WORD_COUNTS = "|".join(w for w in ENGLISH_DIGITS if w not in ("zero",))
_EACH_NEED = LazyPattern(
    rf"\b(?:are|is|cost|costs|at)\s+\$?(?P<p>{_N})\s+(?:each|a\s+piece|apiece)\s+and\s+(?:we|i)\s+"
    rf"(?:need|want|are\s+getting|'re\s+getting|buy|get|have)\s+(?P<n>{_WORD_COUNTS})\b",
    re.I,
)


def count_in_words_each_en(digits: str) -> str | None:
    """``p * n`` for a price each and a count said in words, or ``None``."""
    text = without_thousands_commas(digits)
    said = _EACH_NEED.search(text)
    if said is None or len(_FIGURE.findall(text)) != 1:
        return None
    return f"{said['p']} * {ENGLISH_DIGITS[said['n'].lower()]}"


# Arrangements of everyone in a row (opens56e, set 47): "5명이 한줄로 서는 방법 몇가지야" is
# 5! = 120, "how many ways can 6 people line up" 720. A closed form: read only when one
# figure (the people or things) is said and no condition on who stands where ("A and B
# together", "맨 앞", "next to") or a part chosen ("3 of them") makes it another count.
_ARRANGED_CONDITION = LazyPattern(
    r"끼리|붙어|이웃|옆에|맨\s*(?:앞|뒤|끝)|양\s*끝|중에서?|제외|빼고|반드시|꼭"
    r"|\b(?:together|next\s+to|beside|first|last|end|must|always|never|except|of\s+them|out\s+of"
    r"|adjacent|apart|choose|pick)\b",
    re.IGNORECASE,
)


def arrangements_in_a_row(digits: str) -> str | None:
    """``5 * 4 * 3 * 2 * 1`` for the ways n line up in a row, or ``None``."""
    from tools.puzzle_forms_56e import asks_a_puzzle

    figures = _FIGURE.findall(digits)
    if asks_a_puzzle(digits) != "arrangements in a row" or len(figures) != 1:
        return None
    if _ARRANGED_CONDITION.search(digits) or "." in figures[0]:
        return None
    n = int(figures[0].replace(",", ""))
    if not 2 <= n <= 12:
        return None
    return " * ".join(str(k) for k in range(n, 0, -1))
