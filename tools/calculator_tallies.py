"""Labelled figures gathered into one result, growth compounded over years, installments.

Rules (each reads a normalised request: numerals as digits, currency markers removed):
- The average of figures listed without labels ("average of 82, 91 and 76", "3, 5, 10의
  평균") is their mean.
- A list of labelled figures ("전기세 84600 가스비 52300 수도세 23100", "gas 96, tolls 18,
  parking 26", "국어 87 영어 92") followed by an average asked, or by a split among N
  people, is the mean, or the sum over N. Every figure but the N must be a list item.
- An amount that grows by r% each year, asked after n years, is a * (1 + r/100) ** n
  ("5억이 매년 8%씩 늘면 3년 뒤", "5000 at 4% compounded yearly ... after 3 years").
- An amount paid in n monthly installments is a / n ("189만원 12개월 할부하면 한 달에").
- A count of things and the price of one of them, in either order, is count × price
  ("택배 5개 보내는데 한개에 3500이면", "3500 per box and i'm sending 7 boxes").
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from core.text import KOREAN_COUNT_FORMS
from tools.calculator_count_per_period import periods_asked_of_count
from tools.calculator_forms import NUMBER

__all__ = ["plain_average_values", "tally_expression"]

_FIGURE = rf"(?<![\d.]){NUMBER}"
# One list item: a label word, then its figure ("가스비 52300", "tolls: 18", "영어 92점").
_ITEM = LazyPattern(
    rf"(?:^|[\s,;/·-])(?P<label>[가-힣A-Za-z]{{1,10}})\s*:?\s*(?P<v>{_FIGURE})(?:\s*(?:점|pts?))?"
    r"(?=$|[\s,;/.·]|이고|고|이랑|랑|하고|and\b|이|가|으로|로)",
    re.IGNORECASE,
)
# Not "average speed", "평균 속도": a distance over a time, which other forms read.
# Connectives and prepositions before a figure are no label of it ("그리고 5", "in 4").
_NOT_LABELS = frozenset(
    {"그리고", "또", "및", "and", "or", "then", "in", "at", "of", "for", "to", "by", "is", "was"}
)
_AVERAGE = LazyPattern(
    r"(?:의\s*)?평균(?!\s*(?:속도|시속|속력))|\b(?:average|mean)\b(?!\s+(?:speed|pace|velocity|rate))",
    re.IGNORECASE,
)
# "the average of 82, 91 and 76", "82, 91, 76의 평균": figures alone, no label, the average
# asked of them all (a figure outside the list makes it another question).
_PLAIN_LIST = rf"{_FIGURE}(?:\s*(?:,|\band\b|&|이랑|랑|하고|와|과)\s*(?:and\s+)?{_FIGURE})+"
_AVERAGE_OF = LazyPattern(
    rf"\b(?:average|mean)\s+of\s+(?:the\s+)?(?:numbers\s+|scores\s+)?(?P<list>{_PLAIN_LIST})"
    rf"|(?P<ko>{_PLAIN_LIST})\s*(?:의|들의)?\s*평균(?!\s*(?:속도|시속|속력))"
    # The list said first, its average asked after it and nothing more (opens52c): "electric
    # bills the last three months were 112, 96 and 131. whats my average", "scores were 7, 9
    # and 8 so what's the mean?". A daily or weekly average is another question.
    rf"|(?P<said>{_PLAIN_LIST})\s*[.,;]?\s*(?:so\s+|and\s+)?(?:what(?:'s|s|\s+is|\s+was|\s+are)?"
    r"|whats|how\s+much\s+is|give\s+me|tell\s+me)\s+(?:my|the|our|their|his|her)?\s*"
    r"(?:monthly\s+)?(?:average|mean)\b(?:\s+(?:bill|cost|score|then|of\s+(?:them|those)))?"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_SPLIT_KO = LazyPattern(
    rf"(?P<n>{_FIGURE})\s*(?:명|사람)(?:이서|이|으로|끼리)?\s*"
    # ("엔빵", chat's n빵 in Hangul: "넷이서 엔빵하면", opens56k)
    r"(?:똑같이|공평하게|같이|각각)?\s*(?:n빵|엔빵|나누면|나눠\s*내면|나눠서\s*내면|나눠|나누어)",
    re.IGNORECASE,
)
_SPLIT_EN = LazyPattern(
    rf"\b(?P<n>{_FIGURE})\s+of\s+us\s+(?:are\s+)?(?:splitting|split|sharing|share)"
    rf"|\bsplit\s+(?:it\s+|that\s+|this\s+)?(?P<w>{_FIGURE})\s+ways\b",
    re.IGNORECASE,
)
# "1인당", "1명에", "per person"; not the "1인" of a word that goes on ("1인치", an inch).
_PER_ONE = LazyPattern(
    r"(?<![\d.])1\s*(?:인(?=당|에|분|이|은|는|(?![가-힣]))|명|사람)\s*(?:당|에)?|\bper\s+person\b"
)
_GROWTH_KO = LazyPattern(
    rf"(?P<a>{_FIGURE})\s*(?:이|가|을|를|에서)?\s*(?:매년|해마다|1년에|한\s*해에?)\s*"
    rf"(?P<r>{_FIGURE})\s*%\s*씩?\s*(?:늘면|늘어나면|오르면|증가하면|성장하면|불어나면|불면)"
    rf"\s*(?P<n>{_FIGURE})\s*년\s*(?:뒤|후)",
)
_GROWTH_EN = LazyPattern(
    rf"(?P<a>{_FIGURE})\b.*?\bat\s+(?P<r>{_FIGURE})\s*%\s*"
    r"(?:compounded\s+(?:yearly|annually|every\s+year)|a\s+year\s+compounded)"
    rf".*?\b(?:after|in|for|over)\s+(?P<n>{_FIGURE})\s+years?\b",
    re.IGNORECASE,
)
# The terms of an instalment: interest-free ("무이자") and/or in instalments ("할부").
_TERMS = r"(?:할부|무이자)(?:\s*(?:할부|무이자))?\s*(?:로)?"
_INSTALLMENT = LazyPattern(
    # ("12개월 무이자면": 무이자 alone says the instalments; set 31 left it to the cloud.)
    # ("삼백만원 빌려서 12개월 무이자로 갚으면": money borrowed, paid back the same, set 50.)
    rf"(?P<a>{_FIGURE})\s*(?:짜리\s*)?(?:을|를)?\s*"
    r"(?:(?:빌려서|빌리고|빌린\s*(?:거|돈)\s*(?:을|를)?|대출\s*받아서|대출받은\s*(?:거|돈)\s*(?:을|를)?)\s*)?"
    # ("이백사십만원 무이자 6개월 할부면", "무이자 할부 12개월로", set 51: the terms said
    # before the months; whatever the order, a 개월 or 달 count with 할부 or 무이자 said.)
    rf"(?:(?P<t>{_TERMS})\s*)?(?P<n>{_FIGURE})\s*(?:개월|달)\s*(?:로\s*)?(?(t)(?:{_TERMS})?|{_TERMS})"
)

# "145만원 10% 할인받고 3개월 할부하면": the price less the cut, then the instalments (set 53).
_CUT_THEN_INSTALLMENT = LazyPattern(
    rf"(?P<a>{_FIGURE})\s*(?:짜리\s*)?(?:을|를|에서)?\s*(?P<r>{_FIGURE})\s*%\s*(?:할인|세일|DC)\s*"
    r"(?:받고|받아서|해서|하고|받은\s*가격(?:으로|에)?|된\s*가격(?:으로|에)?|가격(?:으로|에))\s*"
    rf"(?:(?P<t>{_TERMS})\s*)?(?P<n>{_FIGURE})\s*(?:개월|달)\s*(?:로\s*)?(?(t)(?:{_TERMS})?|{_TERMS})",
    re.IGNORECASE,
)
#: Off only in the test that shows what it changes.
USE_CUT_THEN_INSTALLMENT = True
_INTEREST = LazyPattern(r"(?<!무)이자|interest")

_KO_COUNTERS = r"(?:개|권|장|박스|상자|병|잔|봉지|켤레|벌|통|마리)"
_COUNT_THEN_EACH = LazyPattern(
    rf"(?P<n>{_FIGURE})\s*(?P<c>{_KO_COUNTERS}).*?(?:한|1)\s*(?P=c)\s*(?:에|당)\s*(?P<p>{_FIGURE})"
)
_EACH_THEN_COUNT = LazyPattern(
    rf"(?P<p>{_FIGURE})\s*(?:won\s+|dollars?\s+)?(?:per|a|each|for\s+each)\s+(?P<c>[a-z]+?)(?:es|s)?\b"
    rf".*?\b(?P<n>{_FIGURE})\s+(?P=c)(?:es|s)?\b",
    re.IGNORECASE,
)


def _count_at_price(text: str) -> str | None:
    match = _COUNT_THEN_EACH.search(text) or _EACH_THEN_COUNT.search(text)
    if match is None:
        return None
    # Every figure is the count or the price (the "1" of "1개에" aside), by place, not by
    # value: "charges 60 to come out and 2 a minute, she took 60 minutes" has a second 60
    # (the call-out) that no role takes, and was read as 2 * 60 with the 60 dropped.
    placed = {match.span("n"), match.span("p")}
    for figure in re.finditer(_FIGURE, text):
        one_of_match = figure[0] == "1" and match.start() <= figure.start() < match.end()
        if figure.span() not in placed and not one_of_match:
            return None
    # "3 times a month, what's that for a year": the count per a period, over the one asked.
    periods = periods_asked_of_count(text, match.end())
    if periods is None:
        return None
    return f"{match['p']} * {match['n']}" + (f" * {periods}" if periods != 1 else "")


# A figure followed by a span's unit ("paid over 10 months") counts time, never an amount
# of the list: "rates are 2,400 a year paid over 10 months, split 4 ways" was summed as
# (2400 + 10) / 4 (turns36's own probe after set 36's council tax).
_SPAN_AFTER = LazyPattern(
    r"\s*(?:years?|months?|weeks?|days?|hours?|minutes?|nights?)\b|\s*(?:개월|년|시간|주일|박)",
    re.IGNORECASE,
)


def _list_total(text: str) -> tuple[list[str], str] | None:
    """The figures of a labelled list making up ``text`` (bar filler words), else None."""
    items = [m for m in _ITEM.finditer(text) if m["label"].lower() not in _NOT_LABELS]
    figures = re.findall(_FIGURE, text)
    if len(items) < 2 or len(items) != len(figures):
        return None  # a figure no label names: not a plain list
    if any(_SPAN_AFTER.match(text, m.end("v")) for m in items):
        return None  # a span among the figures: no list of amounts
    values = [m["v"] for m in items]
    return values, "(" + " + ".join(values) + ")"


# An amount for several months said in the list ("전기세 두달치가 84000", "가스비 3개월 동안
# 12만원"): that many months of the average, never one. The count before 달/개월, then 치,
# 어치, 분, 동안 or 간, or the bare span before a particle; not a point in time ("두달 전",
# "3개월 뒤", "두달째", "두달마다").
_COUNT_WORD = "|".join(sorted({*KOREAN_COUNT_FORMS, "석", "넉"}, key=len, reverse=True))
_MONTHS_WORTH = LazyPattern(
    rf"(?<![\d.가-힣])(?P<n>{_FIGURE}|{_COUNT_WORD})\s*(?:달|개월)"
    r"(?!\s*(?:전|후|뒤|만에|째|마다|에\s*(?:한|1)\s*번))"
    r"(?P<tail>치|어치|분|\s*동안|간)?"
)
_MONTH_WORDS = {"석": "3", "넉": "4", **KOREAN_COUNT_FORMS}
# A span of another period in the list, one no count says ("달치가" of "두 달치가"), or an
# amount every so often ("두달마다 4만원"): no weighting this reader can do.
_OTHER_SPAN = LazyPattern(
    r"(?:주|년|해|일|달|개월)\s*(?:치|어치|동안|마다)"
    r"|\b(?:months?|weeks?|years?)(?:'s?)?\s+(?:worth|of)\b|\bevery\s+\d+\s+months\b",
    re.IGNORECASE,
)
# An average asked per another period than a month, of amounts that say their months.
_OTHER_AVERAGE = LazyPattern(
    r"(?:하루|일|주|주간|연|년|1년|한\s*해)\s*평균|평균\s*(?:하루|일|주|연|년)\b"
    r"|\b(?:daily|weekly|yearly|annual)\s+average|\baverage\s+(?:per|a)\s+(?:day|week|year)\b",
    re.IGNORECASE,
)
#: Whether amounts of several months said in a list weigh in an average by their months.
MONTHS_WEIGH = True


def _months_weighed(text: str, average_at: int) -> tuple[str, list[tuple[int, int]]] | None:
    """``text`` with every months' span before ``average_at`` put as a label word (its count
    gone), and each span's (place in the new text, months); None when a span is unread."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    last = 0
    for match in _MONTHS_WORTH.finditer(text, 0, average_at):
        months = _MONTH_WORDS.get(match["n"], match["n"])
        if not months.isdigit() or (match["tail"] is None and match["n"] in ("한", "1")):
            continue
        out.append(text[last : match.start()])
        spans.append((sum(map(len, out)), int(months)))
        out.append(" 기간치")
        last = match.end()
    out.append(text[last:])
    weighed = "".join(out)
    if _OTHER_SPAN.search(weighed[: average_at + len(weighed) - len(text)].replace("기간치", "")):
        return None
    if spans and _OTHER_AVERAGE.search(weighed):
        return None
    return weighed, spans


def _weighed_average(text: str, average_at: int) -> str | None:
    """The average per month of a list whose items say their months ("두달치 84000 이번달
    30000 한달 평균": (84000 + 30000) / 3), None when no item says more than one."""
    if not MONTHS_WEIGH:
        return None
    weighed = _months_weighed(text, average_at)
    if weighed is None:
        return ""  # a span no weighting reads: declined
    new_text, spans = weighed
    if not spans:
        return None
    shift = len(new_text) - len(text)
    items = [
        m
        for m in _ITEM.finditer(new_text, 0, average_at + shift)
        if m["label"].lower() not in _NOT_LABELS
    ]
    if len(items) < 2 or len(items) != len(re.findall(_FIGURE, new_text[: average_at + shift])):
        return ""
    periods = 0
    previous = 0
    for item in items:
        said = [n for at, n in spans if previous <= at < item.start("v")]
        if len(said) > 1:
            return ""
        periods += said[0] if said else 1
        previous = item.end("v")
    # A span after the last amount is the average's own ("두달 평균"): the months counted.
    if any(at >= previous and n != periods for at, n in spans):
        return ""
    return "(" + " + ".join(m["v"] for m in items) + f") / {periods}"


def _plain_average(text: str) -> str | None:
    match = _AVERAGE_OF.search(text)
    if match is None:
        return None
    values = re.findall(_FIGURE, match["list"] or match["ko"] or match["said"])
    if len(re.findall(_FIGURE, text)) != len(values):
        return None
    return "(" + " + ".join(values) + f") / {len(values)}"


def plain_average_values(text: str) -> list[tuple[int, int]] | None:
    """Where each figure of the one plain list whose average ``text`` asks stands (the
    reading of :func:`_plain_average`), or ``None`` (for a follow-up that changes one)."""
    match = _AVERAGE_OF.search(text)
    if match is None or _plain_average(text) is None:
        return None
    group = next(g for g in ("list", "ko", "said") if match[g] is not None)
    start = match.start(group)
    return [(start + m.start(), start + m.end()) for m in re.finditer(_FIGURE, match[group])]


def _aggregate(text: str) -> str | None:
    plain = _plain_average(text)
    if plain is not None:
        return plain
    average = _AVERAGE.search(text)
    if average is not None:
        weighed = _weighed_average(text, average.start())
        if weighed is not None:
            return weighed or None
        listed = _list_total(text[: average.start()])
        if listed is None or re.search(_FIGURE, text[average.end() :]):
            return None
        values, total = listed
        return f"{total} / {len(values)}"
    split = _SPLIT_KO.search(text) or _SPLIT_EN.search(text)
    if split is None:
        return None
    people = split["n"] or split.groupdict().get("w")
    listed = _list_total(text[: split.start()])
    # "1인당 얼마": the share asked per one person is no further figure.
    after = _PER_ONE.sub(" ", text[split.end() :])
    if listed is None or people is None or re.search(_FIGURE, after):
        return None
    return f"{listed[1]} / {people}"


def tally_expression(text: str) -> str | None:
    """An expression for the request when one of the module's rules reads it, else None.

    Args:
        text: A normalised request (numerals as digits, currency markers removed).

    Returns:
        For example ``"(84600 + 52300 + 23100) / 4"`` or ``"500000000 * (1 + 8 / 100) ** 3"``.
    """
    growth = _GROWTH_KO.search(text) or _GROWTH_EN.search(text)
    if growth is not None:
        return f"{growth['a']} * (1 + {growth['r']} / 100) ** {growth['n']}"
    cut = _CUT_THEN_INSTALLMENT.search(text) if USE_CUT_THEN_INSTALLMENT else None
    if cut is not None and len(re.findall(_FIGURE, text)) == 3 and not _INTEREST.search(text):
        return f"{cut['a']} * (1 - {cut['r']} / 100) / {cut['n']}"
    installment = _INSTALLMENT.search(text)
    # (Interest named without its rate, "이자 포함 한달 얼마", is never the plain split.)
    if (
        installment is not None
        and len(re.findall(_FIGURE, text)) == 2
        and not _INTEREST.search(text)
    ):
        return f"{installment['a']} / {installment['n']}"
    return _aggregate(text) or _count_at_price(text)
