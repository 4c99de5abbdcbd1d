"""Follow-up edits that change a quantity by some amount or re-ask a span ("30분 더 늦어지면?").

Found by the third unseen set. Like the edits of ``tools.followup_rates``, each reads a
follow-up against the previous turn's step texts and returns the changed steps and one
line for the trace, or ``None``:

- :func:`change_by_amount`: "N more/less of a kind" adds to or takes from the step's
  latest quantity of that kind ("30분 더 늦어지면?", "거기서 10파운드 빠지면?").
- :func:`tools.followup_period_span.respan_period_rate` (its own module): a per-period
  figure asked over another span ("한 달(30일)이면?").
- :func:`round_to_unit`: "천 원 단위로 반올림하면?" rounds the result to that place.
- :func:`left_after_share`: "how much is left after taking that off?" after a
  percentage of an amount is the amount less that percentage.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_said_plainly_62c import with_companion_half_counted
from tools.followup_quantities import QUANTITY, SAME_UNIT
from tools.korean_numbers import normalize_numerals
from tools.units import FEET_AND_INCHES

__all__ = [
    "change_by_amount",
    "left_after_share",
    "new_head_count",
    "pay_with",
    "replace_compound_length",
    "rest_of_amount",
    "reverse_conversion",
    "round_to_unit",
    "same_change_again",
]

_NUM = r"\d[\d,]*(?:\.\d+)?"
# "30분 더 늦어지면", "10파운드 빠지면", "2 more hours": the amount and which way it goes.
_BY_AMOUNT = LazyPattern(
    # ("근데 두명은 먼저 가서 빼면?", set 51: 근데 leads, people gone early are fewer heads.)
    rf"^\s*(?:그럼|그러면|거기서|거기에서|만약|근데|그런데)?\s*(?P<q>{_NUM}\s*[가-힣A-Za-z]{{1,4}}?)"
    r"\s*(?:이|가)?\s*"
    r"(?:(?P<more>더\s*(?:늦어지면|걸리면|늘면|늘어나면|있으면|하면|길어지면|오르면|찌면"
    r"|있었으면|있었다면|왔으면|왔다면"  # "한명 더 있었으면?": the same, said of the past (set 45)
    # "두 판 더 추가하면?", "2잔 더 시키면?": more of what was bought.
    r"|추가하면|시키면|사면|주문하면|넣으면)"
    # "한 시간 늦게 출발하면?": leaving later moves the end by as much as a longer span.
    r"|늦게\s*\S+면)"
    # Intransitive only: "2,000원을 빼면" subtracts from the result (the reference edits).
    r"|(?P<less>(?:빠지면|줄면|줄어들면|덜\s*\S+면|일찍\s*\S+면|짧아지면"
    r"|먼저\s*(?:가서|가니까|갔으니까)\s*(?:빼면|빠지면)|먼저\s*가면))"
    # "두 잔 빼면?", "2개 취소하면?": fewer of what was bought (a counter, never money:
    # checked in change_by_amount).
    r"|(?P<fewer_items>(?:빼면|빼고|취소하면)))\s*[?？]?\s*$"
    rf"|^\s*(?:and\s+|what\s+if\s+(?:it\s+takes\s+)?)?(?P<en_q>{_NUM}\s+(?P<en_dir>more|less|fewer)"
    r"\s+[A-Za-z]+)\s*\??\s*$"
    # "and if it's delayed by 40 minutes?": a span made that much longer.
    r"|^\s*(?:and\s+|but\s+)?(?:what\s+)?if\s+(?:it'?s|it\s+is|we'?re|i'?m)\s+(?:delayed|late)\s+by\s+"
    rf"(?P<late_q>{_NUM}\s*[A-Za-z]+)\s*\??\s*$"
    # "what if it starts 25 min late?": a later start moves the end like a longer span.
    r"|^\s*(?:and\s+|but\s+|so\s+)?(?:what\s+)?if\s+(?:it|we|i|they|you)\s+"
    rf"(?:starts?|leaves?|begins?|departs?)\s+(?P<start_q>{_NUM}\s*[A-Za-z]+)\s+later?\s*\??\s*$"
    # "what if we add a 2,000 won tip first?": added to the amount, not put in its place.
    r"|^\s*(?:and\s+)?(?:what\s+if\s+(?:we|i|you)\s+|then\s+)?add\s+(?:a|an|another)?\s*"
    rf"(?P<add_q>{_NUM}\s*[A-Za-z]+)(?:\s+[a-z]+)?(?:\s+first)?\s*\??\s*$",
    re.IGNORECASE,
)


_MONEY_UNIT = re.compile(r"원|만\s*원|천\s*원|달러|불|won|dollars?|%|퍼센트|프로", re.IGNORECASE)


def _kind(unit: str) -> str:
    word = unit.lower()
    return SAME_UNIT.get(word) or word


_EACH_AFTER = re.compile(r"\s*씩")


def change_by_amount(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``30분 더 늦어지면?``: the latest quantity of that kind, changed by that amount."""
    match = _BY_AMOUNT.match(normalize_numerals(text))
    if match is None or not steps:
        return None
    phrase = match["q"] or match["add_q"] or match["en_q"] or match["late_q"] or match["start_q"]
    phrase = phrase.replace(" more ", " ").replace(" less ", " ")
    phrase = phrase.replace(" fewer ", " ")
    wanted = QUANTITY.search(phrase)
    if wanted is None:
        return None
    if match["fewer_items"] and _MONEY_UNIT.fullmatch(wanted["unit"].strip()):
        return None  # "2,000원 빼면" takes money off the result: the reference edits read it
    fewer = match["less"] or match["fewer_items"]
    sign = -1 if fewer or (match["en_dir"] or "").lower() in ("less", "fewer") else 1
    amount = float(wanted["num"].replace(",", ""))
    for index in range(len(steps) - 1, -1, -1):
        step = normalize_numerals(steps[index])
        same = [q for q in QUANTITY.finditer(step) if _kind(q["unit"]) == _kind(wanted["unit"])]
        if not same:
            continue
        old = same[-1]  # the span, after a clock time or a rate ("2시 40분 … 95분")
        if _MONEY_UNIT.fullmatch(wanted["unit"].strip()) and _EACH_AFTER.match(step, old.end()):
            # "거기서 5만원 더하면" after "셋한테 5만원씩 둘한테 3만원씩": money added to the
            # sum, never to one amount each (it gave 310,000 for 260,000; opens55k).
            return None
        value = float(old["num"].replace(",", "")) + sign * amount
        if value <= 0:
            return None
        new = f"{value:g}"
        changed = list(steps)
        changed[index] = step[: old.start("num")] + new + step[old.end("num") :]
        return changed, f"{old['num']}{old['unit']} {'+' if sign > 0 else '-'} {wanted['num']}"
    return None


# "그럼 6피트는?" after "5피트 8인치면 몇 cm야?": one length in place of the compound one.
_LENGTH_ALONE = LazyPattern(
    rf"^\s*(?:그럼|그러면|and|what\s+about)?\s*(?P<q>{_NUM}\s*(?:피트|feet|foot|ft|인치|inch(?:es)?))"
    r"\s*(?:은|는|이면|면)?요?\s*[?？]?\s*$",
    re.IGNORECASE,
)


def replace_compound_length(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``그럼 6피트는?``: a length in one unit replaces the last step's feet and inches."""
    match = _LENGTH_ALONE.match(text)
    if match is None or not steps:
        return None
    old = FEET_AND_INCHES.search(steps[-1])
    if old is None:
        return None
    changed = steps[-1][: old.start()] + match["q"] + steps[-1][old.end() :]
    return [*steps[:-1], changed], f"{old.group(0)} → {match['q']}"


# "아 한 명 먼저 가서 3명이 내야 된대": who pays now, said in a sentence of its own.
_PAYERS = LazyPattern(
    r"(?P<n>\d+)\s*(?:명|사람)(?:이|이서)?\s*(?:똑같이\s*|균등하게\s*|각각\s*)?(?:나눠\s*)?"
    r"(?:내야|나눠야|내면|나누면|낸대|내기로)"
    r"\s*(?:된대|한대|해|돼|된다고|해요|돼요|된대요|하면|했어)?"
    # "다섯 명이 똑같이 내면 한 명당?": the share each, asked.
    r"\s*(?:(?:1|한)\s*(?:명|사람)\s*당|1?\s*인당)?(?:은|얼마)?\s*[?？.]?\s*$"
)
# The head count a split names: the count before the sharing verb ("4명이서 나눠").
_PERSON_COUNT = LazyPattern(
    r"(?P<num>\d+)\s*(?:명|사람)(?=\s*(?:이서|이|으로|에게|끼리)?\s*(?:똑같이|균등하게|각각)?\s*"
    r"(?:나눠|나누|나눈|나눌|내))"
)


def new_head_count(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``3명이 내야 된대``: the split of the last step, among the count now paying."""
    match = _PAYERS.search(normalize_numerals(text))
    if match is None or not steps or len(text) > 40:
        return None
    for index in range(len(steps) - 1, -1, -1):
        # ("룸메랑 반반하면": a split between two, its count unsaid, set 53.)
        step = with_companion_half_counted(normalize_numerals(steps[index]))
        counts = list(_PERSON_COUNT.finditer(step))
        if counts:
            old = counts[-1]
            changed = list(steps)
            changed[index] = step[: old.start("num")] + match["n"] + step[old.end("num") :]
            return changed, f"{old['num']}명 → {match['n']}명"
    if any(_SHARE_ASKED.search(normalize_numerals(step)) for step in steps):
        # "회비 50만원 5명이면 한명당 얼마" then "넷이 내면": the share was asked of a count
        # said with no sharing verb; sharing that share again was a wrong answer (25,000원).
        return _count_of_share_replaced(match["n"], steps)
    # No split yet ("피자 5판이면?" then "5명이 똑같이 내면?"): the result is shared now.
    return [*steps, f"그걸 {match['n']}명이 나누면"], f"shared among {match['n']}"


# One person's share asked: "한명당", "1인당", "인당", "각자", "per person".
_SHARE_ASKED = LazyPattern(
    r"(?:1|한)\s*(?:명|사람)\s*당|1?\s*인당|명당|각자|per\s+(?:person|head)", re.IGNORECASE
)
# A head count in a step that asks one person's share: "5명이면", not the "1명당" asked.
_HEADS = LazyPattern(r"(?P<num>\d+)\s*(?:명|사람)(?!\s*당)")


def _count_of_share_replaced(new: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The one head count of the step that asked a share, replaced; else no reading."""
    for index in range(len(steps) - 1, -1, -1):
        step = normalize_numerals(steps[index])
        if not _SHARE_ASKED.search(step):
            continue
        counts = list(_HEADS.finditer(step))
        if len(counts) != 1:
            return None  # no count, or two: which one pays now is not plain
        old = counts[0]
        changed = list(steps)
        changed[index] = step[: old.start("num")] + new + step[old.end("num") :]
        return changed, f"{old['num']}명 → {new}명"
    return None


# "천 원 단위로 반올림하면?", "백 원 단위에서 반올림", "round to the nearest thousand".
_ROUND_TO = LazyPattern(
    r"^\s*(?:(?:그럼|그러면|근데|그냥|아)\s*)?(?:그걸|그거)?\s*(?:(?P<place>10+)|(?P<ko>십|백|천|만))"
    r"\s*(?:원|달러)?\s*단위(?:로|에서)\s*"
    r"(?P<op>반올림|올림|내림|버림)"
    r"\S*\s*[?？.]?\s*$"
    r"|^\s*(?:(?:and|so|then|ok)\s+)?round(?:ed)?\s+(?:it\s+|that\s+)?to\s+the\s+nearest\s+(?P<en>ten|hundred|thousand)"
    r"\s*\??\s*$",
    re.IGNORECASE,
)
_EN_PLACES = {"ten": "10", "hundred": "100", "thousand": "1000"}
_KO_PLACES = {"십": "10", "백": "100", "천": "1000", "만": "10000"}


def round_to_unit(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``천 원 단위로 반올림하면?``: the result rounded to that place."""
    match = _ROUND_TO.match(normalize_numerals(text))
    if match is None or not steps:
        return None
    place = match["place"] or (
        _KO_PLACES[match["ko"]] if match["ko"] else _EN_PLACES[match["en"].lower()]
    )
    op = match["op"] or "반올림"
    return [*steps, f"그걸 {place} 단위로 {op}"], f"rounded to {place} ({op})"


# "What's 8% of 12,500?" then "how much is left after taking that off?".
_LEFT = LazyPattern(
    r"\b(?:left|remain(?:s|ing)?|leftover)\b|남는|남은|남아",
    re.IGNORECASE,
)
_SHARE_OF = LazyPattern(
    rf"(?P<p>{_NUM})\s*%\s*of\s+\$?(?P<a>{_NUM})|(?P<a2>{_NUM})\s*(?:원|달러)?\s*의\s*(?P<p2>{_NUM})\s*%"
    # "견적이 2,400,000원인데 계약금 30% 먼저 내면": the amount, then the part by a rate.
    rf"|(?P<a3>{_NUM})\s*(?:원|달러)?\s*(?:인데|이고|이면)\D{{0,12}}?(?P<p3>{_NUM})\s*%"
    # "the venue is 1,800 ... wants a 25% deposit up front" (turns27).
    rf"|(?P<a4>{_NUM})\b[^%\d]{{0,40}}?(?P<p4>{_NUM})\s*%\s*(?:deposit|down\s*payment)",
    re.IGNORECASE,
)
_WON = LazyPattern(r"\d\s*(?:원|만\s*원)")
# "나머지 잔금은?", "남은 돈은?": what is left of the amount once that part is paid.
_REST = LazyPattern(
    r"^\s*(?:그럼|그러면)?\s*(?:나머지|남은|남는)\s*(?:잔금|잔액|금액|돈)?(?:은|는)?"
    r"\s*(?:얼마(?:야|예요|인가요)?)?\s*[?？]?\s*$"
    r"|^\s*(?:그럼|그러면)?\s*(?:잔금|잔액)(?:은|는)?\s*(?:얼마(?:야|예요|인가요)?)?\s*[?？]?\s*$"
    # "and what's left to pay on the night", "what's the balance then?"
    r"|^\s*(?:and\s+|so\s+)?(?:what'?s|what\s+is|how\s+much\s+is)\s+(?:left|the\s+rest"
    r"|the\s+balance|remaining)(?:\s+to\s+pay)?(?:\s+(?:on|after|at)\s+[a-z ]{2,20}|\s+then)?"
    r"\s*[?.]?\s*$",
    re.IGNORECASE,
)


def left_after_share(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``how much is left after taking that off?``: the amount less the share taken."""
    if not steps or _LEFT.search(text) is None:
        return None
    return _less_share(steps)


def rest_of_amount(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``나머지 잔금은?``: the amount less the part the previous step took."""
    if not steps or _REST.match(text) is None:
        return None
    return _less_share(steps)


def _less_share(steps: Sequence[str]) -> tuple[list[str], str] | None:
    share = _SHARE_OF.search(normalize_numerals(steps[-1]))
    if share is None:
        return None
    amount = share["a"] or share["a2"] or share["a3"] or share["a4"]
    pct = share["p"] or share["p2"] or share["p3"] or share["p4"]
    # The amount keeps its currency, so the answer is said in it ("1,680,000원").
    won = "원" if _WON.search(steps[-1]) else ""
    dollar = "$" if not won and "$" in steps[-1] else ""
    return [*steps[:-1], f"{dollar}{amount}{won}에서 {pct}% 빼면"], f"{amount} less {pct}%"


# "and if it goes up by the same percent again next year?" after "from $1,200 to $1,350,
# what percent increase": the new figure changed by that percentage once more.
_SAME_CHANGE = LazyPattern(
    r"\bsame\s+(?:percent(?:age)?|rate|%)|같은\s*(?:비율|퍼센트|%|율)", re.IGNORECASE
)
# "from 62,000 won to 71,300 won": the currency may be said after each figure.
_FROM_TO = LazyPattern(
    rf"\bfrom\s+(?P<c>\$)?(?P<a>{_NUM})\s*(?:won|원|dollars?)?\s+to\s+\$?(?P<b>{_NUM})", re.I
)


# "and if it then drops 15%?" after "went from $80 to $92": the later figure moved by a rate.
_MOVES_BY = LazyPattern(
    r"^\s*(?:and\s+|so\s+)?(?:what\s+)?if\s+(?:it|that|the\s+\w+)\s+(?:then\s+)?"
    r"(?:(?P<down>drops?|falls?|goes\s+down|decreases?)|(?P<up>rises?|goes\s+up|increases?|grows?))"
    rf"\s+(?:by\s+)?(?:another\s+)?(?P<pct>{_NUM})\s*%\s*(?:again)?\s*\??\s*$",
    re.IGNORECASE,
)


def same_change_again(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``the same percent again``: the later figure grown by the change it showed;
    ``and if it then drops 15%?``: the later figure moved by that rate."""
    if not steps:
        return None
    change = _FROM_TO.search(normalize_numerals(steps[-1]))
    moves = _MOVES_BY.match(text)
    if change is not None and moves is not None:
        new = change["b"].replace(",", "")
        sign = "-" if moves["down"] else "+"
        step = f"{change['c'] or ''}{new} * (1 {sign} {moves['pct']} / 100)"
        return [*steps, step], f"{new} {sign} {moves['pct']}%"
    if _SAME_CHANGE.search(text) is None:
        return None
    if change is not None:
        old, new, sign = change["a"].replace(",", ""), change["b"].replace(",", ""), change["c"]
    else:
        # "작년 4만2천원이었는데 올해 5만400원 나왔어 몇% 오른거야": the two figures of the
        # percent change the step was read as, "(50400 - 42000) / 42000 * 100" (opens65).
        read = _percent_change_read(steps)
        if read is None or _SAME_AGAIN_TURN.match(text) is None:
            return None  # (the whole turn asks it: "같은 비율로 오르면 월급은" has a subject)
        old, new, sign = read
    went_up = float(new) > float(old)
    if (_SAID_DOWN if went_up else _SAID_UP).search(text):
        return None  # "goes down by the same percent" after a rise: which way is not the figures'
    step = f"{sign or ''}{new} * {new} / {old}"
    return [*steps, step], f"{new} changed again by {new}/{old}"


# The way the figure moves, said with "the same percent" ("goes down", "내리면").
_SAID_DOWN = LazyPattern(
    r"\b(?:goes\s+down|go\s+down|drops?|falls?|decreases?|shrinks?|less)\b|내리|내려|떨어|줄|인하|감소|싸지",
    re.IGNORECASE,
)
_SAID_UP = LazyPattern(
    r"\b(?:goes\s+up|go\s+up|rises?|increases?|grows?|more)\b|오르|올라|늘|인상|증가|뛰|비싸지",
    re.IGNORECASE,
)
# The whole turn asking the same change again: "내년에도 같은 비율로 오르면 얼마 나와", "what if it
# rises by the same rate again".
_SAME_AGAIN_TURN = LazyPattern(
    r"^\s*(?:그럼\s*|그러면\s*|만약\s*)?(?:(?:내년|다음\s*해|다음\s*달|내달|다음번)\s*(?:에도|에|도)\s*)?"
    r"(?:같은|똑같은|동일한)\s*(?:비율|퍼센트|%|프로|율|상승률|인상률|인하율|증가율|감소율)\s*(?:로|으로|만큼)?\s*"
    r"(?:오르면|올라가면|인상되면|늘면|늘어나면|뛰면|내리면|내려가면|떨어지면|줄면|줄어들면|인하되면)\s*"
    r"(?:얼마[가-힣]*|몇\s*원[가-힣]*)?(?:\s*(?:나와|나오지|돼|되지|될까|이야|야))?\s*[?？.!]*\s*$"
    r"|^\s*(?:and\s+|so\s+|ok\s+)?(?:what\s+)?if\s+it\s+(?:goes\s+up|rises|increases|grows|goes\s+down"
    r"|drops|falls|decreases)\s+(?:by\s+)?the\s+same\s+(?:percent(?:age)?|rate|%)\s*"
    r"(?:again|next\s+(?:year|month|time))?\s*(?:again|next\s+(?:year|month|time))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# The step's reading as a percent change: "(50400 - 42000) / 42000 * 100".
_CHANGE_READ = re.compile(rf"^\((?P<b>{_NUM}) - (?P<a>{_NUM})\) / (?P=a) \* 100$")


def _percent_change_read(steps: Sequence[str]) -> tuple[str, str, str] | None:
    """The earlier and later figures of the step read as a percent change, with "원" when
    the step is in won, or ``None``."""
    from tools.followup_chain import run_chain  # the chain runs the handlers (a cycle)

    if len(steps) != 1:
        return None
    before = run_chain(list(steps))
    read = _CHANGE_READ.match((before.detail or "") if before else "")
    if before is None or read is None or before.unit != "%" or float(read["a"]) <= 0:
        return None
    return read["a"], read["b"], ""


# "만 원짜리 한 장 내면 얼마 모자라?", "5만 원 내면 거스름돈은?": paying an amount towards
# the result asks what is missing, or what comes back.
_PAY_WITH = LazyPattern(
    rf"(?:(?P<paid>{_NUM})|(?P<note>천|오천|만|오만|십만))\s*원\s*(?:짜리)?\s*(?:\d+\s*장)?\s*(?:을|를)?\s*(?:내면|주면|냈는데|내고)\s*"
    r"(?:얼마(?:가)?\s*)?(?:(?P<short>모자라|부족)|(?P<back>거슬러|거스름|남))"
)


# A banknote said alone ("만 원짜리 한 장"), which the numeral reader leaves as a word.
_NOTES = {"천": "1000", "오천": "5000", "만": "10000", "오만": "50000", "십만": "100000"}


def pay_with(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``만 원 내면 얼마 모자라?``: the shortfall (or the change) against the result."""
    match = _PAY_WITH.search(normalize_numerals(text))
    if match is None or not steps:
        return None
    paid = (match["paid"] or _NOTES[match["note"]]).replace(",", "")
    step = f"그걸에서 {paid}원을 빼면" if match["short"] else f"{paid}원에서 그걸 빼면"
    return [*steps, step.replace("그걸에서", "그 금액에서")], f"paid {paid}원"


# "반대로 50만 원은 몇 유로야?" after "1유로가 1,530원이면 200유로는 얼마야?": the same
# rate, the conversion asked the other way.
_REVERSE = LazyPattern(
    r"^\s*(?:그럼\s*)?(?:반대로|거꾸로|역으로|the\s+other\s+way(?:\s+(?:round|around))?\s*,?)"
    r"\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# The clause stating the rate, up to its condition ("1유로가 1,530원이면 ").
_RATE_HEAD = LazyPattern(
    r"^.*?\d\s*(?:원|달러|엔|유로|won|dollars?|yen|euros?)\s*(?:이면|일\s*때|기준으로|라면|으로|로)\s+",
    re.IGNORECASE,
)


def reverse_conversion(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``반대로 50만 원은 몇 유로야?``: the last step's rate clause, then the new question."""
    match = _REVERSE.match(text)
    if match is None or not steps:
        return None
    head = _RATE_HEAD.match(steps[-1])
    if head is None:
        return None
    return [*steps[:-1], head.group(0) + match["rest"]], "the same rate, the other way"


# The whole bill rounded to the dollar after the tip was asked alone (opens56e, set 47):
# "round the whole total up to the next dollar" after "check was 86.40 and im leaving 18%
# on top, how much is just the tip" is ceil(86.40 x 1.18) = 102, the bill and its tip, never
# the tip alone (16) nor the bill alone (87). After any other amount the result itself is
# rounded so. "up"/"next" rounds up, "down" down, "nearest" half up.
_TO_DOLLAR = LazyPattern(
    r"^\s*(?:and\s+|so\s+|ok\s+|just\s+|can\s+you\s+|let'?s\s+)?round\s+"
    r"(?P<what>the\s+(?:whole\s+|full\s+|entire\s+)?(?:total|bill|amount|thing)|everything|it\s+all"
    r"|the\s+whole\s+thing|it|that|this)\s+(?P<dir>up|down)?\s*(?:to\s+the\s+)?"
    r"(?P<which>next|nearest)?\s*(?:whole\s+|full\s+|even\s+)?(?:dollar|buck)s?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_TIP_ALONE = LazyPattern(r"^\(?(?P<a>\d+(?:\.\d+)?)\)? \* (?P<p>\d+(?:\.\d+)?) / 100$")
_WHOLE = LazyPattern(r"\b(?:whole|full|entire|total|bill|everything|all)\b", re.IGNORECASE)


def total_to_the_dollar(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous amount (the bill with its tip, after a tip asked alone) to the dollar."""
    from core.errors import ToolInputError
    from tools.handler_calculation import read_calculation

    said = _TO_DOLLAR.match(text)
    if said is None or len(steps) != 1:
        return None
    up = (said["dir"] or "").lower() == "up" or (said["which"] or "").lower() == "next"
    down = (said["dir"] or "").lower() == "down"
    if up == down and (said["which"] or "").lower() != "nearest":
        return None  # neither direction nor "nearest" said
    try:
        before = read_calculation(steps[0])
    except ToolInputError:
        return None
    if before is None or before.unit not in (None, "", "$"):
        return None
    detail = re.sub(r"\s*\(to \d+ decimal places\)$", "", before.detail)
    tip = _TIP_ALONE.match(detail)
    if tip is not None and re.search(r"\btip\b", steps[0], re.I):
        if not _WHOLE.search(said["what"]):
            return None  # "round it up" after the tip alone: the tip or the bill is unsaid
        detail = f"{tip['a']} * (1 + {tip['p']} / 100)"
    op = "ceil" if up else "floor" if down else "round"
    return [
        f"{op}({detail})"
    ], f"the total rounded {'up' if up else 'down' if down else ''} to the dollar"
