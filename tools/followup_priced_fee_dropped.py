"""A follow-up dropping one named fee or item of a priced first turn ("설치비 면제해준대").

After "정수기 설치비 5만원에 렌탈료 월 29,900원 2년 쓰면 총 얼마", "설치비 면제해준대" waives
the installation fee; after a deposit and a daily rent, "보증금 돌려받으면 실제로 쓴 돈은?"
asks the bill without the deposit; "they waived the booking fee" likewise. The fee is
found by the word that names it in the first turn (the word before it, or after it in
English: "a 20 booking fee"); exactly one fee must be named, with a word that drops it.
The first turn is re-run with that fee at 0, so the rest composes as before. So is an
item of several priced ones, named before its count ("떡볶이 3인분 ... 순대 2인분 ...",
then "순대는 빼줘": the 순대 count at 0).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.price_total import price_total
from tools.priced_quantities import plain_text, read_priced

__all__ = ["named_fee_dropped"]

# Words that take a fee off the bill: waived, returned, refunded, not charged.
_DROPS = re.compile(
    r"면제|빼|없|안\s*(?:받|내|붙)|돌려\s*받|돌려\s*준|환불|공짜|무료|\bwaiv|\brefund|\bback\b"
    r"|\bno\b|\bwithout\b|\bskip|\bdrop|\bfree\b",
    re.I,
)
_KO_LABEL_BEFORE = re.compile(r"([가-힣]{2,5})\s*$")
# ("a 49 sign-up fee": a hyphenated name is one word.)
_EN_LABEL_AFTER = re.compile(r"^\s*(?:[a-z]+\s+)?([a-z][a-z-]{3,})(?=\s+fee\b)", re.I)
_STOP_WORDS = frozenset({"that", "this", "with", "plus", "then"})


def _fee_labels(step: str) -> list[tuple[int, int, str]]:
    """(start, end, naming word) of each fee of the plain first turn."""
    found = read_priced(step)
    if found is None:
        return []
    labels = []
    for start, end, role in found.slots:
        if role[0] == "count" and len(found.rates) > 1:
            # "순대 2인분 1인분 5천원": one of several priced items, named before its count.
            korean = _KO_LABEL_BEFORE.search(step[:start])
            if korean:
                labels.append((start, end, korean[1]))
            continue
        if role != ("fee",):
            continue
        korean = _KO_LABEL_BEFORE.search(step[:start])
        english = _EN_LABEL_AFTER.match(step[end:])
        word = korean[1] if korean else english[1] if english else ""
        if word and word.lower() not in _STOP_WORDS:
            labels.append((start, end, word))
    return labels


def named_fee_dropped(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The first turn with the fee ``text`` names at 0, or ``None``.

    Args:
        text: The follow-up ("설치비 면제해준대").
        previous_steps: The previous turn's steps; one step read by ``price_total``.
    """
    if len(previous_steps) != 1 or price_total(previous_steps[0]) is None:
        return None
    said = plain_text(text)
    if re.search(r"\d", said) or not _DROPS.search(said):
        return None  # a new figure is another rule's reading
    step = plain_text(previous_steps[0])
    named = [(a, b, w) for a, b, w in _fee_labels(step) if w.lower() in said.lower()]
    if len(named) != 1:
        return None
    start, end, word = named[0]
    changed = step[:start] + "0" + step[end:]
    if price_total(changed) is None:
        return None
    return [changed], f"without the {word} ({step[start:end]})"
