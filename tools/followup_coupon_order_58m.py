"""Follow-ups of a price with a percent and a coupon off (set 50, helper slot58k).

After "운동화 12만9천원인데 20퍼 할인에 추가로 5천원 쿠폰 먹이면 얼마?" (read by
:func:`tools.calculator_discount_then_coupon.coupon_order_ko`), set 50 asked "쿠폰 없으면?"
(the same without the coupon, 129,000 x 0.8) and then "쿠폰은 쓰고 할인이 25퍼였으면?" (the
coupon back, the percent changed: 129,000 x 0.75 - 5,000). Both went to the cloud.

The rules read by slots, only after that first-turn form: a turn with no figure that names
the coupon and says it is gone drops it (it stays said, as "쿠폰은 안 쓰면", so a later turn
can put it back); a turn with one figure, a percent or a coupon's won, changes that one
part, and "쿠폰은 쓰고" puts a dropped coupon back. Any other figure, or a percent and a
coupon both named anew, is left to other rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern
from tools.calculator import calculate
from tools.calculator_bundle_free import bundle_free_total
from tools.calculator_discount_then_coupon import CouponOrder, coupon_order_ko_said
from tools.followup_changes import change_by_amount
from tools.korean_numbers import normalize_numerals

__all__ = [
    "CHANGES_58M",
    "bundle_count_moved",
    "coupon_gone",
    "coupon_order_part_changed",
    "my_share_with_one_cost",
    "packs_bought",
]

Resolved = tuple[list[str], str] | None

_COUPON = r"(?:쿠폰|상품권|적립금|할인권|바우처)"
_SALE = r"(?:할인|세일|디씨|dc)"
# The coupon said gone: "쿠폰 없으면", "쿠폰 안 쓰면", "쿠폰은 빼고", "쿠폰 못 쓰게 되면".
_COUPON_GONE = LazyPattern(
    rf"^\s*(?:그럼\s*|그러면\s*|만약\s*|근데\s*|아\s*)?{_COUPON}\s*(?:은|는|을|를|이|가)?\s*"
    r"(?:없으면|없다면|없이(?:\s*사면|\s*하면)?|안\s*(?:쓰면|쓰고|쓸\s*거면|먹이면|적용하면)"
    r"|빼면|빼고|못\s*(?:쓰면|쓰게\s*되면|쓴다면))"
    # The percent kept, said beside it (probes58): "쿠폰 없이 할인만 받으면", "쿠폰 빼고 세일만".
    rf"(?:\s*(?:그냥\s*)?{_SALE}\s*(?:만)?\s*(?:받으면|하면|적용하면|먹이면|되면|쓰면)?)?"
    r"\s*(?:얼마[가-힣]*|계산하면)?\s*[?？.]*\s*$"
)
# The coupon named as used again: "쿠폰은 쓰고", "쿠폰 그대로 쓰고", "쿠폰 먹이고".
_COUPON_USED = LazyPattern(
    rf"{_COUPON}\s*(?:은|는|을|를|도)?\s*(?:그대로\s*|다시\s*)?(?:쓰고|쓰는데|먹이고|적용하고|사용하고|쓰면서)"
)
_PCT = r"(?:%|퍼(?!센)|프로|퍼센트)"
# One new part: "할인이 25퍼였으면", "세일 30%면", "25%로 하면"; "쿠폰이 만원이면".
_NEW_PERCENT = LazyPattern(
    rf"(?:{_SALE}\s*(?:율|률)?\s*(?:이|가|은|는|을|를)?\s*)?(?P<p>\d+(?:\.\d+)?)\s*{_PCT}\s*"
    rf"(?:{_SALE}\s*)?(?:였으면|이었으면|이면|면|라면|이라면|로\s*(?:하면|되면|바뀌면|오르면)"
    r"|(?:하|되|받으)면|짜리면)"
)
_NEW_COUPON = LazyPattern(
    rf"{_COUPON}\s*(?:이|가|은|는|을|를)?\s*(?P<c>\d+)\s*원\s*(?:짜리)?\s*(?:였으면|이었으면|이면|면|라면|이라면)"
    rf"|(?P<d>\d+)\s*원\s*(?:짜리\s*)?{_COUPON}\s*(?:였으면|이었으면|이면|면|라면|이라면|쓰면|먹이면)"
)
_FIGURE = re.compile(r"\d+(?:\.\d+)?")
# Whatever else a changing turn may say: the coupon kept, the question, chat.
_REST = LazyPattern(
    rf"^(?:\s|[?？.,!]|그럼|그러면|만약|근데|아|{_COUPON}\s*(?:은|는|을|를|도)?\s*(?:그대로\s*|다시\s*)?"
    r"(?:쓰고|쓰는데|먹이고|적용하고|사용하고|쓰면서)|얼마[가-힣]*|어떻게\s*돼|계산하면)*$"
)


def _first_turn(steps: Sequence[str]) -> tuple[CouponOrder, bool] | None:
    if len(steps) != 1:
        return None
    return coupon_order_ko_said(normalize_numerals(steps[0]))


def _as_said(order: CouponOrder, unused: bool) -> str:
    """The question of the form again, a dropped coupon still said (so it can come back)."""
    coupon = f"{order.coupon}원 쿠폰은 안 쓰면" if unused else f"{order.coupon}원 쿠폰 쓰면"
    if order.percent_first or unused:
        return f"{order.price}원에서 {order.percent}% 할인 받고 {coupon} 얼마"
    return f"{order.price}원에서 {order.coupon}원 쿠폰 먼저 쓰고 {order.percent}% 할인 받으면 얼마"


def coupon_gone(text: str, steps: Sequence[str]) -> Resolved:
    """ "쿠폰 없으면?" after the form: the percent alone off the price, or ``None``."""
    said = normalize_numerals(text)
    if _FIGURE.search(said) or _COUPON_GONE.match(said) is None:
        return None
    first = _first_turn(steps)
    if first is None or first[1]:
        return None  # not the form, or its coupon already unused
    return [_as_said(first[0], True)], f"without the {first[0].coupon}원 coupon"


def coupon_order_part_changed(text: str, steps: Sequence[str]) -> Resolved:
    """ "쿠폰은 쓰고 할인이 25퍼였으면?" after the form: one part said anew, or ``None``."""
    said = normalize_numerals(text)
    figures = _FIGURE.findall(said)
    if len(figures) != 1:
        return None
    first = _first_turn(steps)
    if first is None:
        return None
    order, unused = first
    percent, coupon = _NEW_PERCENT.search(said), _NEW_COUPON.search(said)
    if (percent is None) == (coupon is None):
        return None  # neither part, or both: not one part said anew
    found = percent or coupon
    assert found is not None
    if _REST.match(said[: found.start()] + said[found.end() :]) is None:
        return None  # something else said beside the new part
    if percent is not None:
        if float(percent["p"]) >= 100:
            return None
        order = order._replace(percent=percent["p"])
        how = f"{percent['p']}% off"
    elif coupon is not None:
        order = order._replace(coupon=coupon["c"] or coupon["d"])
        how = f"a {order.coupon}원 coupon"
        unused = False  # a coupon said anew is used
    if _COUPON_USED.search(said):
        unused = False  # "쿠폰은 쓰고": a dropped coupon back
    if float(order.coupon) >= float(order.price):
        return None
    return [_as_said(order, unused)], how


# "그럼 하나 덜사면", "두개 더 담으면": the things bought under an N+M deal, by a count said
# in words without its counter (a counter said, "한개 덜 사면", older rules already read).
_COUNT_MOVED = LazyPattern(
    r"^\s*(?:그럼\s*|그러면\s*|만약\s*|아\s*)?(?P<n>하나|한|둘|두|셋|세|\d+)\s*(?:개|통|병|봉|캔)?\s*"
    r"(?:만\s*)?(?P<dir>덜|더)\s*(?:사면|살\s*때|가져가면|담으면|집으면|고르면|구매하면|사갈\s*때|사)"
    r"\s*(?:얼마[가-힣]*)?\s*[?？.]*\s*$"
)
_COUNT_WORD = {"하나": 1, "한": 1, "둘": 2, "두": 2, "셋": 3, "세": 3}


def bundle_count_moved(text: str, steps: Sequence[str]) -> Resolved:
    """ "그럼 하나 덜사면" after an N+M deal's total: that many things fewer (or more)."""
    said = _COUNT_MOVED.match(normalize_numerals(text))
    if said is None or len(steps) != 1 or bundle_free_total(steps[0]) is None:
        return None
    count = _COUNT_WORD.get(said["n"]) or int(said["n"])
    return change_by_amount(f"{count}개 {said['dir']} 사면", steps)


# "관리비는 내가 다 내면 난 얼마내" (set 50): one named cost paid whole by the speaker, what
# the speaker pays asked (never what each pays of the rest).
_I_TAKE = LazyPattern(
    r"^\s*(?:그럼\s*|그러면\s*|근데\s*|만약\s*)?(?P<name>[가-힣A-Za-z]{1,8}?)\s*(?:은|는|값은)?\s*"
    r"(?:내가|제가)\s*(?:다\s*|전부\s*|혼자\s*|통으로\s*)?(?:내면|낼\s*거면|부담하면|낼게|낼께|내기로\s*하면)"
    r"\s*,?\s*(?:그럼\s*)?(?:난|나는|내가|저는|전|내\s*몫은?)\s*(?:총\s*)?"
    r"(?:얼마\s*(?:내|내야\s*[가-힣]*|야|임|지|[?？])?|몇\s*원)\s*[?？.]*\s*$"
)
# The first turn's reading: named amounts summed, then split ("(650000 + 80000) / 2").
_SPLIT_SUM = re.compile(r"^\((?P<sum>\d+(?: \+ \d+)+)\) / (?P<n>\d+)$")


def my_share_with_one_cost(text: str, steps: Sequence[str]) -> Resolved:
    """The speaker's share of the rest plus the one cost taken whole, or ``None``."""
    said = _I_TAKE.match(text)
    if said is None or len(steps) != 1:
        return None
    try:
        reading = calculate(steps[0]).expression
    except ToolInputError:
        return None
    split = _SPLIT_SUM.match(reading)
    if split is None:
        return None
    amounts = split["sum"].split(" + ")
    named = re.search(
        rf"{re.escape(said['name'])}\s*(?:은|는|이|가|비|값)?\s*(?P<a>\d+)\s*원?",
        normalize_numerals(steps[0]),
    )
    if named is None or amounts.count(named["a"]) != 1:
        return None  # the cost named is not one of the amounts split, or not one alone
    rest = [a for a in amounts if a != named["a"]]
    step = f"({' + '.join(rest)}) / {split['n']} + {named['a']}원"
    return [step], f"{said['name']} {named['a']}원 paid whole by the speaker"


# A pack priced in the first turn ("라면 5개들이 한묶음 4,480원이면 한개당 얼마꼴"), then
# "그거 세묶음 사면 총 얼마" (set 50): the pack's price times the packs, in the same counter.
_PACK_PRICED = LazyPattern(
    r"(?P<n>\d+)\s*(?:개|입|봉|캔|병|롤|매|장)\s*(?:들이|짜리|입)?\s*(?:한|1)\s*"
    r"(?P<c>묶음|팩|봉지|박스|상자|세트|번들|망)\s*(?:에|이|가|은|는|당)?\s*(?P<p>\d+)\s*원"
)
_PACKS_ASKED = LazyPattern(
    r"^\s*(?:그거|그걸|그럼|그러면|이거|저거)?\s*(?P<k>\d+|한|두|세|석|네|넉|다섯)\s*(?P<c>묶음|팩|봉지|박스|상자|세트|번들|망)"
    r"\s*(?:을|를|만|이면|면|사면|살\s*때|사서|담으면|가져가면|구매하면)?\s*(?:사면|살\s*때)?\s*(?:총\s*)?"
    r"(?:얼마[가-힣]*|몇\s*원[가-힣]*)?\s*[?？.]*\s*$"
)
_PACK_WORD = {"한": 1, "두": 2, "세": 3, "석": 3, "네": 4, "넉": 4, "다섯": 5}


def packs_bought(text: str, steps: Sequence[str]) -> Resolved:
    """ "그거 세묶음 사면 총 얼마" after a pack's price: that price times the packs, or ``None``."""
    asked = _PACKS_ASKED.match(normalize_numerals(text))
    if asked is None or len(steps) != 1:
        return None
    step = normalize_numerals(steps[0]).replace(",", "")
    packs = list(_PACK_PRICED.finditer(step))
    if len(packs) != 1 or packs[0]["c"] != asked["c"]:
        return None  # no pack, two, or another counter than the one priced
    pack = packs[0]
    placed = {pack.span("n"), pack.span("p")}
    others = [m for m in _FIGURE.finditer(step) if m.span() not in placed]
    if any(not (pack.start() <= m.start() < pack.end()) for m in others):
        return None  # another figure in the first turn (a second price, a count)
    count = _PACK_WORD.get(asked["k"]) or int(asked["k"])
    return [f"{pack['p']}원 * {count}"], f"{count} {asked['c']} at {pack['p']}원"


CHANGES_58M = (
    packs_bought,  # "그거 세묶음 사면 총 얼마" after a pack's price (set 50)
    my_share_with_one_cost,  # "관리비는 내가 다 내면 난 얼마내" after a split (set 50)
    bundle_count_moved,  # "그럼 하나 덜사면" after "원플원 … 개당 8900원 5개" (set 50)
    coupon_gone,  # "쿠폰 없으면?" after a percent and a coupon off a price (set 50)
    coupon_order_part_changed,  # "쿠폰은 쓰고 할인이 25퍼였으면?" (set 50)
)
