"""A follow-up giving one new value to a figure of a priced first turn.

After "the plumber charges an 85 dollar call-out fee plus 95 an hour and he was here 2.5
hours", "oh wait, he actually stayed 3 and a half hours" changes the count of hours; after
"과외 시급 35,000원 주2회 2시간씩 하면 4주에", "주3회로 늘려달래" changes the sessions a week.
The first turn was read by ``tools.price_total``; the follow-up's one figure is read the
same way (a count of a unit, a rate per a unit, a head count, an amount), and when its role
and unit match exactly one figure of the first turn, that figure is swapped and the same
composition re-runs ("6개월 끊으면 15% 깎아준대": each of two figures for its one match).
Also read here, after such a first turn: a share asked afresh ("넷이 먹었으니까 1인당"), a
new head count ("셋이서 내면?"), a per-unit of what the amount was for ("per night") and a
charge on top ("15% service charge on top"). Anything else (a unit matching none or two
figures, a count taken away) is left to the other follow-up rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from core.text import ENGLISH_DIGITS, KOREAN_NATIVE_DIGITS
from tools.followup_each_count import count_of_each_item_unnamed
from tools.followup_figure_scale import could_stand_for
from tools.followup_level_reached import bare_level_of_something_else
from tools.followup_named_item_slot import slot_of_another_item
from tools.followup_one_of_group import changes_for_one_of_group
from tools.followup_priced_fee_dropped import named_fee_dropped
from tools.followup_priced_generic_count import generic_count_for_the_one_count
from tools.followup_priced_price_alone import names_another_charge, price_said_alone
from tools.price_total import price_total
from tools.priced_quantities import Priced, plain_text, read_priced, unit_name

__all__ = ["priced_figure_swapped"]

_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?")
# "9 more people", "3명 더": the count grows by the figure, it is not the new count.
_MORE = re.compile(
    r"\d\s+(?:[a-z]+\s+)?more\b|\d\s*[가-힣]{1,2}\s*(?:더(?![가-힣])|추가|연장)|\banother\s+\d"
    # "작은방 11제곱미터도 같이 하면": this one as well (turns27: priced as the 11 alone).
    r"|\d\s*[가-힣A-Za-z]{1,4}\s*도\s*(?:같이|함께|추가|더)",
    re.I,
)
# "5일로 연장할래": extended *to* the figure (its 로), never by it.
_TO_THE_FIGURE = re.compile(r"\d\s*[가-힣]{0,2}?(?:으로|로)\s*(?:연장|늘|추가|바꾸|바꿔|변경)")
# "two more people": a count in words the shared normaliser leaves before "more".
_WORDS_MORE = re.compile(r"\b(two|three|four|five|six|seven|eight|nine|ten)\s+more\b", re.I)
_INTEREST = re.compile(r"이자|이율|금리|복리|단리|\binterest\b|\bAPR\b", re.I)
# "하나는 네 번 해야겠다", "one of them is raising": which figure changes is not said.
_ONE_OF_THEM = re.compile(
    r"(?<![가-힣])하나(?:는|가|만은)|(?<![가-힣])그\s*중에?\s*하나|\bone\s+of\s+(?:them|those|the)\b"
    r"|\bthe\s+other\s+one\b",
    re.I,
)
# "현금으로 하면 10% 깎아준대": a discount on the whole, when the first turn had none.
# ("실비로 80% 돌려받으면": that share comes back, so it is off the total too.)
_DISCOUNT_NOW = re.compile(
    r"(?P<p>\d+(?:\.\d+)?)\s*%\s*(?:할인|깎|off\b|discount|돌려\s*받|환급|캐시백|페이백|back\b)",
    re.I,
)
# "4주치 한꺼번에 주면": the total asked per a period, over so many of them.
_FOR_PERIODS_KO = re.compile(r"(?P<n>\d+)\s*(?P<u>주|달|개월)\s*(?:치|동안|이면|면)")
_PERIODS_KO = {"주": "week", "달": "month", "개월": "month"}
# "extending the trip by 3 days", "raise it by 5": grown by the figure, too (turns27: 9
# kennel days "extended by three days" were priced as 3 days).
_GROWN_BY = re.compile(
    r"\b(?:extend|lengthen|longer|increas|rais|bump|add|up)\w*\b.{0,40}?\bby\s+\d", re.I
)
# "cutting it by 2 hours": changed by a difference, never to the figure; read only grown.
_BY_A_DIFFERENCE = re.compile(r"\bby\s+(?:another\s+)?\d", re.I)
# "3인분 취소하면?", "2 fewer", "skip two months": fewer by the figure, never the new count.
_TAKEN_AWAY = re.compile(
    r"취소|빼|줄이|줄여|덜|반품|환불|쉬|거르|건너|cancel|fewer|\bless\b|minus|\bdrop|remove"
    r"|take\s+off|knock|\bskip|\bpause|\bmiss"
    # "개당 1,000원 더 싸대": cheaper by the figure ("the cheaper one at 4.25" is a price).
    r"|더\s*(?:싸|저렴)|\bcheaper\s+by\b",
    re.I,
)
# People who do not come are fewer by the figure, never the new head count (set 35: "two
# people can't come" after 329 split between 7 was read as a split between 2, 164.50).
_NOT_COMING = re.compile(
    r"can'?t\s+(?:come|make\s+it)|\bnot\s+coming|won'?t\s+(?:come|be\s+coming)|\bbail"
    r"|\b(?:pull|back)(?:s|ed)?\s+out|못\s*(?:오|와|온|가|간|낸)|안\s*(?:오|와|온|가|간|낸)",
    re.I,
)
# "at 4.15", "4.15 instead": a bare amount, for the one price of the first turn.
_BARE_AMOUNT = re.compile(
    r"^\D*(?:\bat\s+|\$\s*)?(?P<v>\d+(?:\.\d+)?)(?:\s*(?:instead|then))?\s*\??$", re.I
)
# "at 4.15", "$4.15": the bare amount said as a price.
_PRICE_SAID = re.compile(r"\bat\s+\d|\$\s*\d", re.I)
# A count in another unit of the same measure: minutes in an hour.
_IN_OTHER_UNIT = {("hour", "minute"): Decimal(60), ("minute", "hour"): Decimal(1) / 60}
# "what's that per person per night": the units a share is asked per.
_PER = re.compile(r"\bper\s+([a-z]+)", re.I)
# "they add a 15% service charge on top", "부가세 10%는 별도래": a charge on the total.
_CHARGE_ON_TOP = re.compile(
    # ("with an 18% tip": the tip named with it.)
    r"\d\s*%.*(?:on\s+top|added|별도|붙|추가)|(?:add|plus|with)\b.*\d\s*%.*(?:charge|tax|tip|fee)",
    re.I,
)
# "셋이서 내면", "3명이서", "just the 3 of us": the new head count sharing the total.
_NEW_HEADS = re.compile(r"(\d+)\s*명\s*(?:이서|서|끼리)|\b(?:the\s+)?(\d+)\s+of\s+us\b")
# "셋이서 내면?": asked again; "그거 어제 3명이서 먹은 거야" only says what it was.
_ASKS_AGAIN = re.compile(r"면|[?？]|얼마|\bwhat\b|\bhow\b|\bif\b|\bthen\b", re.I)
_NATIVE_HEADS = re.compile(
    r"(?<![가-힣])(" + "|".join(KOREAN_NATIVE_DIGITS) + r")(?=이|가|은|는|도|만|\s)"
)
# "1인당 얼마씩", "what's each of us paying": a share asked of the first turn's total.
_SHARE_ASKED = re.compile(
    r"인당|각자|명당|나눠|나누|엔빵|n빵|더치|\beach\s+of\s+us\b|\bper\s+person\b|\bsplit\b", re.I
)
# "and per month, call it 4 weeks": periods of the one the first turn's total was asked for.
_FOR_PERIODS = re.compile(r"(?P<n>\d+)\s+(?P<u>weeks|months|days)\b", re.I)


def _figure(value: Decimal) -> str:
    return format(value.normalize(), "f")


def priced_figure_swapped(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The first turn with one figure swapped for the follow-up's, or ``None``.

    Args:
        text: The follow-up ("we're bumping the booklet to 16 pages").
        previous_steps: The previous turn's steps; one step read by ``price_total``.
    """
    if len(previous_steps) != 1 or price_total(previous_steps[0]) is None:
        return None
    if changes_for_one_of_group(text, previous_steps):
        return None  # "나는 염색 빼면?" after both priced: one person's order, not the group's
    step = plain_text(previous_steps[0])
    before = read_priced(step)
    said = _WORDS_MORE.sub(lambda m: f"{ENGLISH_DIGITS[m[1].lower()]} more", plain_text(text))
    figures = _FIGURE.findall(said)
    if before is None:
        return None
    if _ONE_OF_THEM.search(said):
        return None  # "하나는 네 번": one of several figures, which one is not said
    if not figures:
        if (
            before.people is not None
            and _SHARE_ASKED.search(said)
            and not _SHARE_ASKED.search(step)
        ):
            # "한명당 얼마씩 내면 됨?" after "다섯명이서 7인분 ... 총 얼마": shared by them now.
            heads = _figure(before.people)
            return [*previous_steps, f"it divided by {heads}"], f"shared by {heads}"
        # "what's that per person per night"; "설치비 면제해준대": a named fee dropped.
        per_unit = _per_unit_covered(said, previous_steps, before)
        return per_unit or named_fee_dropped(text, previous_steps)
    if _CHARGE_ON_TOP.search(said):
        return _charge_on_top(said, previous_steps)
    if before.people is not None and _NEW_HEADS.search(said) and _ASKS_AGAIN.search(said):
        return _new_head_count(said, step, before)
    if before.people is None and _SHARE_ASKED.search(said):
        return _shared_now(said, previous_steps)
    if _TAKEN_AWAY.search(said) or _NOT_COMING.search(said):
        return None  # "3인분 취소하면?": fewer by the figure, other rules' work
    if _BY_A_DIFFERENCE.search(said) and not _GROWN_BY.search(said):
        return None  # "shortening it by 2 days": a difference, never the new count
    # "55000원짜리 요금제로", "상차림비 1인 7000원이래" (never "팁은 1인 7000원": a new charge)
    alone = None if names_another_charge(said, step) else price_said_alone(said, before)
    if alone is not None:
        return _swapped(step, [alone])
    if len(figures) > 1:
        return _several_swapped(said, step, before)
    discount = _DISCOUNT_NOW.search(said)
    if discount is not None and before.discount is None:
        return [*previous_steps, f"그 금액에서 {discount['p']}% 할인하면"], f"less {discount['p']}%"
    if "%" in said:
        return None
    over = _FOR_PERIODS_KO.search(said)
    if over is not None and before.asked_per == _PERIODS_KO[over["u"]]:
        changed = f"{step} {over['n']}{over['u']}"
        if price_total(changed) is not None:
            return [changed], f"over {over['n']}{over['u']}"
    new = Decimal(figures[0])
    added = _MORE.search(said) is not None or _GROWN_BY.search(said) is not None
    added = added and _TO_THE_FIGURE.search(said) is None
    if not added and names_another_charge(said, step):
        return None  # "배송비가 회당 3000원이래": a charge besides, not the price anew
    follow = read_priced(said)
    roles = [slot[2] for slot in follow.slots] if follow is not None else []
    if not roles:
        # "스무포기는 해야될듯": a count of a counter the first turn counted ("12포기").
        counters = {role[1] for _, _, role in before.slots if role[0] == "count"}
        counted = [c for c in counters if re.search(rf"\d\s*{re.escape(c)}", said)]
        roles = [("count", counted[0], "")] if len(counted) == 1 else []
    matches: list[tuple[int, int, Decimal]] = []
    # (A head count is only read as the new one sharing: "셋이서", "the 3 of us", above.)
    if len(roles) == 1 and roles[0][0] in ("count", "rate"):
        # ("아트 여섯개로" after "네 손가락": 개 counts anything, so the one count of things.)
        matches = _slot_matches(before, roles[0], new) or generic_count_for_the_one_count(
            before, roles[0], new, said, step
        )
        if not matches and roles[0][0] == "count" and before.asked_per is not None:
            return _over_periods(said, step, before.asked_per)
    elif _BARE_AMOUNT.match(said) and not added and not bare_level_of_something_else(said):
        # The one price of the first turn: its only rate, when it has no fee or item.
        matches = [
            (start, end, new)
            for start, end, role in before.slots
            if role[0] == "rate" and not before.fees and not before.items
        ]
        if not _PRICE_SAID.search(said):
            matches = _bare_figure_by_scale(step, before, figures[0], matches)
    if len(matches) != 1:
        return None
    start, end, value = matches[0]
    try:
        figure = Decimal(step[start:end])
    except InvalidOperation:
        # A slot the reader took in words ("한시간" of "한시간반", set 39) has no figure as
        # written to swap: no reading, never a crash shown as the answer.
        return None
    if count_of_each_item_unnamed(step, figure, text, False):
        return None  # "광어는 세 마리 살래" after "두 마리씩" of two fish: that one's count only
    if slot_of_another_item(step, said, start):
        return None  # "코트 두 벌이었음": the shirts' count is not the coat's
    if added:
        value = figure + value
    return _swapped(step, [(start, end, value)])


def _bare_figure_by_scale(
    step: str, before: Priced, figure: str, prices: list[tuple[int, int, Decimal]]
) -> list[tuple[int, int, Decimal]]:
    """The slot a bare figure not said as a price can be, by its scale (or none).

    "what about 5" after "180 a night and we stay 4 nights" is the nights (it had been a
    price of 5 a night: 20); "what about 100" after "95 per guest and we have 120 guests"
    could be either, so no slot (it had replaced the price: 12,000).
    """
    counts = [
        (start, end, Decimal(figure))
        for start, end, role in before.slots
        if role[0] == "count" and could_stand_for(figure, step[start:end])
    ]
    if not counts:
        return prices
    # Of a price's or a fee's scale too ("make it 12" after "3.25 a stem plus 12 for
    # wrapping, 24 roses"): which one is not said.
    of_a_price = any(
        role[0] in ("rate", "fee") and could_stand_for(figure, step[start:end])
        for start, end, role in before.slots
    )
    return counts if len(counts) == 1 and not of_a_price else []


def _shared_now(said: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "넷이 먹었으니까 1인당 얼마씩": the total of the first turn shared by that many."""
    follow = read_priced(said)
    if follow is None or follow.people is None or len(follow.slots) != 1:
        return None
    heads = _figure(follow.people)
    return [*steps, f"it divided by {heads}"], f"shared by {heads}"


def _slot_matches(
    before: Priced, wanted: tuple[str, ...], new: Decimal
) -> list[tuple[int, int, Decimal]]:
    """The figures of the first turn with the role and unit of the follow-up's figure."""
    matches: list[tuple[int, int, Decimal]] = []
    for start, end, role in before.slots:
        if role == ("people",) and wanted[:2] == ("count", "person"):
            # "two more people are coming" after a share among six: the head count.
            matches.append((start, end, new))
            continue
        if role[0] != wanted[0]:
            continue
        if role[0] == "discount":
            matches.append((start, end, new))
            continue
        # ("회당 3000원" is per session, as "주1회 29000원" was read: one unit by its name.)
        same = role[1] == wanted[1] or unit_name(role[1]) == unit_name(wanted[1])
        factor = Decimal(1) if same else _IN_OTHER_UNIT.get((wanted[1], role[1]))
        of_matches = wanted[0] != "count" or not wanted[2] or wanted[2] == role[2]
        if factor is not None and of_matches:
            matches.append((start, end, new * factor))
    return matches


def _several_swapped(said: str, step: str, before: Priced) -> tuple[list[str], str] | None:
    """ "6개월 끊으면 15% 깎아준대": each figure of the follow-up for its one match."""
    follow = read_priced(said)
    if follow is None or _MORE.search(said) or len(follow.slots) != len(_FIGURE.findall(said)):
        return None
    swaps: list[tuple[int, int, Decimal]] = []
    for start, end, wanted in follow.slots:
        if wanted[0] not in ("count", "rate", "discount"):
            return None
        matches = _slot_matches(before, wanted, Decimal(said[start:end]))
        # Two figures for one slot ("3개월 아니고 5개월"): which one is the new value is not
        # this rule's to say (set 41 re-ran 3개월 and answered the 5개월 with it).
        if len(matches) != 1 or matches[0][:2] in {swap[:2] for swap in swaps}:
            return None
        swaps.append(matches[0])
    return _swapped(step, swaps)


def _swapped(step: str, swaps: list[tuple[int, int, Decimal]]) -> tuple[list[str], str] | None:
    """The step with each (start, end) figure replaced, if price_total still reads it."""
    changed = step
    for start, end, value in sorted(swaps, reverse=True):
        changed = changed[:start] + _figure(value) + changed[end:]
    if price_total(changed) is None:
        return None
    how = ", ".join(f"{step[a:b]} → {_figure(v)}" for a, b, v in sorted(swaps))
    return [changed], how


def _per_unit_covered(
    said: str, steps: Sequence[str], before: Priced
) -> tuple[list[str], str] | None:
    """ "what's that per person per night" after "1260 for 3 nights split between 4 of us":
    the share over the nights the amount was for; every "per" must be accounted for."""
    asked = [unit_name(u) for u in _PER.findall(said)]
    if not asked:
        return None
    covered = {role[1]: step_figure for _, _, role, step_figure in _roles(before, steps[0])}
    divisors: list[str] = []
    for unit in asked:
        if unit == "person" and before.people is not None:
            continue  # already a share per person
        if unit not in covered:
            return None
        divisors.append(covered[unit])
    if len(divisors) != 1:
        return None
    return [*steps, f"it divided by {divisors[0]}"], f"per {asked[-1]} ({divisors[0]})"


def _roles(before: Priced, step: str) -> list[tuple[int, int, tuple[str, ...], str]]:
    plain = plain_text(step)
    return [(a, b, role, plain[a:b]) for a, b, role in before.slots if role[0] == "covers"]


def _charge_on_top(said: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "they add a 15% service charge on top", "부가세 10%는 별도래": the total plus it."""
    match = re.search(r"(?P<p>\d+(?:\.\d+)?)\s*%", said)
    if match is None or len(_FIGURE.findall(said)) != 1 or _INTEREST.search(said):
        return None  # (interest over time is no charge on top: "연 4% 이자 붙으면")
    return [*steps, f"그 금액에 {match['p']}% 더하면"], f"plus {match['p']}%"


def _new_head_count(said: str, step: str, before: Priced) -> tuple[list[str], str] | None:
    """ "둘이 빠진대 셋이서 내면?": the share among the new head count; a count of those
    who left or joined besides must agree with it, or the turn is not read."""
    new = [m[1] or m[2] for m in _NEW_HEADS.finditer(said)]
    old = before.people
    slot = next(((a, b) for a, b, role in before.slots if role == ("people",)), None)
    if len(new) != 1 or old is None or slot is None:
        return None
    heads = Decimal(new[0])
    others = [Decimal(f) for f in _FIGURE.findall(said)]
    others.remove(heads)
    # "둘이 빠져서": a head count in a native word the shared normalisers leave as it is.
    others += [Decimal(KOREAN_NATIVE_DIGITS[w]) for w in _NATIVE_HEADS.findall(said)]
    if any(abs(old - heads) != other for other in others) or len(others) > 1:
        return None
    changed = step[: slot[0]] + _figure(heads) + step[slot[1] :]
    if price_total(changed) is None:
        return None
    return [changed], f"{_figure(old)} → {_figure(heads)} people"


def _over_periods(said: str, step: str, asked_per: str) -> tuple[list[str], str] | None:
    """ "call it 4 weeks" after a total asked "a week": the same total over that many."""
    match = _FOR_PERIODS.search(said)
    if match is None or match["u"].lower().removesuffix("s") != asked_per:
        return None
    changed = f"{step} for {match['n']} {match['u']}"
    if price_total(changed) is None:
        return None
    return [changed], f"over {match['n']} {match['u']}"
