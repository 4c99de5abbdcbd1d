"""Contact and payment data: phone numbers, e-mail addresses, payment cards."""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.common import NA, NB1, SEP, digits_of, label_before
from core.privacy.documented_call_mailboxes import is_documented_call_mailbox
from core.privacy.documented_examples import is_documented_example, is_role_mailbox
from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.placeholder_mailboxes import is_placeholder_mailbox
from core.privacy.types import Hit
from core.privacy.validators import luhn_ok

_KR_BODY = SEP + r"[0-9]{3,4}" + SEP + r"[0-9]{4}"
_KR_PHONE_RE = LazyPattern(
    r"(?:"
    # Domestic: mobile 010/011/016-019, Seoul 02, regional 031-064, VoIP 070, 050x.
    + r"0"
    + NB1
    + r"(?:1[016789]|2|(?:3[1-3]|4[1-4]|5[1-5]|6[1-4])|70|50[0-9])"
    + r"|\(0(?:2|[3-6][1-5]|1[016789]|70)\)[ \t]?"
    # International form: +82, optional trunk zero in parentheses.
    + r"|\+[ \t]?82[ \t.-]?(?:\(0\)[ \t]?|0)?(?:1[016789]|2|[3-6][1-5]|70)"
    + r")"
    + _KR_BODY
    + NA
)

_US_PHONE_RE = LazyPattern(
    r"(?:\([2-9][0-9]{2}\)[ \t]?|[2-9]" + NB1 + r"[0-9]{2}(?P<s1>[-. \t]))"
    r"[0-9]{3}(?P<s2>[-. \t])[0-9]{4}" + NA
)
# A "+1 " country prefix in front of a US number belongs to the finding.
_US_PREFIX_RE = LazyPattern(r"\+[ \t]?1[ \t.-]?\Z")
# "1-800-555-0199": the leading 1 glued by a hyphen hides the area code from
# the boundary check above, so this spelling gets its own pattern.
_US_TRUNK_RE = LazyPattern(r"1(?<![0-9]1)[-.][2-9][0-9]{2}[-.][0-9]{3}[-.][0-9]{4}" + NA)
# "Call me at 2025550143": the North American shape with no separators.
_US_BARE_RE = LazyPattern(r"[2-9]" + NB1 + r"[0-9]{2}[2-9][0-9]{6}" + NA)
# English phone words only: "환자번호 5736675857" is a chart number, not a phone.
_EN_PHONE_LABELS = LazyPattern(r"phone|tel|call|cell|mobile|fax|reach|text|whatsapp", re.IGNORECASE)
_PHONE_LABELS = LazyPattern(
    r"phone|tel|call|cell|mobile|fax|reach|text|contact|whatsapp|전화|연락|휴대|핸드폰|번호",
    re.IGNORECASE,
)

# Other country codes: accept when phonenumbers says the number is possible.
_INTL_RE = LazyPattern(
    r"\+(?<![0-9A-Za-z]\+)[ \t]?(?!1\b|82)[1-9][0-9]{0,2}(?:[ \t.-]?[0-9]){6,13}" + NA
)


def detect_phone(text: str) -> Iterator[Hit]:
    """Korean, North American and other international phone numbers."""
    for m in _KR_PHONE_RE.finditer(text):
        yield Hit("phone", m.start(), m.end(), 0.95, True)
    for m in _US_PHONE_RE.finditer(text):
        # "555 123 4567" with plain spaces is also how tables of numbers look;
        # require a phone word for that spelling.
        spaced = (m.group("s1") or "").isspace() or m.group("s2").isspace()
        if spaced and label_before(text, m.start(), _PHONE_LABELS, 24) is None:
            continue
        start = m.start()
        prefix = _US_PREFIX_RE.search(text, max(0, start - 4), start)
        if prefix is not None:
            start = prefix.start()
        yield Hit("phone", start, m.end(), 0.85, False)
    for m in _US_BARE_RE.finditer(text):
        # Ten bare digits are also how ids look; only after a phone word.
        if label_before(text, m.start(), _EN_PHONE_LABELS, 24) is not None:
            yield Hit("phone", m.start(), m.end(), 0.75, False)
    for m in _US_TRUNK_RE.finditer(text):
        start = m.start() - 1 if m.start() and text[m.start() - 1] == "+" else m.start()
        yield Hit("phone", start, m.end(), 0.85, False)
    if "+" in text:
        for m in _INTL_RE.finditer(text):
            # Imported at the first candidate: its metadata costs ~50 ms of start-up,
            # and most text ("3+4") has no international number at all.
            import phonenumbers

            try:
                parsed = phonenumbers.parse(m.group(0), None)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_possible_number(parsed):
                yield Hit("phone", m.start(), m.end(), 0.8, False)


_EMAIL_RE = LazyPattern(
    r"(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}"
    r"@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)*\.[A-Za-z]{2,24}(?![A-Za-z0-9-])"
)


def detect_email(text: str) -> Iterator[Hit]:
    """E-mail addresses."""
    if "@" not in text:
        return
    for m in _EMAIL_RE.finditer(text):
        # A role mailbox ("noreply@…") is no one's (redteam31), nor a stand-in person's on a
        # reserved example domain ("jane.doe@example.org", redteam32).
        if is_role_mailbox(m.group(0)) or is_placeholder_mailbox(text, m.start(), m.end()):
            continue
        # An address in a call quoted from a project's docs (redteam42).
        if not is_documented_call_mailbox(text, m.start(), m.end()):
            yield Hit("email", m.start(), m.end(), 0.99, True)


_CARD_RE = LazyPattern(
    r"[0-9]"
    + NB1
    + r"(?:[0-9]{3}(?:"
    + SEP
    + r"[0-9]{4}){3}(?:"
    + SEP
    + r"[0-9]{1,3})?"
    + r"|(?<=3)[47][0-9]{2}"
    + SEP
    + r"[0-9]{6}"
    + SEP
    + r"[0-9]{5}"
    + r"|[0-9]{13,18})"
    + NA
)


def _compact_card_shape(digits: str) -> bool:
    n = len(digits)
    if digits[:2] in {"34", "37"}:
        return n == 15
    if digits[:2] in {"30", "36", "38"}:
        return n == 14
    return digits[0] in "234569" and n in {16, 19}


def detect_card(text: str) -> Iterator[Hit]:
    """Payment card numbers (13-19 digits, grouped or not) that pass Luhn."""
    for m in _CARD_RE.finditer(text):
        digits = digits_of(m.group(0))
        if not 14 <= len(digits) <= 19:
            continue
        # An ungrouped digit run must also have a card's length for its issuer
        # prefix, so long reference and account numbers stay out.
        if digits == m.group(0) and not _compact_card_shape(digits):
            continue
        if luhn_ok(digits) and not is_documented_example(text, m.start(), m.end()):
            yield Hit("card", m.start(), m.end(), 1.0, True)


# "4532,7788,1290,3342": a card typed with commas between its groups of four. A comma
# never separates thousands in a group of four, so the shape is no amount; Luhn decides.
_COMMA_CARD_RE = LazyPattern(
    r"(?<![0-9])(?<![0-9],)[0-9]{4}(?:,[ \t]?[0-9]{4}){3}(?:,[ \t]?[0-9]{1,3})?(?![0-9])(?!,[0-9])"
)


def detect_comma_card(text: str) -> Iterator[Hit]:
    """Payment card numbers whose groups of four are joined by commas, that pass Luhn."""
    if "," not in text:
        return
    for m in _COMMA_CARD_RE.finditer(text):
        if luhn_ok(digits_of(m.group(0))):
            yield Hit("card", m.start(), m.end(), 1.0, True)


# "010,123,4567": a Korean number typed with commas between its groups. A leading zero
# and a last group of four are no amount's ("1,234,567" groups by three), so the shape
# is read as a phone, as the dashed one is.
_COMMA_PHONE_RE = GuardedPattern(
    r"(?<![0-9])(?<![0-9],)0(?:1[016789]|2|3[1-3]|4[1-4]|5[1-5]|6[1-4]|70)"
    r",[ \t]?[0-9]{3,4},[ \t]?[0-9]{4}(?![0-9])(?!,[0-9])"
)


def detect_comma_phone(text: str) -> Iterator[Hit]:
    """Korean phone numbers whose groups are joined by commas."""
    if "," not in text:
        return
    for m in _COMMA_PHONE_RE.finditer(text):
        yield Hit("phone", m.start(), m.end(), 0.9, False)
