"""A bank account number typed in parts: ``하나은행 계좌 앞부분은 391-910 이에요``, then
``뒷부분은 084217 이고요`` (masked30).

A whole account number is :func:`core.privacy.korean.detect_bank_account`'s (ten digits
or more). People also give it part by part, over one message or several, each part too
short for that rule and too plain for any other, so the scanner read nothing and the turns
were kept off the cloud only by chance. Rule: a part's position word (앞부분, 앞자리,
뒷부분, 뒷자리, 중간, 나머지, 끝부분) and a group of five digits or more (maybe split by a
hyphen), with an account word (계좌, 통장, 은행, 예금주) shortly before the position word;
the history scan (:func:`core.privacy.history.scan_recent_turns`) reads the turns joined,
so a later turn's ``뒷부분은 084217`` is found after the first turn's ``계좌``. A count or
an amount (``앞부분은 20000원``) and a position word without an account word before it
(``주문번호 앞부분은 20261204``) are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_account_parts_ko"]

_PART_RE = LazyPattern(
    r"(?:앞부분|앞자리|앞번호|뒷부분|뒷자리|뒷번호|중간|중간\s?부분|나머지|끝부분|끝자리)"
    r"(?:은|는|이|가|:)?[ \t]*"
    # redteam50: the bank between the position word and the digits ("앞부분이 농협 351 1244"),
    # and groups said apart with a space (number words fold to digits with spaces).
    r"(?:(?:[가-힣]{1,6}(?:은행|뱅크)|농협|국민|신한|우리|하나|기업|토스|우체국|수협|신협|새마을)"
    r"[ \t]+)?"
    r"(?P<digits>(?<![0-9])[0-9]{2,8}(?:[- ][0-9]{2,8}){0,2})(?![0-9-])"
    r"(?![ \t]*(?:원|년|명|개|월|일|시|분|번째|자리|%))"
)
_ACCOUNT_WORD_RE = LazyPattern(r"계좌|통장|은행|예금주")
_REACH = 40
_MIN_DIGITS = 5


def detect_account_parts_ko(text: str) -> Iterator[Hit]:
    """Parts of an account number after an account word (see the module)."""
    if "계좌" not in text and "통장" not in text and "은행" not in text and "예금주" not in text:
        return
    for m in _PART_RE.finditer(text):
        if sum(ch.isdigit() for ch in m.group("digits")) < _MIN_DIGITS:
            continue
        if _ACCOUNT_WORD_RE.search(text, max(0, m.start() - _REACH), m.start()) is not None:
            yield Hit("bank_account", m.start("digits"), m.end("digits"), 0.75, False)
