"""A phone number in another country's domestic form, after a phone word (redteam42): a
Bangkok host's ``번호를 086-547-2398`` (also typed in Thai digits, which the normalizer
folds), a Tokyo landlord's ``phone 090-1234-5678``, a Manila number ``0917 482 3916``.

The Korean rule knows Korea's prefixes and the North American rule three-three-four digits
without a leading zero; a domestic number of another country (a trunk ``0``, then two or
three groups) fits neither. It is read when a phone word comes just before it (``번호``,
``연락처``, ``phone``, ``call``, ``whatsapp``…) and when libphonenumber says it is a valid
mobile number of one of the countries that dial a trunk 0 (Thailand, Japan, Vietnam, the
Philippines, Indonesia, Malaysia, Taiwan, Australia, Germany, France, Egypt, Turkey, India):
a person's own phone, where an office's landline or a toll-free line is published. A number
valid in Korea or Britain is left to their own rules, which know those countries' public
lines. An order, account or booking number (``주문번호 …``, ``order number …``)
and a short hotline stay public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.common import label_before
from core.privacy.types import Hit

__all__ = ["detect_trunk_zero_phones"]

_CANDIDATE_RE = LazyPattern(
    r"(?<![0-9A-Za-z+-])0[0-9]{1,3}(?:[-. \t][0-9]{2,4}){1,3}(?![0-9A-Za-z]|-[0-9])"
)
_PHONE_WORDS = LazyPattern(
    r"(?i:phone|tel|call|cell|mobile|number|whatsapp|line|viber|text)|전화|연락|휴대|핸드폰|번호"
    # blind57p: the Japanese and Chinese words (携帯 "mobile", 電話, 手机/手機, 联系/聯絡).
    r"|携帯|電話|手机|手機|联系|聯絡"
)
# A number word of another kind before the phone word: "주문번호", "order number", "계좌번호".
_OTHER_NUMBER_RE = LazyPattern(
    r"(?i:order|tracking|account|serial|model|booking|ticket|reference|invoice|policy|member|"
    r"customer|case|parcel)[ \t]*\Z|"
    r"(?:주문|송장|운송장|계좌|사업자|등록|주민|회원|카드|예약|티켓|접수|관리|고객|모델|제품|일련|"
    r"증권|사건|학|증)[ \t]*\Z"
)
_REGIONS = ("TH", "JP", "VN", "PH", "ID", "MY", "TW", "AU", "DE", "FR", "EG", "TR", "IN")


def _mobile_somewhere(number: str) -> bool:
    # Imported at the first candidate: its metadata costs start-up time most texts never need.
    import phonenumbers

    mobile = (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )
    # Korea's and Britain's numbers have their own rules, which know their public lines; a
    # British premium-rate number (09…) is no British reading of a Japanese or Filipino mobile.
    for region in ("KR", "GB"):
        try:
            parsed = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            continue
        premium = phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.PREMIUM_RATE
        if phonenumbers.is_valid_number(parsed) and not (region == "GB" and premium):
            return False
    for region in _REGIONS:
        try:
            parsed = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(parsed) and phonenumbers.number_type(parsed) in mobile:
            return True
    return False


def detect_trunk_zero_phones(text: str) -> Iterator[Hit]:
    """Other countries' domestic phone numbers after a phone word (see the module)."""
    for m in _CANDIDATE_RE.finditer(text):
        digits = sum(ch.isdigit() for ch in m.group())
        if not 9 <= digits <= 11:
            continue
        label = label_before(text, m.start(), _PHONE_WORDS, 24, adjacent=False)
        if label is None:
            continue
        if _OTHER_NUMBER_RE.search(text, max(0, label.start() - 12), label.start()) is not None:
            continue
        if _mobile_somewhere(m.group()):
            yield Hit("phone", m.start(), m.end(), 0.8, False)
