"""Korean follow-ups of the first turns opens51a's readers read (sets 27 to 32): each fires
only when its reader reads the previous request, and keeps every figure but the one changed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_base_plus_per_unit_51a import per_unit_plus_fee_ko
from tools.calculator_counted_ko_51a import (
    bundles_bought_ko,
    count_value,
    groups_each_amount_ko,
    guests_past_base_ko,
    numbered_sizes_ko,
)
from tools.calculator_group_fares_ko_51a import (
    buffet_guaranteed_plus_more,
    night_rate_animals_days,
    one_way_fare_both_ways_group,
)
from tools.calculator_monthly_pair_yearly_51a import monthly_pair_for_a_year_ko
from tools.followup_reading_51a import FIGURE, NUMBER, Change, plain, read_again
from tools.followup_rerun import kept_if_read

__all__ = ["KOREAN_CHANGES_51A"]

_DAY_WORDS = {"하루": 1, "이틀": 2, "사흘": 3, "나흘": 4, "닷새": 5, "엿새": 6, "이레": 7}


def more_of_the_unit_too_ko(text: str, steps: Sequence[str]) -> Change | None:
    """ "작은방 11m²도 같이 깔래" after "m²당 2만 5천원 … 24m²에 출장비 5만원 별도": 35 m²."""
    read = read_again(steps, per_unit_plus_fee_ko)
    if read is None:
        return None
    price, count, fee = read
    turn = re.sub(r"(?<![A-Za-z])(?:m2(?!\d)|m²|㎡)", "m²", plain(text))
    unit = re.search(r"(?:m²|평|개|장|그루|벌)(?=\s*당)", plain(steps[0]).replace("m2", "m²"))
    if unit is None or len(FIGURE.findall(turn)) != 1:
        return None
    more = re.search(rf"(?P<n>{NUMBER})\s*{re.escape(unit[0])}\s*(?:도|까지|더|추가)", turn)
    if more is None:
        return None
    return kept_if_read(
        f"{price}원 * ({count} + {more['n']}) + {fee}원", f"{more['n']}{unit[0]} more"
    )


def one_goes_one_way_ko(text: str, steps: Sequence[str]) -> Change | None:
    """ "한 명은 편도만 탈거임" after "편도 59,800원인데 세 명 왕복하면": one fare fewer."""
    read = read_again(steps, one_way_fare_both_ways_group)
    if read is None or not re.search(r"(?:한|1)\s*명(?:은|는|이|만)?\s*편도\s*(?:만|로)", text):
        return None
    fare, _two, people = read
    if int(people) < 2 or len(FIGURE.findall(plain(text))) > 1:
        return None
    return kept_if_read(f"{fare}원 * (2 * {people} - 1)", "one of them one way only")


_MORE_GUESTS = LazyPattern(
    r"(?:추가\s*인원|더\s*오는\s*(?:사람|인원|분))\s*(?:이|은|는)?\s*(?P<e>\d+)\s*명"
    r"|(?<![\d.])(?P<e2>\d+)\s*명\s*(?:이|이나)?\s*(?:더|추가)"
)


def more_guests_said_anew_ko(text: str, steps: Sequence[str]) -> Change | None:
    """ "추가 인원이 35명이면?" after "1인 5만8천원 보증인원 150명인데 20명 더 오면"."""
    read = read_again(steps, buffet_guaranteed_plus_more)
    turn = plain(text)
    if read is None or len(FIGURE.findall(turn)) != 1:
        return None
    price, base, _more = read
    said = _MORE_GUESTS.search(turn)
    if said is None:
        return None
    more = said["e"] or said["e2"]
    return kept_if_read(f"{price}원 * ({base} + {more})", f"{more} more guests")


_ONE_FOR_FEWER = LazyPattern(
    r"(?:한|1)\s*마리(?:는|은|만)?\s*(?P<span>하루|이틀|사흘|나흘|닷새|엿새|이레|\d+\s*(?:일|박))\s*(?:만|밖에)"
)


def one_animal_fewer_days_ko(text: str, steps: Sequence[str]) -> Change | None:
    """ "한 마리는 사흘만 맡길거야" after "1박 35,000원인데 두 마리 나흘": 4 + 3 nights."""
    read = read_again(steps, night_rate_animals_days)
    said = _ONE_FOR_FEWER.search(plain(text))
    if read is None or said is None:
        return None
    price, _one, animals, days = read[-4:] if len(read) == 4 else (read[0], "1", *read[1:])
    if int(animals) < 2:
        return None
    span = said["span"]
    fewer = str(_DAY_WORDS[span]) if span in _DAY_WORDS else re.sub(r"\D", "", span)
    step = f"{price}원 * (({animals} - 1) * {days} + {fewer})"
    return kept_if_read(step, f"one of them {fewer} nights")


def monthly_label_raised_ko(text: str, steps: Sequence[str]) -> Change | None:
    """ "월세 5만원 올려달래" after "월세 45만원에 관리비 7만원이면 1년에": 월세 50만 a month."""
    read = read_again(steps, monthly_pair_for_a_year_ko)
    turn = plain(text)
    if read is None or len(FIGURE.findall(turn)) != 1:
        return None
    first, second = read[0], read[1]
    labels = re.search(
        rf"(월세|월\s*[가-힣]+)\s*{NUMBER}\s*원?\s*\S*?\s*([가-힣]{{0,4}}(?:비|료))\s*{NUMBER}",
        plain(steps[0]),
    )
    if labels is None:
        return None
    said = re.search(
        rf"(?P<label>월세|{re.escape(labels[2])})\s*(?:가|이|를|을|는|은|도)?\s*(?P<x>{NUMBER})\s*원?\s*"
        r"(?P<to>으로|로)?\s*(?:올려|올린|오른|오르|인상|더)",
        turn,
    )
    if said is None:
        return None
    rent_raised = said["label"] == "월세"
    old = first if rent_raised else second
    new = said["x"] if said["to"] else f"{old} + {said['x']}"
    pair = f"{new} + {second}" if rent_raised else f"{first} + {new}"
    return kept_if_read(f"({pair}) * 12원", f"{said['label']} raised")


_COUNT = r"(?:\d+|다섯|여섯|일곱|여덟|아홉|하나|한|두|둘|세|셋|네|넷|열)"
_MORE_GUESTS_KO = LazyPattern(
    rf"(?P<k>{_COUNT})\s*명\s*(?:이|만)?\s*더\s*(?:온|와|오|간|가|참석|늘)"
)


def more_guests_past_base_ko(text: str, steps: Sequence[str]) -> Change | None:
    """ "한명 더 온다는데" after "… 기준 4명이고 초과 1인당 1박에 2만원 추가래 우리 여섯 명이면":
    one guest more past the base (never a larger base)."""
    read = read_again(steps, guests_past_base_ko)
    said = _MORE_GUESTS_KO.search(plain(text))
    if read is None or said is None or len(FIGURE.findall(plain(text))) > 1:
        return None
    price, nights, guests, base, extra, _n = read
    more = count_value(said["k"])
    step = f"{price}원 * {nights} + ({guests} + {more} - {base}) * {extra}원 * {nights}"
    return kept_if_read(step, f"{more} more guest(s)")


_ONE_MORE_PLACE_KO = LazyPattern(
    rf"(?P<c>{_COUNT})\s*(?P<u>군데|곳|집)\s*(?:더|추가)[^\d]*?(?P<a>{NUMBER})\s*원"
)


def one_more_place_ko(text: str, steps: Sequence[str]) -> Change | None:
    """ "한 군데 더 생김 거기도 5만원" after "세 군데는 오만원씩 하고 한 군데는 10만원"."""
    if read_again(steps, groups_each_amount_ko) is None:
        return None
    said = _ONE_MORE_PLACE_KO.search(plain(text))
    if said is None or len(FIGURE.findall(plain(text))) != 1 + said["c"].isdigit():
        return None
    expression = groups_each_amount_ko(plain(steps[0]))
    more = count_value(said["c"])
    return kept_if_read(f"{expression} + {more} * {said['a']}원", f"{more} more at {said['a']}원")


_SIZE_COUNT_TO_KO = LazyPattern(
    rf"(?P<s>\d)\s*호\s*(?:를|을|는|은)?\s*(?P<c>{_COUNT})\s*(?:개|판)?\s*(?:로|으로)"
)


def numbered_size_count_ko(text: str, steps: Sequence[str]) -> Change | None:
    """ "2호를 두개로 하면?" after "1호 32000원 2호 41000원인데 1호 두개 2호 하나 사면"."""
    if read_again(steps, numbered_sizes_ko) is None:
        return None
    said = _SIZE_COUNT_TO_KO.search(plain(text))
    if said is None:
        return None
    expression = numbered_sizes_ko(plain(steps[0])) or ""
    prices = dict(
        re.findall(rf"(?<![\d.])(\d)\s*호\s*(?:는|은|가|이)?\s*({NUMBER})\s*원", plain(steps[0]))
    )
    price = prices.get(said["s"])
    terms = expression.split(" + ")
    hits = [i for i, t in enumerate(terms) if price and t.endswith(f" * {price}")]
    if price is None or len(hits) != 1:
        return None
    terms[hits[0]] = f"{count_value(said['c'])} * {price}"
    return kept_if_read(f"{' + '.join(terms)}원", f"{count_value(said['c'])} of size {said['s']}")


_COUPON_KO = LazyPattern(
    rf"쿠폰[^\d]*?(?P<c>{NUMBER})\s*원\s*(?:할인|빼|깎|off)|(?P<c2>{NUMBER})\s*원\s*(?:짜리\s*)?(?:할인\s*)?쿠폰"
)


def coupon_off_bundles_ko(text: str, steps: Sequence[str]) -> Change | None:
    """ "쿠폰 쓰면 3천원 할인이래" after "한 묶음 5,980원인데 네 묶음 사면": the coupon off."""
    if read_again(steps, bundles_bought_ko) is None:
        return None
    turn = plain(text)
    said = _COUPON_KO.search(turn)
    if said is None or len(FIGURE.findall(turn)) != 1:
        return None
    expression = bundles_bought_ko(plain(steps[0]))
    coupon = said["c"] or said["c2"]
    return kept_if_read(f"{expression} - {coupon}원", f"{coupon}원 coupon")


KOREAN_CHANGES_51A = (
    more_of_the_unit_too_ko,
    one_goes_one_way_ko,
    more_guests_said_anew_ko,
    one_animal_fewer_days_ko,
    monthly_label_raised_ko,
    more_guests_past_base_ko,
    one_more_place_ko,
    numbered_size_count_ko,
    coupon_off_bundles_ko,
)
