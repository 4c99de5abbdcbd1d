"""Korean chat follow-ups that tell a new rate, ask the other part, or swap a weighed item.

Like ``tools/followup_korean_chat_counts.py``, each reads the change from its figures and
a closed cue, not from the rest of the words ("회원은", "은행 가니까", "공항 환전소는"
say only where the news came from), and stands only where the previous request has
exactly one figure the change can take:

- a percent told ("15% 말고 25% 빠진대", "세일 기간엔 20%래", "중도금은 40%라는데"): the
  one percent of the request; never a percent moved by ("10% 오르면": by, not to);
- an exchange rate told ("은행 가니까 1,421원 부르던데", "환율 1,400원으로 다시"): the one
  won figure of a conversion from a foreign amount;
- the rest ("남는 돈은?", "나머지는?"): a share of an amount taken, so the other share;
- the VAT part ("부가세는 그럼 얼마 붙은 거?") after the price before VAT, and back;
- another weighed item ("목살은 500g에 13,000원이던데 그건?"): the weight and its price.

Any other figure or a part named ("하나는") reads as none of these: ``None``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.followup_chain import run_chain
from tools.followup_korean_chat_counts import chat_words
from tools.followup_slots_korean_words import Changed
from tools.followup_unit_surcharge import unit_surcharge

__all__ = ["CHAT_RATE_RULES"]

_NUM = r"\d+(?:\.\d+)?"
# News told ("…래", "…라는데", "…부르던데"), or a what-if ("…면", "…로").
_TOLD = (
    r"(?:래|이래|라는데|이라는데|라던데|이라던데|대|된대|래요|던데|이던데|이더라|더라|"
    r"부르던데|부른대|준대|해준대|빠진대|빼준대|할인된대|할인해준대|깎아준대|라네|이라네|야|이야|면|이면|로|으로)"
)
_NOT_TO_LEVEL = re.compile(
    r"더|추가|또|오르|올라|올랐|내려|내렸|내리|인상|인하|붙|얹|떼|수수료|세금|부가세|팁"
)
_PERCENT = re.compile(rf"(?<![\d.])({_NUM})\s*%")


def _replaced(step: str, m: re.Match[str], group: int, new: str) -> str:
    return f"{step[: m.start(group)]}{new}{step[m.end(group) :]}"


# "회원은 15% 말고 25% 빠진대", "세일 기간엔 20%래", "잔금은 70%라는데".
_PERCENT_TOLD = LazyPattern(
    rf"^(?:[가-힣]{{1,8}}\s*(?:은|는|엔|에는|이면|도)?\s+){{0,2}}(?:(?P<old>{_NUM})\s*%\s*말고\s*)?"
    rf"(?P<new>{_NUM})\s*%\s*(?:{_TOLD}|(?:가|이)?\s*(?:빠진대|빠진다|할인된대|할인이래|할인이라는데|적용된대))"
    r"\s*(?:(?:그럼|그러면)\s*)?(?:얼마[가-힣]*)?\s*[?？.!~]*$"
)


def percent_told(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "회원은 15% 말고 25% 빠진대" after "79,000원 15% 할인하면": 25% off instead."""
    said_text = chat_words(text)
    said = _PERCENT_TOLD.match(said_text)
    if said is None or _NOT_TO_LEVEL.search(said_text.replace("빠진대", "")):
        return None
    slots = [(i, m) for i, step in enumerate(steps) for m in _PERCENT.finditer(step)]
    if len(slots) != 1:
        return None  # no percent, or two: which rate the news is about is unsaid
    index, slot = slots[0]
    if said["old"] is not None and Decimal(said["old"]) != Decimal(slot[1]):
        return None  # "15% 말고" names a rate the request does not hold
    if Decimal(said["new"]) == Decimal(slot[1]):
        return None
    new = list(steps)
    new[index] = _replaced(steps[index], slot, 1, said["new"])
    if run_chain(new, now) is None:
        return None
    return new, f"{slot[1]}% → {said['new']}%"


# "은행 가니까 1,421원 부르던데", "환율 1,400원으로 다시 해줘", "공항은 1,510원이래".
_RATE_TOLD = LazyPattern(
    rf"^(?:[가-힣]{{1,8}}\s*(?:은|는|엔|에선|에서는|가니까|가면|가보니)?\s+){{0,2}}(?:환율\s*(?:은|이|을)?\s*)?"
    rf"(?P<rate>{_NUM})\s*원\s*(?P<told>{_TOLD})?\s*(?:다시\s*(?:해|계산)[가-힣]*)?\s*[?？.!~]*$"
)
# A bare won figure asked as a what-if ("1,300원이면?") may be an amount to convert as
# well as a rate: only news told ("부르던데") or the word 환율 makes it the rate.
_WHAT_IF = re.compile(r"^(?:면|이면|로|으로|야|이야)$")
_FOREIGN_AMOUNT = re.compile(rf"{_NUM}\s*(?:달러|불|유로|엔|위안|파운드|바트|동)(?:을|를|은|는)?")
_WON = re.compile(rf"(?<![\d.])({_NUM})\s*원")


def exchange_rate_told(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "은행 가니까 1,421원 부르던데" after "800달러를 1,398원에 환전하면": at 1,421원."""
    said_text = chat_words(text)
    said = _RATE_TOLD.match(said_text)
    if said is None or _NOT_TO_LEVEL.search(said_text):
        return None
    if "환율" not in said_text and (not said["told"] or _WHAT_IF.match(said["told"])):
        return None
    if len(steps) != 1 or len(_FOREIGN_AMOUNT.findall(steps[0])) != 1:
        return None  # only a conversion of one foreign amount has one won rate to swap
    slots = list(_WON.finditer(steps[0]))
    if len(slots) != 1:
        return None
    old, rate = Decimal(slots[0][1]), Decimal(said["rate"])
    if not old / 2 <= rate <= old * 2 or rate == old:
        return None  # no rate moves that far: the figure is something else
    new = [_replaced(steps[0], slots[0], 1, said["rate"])]
    if run_chain(new, now) is None:
        return None
    return new, f"the rate {slots[0][1]}원 → {said['rate']}원"


# "남는 돈은?", "나머지는?", "남는 건 얼마야?": the share not taken; "쓸 수 있는 돈은 얼마 남아?"
# and "그럼 얼마 남아?" ask it too (set 44).
_REST = LazyPattern(
    r"^(?:그럼\s*|그러면\s*)?(?:(?:(?:남는|남은|쓸\s*수\s*있는|쓸)\s*(?:돈|거|건|금액)|나머지(?:\s*돈)?)"
    r"\s*(?:은|는|이|가)?\s*(?:얼마[가-힣]*)?(?:\s*남[아았음는지니][가-힣]*)?|얼마\s*남[아았음는지니][가-힣]*)"
    r"\s*[?？.!~]*$"
)
_TAKEN = re.compile(r"빼|떼|저축|기부|쓰|내|모으|투자|넣")


def rest_of_share(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "남는 돈은?" after "480만 원 받는데 30%는 여행 자금으로 빼면": the other 70%."""
    if _REST.match(chat_words(text)) is None or len(steps) != 1:
        return None
    step = steps[0]
    slots = list(_PERCENT.finditer(step))
    if len(slots) != 1 or len(_WON.findall(step)) != 1 or not _TAKEN.search(step):
        return None
    previous = run_chain(steps, now)
    share = Decimal(slots[0][1])
    amount = Decimal(_WON.findall(step)[0])
    if previous is None or not isinstance(previous.value, float | int) or not 0 < share < 100:
        return None
    if abs(Decimal(str(previous.value)) - amount * share / 100) > Decimal("0.5"):
        return None  # the result was not that share of the amount: no "rest" of it
    new = [_replaced(step, slots[0], 1, str(Decimal(100) - share))]
    if run_chain(new, now) is None:
        return None
    return new, f"the rest: {100 - share}%"


# "부가세는 그럼 얼마 붙은 거?", "부가세만 따지면?", "공급가는?": the other part of the price;
# "세금만 따로 얼마 붙은 거야" too (세금 is the VAT the price was said to include).
_VAT_ASKED = LazyPattern(
    r"^(?:그럼\s*)?(?:부가세|부가가치세|VAT|세금|세액)\s*(?:는|은|만)?\s*(?:따로\s*)?(?:그럼\s*)?"
    r"(?:얼마[가-힣]*|따지면|계산하면)?"
    r"(?:\s*(?:붙은|붙는|낸|포함된|들어간)\s*(?:거|건|거야|건가)?)?\s*[?？.!~]*$",
    re.IGNORECASE,
)
_SUPPLY_ASKED = LazyPattern(
    r"^(?:그럼\s*)?(?:공급가액|공급가|세전\s*(?:가격|금액))\s*(?:은|는|만)?\s*(?:얼마[가-힣]*)?\s*[?？.!~]*$"
)
_SUPPLY_IN_STEP = re.compile(r"(?:공급가액|공급가|세전\s*(?:가격|금액))(?:은|는|이)?")
_VAT_PART_IN_STEP = re.compile(r"(?:부가세|부가가치세|VAT)\s*만(?:은|는)?")
_VAT_INCLUDED = re.compile(r"(?:부가세|부가가치세|VAT)[^?]*포함|포함[^?]*(?:부가세|부가가치세|VAT)")


def vat_part_asked(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "부가세는 그럼 얼마 붙은 거?" after the price before VAT of a price with VAT in it."""
    said = chat_words(text)
    if len(steps) != 1 or not _VAT_INCLUDED.search(steps[0]):
        return None
    step = steps[0]
    if _VAT_ASKED.match(said) and len(_SUPPLY_IN_STEP.findall(step)) == 1:
        found, new_words = _SUPPLY_IN_STEP.search(step), "부가세만"
    elif _SUPPLY_ASKED.match(said) and len(_VAT_PART_IN_STEP.findall(step)) == 1:
        found, new_words = _VAT_PART_IN_STEP.search(step), "공급가액은"
    else:
        return None
    assert found is not None
    new = [_replaced(step, found, 0, new_words)]
    if run_chain(new, now) is None:
        return None
    return new, f"the other part: {new_words}"


# "목살은 500g에 13,000원이던데 그건?": another item, its own weight and price.
_WEIGHED = rf"(?P<w>{_NUM})\s*(?P<wu>kg|g)\s*(?:에|이|은|는|,)?\s*(?P<p>{_NUM})\s*원"
_WEIGHED_TOLD = LazyPattern(
    rf"^(?P<item>[가-힣]{{1,6}}(?:\s+[가-힣]{{1,6}})?)\s*(?:은|는|도)\s+{_WEIGHED}\s*"
    r"(?:이던데|이더라|이래|래|이라는데|인데|이면|짜리던데)?\s*,?\s*(?:그건|그거는|그건요|이건|그럼)?\s*"
    r"(?:얼마[가-힣]*)?\s*[?？.!~]*$"
)
_WEIGHED_IN_STEP = re.compile(_WEIGHED)


def weighed_item_swapped(text: str, steps: Sequence[str], now: datetime | None) -> Changed | None:
    """ "목살은 500g에 13,000원이던데 그건?" after "삼겹살 600g에 14,400원이면 100g당"."""
    said = _WEIGHED_TOLD.match(chat_words(text))
    if said is None or len(steps) != 1:
        return None
    slots = list(_WEIGHED_IN_STEP.finditer(steps[0]))
    if len(slots) != 1:
        return None  # no weight priced, or two: which item the new one stands for is unsaid
    step, slot = steps[0], slots[0]
    new = [f"{step[: slot.start()]}{said['w']}{said['wu']}에 {said['p']}원{step[slot.end() :]}"]
    if run_chain(new, now) is None:
        return None
    return new, f"{said['item']}: {said['w']}{said['wu']} for {said['p']}원"


CHAT_RATE_RULES = (
    percent_told,
    exchange_rate_told,
    rest_of_share,
    vat_part_asked,
    weighed_item_swapped,
    unit_surcharge,
)
