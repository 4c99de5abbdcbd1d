"""A sum of one kind of charge does not say what another kind costs.

"전입신고 늦었는데 과태료 얼마예요?" asks a fine. "확정일자 수수료는 600원입니다" sits in the
same section, and the sentence before it names 전입신고, but it prices a fee for another
service: a fine is no fee (blind set 17 was answered with it). The rule, closed-class
only: when an amount question names a kind of charge (fine, fee, deposit, rent, …, in
either language) and the sentence names only other kinds, it prices something else. A
sentence naming no kind of charge (a table row "| 1개월 미만 | 8,000원 |") is left to the
other checks when it states a sum; one whose only "amount" is that something is free
("Patients get one hour of free parking; ask for a parking ticket at the reception")
says its own thing costs nothing (no fee for it), not what the fine asked for is (the parking-ticket
question was answered with it, wrong25).
"""

from __future__ import annotations

import re

from tools.rag.prices import money_spans
from tools.rag.question import answer_type

__all__ = ["prices_another_charge"]

# Each kind of charge: its Korean words (matched inside words: 과태료를), English patterns.
_KINDS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "fine": (("과태료", "벌금", "범칙금", "위약금"), ("fine", "fines", "penalty", "penalties")),
    "fee": (("수수료",), ("fee", "fees")),
    "deposit": (("보증금", "예치금", "예약금"), ("deposit", "deposits")),
    # "late fee", "late payment fee", "late return charges".
    "late": (("연체료", "지연료", "연체 수수료"), (r"late(?:\s+\w+)?\s+(?:fee|charge)s?",)),
    "rent": (("월세", "임대료", "관리비"), ("rent",)),
}


# The kinds of charge a thing's price is: "free" says they are nothing.
_CHARGED_FOR_USE = frozenset({"fee", "rent"})


def _kinds(text: str) -> set[str]:
    lowered = text.lower()
    found: set[str] = set()
    for kind, (korean, english) in _KINDS.items():
        if any(word in text for word in korean) or any(
            re.search(rf"\b(?:{word})\b", lowered) for word in english
        ):
            found.add(kind)
    if "late" in found:
        # "late (payment) fee" is the late kind, not a fee of another service.
        found.discard("fee")
    return found


def prices_another_charge(question: str, sentence: str) -> bool:
    """Whether an amount question names a kind of charge the sentence never names.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the question asks an amount of a kind of charge and the sentence names
        other kinds of charge only, or names none and says only that something is free.
    """
    if answer_type(question) != "amount":
        return False
    asked = _kinds(question)
    if not asked:
        return False
    stated = _kinds(sentence)
    if not stated:
        # No kind named: only a figure of money may be the asked kind's sum ("2회 이상
        # 100,000원"); "free" prices the sentence's own thing, which says there is no
        # fee for it ("join the waiting list for free") but no fine or deposit.
        if asked & _CHARGED_FOR_USE:
            return False
        sums = [sentence[start:end] for start, end in money_spans(sentence)]
        return bool(sums) and not any(char.isdigit() for s in sums for char in s)
    return not (stated & asked)
