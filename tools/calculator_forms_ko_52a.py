"""Korean sums opens52a read for sets 24 to 35, each one whole form of a question.

Each reader takes the question with its numerals as digits and gives plain arithmetic, or
``None`` when the question is not wholly that form (a figure it cannot place leaves the
question to the other readers).
"""

from __future__ import annotations

import calendar
import re

from core.lazy_regex import LazyPattern
from core.text import KOREAN_COUNT_FORMS

__all__ = [
    "pack_counts_as_digits",
    "pass_worth_it_visits_ko",
    "priced_line_counters_ko",
    "priced_lines_ko",
    "rent_from_move_in_ko",
    "spaced_priced_lines",
    "spaced_priced_lines_ko",
]

# What a line's count is counted in ("두 그릇", "하나", "세트 하나").
_COUNTER = (
    r"개|그릇|잔|병|캔|봉지|팩|권|장|마리|송이|인분|벌|켤레|판|박스|상자|통|접시|줄|모|단|묶음"
)
# The total asked at the end: "… 하나 시키면 얼마", "… 하나면 얼마야".
# (The verb may go unsaid: "… 컵라면 1500원 3개 얼마엿지" asks the same total, set 45.)
_ASKS_TOTAL = LazyPattern(
    r"\s*(?:을|를)?\s*(?:결제하면|계산하면|시키면|사면|주문하면|이면|면|하면|샀는데|샀으면)?\s*(?:총\s*|전부\s*|다\s*해서\s*)?"
    r"(?:얼마|총액|합계)[가-힣]*\s*[?？]?\s*$"
)
# Lines are joined by "이랑", "랑", "하고" or a comma.
_JOIN = LazyPattern(r"(?<=[가-힣\d])(?:이랑|랑|하고)\s+|\s*,\s*")
# What a pack holds, said inside its item's name ("라면 5개묶음", "생수 2L 6병짜리", "휴지 30롤"
# is a count bought, not this): never a count bought nor a price (opens56k, set 47).
PACK_COUNT_KO = r"\d+\s*(?:개|병|캔|봉지|봉|팩|롤|구)\s*(?:묶음|짜리|들이|입|세트)|\d+\s*입"
PACK_MEASURE_KO = r"\d+(?:\.\d+)?\s*(?:L|ml|리터|kg|g)(?=\s)"
PACK_KO = f"{PACK_COUNT_KO}|{PACK_MEASURE_KO}"
_WORDS = rf"(?:(?:[가-힣A-Za-z]+|{PACK_KO})\s+){{0,3}}"
# The packs bought counted in words after a pack's price ("5980원짜리 두묶음", "세 팩"):
# numerals leave these counters in words, so they are made digits here (opens57k; set 48
# had read "두묶음" as one pack, then declined it). Never "한": "한묶음" stays one pack.
_PACK_COUNTER = r"묶음|팩|세트|봉지|박스|상자|꾸러미"
_COUNT_WORD = "|".join(sorted((w for w in KOREAN_COUNT_FORMS if w != "한"), key=len, reverse=True))
_PACKS_COUNTED_IN_WORDS = LazyPattern(
    rf"(?<=원)(?P<s>\s*(?:짜리\s*)?)(?P<w>{_COUNT_WORD})\s*(?P<c>{_PACK_COUNTER})"
)


def pack_counts_as_digits(question: str) -> str:
    """``question`` with each count of packs said in words after a price as digits."""
    return _PACKS_COUNTED_IN_WORDS.sub(
        lambda m: f"{m['s']}{KOREAN_COUNT_FORMS[m['w']]}{m['c']}", question
    )


# One line: its item named before or after its price, then its count ("짜장면 7000원 2그릇",
# "탕수육 대 22000원 하나", "35000원짜리 케이크 2개", "15000원짜리 초 세트 하나").
_LINE = LazyPattern(
    rf"^(?P<pre>{_WORDS})(?P<p>\d+)\s*원\s*(?:짜리\s*)?(?P<post>{_WORDS}|(?:[가-힣A-Za-z]+\s*){{0,1}})"
    rf"(?:(?P<n>\d+)\s*(?P<c>{_COUNTER})|(?P<one>하나|한\s*(?P<c1>{_COUNTER}))|(?P<pack>))$"
)
_PACK = LazyPattern(PACK_KO)
# A count of packs said in words that :data:`_LINE` does not take ("몇묶음"): never a single
# pack (set 48 read "두묶음" as one).
_PACKS_IN_WORDS = LazyPattern(
    r"(?:한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|몇)\s*(?:묶음|팩|세트|봉지|박스|상자|꾸러미)"
)
# Words that change what a line's price means (a discount, a fee, a price each): not a line.
_NOT_A_PLAIN_LINE = LazyPattern(r"할인|배송|추가|빼고|씩|당|마다|부가세|팁|보증금|적립|쿠폰|환불")


def priced_line_counters_ko(question: str) -> list[str] | None:
    """The counter of each line of a list :func:`priced_lines_ko` reads ("" for "하나")."""
    question = pack_counts_as_digits(question)
    asked = _ASKS_TOTAL.search(question)
    if asked is None or _NOT_A_PLAIN_LINE.search(question):
        return None
    pieces = [p.strip() for p in _JOIN.split(question[: asked.start()].strip())]
    if len(pieces) < 2:
        return None  # one line is the older readers' form
    counters = []
    for piece in pieces:
        line = _LINE.match(piece)
        if line is None or not (line["pre"].strip() or line["post"].strip()):
            return None  # a line with no item, or one this reading cannot place
        if line["pack"] is not None and not _PACK.search(f"{line['pre']} "):
            return None  # no count: one only when the price is a pack's ("6병짜리 6900원")
        if line["pack"] is not None and _PACKS_IN_WORDS.search(line["post"]):
            return None
        counters.append(line["c"] or line["c1"] or "")
    return counters


def priced_lines_ko(question: str) -> str | None:
    """ "7000 * 2 + 22000 * 1" for lines each priced and counted, the total asked."""
    if priced_line_counters_ko(question) is None:
        return None
    question = pack_counts_as_digits(question)
    asked = _ASKS_TOTAL.search(question)
    assert asked is not None
    pieces = [p.strip() for p in _JOIN.split(question[: asked.start()].strip())]
    lines = [_LINE.match(piece) for piece in pieces]
    return " + ".join(f"{line['p']} * {line['n'] or 1}" for line in lines if line)


# "자유수영 1회 6000원이고 월정액 70000원이면 한달에 몇번 넘게 가야 월정액이 이득이야": the
# fewest visits at which the pass costs less than paying each time.
_EACH_TIME = LazyPattern(r"1\s*(?:회|번)\s*(?:에|당|권)?\s*(?:이용료\s*)?(?P<a>\d+)\s*원")
_PASS = LazyPattern(
    r"(?:월정액|한\s*달\s*(?:권|자유이용권|회원권|정기권)|월\s*(?:회원권|이용권|자유이용권)|정기권)"
    r"\s*(?:이|은|는)?\s*(?P<b>\d+)\s*원"
)
_ASKS_VISITS = LazyPattern(
    r"몇\s*(?:번|회)\s*(?:넘게|이상|부터|은|을)?\s*(?:가야|다녀야|이용해야|타야|와야|써야|해야|가면)"
    r"[^?]{0,12}(?:이득|이익|싸|유리|낫)"
)
_FIGURE = LazyPattern(r"(?<![\d.])\d+(?:\.\d+)?")


def pass_worth_it_visits_ko(question: str) -> str | None:
    """ "70000 // 6000 + 1": the visits from which a monthly pass is cheaper, or ``None``."""
    each, season = _EACH_TIME.search(question), _PASS.search(question)
    if each is None or season is None or _ASKS_VISITS.search(question) is None:
        return None
    if len(_FIGURE.findall(question)) != 3 or int(each["a"]) == 0:
        return None  # the "1" of "1회" and the two prices, nothing else
    # At exactly the pass's price in visits the two cost the same: one visit more is cheaper.
    return f"{season['b']} // {each['a']} + 1"


# "월세 620000원인데 9월 12일에 입주하면 9월치 일할계산하면 얼마야 9월은 30일까지": the rent
# for the days from the move-in day to the month's end, both counted.
_RENT = LazyPattern(r"(?:월세|관리비)\s*(?:가|는|은)?\s*(?P<r>\d+)\s*원")
_MOVE_IN = LazyPattern(
    r"(?<![\d.])(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일\s*(?:에|부터|날)?\s*"
    r"(?:입주|이사\s*(?:들어|와|오|가)|들어가|들어오)"
)
_PRORATED = LazyPattern(r"일할|일수\s*(?:만큼|대로)|날짜\s*(?:만큼|대로)")
_MONTH_DAYS = LazyPattern(r"(?P<m>\d{1,2})\s*월\s*(?:은|는)\s*(?P<n>\d{2})\s*일\s*(?:까지|이|짜리)")


def rent_from_move_in_ko(question: str) -> str | None:
    """ "620000 * (30 - 12 + 1) / 30": a month's rent from the move-in day, or ``None``.

    The month's length is the one said ("9월은 30일까지"); unsaid, it is the calendar's for
    any month but February, whose length depends on a year the question does not give.
    """
    rent, moved = _RENT.search(question), _MOVE_IN.search(question)
    if rent is None or moved is None or _PRORATED.search(question) is None:
        return None
    month, day = int(moved["m"]), int(moved["d"])
    said = _MONTH_DAYS.search(question)
    if said is not None and int(said["m"]) != month:
        return None
    if said is None and (not 1 <= month <= 12 or month == 2):
        return None
    days = int(said["n"]) if said else calendar.monthrange(2001, month)[1]
    if not 1 <= day <= days <= 31:
        return None
    placed = {rent.group("r"), moved["m"], moved["d"], *(said.groups() if said else ())}
    if any(f not in placed for f in _FIGURE.findall(question)):
        return None  # a figure this reading would drop
    return f"{rent['r']} * ({days} - {day} + 1) / {days}"


# --- Lines typed one after another, each priced its own way (set 46, opens55k) -------------
# "우유 2팩 2980원씩 계란한판 7900 사과5개 개당1200 다해서 얼마": a count with a price each (씩),
# one thing with its price ("한판 7900"), a count with a price per unit ("개당1200"), or the
# older "item price count". A count with a bare price and no 씩/당 ("사과 5개 7000") could be
# the price of one or of all: no line form reads it, and the list declines.
_ITEM = r"[가-힣]{1,6}?"
_SPACED_LINES = (
    # "우유 2팩 2980원씩", "맥주 4캔에 2500원씩"
    LazyPattern(
        rf"(?P<item>{_ITEM})\s*(?P<n>\d+)\s*(?P<c>{_COUNTER})\s*(?:에\s*)?(?P<p>\d+)(?:\s*원)?\s*씩"
    ),
    # "사과5개 개당1200", "두부 3모 한모에 1500원"
    LazyPattern(
        rf"(?P<item>{_ITEM})\s*(?P<n>\d+)\s*(?P<c>{_COUNTER})\s*,?\s*"
        rf"(?:(?:{_COUNTER})\s*당|하나\s*(?:에|당)|한\s*(?:{_COUNTER})\s*에)\s*(?P<p>\d+)(?:\s*원)?"
    ),
    # "계란한판 7900", "수박 한통에 18000원", "식빵 하나 3500"
    LazyPattern(
        rf"(?P<item>{_ITEM})\s*(?:한\s*(?:{_COUNTER})|하나|1\s*(?:{_COUNTER}))\s*(?:에\s*)?"
        r"(?P<p>\d+)(?:\s*원)?"
    ),
    # "삼각김밥 1200원 5개": the older order, its price with 원.
    LazyPattern(rf"(?P<item>{_ITEM})\s*(?P<p>\d+)\s*원\s*(?P<n>\d+)\s*(?:{_COUNTER})"),
)
_LINE_END = LazyPattern(r"(?:\s*(?:이랑|랑|하고|,)\s*|\s+|$)")
_ASKS_ALL = LazyPattern(
    r"\s*(?:다\s*해서|다\s*합쳐서|합쳐서|전부|모두|총)\s*(?:얼마|몇\s*원)[가-힣]*\s*[?？]*\s*$"
)


def spaced_priced_lines(question: str) -> list[re.Match[str]] | None:
    """Each line's match (its item, price ``p``, count ``n``) of a list typed one line after
    another with the total asked, or ``None``."""
    asked = _ASKS_ALL.search(question)
    if asked is None or _NOT_A_SPACED_LINE.search(question) or "원" not in question:
        return None
    text, at, lines = question[: asked.start()].rstrip(), 0, []
    while at < len(text):
        line = next((m for form in _SPACED_LINES if (m := form.match(text, at))), None)
        if line is None:
            return None  # a piece no line form reads
        end = _LINE_END.match(text, line.end())
        if end is None or (end.end() == line.end() and line.end() < len(text)):
            return None  # a line runs into more text ("7900원어치")
        lines.append(line)
        at = end.end()
    return lines if len(lines) >= 2 else None


def spaced_priced_lines_ko(question: str) -> str | None:
    """ "2980 * 2 + 7900 * 1 + 1200 * 5" for lines typed one after another, or ``None``.

    Every figure must sit in a line, and at least two lines; the total asked with a word
    of all (다해서, 합쳐서, 전부, 총).
    """
    lines = spaced_priced_lines(question)
    if lines is None:
        return None
    return " + ".join(f"{m['p']} * {m.groupdict().get('n') or 1}" for m in lines)


# Words that make a line's price mean something else (a discount, a fee, a deposit).
_NOT_A_SPACED_LINE = LazyPattern(r"할인|배송|추가|빼고|마다|부가세|팁|보증금|적립|쿠폰|환불|%")
