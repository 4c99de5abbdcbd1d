"""The depositor name a transfer must carry: ``입금자명을 '하윤서0312' 로``, ``입금자명:
변하람1103`` (redteam37).

Shops, landlords and clubs ask a payer to send money under their name with a tag glued
on (birth month and day, a phone's last digits, a room number) so the deposit can be told
apart. The label rule of :mod:`core.privacy.names` reads a name after ``예금주`` or
``보내는 분`` only when no digit is glued to it, and it has no ``입금자명``. Here a Korean
name that passes the name check (any syllables after the label; it says a name follows)
right after ``입금자명``/``입금자``/``입금인``/``송금인``/``보내는 사람`` (its particle, a
colon or a quote between), ending at digits, a quote, a space or ``로``, is read.
``입금자명 변경 방법`` (no name) stays public.

A bank's deposit notice names the sender with no label at all (redteam43): ``[KB]12/04 14:22
801202**481 입금 350,000 탁윤하 잔액1,204,330``. Between the amount and ``잔액`` (the
balance) stands who sent or received the money; a plausible personal name there is read, a
company's (``쿠팡(주)``) is not.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_depositor_names_ko"]

_DEPOSITOR_RE = LazyPattern(
    r"(?:입금자[ \t]?명|입금자|입금인|송금인|보내는[ \t]?사람)[ \t]*(?:을|를|은|는|이|:|：)?"
    r"[ \t]*['\"‘“]?[ \t]*(?P<name>[가-힣]{2,4}?)"
    r"(?=[0-9]|['\"’”]|[ \t]*(?:으로|로|$|\n|,)|[ \t]+[0-9])"
)
_CUES = ("입금", "송금인", "보내는")
# "입금 350,000 탁윤하 잔액1,204,330": a notice's amount, the counterparty, the balance.
# What a notice puts there instead of a person: the payment's memo.
_MEMOS = frozenset(
    {"관리비", "공과금", "보험료", "수수료", "이자", "급여", "월급", "월세", "용돈", "회비", "환불",
     "카드값", "전기세", "수도세", "가스비", "통신비", "교육비", "학원비", "적금", "예금", "대출금"}
)  # fmt: skip
_NOTICE_RE = LazyPattern(
    r"(?:입금|출금|이체|송금)[ \t]*[0-9][0-9,]*원?[ \t]+(?P<name>[가-힣]{2,4})[ \t]*잔액"
)


def detect_depositor_names_ko(text: str) -> Iterator[Hit]:
    """Names after a depositor's label (see the module)."""
    if not any(cue in text for cue in _CUES):
        return
    for m in _DEPOSITOR_RE.finditer(text):
        name = m.group("name")
        if len(name) >= 3 and plausible_korean_name(name, strong=True):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
    if "잔액" in text:
        for m in _NOTICE_RE.finditer(text):
            # No label says a name follows ("입금 50,000 월급 잔액"): a full name of common
            # given-name syllables is needed.
            name = m.group("name")
            if name not in _MEMOS and len(name) >= 3 and plausible_korean_name(name, strong=False):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
