"""The organisation's own contact details are not personal data.

A clinic's published phone number in its own guide looks exactly like a
person's number to the scanner; treated as personal data it kept every step
that read the guide, and every later turn, off the cloud tier. The numbers,
e-mails and addresses listed in ``privacy.public_contacts`` are dropped from the
findings here, and only when the finding is that listed value (written any
way: spaces, dashes, +82), never a longer text that merely contains it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from core.privacy.types import Finding

# A finding shorter than this is never excused as "part of" a listed address: too common.
_MIN_ADDRESS_PART = 8
_MIN_NUMBER_DIGITS = 6
_KOREA_CODE = "82"
_NOT_DIGIT = re.compile(r"\D+")
_SPACE = re.compile(r"\s+")


def _number_key(value: str) -> str | None:
    """The digits of a phone-like value, +82 written as a leading 0; None when too few."""
    digits = _NOT_DIGIT.sub("", unicodedata.normalize("NFKC", value))
    if len(digits) < _MIN_NUMBER_DIGITS:
        return None
    if value.lstrip().startswith("+") and digits.startswith(_KOREA_CODE):
        digits = "0" + digits[len(_KOREA_CODE) :]
    return digits


def _text_key(value: str) -> str:
    return _SPACE.sub("", unicodedata.normalize("NFKC", value).casefold())


def _word_parts(value: str) -> set[str]:
    """Every run of whole words of ``value``, as keys: "가상구 예시로 12", never "예시로 1"."""
    # A comma closing a word ("12 Yesi-ro, Gasang-gu") separates parts; it is not one.
    split = _SPACE.split(unicodedata.normalize("NFKC", value))
    words = [_text_key(w.rstrip(",;")) for w in split if w.rstrip(",;")]
    return {"".join(words[i:j]) for i in range(len(words)) for j in range(i + 1, len(words) + 1)}


class PublicContacts:
    """The configured contacts, normalised once.

    Args:
        contacts: phone numbers, e-mail addresses or postal addresses of the organisation.
    """

    def __init__(self, contacts: Iterable[str]) -> None:
        listed = [c for c in contacts if c.strip()]
        self._numbers = {key for c in listed if (key := _number_key(c)) is not None}
        self._texts = [_text_key(c) for c in listed]
        # A part of a listed address is one only in whole words: "예시로 1" is another building.
        self._parts = {
            part for c in listed for part in _word_parts(c) if len(part) >= _MIN_ADDRESS_PART
        }

    def __bool__(self) -> bool:
        return bool(self._texts)

    def is_public(self, finding: Finding) -> bool:
        """Whether ``finding`` is one of the listed contacts (or a part of a listed address)."""
        return self.is_public_text(finding.text)

    def is_public_text(self, value: str) -> bool:
        """Whether a flagged span is one of the listed contacts (or part of a listed address)."""
        number = _number_key(value)
        if number is not None and number in self._numbers:
            return True
        text = _text_key(value)
        return text in self._texts or text in self._parts

    def personal(self, findings: Sequence[Finding]) -> list[Finding]:
        """The findings that are personal data: ``findings`` minus the listed contacts."""
        if not self:
            return list(findings)
        return [f for f in findings if not self.is_public(f)]
