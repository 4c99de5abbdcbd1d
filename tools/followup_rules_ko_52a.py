"""Korean follow-ups of opens52a (sets 31 and 33): an option put on only some of an order,
and the children paying half for one of two per-head prices.
"""

from __future__ import annotations

from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_group_options_ko_52a import NATIVE_COUNTS, count_of, option_surcharge_ko
from tools.followup_reading_51a import Change, plain
from tools.followup_rerun import kept_if_read, spliced

__all__ = ["KOREAN_CHANGES_52A"]

_COUNT = r"\d+|" + "|".join(sorted(NATIVE_COUNTS, key=len, reverse=True))

# "한판만 반반하면?" after "… 2판 다 반반으로 시키면 얼마": the option on that many only.
_ONLY_SOME = LazyPattern(
    rf"^(?:그럼\s*)?(?P<k>{_COUNT})\s*(?P<c>판|개|잔|그릇)\s*만\s*(?P<opt>[가-힣]{{1,6}}?)\s*"
    r"(?:으로|로)?\s*(?:하면|시키면|해서)\s*[?？]?\s*(?:얼마[가-힣]*)?\s*[?？]?$"
)
_ALL_WITH = LazyPattern(r"(?P<c>판|개|잔|그릇)\s*(?P<all>다|모두|전부)\s")


def option_on_some_only(text: str, steps: Sequence[str]) -> Change | None:
    """The order again with the option on the count the turn says, the rest plain."""
    told = _ONLY_SOME.match(plain(text).strip())
    if told is None or len(steps) != 1:
        return None
    step = plain(steps[0])
    every = _ALL_WITH.search(step)
    if every is None or option_surcharge_ko(step) is None:
        return None
    if every["c"] != told["c"] or not step[every.end("all") :].lstrip().startswith(told["opt"]):
        return None
    some = f"중 {count_of(told['k'])}{told['c']}만"
    return kept_if_read(spliced(step, [(every.span("all"), some)]), f"{told['opt']} on {some}")


# "애들은 체험비 반값이래" after "농촌체험 1인 25000원에 점심 1인 10000원인데 어른 넷 애 둘":
# the children pay half of that one price, the full other one.
_KIDS_HALF = LazyPattern(
    r"^(?:아\s*|그리고\s*)?(?:애|아이|어린이)들?\s*(?:은|는)\s*(?P<item>[가-힣]{1,6}?)(?:비|값|료)?\s*"
    r"(?:은|는|이|가)?\s*(?:반값|반액|절반)(?:이래|이야|이에요|이래요|이라네|이라고|임|만\s*내)?"
    r"\s*[.!?]*$"
)
_TWO_PER_HEAD = LazyPattern(
    r"(?P<i1>[가-힣]+)\s*1\s*인\s*(?:당\s*)?(?P<p1>\d+)\s*원\s*(?:에|이고|하고|,)?\s*"
    r"(?P<i2>[가-힣]+)\s*1\s*인\s*(?:당\s*)?(?P<p2>\d+)\s*원"
)
_HEADS = LazyPattern(
    rf"(?:어른|성인)\s*(?P<a>{_COUNT})\s*(?:명)?\s*,?\s*(?:애|아이|어린이)들?\s*(?P<k>{_COUNT})"
    r"(?:\s*명)?(?:\s*(?P<all>\d+)\s*명)?"
)


def kids_half_of_one_price(text: str, steps: Sequence[str]) -> Change | None:
    """ "25000원 * 4 + 25000 / 2 * 2 + 10000 * (4 + 2)": half of one price for the children."""
    told = _KIDS_HALF.match(plain(text).strip())
    if told is None or len(steps) != 1:
        return None
    step = plain(steps[0])
    prices, heads = _TWO_PER_HEAD.search(step), _HEADS.search(step)
    if prices is None or heads is None:
        return None
    halved = [i for i in ("1", "2") if told["item"] in prices[f"i{i}"]]
    if len(halved) != 1:
        return None  # which price is halved is not said (or the item is not one of them)
    a, k = count_of(heads["a"]), count_of(heads["k"])
    if heads["all"] and int(heads["all"]) != a + k:
        return None
    half, full = prices[f"p{halved[0]}"], prices["p2" if halved[0] == "1" else "p1"]
    sum_ = f"{half}원 * {a} + {half} / 2 * {k} + {full} * {a + k}"
    return kept_if_read(sum_, f"children pay half of {prices[f'i{halved[0]}']}")


KOREAN_CHANGES_52A = (option_on_some_only, kids_half_of_one_price)
