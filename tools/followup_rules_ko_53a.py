"""Korean follow-ups of opens53a (sets 36 and 44), registered in
:mod:`tools.followup_change_rules`.

- "배달비 빼면?" after "떡볶이 14000 순대 5000 배달비 3000 셋이 나누면 얼마씩": the named
  line's figure at 0. The fee-dropping rule reads lines priced with 원; these are bare.
- "친구 한명 더 들어오면 얼마씩?" after a split between two: the head count grows by one.
  The one-more reading knew "한명 더 오면?"; a subject before the count, "들어오면", or
  the per-head ask after it kept the turn from being read as a follow-up at all.
- "20회권 90만원으로 해준대 그럼 회당?" after "PT 10회권 55만원 20회권 99만원이면 각각 회당
  얼마야": that pack's new price, each pack's price per unit again.
- "팀장님이 15만원 내시면" after "회식 43만2천원 나왔는데 팀장님이 12만원 먼저 내주고 나머지는
  우리 넷이 똑같이 내면 한명당 얼마" (opens64, set 55): the one named payer's figure
  replaced, the first turn asked again.
- "그럼 하루 사료값은 얼마 꼴이야" after "사료 15kg짜리 7만2천원인데 하루에 300g씩 먹이면
  며칠 먹어": the price of one day's portion, price x portion / whole.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern
from tools.calculator import calculate
from tools.calculator_forms_ko_53a import supply_read_ko
from tools.followup_rates import match_more_people
from tools.followup_reading_51a import Change, plain
from tools.followup_rerun import kept_if_read
from tools.unit_price_cheaper import cheaper_pack
from tools.unit_prices_each import prices_per_unit_each

__all__ = ["KOREAN_CHANGES_53A", "USE_PAYER_NAMED", "other_pack_told", "payer_named_pays"]

#: Set False to switch opens64's rule off (tests): the named payer's figure replaced.
USE_PAYER_NAMED = True

# "배달비 빼면?", "순대는 빼고 나누면?", "배달비 없으면 얼마씩?": one named line left out.
_LEFT_OUT = LazyPattern(
    r"^(?:그럼\s*|아\s*|근데\s*)?(?P<name>[가-힣]{1,6}?)\s*(?:은|는|을|를|이|가)?\s*"
    r"(?:빼면|빼고(?:\s*(?:나누면|계산하면|하면))?|제외하면|없으면|빼\s*줘|빼서"
    # "배달비 무료쿠폰 있으면?", "배달비 공짜면", "무료로 해주면": the line costs nothing.
    r"|(?:무료|공짜)\s*(?:쿠폰|이용권|혜택)?\s*(?:이\s*)?(?:있으면|쓰면|받으면|생기면|이면|면|라면"
    r"|이라면|로\s*해\s*주면|로\s*해\s*준다면|로\s*하면))\s*"
    r"(?:(?:얼마씩|얼마|각자|인당|한\s*명당)\s*){0,2}[가-힣]{0,3}\s*[?？.!~]*$"
)
# A figure after its name with no unit of its own ("배달비 3000 3명이서"): a bare amount.
_UNIT_AFTER = re.compile(r"\s*(?:원|달러|불|명|개|인분|%|\$|[a-zA-Z])")


def _reading(question: str) -> str | None:
    try:
        return calculate(question).expression
    except ToolInputError:
        return None


def _uses(expression: str, figure: str) -> bool:
    return re.search(rf"(?<![\d.]){re.escape(figure)}(?![\d.])", expression) is not None


def bare_line_left_out(text: str, steps: Sequence[str]) -> Change | None:
    """The first turn with the named line's bare figure at 0, or ``None``."""
    told = _LEFT_OUT.match(plain(text).strip())
    if told is None or len(steps) != 1:
        return None
    step = plain(steps[0])
    lines = list(re.finditer(rf"{re.escape(told['name'])}\s*(?:은|는|이|가)?\s*(?P<f>\d+)", step))
    if len(lines) != 1 or step.count(told["name"]) != 1:
        return None  # the name is not one line's, or is said twice
    figure = lines[0]["f"]
    if _UNIT_AFTER.match(step, lines[0].end()):
        return None  # priced in 원 (the fee rule's) or a count, not a bare amount
    before = _reading(step)
    if before is None or not _uses(before, figure):
        return None
    zeroed = step[: lines[0].start("f")] + "0" + step[lines[0].end("f") :]
    after = _reading(zeroed)
    if after is None or _uses(after, figure):
        return None
    return kept_if_read(zeroed, f"without the {told['name']} ({figure})")


# "친구 한명 더 들어오면 얼마씩?", "동생이 한 명 더 끼면 인당 얼마", "한명 더 들어오면?".
_ONE_MORE = LazyPattern(
    r"^(?:그럼\s*|만약\s*)?(?:[가-힣]{1,4}(?:이|가|도)?\s+)?(?P<n>\d+)\s*(?:명|사람)\s*(?:이\s*)?더\s*"
    r"(?:들어오면|들어온다면|들어와서|끼면|낀다면|오면|온다면|합류하면)\s*"
    r"(?:(?:1인당|인당|한\s*명당|각자)\s*)?(?:얼마씩|얼마)?\s*(?:내|내야\s*돼|이야|야)?\s*[?？.!~]*$"
)
_SPLIT_STEP = re.compile(r"나누|나눠|반띵|명이서|인당|각자|씩")


def one_more_sharer(text: str, steps: Sequence[str]) -> Change | None:
    """The split again with the head count grown by the sharers said, or ``None``."""
    if _ONE_MORE.match(plain(text).strip()) is None or len(steps) != 1:
        return None
    if not _SPLIT_STEP.search(steps[0]):
        return None  # the previous turn split nothing: more people change no share
    return match_more_people(plain(text), steps)


# "그럼 하루 사료값은 얼마 꼴이야", "하루에 얼마 드는 거야", "하루치 값은?".
_DAY_COST = LazyPattern(
    r"^(?:그럼\s*|그러면\s*)?(?:하루|1\s*일|일일)\s*(?:에|치)?\s*(?:[가-힣]{1,4}?)?"
    r"(?:(?:값|비용|가격|돈)\s*(?:은|는|이|가)?\s*(?:(?:얼마|몇\s*원)\s*(?:꼴|정도|씩|드는)?[가-힣]{0,4})?"
    r"|(?:은|는|이|가)?\s*(?:얼마|몇\s*원)\s*(?:꼴|정도|씩|드는)?[가-힣]{0,4})\s*[?？.!~]*$"
)


def supply_cost_a_day(text: str, steps: Sequence[str]) -> Change | None:
    """ "72000원 * 300 / 15000": a supply's price for one day's portion, or ``None``."""
    if _DAY_COST.match(plain(text).strip()) is None or len(steps) != 1:
        return None
    read = supply_read_ko(plain(steps[0]))
    if read is None or read.price is None:
        return None
    portion, whole = format(read.portion.normalize(), "f"), format(read.whole.normalize(), "f")
    return kept_if_read(f"{read.price}원 * {portion} / {whole}", "the price of a day's portion")


# "팀장님이 15만원 내시면", "부장님이 20만원 쏘면 한명당 얼마": a payer named with a new figure.
_PAYER_PAYS = LazyPattern(
    r"^\s*(?:그럼\s*|그러면\s*|만약\s*|아\s*)?(?P<who>[가-힣]{1,5}?)(?:님)?\s*(?:이|가|께서|은|는)\s*"
    r"(?P<f>\d+)\s*원\s*(?:을|를)?\s*(?:먼저\s*|미리\s*)?"
    r"(?:내시면|내면|내주면|내\s*주시면|내준다면|낸다면|쏘면|쏘시면|보태면|부담하면)\s*"
    r"(?:(?:한\s*명당|1인당|인당|각자|나머지는?)\s*)?(?:얼마씩|얼마)?\s*[?？.!~]*$"
)
_PAID_VERB = r"\s*원\s*(?:을|를)?\s*(?:먼저\s*|미리\s*)?(?:내|쏘|보태|부담)"


def payer_named_pays(text: str, steps: Sequence[str]) -> Change | None:
    """The first turn with the named payer's figure replaced by the one said, or ``None``.

    The payer must be named once in the previous turn, right before one figure in 원 said
    with a verb of paying ("팀장님이 12만원 먼저 내주고").
    """
    said = _PAYER_PAYS.match(plain(text).strip()) if USE_PAYER_NAMED else None
    if said is None or len(steps) != 1:
        return None
    step = plain(steps[0])
    who = re.escape(said["who"])
    if len(re.findall(who, step)) != 1:
        return None
    paid = list(re.finditer(rf"{who}(?:님)?\s*(?:이|가|께서|은|는)\s*(?P<f>\d+){_PAID_VERB}", step))
    if len(paid) != 1 or paid[0]["f"] == said["f"]:
        return None
    changed = step[: paid[0].start("f")] + said["f"] + step[paid[0].end("f") :]
    return kept_if_read(changed, f"{said['who']}: {paid[0]['f']}원 → {said['f']}원")


# "20회권 90만원으로 해준대 그럼 회당?", "2.3L 4980원이면?": one pack's price said anew.
_PACK_TOLD = LazyPattern(
    r"^(?:그럼\s*|근데\s*|아\s*)?(?P<q>\d+(?:\.\d+)?)\s*(?P<u>회권|회|kg|g|ml|l|리터|개)\s*"
    r"(?:을|를|은|는|이|가)?\s*(?P<p>\d+)\s*원\s*(?:으로|에)?\s*"
    r"(?:해\s*준대요?|해\s*준다는데|해\s*준다네|준대|이래|래|이면|이라면|면|하면|라는데|이라는데)?\s*"
    r"(?:그럼\s*)?(?:(?:각각\s*)?[가-힣a-z]{1,3}\s*당\s*(?:얼마)?[가-힣]{0,3})?\s*[?？.!~]*$",
    re.IGNORECASE,
)


def _packs_told(
    text: str, steps: Sequence[str]
) -> tuple[re.Match[str], list[re.Match[str]]] | None:
    """The pack said anew and the step's packs of its size, after a pack-price question."""
    told = _PACK_TOLD.match(plain(text).strip())
    if told is None or len(steps) != 1:
        return None
    step = plain(steps[0])
    if prices_per_unit_each(step) is None and cheaper_pack(step) is None:
        return None  # not a pack-price question: another rule's figure
    packs = re.finditer(
        rf"(?<![\d.]){re.escape(told['q'])}\s*{re.escape(told['u'])}(?![a-z])\s*"
        r"(?:에|짜리(?:가|는)?|,)?\s*(?P<p>\d+)\s*원",
        step,
        re.IGNORECASE,
    )
    return told, list(packs)


def other_pack_told(text: str, steps: Sequence[str]) -> bool:
    """Whether ``text`` prices a pack of a size the packs compared do not have.

    "30회권 90만원이면?" after a 10회권 and a 20회권 is a third pack: no figure of the first
    turn is its, so no rule may put its price in for another pack's (one did: the 10회권).
    """
    found = _packs_told(text, steps)
    return found is not None and len(found[1]) != 1


def pack_price_told(text: str, steps: Sequence[str]) -> Change | None:
    """The packs again with the named pack at the price said, or ``None``."""
    found = _packs_told(text, steps)
    if found is None:
        return None
    told, packs = found
    step = plain(steps[0])
    if len(packs) != 1 or packs[0]["p"] == told["p"]:
        return None  # no pack (or two) of that size, or the same price again
    start, end = packs[0].span("p")
    changed = step[:start] + told["p"] + step[end:]
    return kept_if_read(changed, f"{told['q']}{told['u']} at {told['p']}원")


KOREAN_CHANGES_53A = (
    bare_line_left_out,
    one_more_sharer,
    supply_cost_a_day,
    pack_price_told,
    payer_named_pays,
)
