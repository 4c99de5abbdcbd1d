"""A name on a scanned receipt or form: ``CARDHOLDER: MR R  ABERCROMBIE-NWOSU``, ``회 원 명 :
엄 하 린`` (redteam26).

Receipts and card slips print the holder's name in capitals after a label, with a title and
initials (``CARDHOLDER: MR R  ABERCROMBIE-NWOSU``); the person label rule of
:mod:`core.privacy.names` reads capitalised words, not capitals. Text read off a photo
(OCR) spaces Korean letters apart, label and name both (``회 원 명 : 엄 하 린``). After such a
label and a colon, capitals (not words of the slip itself: ``COPY``, ``VISA``) and Hangul
syllables spaced one by one that join into a name are read as a person's name.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.names import plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_receipt_label_names"]

_CAPS_LABEL_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:card[ \t]?holder|card[ \t]?member|account[ \t]+name|member[ \t]+name|"
    r"customer[ \t]+name|passenger|guest[ \t]+name|patient[ \t]+name|name)[ \t]*[:：][ \t]*"
    r"(?:(?:MR|MRS|MS|MISS|MX|DR)\.?[ \t]+)?(?:[A-Z]\.?[ \t]+){0,2}"
    r"(?P<name>[A-Z]{2,}(?:-[A-Z]{2,})?(?:[ \t]+[A-Z]{2,}(?:-[A-Z]{2,})?){0,2})(?![A-Za-z])"
)
# Words of the slip itself, printed in capitals after the same labels.
_SLIP_WORDS_TEXT = """
    COPY RECEIPT VISA MASTERCARD AMEX DEBIT CREDIT CONTACTLESS NONE SIGNATURE VERIFIED PIN
    APPROVED DECLINED TOTAL CASH CARD CUSTOMER MERCHANT GUEST MEMBER NA
"""
_SLIP_WORDS = frozenset(_SLIP_WORDS_TEXT.split())
_SPACED = r"[ \t]{0,2}"
_KO_LABELS = ("회원명", "성명", "이름", "고객명", "예금주", "수령인", "성함", "환자명", "담당자")
_KO_LABEL_RE = GuardedPattern(
    r"(?<![가-힣])(?:"
    + "|".join(_SPACED.join(label) for label in _KO_LABELS)
    + r")[ \t]*[:：][ \t]*(?P<name>[가-힣](?:[ \t]{1,2}[가-힣]){1,3})(?![가-힣])"
)


def detect_receipt_label_names(text: str) -> Iterator[Hit]:
    """Capital and letter-spaced names after a slip's or a form's label (see the module)."""
    if ":" not in text and "：" not in text:
        return
    for m in _CAPS_LABEL_RE.finditer(text):
        words = m.group("name").split()
        if not any(w in _SLIP_WORDS for w in words):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
    for m in _KO_LABEL_RE.finditer(text):
        spaced = m.group("name")
        if " " not in spaced and "\t" not in spaced:
            continue  # a name typed whole is the person label rule's
        if plausible_korean_name("".join(spaced.split()), strong=True):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
