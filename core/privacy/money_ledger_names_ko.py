"""Names in a list of who gave or owes how much: ``축의금 정리 - 변하람 10만 / 석도윤 5만``
(redteam27).

A wedding-gift book, a club's dues or a split bill is a list of people with sums: the
name, then the amount (``10만``, ``50,000원``), the items parted by ``/``, commas, a middle
dot or new lines. A shopping list has the same shape (``관리비 15만 / 학원비 30만``), so the
text must say the money moves between people (축의금, 회비, 송금, 정산 …), and two items or
more must hold a full name of three or four syllables.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_money_ledger_names_ko"]

# Words saying the sums are given, lent, owed or paid by people.
_PEOPLE_MONEY = (
    "축의금", "조의금", "부의금", "부조", "회비", "곗돈", "계비", "모임비", "세뱃돈", "용돈",
    "빌려", "빌린", "갚", "입금", "송금", "정산", "더치", "엔빵", "n빵", "미납", "보내준",
    "낸 사람",
)  # fmt: skip
# A note in brackets may follow the sum: "길하율 5만 (신부 회사)" (redteam40).
_NOTE = r"(?:[ \t]*[(（][^()（）\n]{1,24}[)）])?"


# One item: a name, then a sum in 만/천/원 (a list separator or the text's edge around it).
def _item_pattern(note: str) -> LazyPattern:
    return LazyPattern(
        r"(?:^|(?<=[/,·|\n:]))[ \t]*(?:[-*•][ \t]*)?(?P<name>[가-힣]{3,4})[ \t]*:?[ \t]*"
        r"[0-9][0-9,]*(?:\.[0-9]+)?[ \t]*(?:만[ \t]?원|만|천[ \t]?원|천|원)"
        + note
        + r"(?=[ \t]*(?:[/,·|\n]|$))"
    )


_ITEM_RE = _item_pattern(_NOTE)
# What a bill's item ends in (관리비, 수수료, 재산세, 보증금, 밥값, 상품권): no given name.
_COST_ENDINGS = ("비", "료", "세", "금", "값", "권")
_LIST_START_RE = LazyPattern(r"[?!.:][ \t]+(?=[가-힣]{3,4}[ \t]*[0-9])")


def detect_money_ledger_names_ko(text: str) -> Iterator[Hit]:
    """Full names of a list of people and sums, where money moves between people."""
    if not any(word in text for word in _PEOPLE_MONEY):
        return
    # "…얼마야? 변하람 10만 / …": the list may start after the sentence asking about it.
    listed = _LIST_START_RE.sub(lambda m: "\n".ljust(len(m.group())), text)
    names = [
        m
        for m in _ITEM_RE.finditer(listed)
        if not m.group("name").endswith(_COST_ENDINGS)
        and plausible_korean_name(m.group("name"), strong=False)
    ]
    if len(names) < 2:
        return
    for m in names:
        yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
