"""Follow-ups of first turns read by slots, each a change of one slot (calc60, set 51).

- Whole packs only: after a pack's price ("생수 6병 묶음이 4200원이면 한병 단가", "a 12-pack
  of pens is 5.40, whats one pen cost"), a count needed said with packs sold whole only
  ("20병 필요한데 묶음으로만 팔면 얼마", "need 30 of them but they only sell full packs"):
  ceil(need / pack) packs at the pack's price. The count must be a need (필요, 사야, need,
  of them), never a pack size said anew ("10병 묶음으로만 팔면").
- A split asked per month after a monthly total over a span ("월세 55만에 관리비 7만원 일년
  내면 총 얼마", then "셋이 같이 살면 한명당 매달 얼마?"): the span's total over its months,
  then over the heads (206,667원), never the span's share (2,480,000원).
- A new count at the same rate ("and 15?" after "paid 7.80 for 6 avocados, so 10 would
  cost"): the count asked swapped, the rate kept (7.80 / 6 x 15).
- A part of a tank ("half a tank?", "반 탱크만 넣으면") after the cost of a full one: that
  part of the cost.
- A clock plus a span, then minutes more or a later start ("40분 더 자면?" after "밤
  11시20분에 자서 7시간반 자면 몇시에 깨", "and if it takes off 50 min late" after a landing
  time): the span said as its minutes plus the new ones, the start kept.
- A charge named anew ("what if the coupon was 15 instead" after "… a $10 coupon on top"):
  the one figure beside that noun in the request; a charge dropped ("and if there was no
  fee" after "… the bank keeps a 2% fee"): the request without that clause.
- A percent corrected ("아 20퍼 아니고 25퍼였음" after "15% 할인하면"): the request's one
  percent made the new one, whichever figure the turn says it was not.
- A loan's term said anew ("and if the term is 3 years" after a loan at simple interest
  paid monthly "for 2 years … over the 24 months"): the years and the months it says, both.
- Two changes in one follow-up ("what if it was 40/month and they waived the signup fee",
  "월 4만원이고 가입비 없으면"): the first change, then the second on its reading, each read
  by the rules that read it alone (and their guards); both must read, or no answer.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from core.lazy_regex import LazyPattern
from tools.calculator_interest_months_50a import simple_interest_loan_monthly
from tools.calculator_same_rate_count_58u import same_rate_read
from tools.calculator_span_unread_59k import months_spanned
from tools.followup_reading_51a import FIGURE, Change, plain
from tools.followup_rerun import kept_if_read, kept_if_runs

if TYPE_CHECKING:
    from tools.followup_chain import FollowUp

__all__ = ["CHANGES_60K", "month_of_split_span", "two_changes", "whole_packs_needed"]

#: A change rule of this module: the follow-up and the previous turn's steps → the new steps
#: with one line saying what changed, or ``None``.
_Rule = Callable[[str, Sequence[str]], "Change | None"]


def _opened(switch: str) -> Callable[[_Rule], _Rule]:
    """The opening every change rule of this module shares: no reading while its switch is
    off or when the previous turn was more than one step.

    Args:
        switch: The name of the module's flag that turns the rule on. It is read at each
            call, so a test switching the flag off (``off(calc60, "LOAN_TERM", False)``)
            turns the rule off.
    """
    if not isinstance(globals().get(switch), bool):
        raise NameError(f"no switch {switch!r} in {__name__}")

    def opening(rule: _Rule) -> _Rule:
        @functools.wraps(rule)
        def opened(text: str, steps: Sequence[str]) -> Change | None:
            if not globals()[switch] or len(steps) != 1:
                return None
            return rule(text, steps)

        return opened

    return opening


_N = r"\d+(?:\.\d+)?"
_KO_COUNTER = r"(?:병|개|캔|롤|장|봉지|봉|개입|입|알|구|자루|켤레|팩)"
_KO_PACK = r"(?:묶음|팩|세트|박스|상자|번들|들이|봉지)"
# "6병 묶음이 4200원", "30롤짜리 1팩에 18000원", "12개입 박스 9900원", "5개입 한봉지 4250원"
# (opens62: a bag, and its one said 한).
_KO_PRICED_PACK = LazyPattern(
    rf"(?<![\d.])(?P<n>\d+)\s*(?P<c>{_KO_COUNTER})\s*(?:짜리\s*)?(?:1\s*|한\s*)?{_KO_PACK}"
    rf"\s*(?:이|가|은|는|에|이면|에는)?\s*(?P<p>{_N})\s*원"
)
# The one piece asked: "1병 단가", "한롤에 얼마", "낱개 가격".
_KO_ONE = LazyPattern(rf"(?:(?<![\d.])1|한)\s*{_KO_COUNTER}|낱개|개당|단가")
# Packs sold whole only, in the turn's words.
_KO_WHOLE = LazyPattern(
    rf"{_KO_PACK}\s*(?:으로|로|단위로|째로?)\s*만|{_KO_PACK}\s*단위로\s*(?:만\s*)?(?:팔|파|사야)"
    r"|낱개\s*(?:로는|는|로)?\s*(?:안|못)\s*(?:팔|사|파)|낱개\s*판매\s*(?:안|없)"
)
_EN_WHOLE = LazyPattern(
    r"\b(?:only|full|whole|entire)\s+(?:dozens?|packs?|boxes|cartons?|bags?|cases?)\b"
    # "they only sell the 24 packs", "it only comes in 6-packs" (opens62).
    r"|\bonly\s+(?:sell|sells|sold|comes?|available)\s+(?:in\s+)?(?:the\s+)?(?:whole\s+|full\s+)?"
    r"(?:\d+\s*-?\s*)?(?:packs?|boxes|cartons?|bags?|cases?)\b"
    r"|\b(?:dozens?|packs?|boxes|cartons?|bags?|cases?)\s+only\b"
    r"|\bby\s+the\s+(?:dozen|pack|box|carton|bag|case)\b"
    r"|\b(?:no|not?)\s+(?:sell(?:ing)?\s+)?(?:singles|single\s+\w+|loose\s+\w+|individually)\b",
    re.IGNORECASE,
)
_ASKS_COST = LazyPattern(
    r"얼마|가격|비용|드냐|드나|들어|how\s+much|\bcost|\bprice|\btotal|spend|pay", re.I
)
# A figure that names the pack by its size ("the 24 packs"), no count needed (opens62).
_PACK_SIZE_SAID = LazyPattern(r"\s*-?\s*(?:packs?|pk|boxes|box|cases?|cartons?)\b", re.I)
#: Whether a count needed, said with packs sold whole only, reads whole packs.
WHOLE_PACKS_NEEDED = True


def _ko_pack(step: str) -> tuple[str, str, str] | None:
    """(pack count, counter, pack price) of a Korean pack priced with its one piece asked."""
    said = plain(step)
    found = list(_KO_PRICED_PACK.finditer(said))
    if len(found) != 1:
        return None
    match = found[0]
    roles = {match.span("n"), match.span("p")}
    for figure in FIGURE.finditer(said):
        if figure.span() not in roles and not (
            figure[0] == "1" and _KO_ONE.match(said, figure.start())
        ):
            return None
    return match["n"], match["c"], match["p"]


@_opened("WHOLE_PACKS_NEEDED")
def whole_packs_needed(text: str, steps: Sequence[str]) -> Change | None:
    """ "20병 필요한데 묶음으로만 팔면 얼마" after a pack's price: whole packs for the need."""
    said = plain(text)
    figures = list(FIGURE.finditer(said))
    sizes = [f[0] for f in figures if _PACK_SIZE_SAID.match(said, f.end())]
    figures = [f for f in figures if not _PACK_SIZE_SAID.match(said, f.end())]
    if len(figures) != 1 or not _ASKS_COST.search(said):
        return None
    need = figures[0]
    ko = _ko_pack(steps[0])
    if ko is not None:
        pack, counter, price = ko
        if not _KO_WHOLE.search(said) or any(float(size) != float(pack) for size in sizes):
            return None
        after = said[need.end() :]
        # The count needed, with the pack's counter (or 개): "20병 필요한데", "20개 사야".
        if not re.match(
            rf"\s*(?:{counter}|개)\s*(?:이|가|을|를|은|는)?\s*(?:꼭\s*)?"
            r"(?:필요|사야|사려|살\s*거|있어야|써야|쓸)",
            after,
        ):
            return None
        return kept_if_read(
            f"ceil({need[0]} / {pack}) * {price}원", f"whole packs of {pack} for {need[0]}"
        )
    step = plain(steps[0])
    read = same_rate_read(step)
    if read is None or not _EN_WHOLE.search(said):
        return None
    if any(float(size) != float(read.pack) for size in sizes):
        return None  # another pack than the one priced
    before, after = said[: need.start()], said[need.end() :]
    # The count needed: "need 30", "30 of them", "buying 30", "for 30 pens"; never a pack
    # size ("only sold in 10-packs").
    if re.match(r"\s*-?\s*(?:packs?|pk|count|dozen|boxes|box)\b", after, re.IGNORECASE):
        return None
    if not (
        re.search(r"\b(?:need|needs|needed|want|buy|buying|get|getting|for)\s+$", before, re.I)
        or re.match(r"\s+of\s+(?:them|those|these)\b", after, re.IGNORECASE)
    ):
        return None
    money = "$" if re.search(r"\$|dollars?|bucks|\d\.\d\d\b", steps[0]) else ""
    return kept_if_read(
        f"ceil({need[0]} / {read.pack}) * {money}{read.price}",
        f"whole packs of {read.pack} for {need[0]}",
    )


# A split by heads: "셋이 같이 살면", "3명이서 나누면", "넷이 나눠 내면", "split 3 ways".
_HEAD_WORDS = {"둘": 2, "셋": 3, "넷": 4, "다섯": 5, "여섯": 6, "two": 2, "three": 3, "four": 4}
_HEADS = "|".join(_HEAD_WORDS)
_SPLIT_BY = LazyPattern(
    rf"(?<![\d.가-힣])(?P<n>\d+|{_HEADS})\s*(?:명|사람)?\s*(?:이서|이|서)?\s*"
    r"(?:같이\s*)?(?:살면|나누면|나눠\s*(?:서\s*)?내면|나눠서|나눠|쉐어하면|엔빵|n빵)"
    rf"|\b(?:split|shared|divided)\s+(?:it\s+|that\s+)?(?:between\s+|among\s+)?"
    rf"(?P<w>\d+|{_HEADS})(?:\s+ways|\s+of\s+us|\s+people)?\b",
    re.IGNORECASE,
)
# A month asked: "매달", "한달에", "월에", "per month", "a month", "monthly".
_MONTH_ASKED = LazyPattern(
    r"매\s*달|매\s*월|(?:1|한)\s*달(?:에|당|마다|씩)?|달마다|월에|\b(?:a|per|each|every)\s+month\b"
    r"|\bmonthly\b",
    re.IGNORECASE,
)
# An amount said per month: "월 13,500", "매달", "a month", or rent ("월세", "rent").
_MONTHLY = LazyPattern(
    r"(?<![가-힣])월\s*\d|월세|매\s*달|매\s*월|한\s*달에|\brent\b|\b(?:a|per|each|every)\s+month\b"
    r"|\bmonthly\b",
    re.IGNORECASE,
)
#: Whether a split asked per month after a span's total takes the span's months out.
MONTH_OF_SPLIT_SPAN = True


@_opened("MONTH_OF_SPLIT_SPAN")
def month_of_split_span(text: str, steps: Sequence[str]) -> Change | None:
    """ "셋이 같이 살면 한명당 매달 얼마?" after a monthly total over a year: total / 12 / 3."""
    said = plain(text)
    split = _SPLIT_BY.search(said)
    if split is None or _MONTH_ASKED.search(said) is None:
        return None
    heads = split["n"] or split["w"]
    count = _HEAD_WORDS.get(heads.lower()) or int(heads)
    # Every figure the turn says is the head count ("한명당" said as 1 aside).
    for figure in FIGURE.finditer(said):
        if figure.span() not in (split.span("n"), split.span("w")) and figure[0] != "1":
            return None
    step = plain(steps[0])
    months = months_spanned(step)
    if months is None or months < 2 or count < 2 or _MONTHLY.search(step) is None:
        return None
    from tools.followup_chain import run_chain  # the chain runs the handlers (a cycle)

    total = run_chain(list(steps))
    if total is None or str(months) not in re.findall(r"\d+", total.detail or ""):
        return None  # the span is not a factor of the total read: not a span's total
    korean = re.search(r"[가-힣]", said) is not None
    if korean:
        added = [f"그걸 {months}로 나누면", f"그걸 {count}으로 나누면"]
    else:
        added = [f"divide that by {months}", f"divide that by {count}"]
    return kept_if_runs([*steps, *added], f"the {months} months' total a month, split {count} ways")


# A count alone: "and 15?", "what about 15", "15 then?", "ok and for 15".
_COUNT_ALONE = LazyPattern(
    r"^\s*(?:(?:and|ok(?:ay)?|so|what\s+about|how\s+about|and\s+for|for|then)[\s,]+)*"
    r"(?P<m>\d+)(?:\s+(?P<noun>[a-z]{3,}))?\s*(?:then|instead)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
#: Whether a count alone after a count at the same rate is the count asked.
SAME_RATE_NEW_COUNT = True


# Korean: "사과 6개 7800원이면 10개는 얼마" (the count priced, its price, the count asked).
_KO_SAME_RATE = LazyPattern(
    rf"(?<![\d.])(?P<n>\d+)\s*(?P<c>{_KO_COUNTER}|마리|권|잔|판|송이)\s*(?:에|이|가|은|는|짜리가?)?\s*"
    r"(?P<p>\d+(?:\.\d+)?)\s*원\s*(?:이면|인데|이고|에|이니까|일\s*때)?[^\d]*?"
    r"(?<![\d.])(?P<m>\d+)\s*(?P=c)\s*(?:은|는|이면|면|사면|살\s*때)?[^\d]*$"
)
_KO_COUNT_ALONE = LazyPattern(
    rf"^\s*(?:그럼\s*|그러면\s*)?(?P<m>\d+)\s*(?P<c>{_KO_COUNTER}|마리|권|잔|판|송이)?\s*"
    r"(?:은|는|이면|면|사면|살\s*때는?|이라면)?\s*(?:얼마(?:야|임|예요|에요)?)?\s*[?？]?\s*$"
)


def _ko_same_rate_new_count(said: str, step: str) -> Change | None:
    """ "15개는?" after "사과 6개 7800원이면 10개는 얼마": 7800 / 6 x 15."""
    asked = _KO_COUNT_ALONE.match(said)
    read = _KO_SAME_RATE.search(step)
    if asked is None or read is None or read.start() > 40:
        return None
    if asked["c"] and asked["c"] != read["c"]:
        return None  # another thing counted
    spans = {read.span("n"), read.span("p"), read.span("m")}
    if {f.span() for f in FIGURE.finditer(step)} != spans or asked["m"] in (read["n"], read["m"]):
        return None
    changed = step[: read.start("m")] + asked["m"] + step[read.end("m") :]
    return kept_if_read(changed, f"{read['m']}{read['c']} → {asked['m']}{read['c']} asked")


@_opened("SAME_RATE_NEW_COUNT")
def same_rate_new_count(text: str, steps: Sequence[str]) -> Change | None:
    """ "and 15?" after "paid 7.80 for 6 avocados, so 10 would cost": 7.80 / 6 x 15."""
    korean = _ko_same_rate_new_count(plain(text), plain(steps[0]))
    if korean is not None:
        return korean
    asked = _COUNT_ALONE.match(plain(text))
    if asked is None:
        return None
    read = same_rate_read(plain(steps[0]))
    if read is None or read.asked == "1" or asked["m"] in (read.pack, read.asked):
        return None  # one piece asked (a price each, no count), or no new count
    noun = asked["noun"]
    if noun is not None and noun.lower() not in plain(steps[0]).lower():
        return None  # "and 15 limes?": another thing
    money = "$" if re.search(r"\$|dollars?|bucks|\d\.\d\d\b", steps[0]) else ""
    return kept_if_read(
        f"{money}{read.price} / {read.pack} * {asked['m']}",
        f"{asked['m']} at {read.price} for {read.pack}",
    )


_TANK_PART = LazyPattern(
    r"^\s*(?:(?:and|ok(?:ay)?|so|what\s+about|how\s+about|just|only|for)[\s,]+)*"
    r"(?:(?P<half>half|a\s+half)|(?P<quarter>a\s+quarter|quarter|1/4)|(?P<three>three\s+quarters|3/4)"
    r"|(?P<third>a\s+third|1/3))\s+(?:of\s+)?(?:a|the)\s+tank\s*(?:full)?\s*[?.!]*\s*$"
    r"|^\s*(?:그럼\s*)?(?:(?P<ko_half>반|절반)\s*(?:탱크|만)\s*(?:만\s*)?(?:넣으면|채우면|주유하면)?"
    r"|탱크\s*(?P<ko_half2>반|절반)\s*만?\s*(?:넣으면|채우면|주유하면)?)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_FULL_TANK = LazyPattern(
    r"\btank\b.*\bfill|\bfill\b.*\btank\b|\btank\s+(?:takes|holds)|가득|탱크|만땅", re.I
)
#: Whether a part of a tank after a full one's cost is that part of the cost.
TANK_PART = True


@_opened("TANK_PART")
def part_of_a_tank(text: str, steps: Sequence[str]) -> Change | None:
    """ "half a tank?" after the cost of filling the tank: half of it."""
    part = _TANK_PART.match(plain(text))
    if part is None or _FULL_TANK.search(steps[0]) is None:
        return None
    if part["half"] or part["ko_half"] or part["ko_half2"]:
        by = "2"
    elif part["quarter"]:
        by = "4"
    elif part["third"]:
        by = "3"
    else:
        return None  # three quarters: no division of the whole by one figure
    korean = re.search(r"[가-힣]", text) is not None
    added = f"그걸 {by}로 나누면" if korean else f"divide that by {by}"
    return kept_if_runs([*steps, added], f"1/{by} of the tank")


# The clock and span a reading added: "23:20 + 450 min = 06:50".
_CLOCK_PLUS = re.compile(r"^(?P<start>\d{1,2}:\d{2}) \+ (?P<span>\d+) min = \d{1,2}:\d{2}$")
# The one span of the step: "7시간반", "7시간 30분", "90분"; "7 hours 45 minutes", "90 min".
_SPAN_SAID = LazyPattern(
    r"(?<![\d.])\d+\s*시간\s*(?:반|\d+\s*분)?|(?<![\d.시])(?<!시\s)\d+\s*분"
    r"|(?<![\d.:])\d+(?:\.\d+)?\s*(?:hours?|hrs?)(?:\s*(?:and\s+)?\d+\s*(?:minutes?|mins?))?\b"
    r"|(?<![\d.:])\d+\s*(?:minutes?|mins?)\b",
    re.IGNORECASE,
)
_KO_MORE = LazyPattern(
    r"^\s*(?:그럼\s*|만약\s*)?(?:(?P<h>\d+)\s*시간\s*)?(?:(?P<m>\d+)\s*분\s*)?"
    r"(?:(?:더|늦게)\s*(?:자면|잔다면|걸리면|있으면|출발하면|떠나면|뜨면|시작하면)|늦어지면|지연되면"
    r"|연착되면|딜레이되면)\s*[?？]?\s*$"
)
# A break put inside the span (unseen53: "중간에 20분 쉬는시간 있으면", "plus a 15 min coffee
# break?"): the span grows by it, so the end moves later by as much.
_KO_BREAK_WORD = r"(?:쉬는\s*시간|휴식\s*(?:시간)?|쉬는\s*타임|브레이크|점심\s*시간|break\s*time)"
_KO_BREAK = LazyPattern(
    r"^\s*(?:그럼\s*|만약\s*|근데\s*)?(?:중간에\s*|사이에\s*|도중에\s*)?"
    r"(?:(?:(?P<h>\d+)\s*시간\s*)?(?:(?P<m>\d+)\s*분\s*)?(?:짜리\s*)?"
    rf"{_KO_BREAK_WORD}|{_KO_BREAK_WORD}\s*(?:이|을|를|도)?\s*(?:(?P<h2>\d+)\s*시간\s*)?"
    r"(?:(?P<m2>\d+)\s*분)?)\s*(?:이|을|를|도)?\s*"
    r"(?:있으면|넣으면|포함하면|포함되면|추가하면|껴\s*있으면|끼면|주면|가지면|하면|잡으면)"
    r"(?=\s*[?？]?\s*$)",
)
# (Put on: "plus", "add"; "if i take a 30 min break" may be inside the hours said.)
_EN_BREAK = re.compile(r"\b(?:plus|add|adding|added|extra)\b.*\b(?:breaks?|pause)\b", re.IGNORECASE)
_EN_DURATION = LazyPattern(
    r"(?<![\d.:])(?:(?P<h>\d+)\s*(?:hours?|hrs?)\s*(?:and\s+)?)?"
    r"(?:(?P<m>\d+)\s*(?:minutes?|mins?))?\b",
    re.IGNORECASE,
)
_EN_LATER = re.compile(r"\b(?:late|later|longer|more|extra|delayed|delay)\b", re.IGNORECASE)
_EN_ALLOWED = frozenset(
    [
        "and",
        "if",
        "what",
        "it",
        "we",
        "i",
        "the",
        "flight",
        "train",
        "bus",
        "plane",
        "takes",
        "take",
        "took",
        "off",
        "leaves",
        "leave",
        "left",
        "departs",
        "depart",
        "starts",
        "start",
        "sleep",
        "sleeps",
        "slept",
        "more",
        "extra",
        "late",
        "later",
        "longer",
        "delayed",
        "delay",
        "is",
        "was",
        "gets",
        "get",
        "got",
        "by",
        "an",
        "a",
        "another",
        "how",
        "about",
        "s",
        "ok",
        "so",
        "then",
        # A break inside the span (unseen53): "plus a 15 min coffee break?".
        "plus",
        "with",
        "add",
        "break",
        "breaks",
        "coffee",
        "lunch",
        "tea",
        "rest",
        "pause",
        "in",
        "middle",
        "between",
        "there",
        "s",
        "we",
        "take",
        "have",
        "had",
    ]
)
#: Whether minutes more, or a start later, move a clock plus a span.
CLOCK_SPAN_LONGER = True
#: Whether a break put inside the span moves its end (unseen53; off in tests).
USE_BREAK_INSIDE = True


def _minutes_said(text: str) -> int | None:
    """The minutes a turn adds to a span or a start, or None (not this form)."""
    korean = _KO_MORE.match(text)
    if korean is not None:
        if not (korean["h"] or korean["m"]):
            return None
        return int(korean["h"] or 0) * 60 + int(korean["m"] or 0)
    rest_ko = _KO_BREAK.match(text) if USE_BREAK_INSIDE else None
    if rest_ko is not None:
        h = rest_ko["h"] or rest_ko["h2"]
        m = rest_ko["m"] or rest_ko["m2"]
        return int(h or 0) * 60 + int(m or 0) if (h or m) else None
    if not (_EN_LATER.search(text) or (USE_BREAK_INSIDE and _EN_BREAK.search(text))):
        return None
    durations = [d for d in _EN_DURATION.finditer(text) if d["h"] or d["m"]]
    if len(durations) != 1 or len(FIGURE.findall(text)) != len(
        [g for g in durations[0].groups() if g]
    ):
        return None
    rest = (text[: durations[0].start()] + " " + text[durations[0].end() :]).lower()
    if any(word not in _EN_ALLOWED for word in re.findall(r"[a-z]+", rest)):
        return None  # other words: another question
    return int(durations[0]["h"] or 0) * 60 + int(durations[0]["m"] or 0)


@_opened("CLOCK_SPAN_LONGER")
def clock_span_longer(text: str, steps: Sequence[str]) -> Change | None:
    """ "40분 더 자면?", "and if it takes off 50 min late" after a clock plus a span."""
    more = _minutes_said(plain(text))
    if not more:
        return None
    from tools.followup_chain import run_chain  # the chain runs the handlers (a cycle)

    before = run_chain(list(steps))
    read = _CLOCK_PLUS.match((before.detail or "") if before else "")
    spans = list(_SPAN_SAID.finditer(steps[0]))
    if read is None or len(spans) != 1:
        return None
    total = int(read["span"]) + more
    korean = re.search(r"[가-힣]", spans[0][0]) is not None
    said = f"{total}분" if korean else f"{total} minutes"
    step = steps[0][: spans[0].start()] + said + steps[0][spans[0].end() :]
    after = run_chain([step])
    if after is None or not (after.detail or "").startswith(f"{read['start']} + {total} min"):
        return None  # the span said anew is not read as that span from that start
    return [step], f"{more} min more than {read['span']} from {read['start']}"


_CHARGE_NOUN = (
    r"(?:coupon|voucher|gift\s+card|gift\s+certificate|promo\s+code|discount\s+code|deposit)"
)
_CHARGE_ANEW = LazyPattern(
    r"^\s*(?:(?:and|ok(?:ay)?|so|but)[\s,]+)?(?:what\s+if|and\s+if|if|say|suppose)?\s*"
    rf"(?:the|my|a|that)\s+(?P<noun>{_CHARGE_NOUN})\s+(?:was|is|were|had\s+been|'s)\s+"
    r"(?:only\s+|just\s+)?\$?(?P<v>\d+(?:\.\d+)?)\s*(?:dollars?|bucks)?\s*(?:off\s+)?"
    r"(?:instead)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_FEE_DROPPED = LazyPattern(
    r"^\s*(?:(?:and|ok(?:ay)?|so|but)[\s,]+)?(?:what\s+if|and\s+if|if)?\s*(?:there\s+(?:was|were|is)\s+"
    r"no|with\s+no|without\s+(?:the|a|any)|no|skip\s+the|drop\s+the|minus\s+the)\s+"
    r"(?P<noun>fee|charge|commission|service\s+charge)s?\s*(?:at\s+all)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_PERCENT_CORRECTED = LazyPattern(
    r"(?P<x>\d+(?:\.\d+)?)\s*(?:%|퍼센트|퍼|프로)\s*(?:가|이|는|은)?\s*아니(?:고|라)\s*"
    r"(?P<y>\d+(?:\.\d+)?)\s*(?:%|퍼센트|퍼|프로)(?:\s*(?:였음|였어|였네|였다|래|임|야|이야|이었어|이래))?"
    r"\s*[?.!~ㅋㅠ]*\s*$"
    r"|\bnot\s+(?P<x2>\d+(?:\.\d+)?)\s*(?:%|percent)\s*,?\s*(?:it\s+was|it'?s|but)\s+"
    r"(?P<y2>\d+(?:\.\d+)?)\s*(?:%|percent)\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_STEP_PERCENT = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?=\s*(?:%|퍼센트|퍼|프로|percent))", re.I)
#: Whether a charge named anew, a charge dropped or a percent corrected is read.
CHARGE_CHANGES = True


@_opened("CHARGE_CHANGES")
def charge_named_anew(text: str, steps: Sequence[str]) -> Change | None:
    """ "what if the coupon was 15 instead" after "… a $10 coupon on top": the coupon 15."""
    said = _CHARGE_ANEW.match(plain(text))
    if said is None:
        return None
    noun = said["noun"].split()[0]
    beside = [
        m
        for m in re.finditer(
            rf"(?<![\d.])\$?(?P<v>\d+(?:\.\d+)?)\s*(?:dollars?\s+|bucks\s+)?(?:[a-z]+\s+)?{noun}"
            rf"|{noun}\s+(?:of|for|worth)\s+\$?(?P<w>\d+(?:\.\d+)?)",
            steps[0],
            re.IGNORECASE,
        )
    ]
    if len(beside) != 1:
        return None
    group = "v" if beside[0]["v"] else "w"
    if beside[0][group] == said["v"]:
        return None
    step = steps[0][: beside[0].start(group)] + said["v"] + steps[0][beside[0].end(group) :]
    return kept_if_read(step, f"the {said['noun']} {beside[0][group]} → {said['v']}")


@_opened("CHARGE_CHANGES")
def charge_dropped(text: str, steps: Sequence[str]) -> Change | None:
    """ "and if there was no fee" after "… and the bank keeps a 2% fee": no such clause."""
    said = _FEE_DROPPED.match(plain(text))
    if said is None:
        return None
    noun = said["noun"].split()[-1]
    clauses = list(
        re.finditer(
            r"(?:,\s*|\s+and\s+|\s+plus\s+)(?:(?:the|a|my)\s+)?(?:[a-z']+\s+){0,3}?"
            r"(?:a\s+|an\s+)?\$?\d+(?:\.\d+)?\s*(?:%|percent|won|dollars?)?\s*(?:[a-z]+\s+)?"
            rf"{noun}s?\b",
            steps[0],
            re.IGNORECASE,
        )
    )
    if len(clauses) != 1:
        return None
    step = steps[0][: clauses[0].start()] + steps[0][clauses[0].end() :]
    return kept_if_read(step, f"no {said['noun']}")


@_opened("CHARGE_CHANGES")
def percent_corrected(text: str, steps: Sequence[str]) -> Change | None:
    """ "아 20퍼 아니고 25퍼였음" after "가방 8만9천원 15% 할인하면": the one percent 25."""
    said = _PERCENT_CORRECTED.search(plain(text))
    if said is None:
        return None
    before = plain(text)[: said.start()]
    if FIGURE.search(before):
        return None  # another figure said before the correction
    new = said["y"] or said["y2"]
    step = plain(steps[0])
    percents = list(_STEP_PERCENT.finditer(step))
    if len(percents) != 1 or percents[0][0] == new:
        return None
    changed = step[: percents[0].start()] + new + step[percents[0].end() :]
    # (The figure said as not the percent is the one the request has, misremembered.)
    was = said["x"] or said["x2"]
    return kept_if_read(changed, f"{percents[0][0]}% (said as {was}%) → {new}%")


_TERM_ANEW = LazyPattern(
    r"^\s*(?:(?:and|ok(?:ay)?|so|but)[\s,]+)?(?:what\s+if|and\s+if|if|what\s+about|how\s+about)?\s*"
    r"(?:(?:the|a)\s+(?:term|loan)\s+(?:is|was|were|of)\s+|over\s+|for\s+|i\s+take\s+|we\s+take\s+)?"
    r"(?P<y>\d+)\s*-?\s*years?\s*(?:term|loan)?\s*(?:instead)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
#: Whether a loan's term said anew changes its years and months.
LOAN_TERM = True


@_opened("LOAN_TERM")
def loan_term_changed(text: str, steps: Sequence[str]) -> Change | None:
    """ "and if the term is 3 years" after a loan at simple interest paid monthly."""
    said = _TERM_ANEW.match(plain(text))
    step = plain(steps[0])
    if said is None or simple_interest_loan_monthly(step) is None:
        return None
    new_years = int(said["y"])
    years = list(re.finditer(r"(?<![\d.])(\d+)(?=\s+years?\b)", step, re.IGNORECASE))
    months = list(
        re.finditer(r"(?<![\d.])(\d+)(?=\s+(?:monthly\s+)?(?:months?|payments?)\b)", step, re.I)
    )
    if len(years) > 1 or len(months) > 1 or not (years or months):
        return None
    swaps = [(m.span(1), str(new_years)) for m in years] + [
        (m.span(1), str(new_years * 12)) for m in months
    ]
    changed = step
    for (start, end), value in sorted(swaps, reverse=True):
        changed = changed[:start] + value + changed[end:]
    if changed == step:
        return None
    return kept_if_read(changed, f"the term {new_years} years ({new_years * 12} months)")


CHANGES_60K = (
    loan_term_changed,  # "and if the term is 3 years" after a loan paid monthly
    charge_named_anew,  # "what if the coupon was 15 instead"
    charge_dropped,  # "and if there was no fee"
    percent_corrected,  # "아 20퍼 아니고 25퍼였음"
    # "40분 더 자면?", "and if it takes off 50 min late" after a clock plus a span
    clock_span_longer,
    # "and 15?" after "paid 7.80 for 6 avocados, so 10 would cost"
    same_rate_new_count,
    # "half a tank?" after a full tank's cost
    part_of_a_tank,
    # "셋이 같이 살면 한명당 매달 얼마?" after a monthly total over a year
    month_of_split_span,
    # "20병 필요한데 묶음으로만 팔면 얼마", "need 30 of them but they only sell full packs"
    whole_packs_needed,
)


# Where two changes join: "… and they waived …", "…, plus …", "4만원이고 가입비 …".
_JOIN = LazyPattern(
    r"\s*,?\s+(?:and|plus)\s+(?:also\s+)?(?=\S)|\s*,\s+(?=\S)"
    r"|(?<=[\d원%퍼개명캔판달일])\s*(?:이고|고|에다가?|에)\s+(?=\S)"
)
# A part that says a change: a figure, or a charge dropped or waived.
_SAYS_CHANGE = LazyPattern(
    r"\d|\b(?:waive[sd]?|waiving|dropp?(?:ed|s)?|no|without|skip(?:ped)?|free|none|cancel(?:led)?)\b"
    r"|빼|없|면제|안\s*(?:내|받)|무료|취소",
    re.IGNORECASE,
)
# A part that drops a charge, with no figure ("and no activation fee", "가입비 없으면").
_DROPS = LazyPattern(
    r"\b(?:waive[sd]?|waiving|dropp?(?:ed|s)?|no|without|skip(?:ped)?|none)\b"
    r"|없|면제|빼|안\s*(?:내|받)",
    re.IGNORECASE,
)
#: Whether two changes in one follow-up are read one after the other.
TWO_CHANGES = True
#: What :func:`two_changes` gives for a turn whose second change no rule reads.
DECLINED = "declined"

Resolver = Callable[[Sequence[str], str, "datetime | None"], "FollowUp | None"]


def two_changes(
    earlier: Sequence[str],
    text: str,
    now: datetime | None,
    resolve: Resolver,
    as_said: FollowUp | None,
) -> FollowUp | str | None:
    """ "40/month and they waived the signup fee": each change read in the order said.

    A turn no rule read as a whole is read part by part; a turn read as a whole whose
    reading is its first part's alone ("make it 12 a month and no activation fee" read as
    the 12 alone) has its second part read on it, or is declined (:data:`DECLINED`).

    Args:
        earlier: The user's earlier turns, oldest first.
        text: This turn.
        now: The current time for date steps.
        resolve: How one follow-up is read against earlier turns.
        as_said: The turn's reading as a whole, if any.
    """
    if not TWO_CHANGES or not earlier:
        return None
    said = plain(text)
    for join in _JOIN.finditer(said):
        head, tail = said[: join.start()].strip(), said[join.end() :].strip()
        if not (_SAYS_CHANGE.search(head) and _SAYS_CHANGE.search(tail)):
            continue
        if as_said is not None and (FIGURE.search(tail) or not _DROPS.search(tail)):
            continue  # read as a whole: only a charge dropped beside it is checked
        first = resolve(earlier, head, now)
        if first is None:
            continue
        if as_said is not None and as_said.result.value != first.result.value:
            continue  # the whole reading is more than its first part's
        second = resolve([*earlier, head], tail, now)
        if (
            second is None
            or second.result.value == first.result.value
            or len(second.steps) > len(first.steps)
        ):
            # The second change unread, read as no change, or as one more step on the
            # first's result ("it was 50 a month" as × 50): never the first alone.
            return DECLINED
        return second
    return None
