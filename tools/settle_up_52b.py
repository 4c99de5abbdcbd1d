"""Who sends whom how much after shared costs paid by different people (set 37).

"셋이 여행갔는데 내가 숙소비 24만원 내고 동생이 렌트비 9만원 친구가 밥값 12만원 냈어 똑같이
나누면 누가 누구한테 얼마 보내야돼": 450,000원 shared by three is 150,000원 each, so 동생 sends
나 60,000원 and 친구 sends 나 30,000원. No form read payers and their amounts, so the turn went
to a model; a follow-up adding a payment ("아 친구가 커피값 3만원도 냈대") is the same question
with it ("친구" has paid 150,000원: 동생 sends 70,000원, 친구 10,000원).

Read only in Korean, with every payer named as the subject of a payment ("내가 … 24만원 내고",
"동생이 렌트비 9만원"; one payer may pay twice, the amounts add up), at least two payers, the
group's size, when said, equal to the payers, a settling asked ("누가 누구한테 얼마", "정산"),
and no other figure. The transfers are worked out greedily: each who paid less than a share
sends the rest of it to whoever paid more, largest first.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from core.lazy_regex import LazyPattern
from tools.korean_numbers import format_number, normalize_numerals

__all__ = ["SETTLE_ASKED", "settle_up"]

_N = r"\d+(?:\.\d+)?"
_PAID = LazyPattern(
    rf"(?:(?P<me>내가|제가)|(?<![가-힣])(?P<who>[가-힣]{{1,4}}?)(?:이가|이|가))\s+"
    rf"(?:[가-힣]{{1,6}}\s+)?(?P<a>{_N})\s*원\s*(?:도|을|를)?(?!\s*(?:받|벌|남|빌|모았))"
)
# The payments are said as paid: "냈어", "내고", "결제했고" (money received is no payment).
_PAYING = LazyPattern(r"내고|냈|결제|계산했|썼|지불")
#: A settling of shared costs asked: who sends whom how much.
SETTLE_ASKED = LazyPattern(
    r"누가\s*누구(?:한테|에게)|(?:정산|계산)\s*(?:하면|해\s*줘|해줘)|누가\s*얼마(?:씩)?\s*(?:보내|줘|줘야)"
)
_GROUP = LazyPattern(r"(?<![\d.])(?P<n>\d+)\s*명(?:이서|이|이서\s*같이)?(?![가-힣]*원)")
_NATIVE_GROUP = {"둘이": 2, "셋이": 3, "넷이": 4, "다섯이": 5}
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def _with_subject(name: str) -> str:
    if name == "나":
        return "내가"
    final = (ord(name[-1]) - 0xAC00) % 28 if "가" <= name[-1] <= "힣" else 0
    return f"{name}{'이' if final else '가'}"


def settle_up(text: str) -> tuple[str, Decimal, str] | None:
    """The transfers that even out shared costs, the share each, and a detail; or ``None``.

    Args:
        text: The request as asked.
    """
    digits = normalize_numerals(text)
    asked = SETTLE_ASKED.search(digits)
    if asked is None or not _PAYING.search(digits[: asked.start()]):
        return None
    paid: dict[str, Decimal] = {}
    for payment in _PAID.finditer(digits[: asked.start()]):
        name = "나" if payment["me"] else payment["who"]
        paid[name] = paid.get(name, Decimal(0)) + Decimal(payment["a"])
    payments = len(list(_PAID.finditer(digits[: asked.start()])))
    group = _group_size(digits)
    if len(paid) < 2 or (group is not None and group != len(paid)):
        return None
    if len(_FIGURE.findall(digits)) != payments + (1 if _GROUP.search(digits) else 0):
        return None  # a figure that is no payment (a count of nights, a date)
    share = sum(paid.values(), Decimal(0)) / len(paid)
    owes = {n: share - p for n, p in paid.items() if share - p > 0}
    due = {n: p - share for n, p in paid.items() if p - share > 0}
    transfers = []
    for debtor in sorted(owes, key=lambda n: -owes[n]):
        for creditor in sorted(due, key=lambda n: -due[n]):
            sent = min(owes[debtor], due[creditor])
            if sent <= 0:
                continue
            owes[debtor] -= sent
            due[creditor] -= sent
            won = format_number(sent.quantize(Decimal(1), rounding=ROUND_HALF_UP))
            transfers.append(f"{_with_subject(debtor)} {creditor}한테 {won}원")
    if not transfers:
        return None
    each = format_number(share.quantize(Decimal(1), rounding=ROUND_HALF_UP))
    answer = f"1인당 {each}원씩이라, " + ", ".join(transfers) + " 보내면 돼요"
    detail = " + ".join(f"{n} {p}" for n, p in paid.items()) + f" = {len(paid)} x {share}"
    return answer, share, detail


def _group_size(digits: str) -> int | None:
    """The group's size the question says ("셋이", "3명이"), or ``None``."""
    for word, size in _NATIVE_GROUP.items():
        if re.search(rf"(?<![가-힣]){word}(?:서)?(?![가-힣]*원)", digits):
            return size
    said = _GROUP.search(digits)
    return int(said["n"]) if said else None
