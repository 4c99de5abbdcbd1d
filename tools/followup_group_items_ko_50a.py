"""Korean follow-ups that change one line of a priced order (sets 26 to 29, opens50a).

- ``same_activity_by_more``: "친구랑 둘이 치면?" after "볼링 한게임 4500원인데 세게임 치면
  얼마임": the same activity (its verb said in both turns) done by that many, each paying.
- ``item_swapped_ko``: "라면 대신 쫄면 세 그릇으로 바꿀게 쫄면은 한 그릇 6천원": one item of the
  order replaced by another at its own price, the count said.
- ``one_item_fewer_of_each``: "우럭은 한 마리만 살래" after "광어 한 마리 35,000원 우럭 한 마리
  28,000원 두 마리씩 사면": one item's count lowered where the count was each item's (씩).
- ``one_upgrades``: "한 명은 전신 9만원짜리로 할래" after "발마사지 1인 6만원 세 명 …": one
  person's price replaced by the dearer one.
- ``priced_item_added_ko``: "코트도 두 벌 맡길건데 코트는 한 벌 18,000원" after "정장 드라이 한
  벌에 12,000원 네 벌": another item with its count and price added.

Each is kept only when the previous steps run and the new step runs.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from core.text import KOREAN_COUNT_FORMS
from tools.followup_chain import run_chain
from tools.followup_rerun import kept_if_read, spliced
from tools.korean_numbers import normalize_numerals

__all__ = [
    "item_swapped_ko",
    "one_item_fewer_of_each",
    "one_upgrades",
    "priced_item_added_ko",
    "same_activity_by_more",
]

_NATIVE = "|".join(sorted(KOREAN_COUNT_FORMS, key=len, reverse=True))
_COUNT = rf"(?:\d+|{_NATIVE})"
_PEOPLE = {"둘": 2, "셋": 3, "넷": 4, "다섯": 5, "여섯": 6}
_BY_MORE = LazyPattern(
    r"^\s*(?:그럼\s*|아\s*)?(?:친구|동생|형|누나|언니|오빠|애인|남친|여친|와이프|남편|아내)?"
    r"(?:랑|이랑|하고|와|과)?\s*(?P<n>둘|셋|넷|다섯|여섯)이(?:서)?\s*(?P<verb>[가-힣]{1,3})면\s*[?？]*\s*$"
)
_PEOPLE_SAID = LazyPattern(r"\d+\s*명|명이서|이서|인당|1인|명당|둘이|셋이|넷이|나누|각자|씩")


def _count(said: str) -> int:
    return int(said) if said.isdigit() else int(KOREAN_COUNT_FORMS[said])


def _won(said: str) -> int | None:
    digits = normalize_numerals(said).replace(",", "")
    found = re.fullmatch(r"\s*(\d+)\s*원?\s*", digits)
    return int(found.group(1)) if found else None


def same_activity_by_more(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous total times the people doing the same activity, or ``None``.

    Args:
        text: The follow-up ("친구랑 둘이 치면?").
        steps: The conversation's steps; none counts people yet.
    """
    said = _BY_MORE.match(text)
    if said is None or not steps or any(_PEOPLE_SAID.search(s) for s in steps):
        return None
    if not re.search(rf"{re.escape(said['verb'])}면", steps[0]):
        return None  # another verb: not the same activity done by more people
    n = _PEOPLE[said["n"]]
    return [*steps, f"그걸 {n}배 하면"], f"{n} people each (× {n})"


_PRICE_OF = r"(?:한|1)\s*{c}(?:에|당)?\s*(?P<p>[\d,]+\s*(?:만|천)?\s*원?)"


def item_swapped_ko(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The order with one item swapped for another at its price, or ``None``.

    Args:
        text: The follow-up ("라면 대신 쫄면 세 그릇으로 바꿀게 쫄면은 한 그릇 6천원").
        steps: The previous turn's steps (one priced order).
    """
    said = re.match(
        rf"^\s*(?P<old>[가-힣]+)\s*대신(?:에)?\s*(?P<new>[가-힣]+?)\s*(?P<n>{_COUNT})\s*(?P<c>[가-힣]{{1,2}})"
        r"(?:으로|로)?\s*(?:바꿀게|바꿔|바꾸면|할게|할래)\s*(?P=new)(?:은|는)?\s*"
        rf"{_PRICE_OF.format(c='(?P=c)')}\s*(?:이래|이야|래|야)?\s*[?？.]*\s*$",
        text,
    )
    if said is None or len(steps) != 1:
        return None
    step = steps[0]
    old, counter = re.escape(said["old"]), re.escape(said["c"])
    priced = list(re.finditer(rf"{old}\s*(?:한|1)\s*{counter}(?:에|당)?\s*[\d,]+\s*원", step))
    ordered = list(
        re.finditer(rf"{old}\s*(?P<n>{_COUNT})\s*{counter}(?!\s*(?:에|당)?\s*[\d,]+\s*원)", step)
    )
    if len(priced) != 1 or len(ordered) != 1:
        return None
    price = said["p"].strip()
    price = price if price.endswith("원") else f"{price}원"
    changed = spliced(
        step,
        [
            (priced[0].span(), f"{said['new']} 한 {said['c']} {price}"),
            (ordered[0].span(), f"{said['new']} {said['n']} {said['c']}"),
        ],
    )
    if run_chain([step]) is None:
        return None
    return kept_if_read(changed, f"{said['old']} → {said['new']}")


def one_item_fewer_of_each(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The total less that item's dropped count at its price, or ``None``.

    Args:
        text: The follow-up ("우럭은 한 마리만 살래").
        steps: The previous turn's steps (items priced per one, a count 씩 for each).
    """
    said = re.match(
        rf"^\s*(?P<item>[가-힣]+?)(?:은|는)\s*(?P<n>{_COUNT})\s*(?P<c>[가-힣]{{1,2}})만\s*"
        r"(?:살래|살게|할래|할게|사면|하면|시킬래|시킬게)\s*[?？.]*\s*$",
        text,
    )
    if said is None or len(steps) != 1:
        return None
    step = steps[0]
    counter = re.escape(said["c"])
    each = list(re.finditer(rf"(?P<n>{_COUNT})\s*{counter}\s*씩", step))
    priced = list(
        re.finditer(
            rf"{re.escape(said['item'])}\s*(?:한|1)\s*{counter}(?:에|당)?\s*(?P<p>[\d,]+\s*원)",
            step,
        )
    )
    if len(each) != 1 or len(priced) != 1:
        return None
    before, now = _count(each[0]["n"]), _count(said["n"])
    price = _won(priced[0]["p"])
    if price is None or not 0 <= now < before:
        return None
    if run_chain([step]) is None:
        return None
    return [step, f"거기서 {(before - now) * price} 빼면"], f"{said['item']} {before} → {now}"


def one_upgrades(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The total with one person's price raised to the dearer one, or ``None``.

    Args:
        text: The follow-up ("한 명은 전신 9만원짜리로 할래").
        steps: The previous turn's steps (one price per person, 1인 P원).
    """
    said = re.match(
        r"^\s*(?:그중\s*)?(?:한\s*명|1\s*명)(?:은|만)\s*(?:[가-힣]+\s*)?(?P<p>[\d,]+\s*(?:만|천)?\s*원?)"
        r"\s*짜리(?:로|으로)\s*(?:할래|할게|바꿀래|바꿀게|받을래|받을게|하면)\s*[?？.]*\s*$",
        text,
    )
    if said is None or len(steps) != 1:
        return None
    step = steps[0]
    # The price one person pays ("1인 6만원"), never an add-on each ("1인당 만원씩": a tip).
    per_person = list(
        re.finditer(
            r"(?:1인|1\s*명|한\s*명)(?!\s*당)(?:에)?\s*(?P<p>[\d,]+\s*(?:만|천)?\s*원)(?!\s*씩)",
            normalize_numerals(step),
        )
    )
    if len(per_person) != 1:
        return None
    old, new = _won(per_person[0]["p"]), _won(said["p"])
    if old is None or new is None or new <= old or run_chain([step]) is None:
        return None
    return [step, f"거기에 {new - old} 더하면"], f"one person at {new} instead of {old}"


def priced_item_added_ko(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The total plus another item's count times its price, or ``None``.

    Args:
        text: The follow-up ("코트도 두 벌 맡길건데 코트는 한 벌 18,000원").
        steps: The conversation's steps so far.
    """
    said = re.match(
        rf"^\s*(?P<item>[가-힣]+?)도\s*(?P<n>{_COUNT})\s*(?P<c>[가-힣]{{1,2}})\s*[가-힣]*\s*"
        r"(?P=item)(?:은|는)\s*"
        rf"{_PRICE_OF.format(c='(?P=c)')}\s*(?:이래|이야|래|야)?\s*[?？.]*\s*$",
        text,
    )
    if said is None or not steps or said["item"] in " ".join(steps):
        return None
    price = _won(said["p"])
    n = _count(said["n"])
    if price is None or n < 1 or run_chain(steps) is None:
        return None
    return [*steps, f"거기에 {n * price} 더하면"], f"+ {said['item']} {n} x {price}"
