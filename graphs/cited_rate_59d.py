"""A quantity worked from a rate the previous answer's section states (docthread59).

Sets 49/50 and probes58: after "진료보면 주차 몇시간 공짜야" was answered with the free hour,
"두시간 세워두면 돈 얼마 내" was declined, although the same section states "1시간이 지나면
10분마다 500원의 요금이 붙습니다."; after "신입은 연차 어떻게 생겨요" was answered "입사 1년 차
직원은 매월 개근 시 1일의 연차가 생기며 …", "다섯달 개근했으면 지금 몇개 있는거에요" was
declined. The rate is in the cited section; the quantity is the follow-up's; the figure is
arithmetic, so code works it and quotes the sentence it used.

Two rates, each read only when unambiguous (else the other rules or an honest decline):

- a parking tariff past a free time (the one reader of that form,
  :func:`tools.followup_quoted_tariff_54f.charge_at_quoted_tariff`, over the section's
  text): the follow-up's one stay ("두시간", "2 and a half hours") and a how-much;
- a count per month ("매월 개근 시 1일", "1 day for each month"): the follow-up's one count
  of months ("다섯달", "8개월", "five months") and a how-many, and the rate's condition said
  by the follow-up too ("개근", "하루도 안 빠지고", "without missing a day"); months past the
  rate's first year, or a rate whose condition the follow-up does not state, are not read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from agents.documents import DocPlan
from graphs.amount_threshold_58c import section_sentences
from tools.followup_quoted_tariff_54f import charge_at_quoted_tariff
from tools.korean_numbers import normalize_numerals

__all__ = ["asks_quantity_at_rate", "months_asked", "worked_from_cited_rate"]

_IN_SECTION = ("문서에 적힌", "the cited section states")
# Ends the plan's first reason: the condition screen (graphs.condition_follow_up_55w) leaves
# a worked figure alone, as everything the follow-up adds was read here.
_TAG = "(cited_rate_59d)"

# --- what else the follow-up says ------------------------------------------------------------

# Each word of the follow-up besides its quantity must be one of asking the quantity again:
# "주말에 두시간 세우면", "장애인 차량이", "on sunday" add a condition the rate does not state,
# and the worked figure would answer without it.
_FRAME_KO = re.compile(
    r"(?:그럼|그러면|만약|만약에|혹시|근데|제가|저는|지금|총|전부|다|합쳐서|정도|동안|쯤"
    # a stay
    r"|차(?:를|는)?|주차(?:를|는)?|주차비(?:는|가|를)?|요금(?:은|이|을)?|돈(?:은|을)?|비용(?:은|이)?"
    r"|주차(?:하면|했으면|했는데|하면요)|세워\s*?두면요?|세워놓으면요?|세우면요?|세웠으면|세웠는데"
    r"|대면요?|대놓으면요?|댔으면|댔는데|있으면요?|있었으면|있었는데|있다가|머물면요?"
    r"|얼마[가-힣]*|내요|내|내야\s*돼요?|내야\s*해요?|나와요?|나오나요|나오죠|되나요|돼요|되요"
    # a count of months of attendance
    r"|입사\s*후?|입사하고|개근[가-힣]*|하루도|안|빠지고|결근|없이|안\s*?빠지고|빠지지|않고|빠짐\s*?없이|결근\s*?없이"
    r"|나왔으면|나왔는데|나오면|출근했으면|출근했는데|다녔으면|다녔는데|일했으면|일했는데|근무했으면"
    r"|몇|개[가-힣]*|몇\s*?개[가-힣]*|몇\s*?일[가-힣]*|며칠[가-힣]*|연차(?:가|는|를|도)?|휴가(?:가|는)?"
    r"|있는\s*?거[가-힣]*|생긴\s*?거[가-힣]*|생겨요|생기나요|생겼어요|받아요|받나요|받는\s*?거[가-힣]*"
    r"|쌓여요|쌓였어요|쌓인\s*?거[가-힣]*|있어요|있나요|인데|이면)[?？.!~,]*"
)
_FRAME_EN = frozenset(
    {
        "i", "im", "i'm", "was", "were", "am", "is", "it", "its", "it's", "the", "a", "an", "my",
        "so", "and", "then", "what", "how", "much", "many", "do", "does", "did", "would", "will",
        "be", "if", "for", "about", "around", "in", "all", "total", "to", "there", "that",
        "owe", "pay", "fee", "charge", "cost", "costs", "parked", "park", "parking", "car",
        "stay", "stayed", "left", "leave", "have", "had", "get", "got", "now", "of",
        "worked", "work", "been", "here", "with", "without", "missing", "missed", "miss",
        "never", "not", "no", "day", "days", "perfect", "full", "attendance", "absence",
        "absences", "straight", "row", "annual", "earned", "earn", "come", "came", "each",
    }
)  # fmt: skip
_QUANTITY = re.compile(
    r"\d+(?:\.\d+)?\s*(?:시간|분|개월|달)(?:\s*반)?"
    r"|(?:열한|다섯|여섯|일곱|여덟|아홉|한|두|세|석|네|넉|열)\s*(?:시간|개월|달)(?:\s*반)?"
    r"|\b(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|an?|half)"
    r"(?:\s+and\s+a\s+half)?\s+(?:hours?|minutes?|mins?|months?)(?:\s+and\s+a\s+half)?\b",
    re.IGNORECASE,
)


def _asks_only_the_quantity(text: str) -> bool:
    """Whether all the follow-up says besides its quantity asks the quantity again."""
    rest = _QUANTITY.sub(" ", text)
    if re.search("[가-힣]", text):
        return all(_FRAME_KO.fullmatch(w) for w in rest.split() if w.strip("?？.!~,"))
    return all(w in _FRAME_EN for w in re.findall(r"[a-z']+", rest.lower()))


# --- a count per month ---------------------------------------------------------------------

_NATIVE = {
    "한": 1, "두": 2, "세": 3, "석": 3, "네": 4, "넉": 4, "다섯": 5, "여섯": 6, "일곱": 7,
    "여덟": 8, "아홉": 9, "열": 10, "열한": 11, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
}  # fmt: skip
_MONTHS = re.compile(
    r"(?<![\d가-힣])(?P<n>\d{1,2}|열한|다섯|여섯|일곱|여덟|아홉|한|두|세|석|네|넉|열)\s*(?:개월|달)"
    r"|\b(?P<en>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven)\s+months?\b",
    re.IGNORECASE,
)
# The rate: "매월 개근 시 1일의 연차", "한 달 개근마다 1일", "1 day for each month".
_PER_MONTH = re.compile(
    r"(?:매월|매달|한\s*달마다|월마다|개월마다)\s*(?P<cond>[가-힣\s]{0,12}?)\s*(?P<n>\d+)\s*일"
    r"|(?P<en>\d+)\s+days?\s+(?:of\s+\w+\s+)?(?:for\s+)?(?:each|every|per|a)\s+month"
    r"(?P<encond>\s+of\s+[a-z ]{0,30})?",
    re.IGNORECASE,
)
# The rate's condition, said by the follow-up: full attendance.
_ATTENDANCE_RATE = re.compile(r"개근|full\s+attendance|without\s+absence", re.IGNORECASE)
_ATTENDED = re.compile(
    r"개근|하루도\s*안\s*빠|하루도\s*빠지지|빠짐\s*없이|결근\s*(?:없|안|한\s*번도)|안\s*빠지고"
    r"|한\s*번도\s*안\s*빠|perfect\s+attendance|full\s+attendance|without\s+(?:missing|an?\s+absence)"
    r"|never\s+missed|didn'?t\s+miss|no\s+absences?|not\s+(?:missed|absent)",
    re.IGNORECASE,
)
_HOW_MANY = re.compile(r"몇|며칠|얼마나|how\s+many|how\s+much\s+leave", re.IGNORECASE)
# The rate's own span: "입사 1년 차", "in the first year": months past it are not read.
_FIRST_YEAR = re.compile(r"1년\s*차|첫\s*해|first\s+year", re.IGNORECASE)


def months_asked(text: str) -> int | None:
    """The follow-up's one count of months ("다섯달", "8개월", "five months"), or None."""
    found = list(_MONTHS.finditer(text))
    if len(found) != 1:
        return None
    word = (found[0]["n"] or found[0]["en"]).lower()
    return int(word) if word.isdigit() else _NATIVE[word]


def _per_month(text: str, sentences: Sequence[tuple[str, dict[str, Any]]]) -> DocPlan | None:
    months = months_asked(text)
    if months is None or not _HOW_MANY.search(text) or months < 1:
        return None
    rates = [(s, c, m) for s, c in sentences for m in [_PER_MONTH.search(s)] if m is not None]
    if len(rates) != 1:
        return None  # none, or two per-month rates: which one applies is not read
    sentence, citation, rate = rates[0]
    condition = f"{rate['cond'] or ''}{rate['encond'] or ''}"
    if _ATTENDANCE_RATE.search(condition) and not _ATTENDED.search(text):
        return None  # the rate is for months of full attendance, which the asker did not say
    if _FIRST_YEAR.search(sentence) and months >= 12:
        return None  # past the first year another rule of the sentence holds
    per = int(rate["n"] or rate["en"])
    # Only the clause stating the rate: the sentence's other clauses state other rules
    # ("1년 이상 근무한 직원은 매년 15일"), which are no part of this answer.
    clauses = re.split(r"(?<=[,，])\s+", sentence)
    at = next(i for i, c in enumerate(clauses) if _PER_MONTH.search(c))
    if len(clauses) > 1 and _PER_MONTH.search(clauses[at]):
        sentence = f"{'… ' if at else ''}{clauses[at]}{' …' if at < len(clauses) - 1 else ''}"
    total = months * per
    if re.search("[가-힣]", text):
        worked = f"({months}개월 × {per}일 = {total}일, {_IN_SECTION[0]} 비율로 계산)"
    else:
        worked = f"({months} months × {per} day{'s' if per > 1 else ''} = {total} days)"
    why = "follow-up: a count of months worked from the cited section's per-month rate " + _TAG
    return DocPlan(
        kind="extractive",
        reasons=[why],
        answer=f"{sentence} [1] {worked}",
        citations=[{**citation, "id": 1}],
    )


# --- a parking tariff ----------------------------------------------------------------------


def _tariff(text: str, sentences: Sequence[tuple[str, dict[str, Any]]]) -> DocPlan | None:
    asked = normalize_numerals(text)
    charged = [
        (s, c, found)
        for s, c in sentences
        if (found := charge_at_quoted_tariff(asked, [s], quoted_in=_IN_SECTION)) is not None
    ]
    if len(charged) != 1:
        return None
    sentence, citation, found = charged[0]
    why = f"follow-up: {found.how}, read from the cited section {_TAG}"
    return DocPlan(
        kind="extractive",
        reasons=[why],
        answer=f"{sentence} [1] ({found.result.answer})",
        citations=[{**citation, "id": 1}],
    )


def worked_from_cited_rate(text: str, previous: DocPlan) -> DocPlan | None:
    """The follow-up's quantity worked from a rate of the previous answer's sections.

    Args:
        text: The follow-up ("두시간 세워두면 돈 얼마 내", "다섯달 개근했으면 몇개").
        previous: The previous question's extractive plan (its citations carry their
            sections' text).
    """
    if previous.kind != "extractive" or not _asks_only_the_quantity(text):
        return None
    sentences = section_sentences(previous.citations)
    return _tariff(text, sentences) or _per_month(text, sentences)


_DURATION = re.compile(r"시간|분|\bhours?\b|\bmin(?:ute)?s?\b", re.IGNORECASE)


def asks_quantity_at_rate(text: str) -> bool:
    """Whether the follow-up states a count a rate could work (a stay, a count of months)."""
    return months_asked(text) is not None or _DURATION.search(text) is not None
