"""Korean structured identifiers: RRN/FRN, BRN, driver licences, bank accounts."""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.common import NA, NB1, SEP, SEP_REQ, digits_of, label_before, lead
from core.privacy.corporate_business_numbers import is_a_named_corporations_number
from core.privacy.organisation_held_accounts import held_by_an_organisation
from core.privacy.placeholder_registrations_ko import is_placeholder_registration_ko
from core.privacy.types import Hit
from core.privacy.validators import (
    birth_date,
    brn_checksum_ok,
    frn_checksum_ok,
    registration_kind,
    rrn_checksum_ok,
)

_RRN_RE = LazyPattern("(" + lead(6) + ")(" + SEP + r")([1-8][0-9]{6})" + NA)
_RRN_LABELS = LazyPattern(r"주민|외국인|등록번호|RRN|ARC|(?i:resident|registration)")
_RRN_LABEL_HINT = LazyPattern(r"주민|외국인|등록번호|RRN")
# A label naming another kind of number ("계좌 9001011234567") outranks the
# bare structure rule, which a random 13-digit number passes about 30% of the time.
_OTHER_ID_LABELS = LazyPattern(
    r"계좌|은행|account|카드|card|주문|order|송장|invoice|tracking|환자번호|차트|MRN|"
    r"일련번호|serial|사업자|바코드|barcode",
    re.IGNORECASE,
)
# "앞자리 900101 뒷자리 1234567": the halves split by words instead of a hyphen.
_RRN_SPLIT_RE = LazyPattern(
    "(" + lead(6) + r")(?P<fill>[ \t]*"
    # A copula may end the first half's sentence ("앞자리는 540817 이야 뒷자리는 …"), and the
    # conversation scan joins two turns with nothing between them (redteam31).
    r"(?:(?:이야|이고|이요|이에요|예요|입니다|요)[ \t,.]*(?=뒷))?"
    # blind54p: the particle 에 that joins a number's halves read aloud ("팔칠공삼일이에 뒤는
    # 이 넷 팔 …", "870312에 뒷자리 …").
    r"(?:에[ \t,]*(?=뒤|뒷))?"
    # blind56p: a comma before the back half's word ("앞자리는 950327, 뒷자리는 2015481").
    # blind57p: "then" before the back half ("801217 그 다음은 1560296"; "다음에" is the fold's).
    r"(?:,|/|(?:,[ \t]*)?(?:뒷자리는?|뒤는?|뒷번호는?)|(?:그[ \t]?)?다음(?:은|엔|이)|"
    r"(?:그리고|이고|하고)"
    # blind55p: a joining word and then the back half's word ("910428 하고 뒤에 1345521",
    # "그리고 뒷자리는 …"): both read aloud between the halves.
    r"(?:[ \t]*(?:뒤에(?:는)?|뒤엔|뒤는?|뒷자리(?:는|가)?|뒷번호는?))?)[ \t]*)"
    r"([1-8][0-9]{6})" + NA
)


# "주민번호 앞자리는 880412": the front half alone is the holder's birth date,
# named as (part of) a registration number or as a birth date. Only a label
# right before it counts ("880412번 주문" or a bare 880412 is any number).
_FRONT_HALF_LABELS = LazyPattern(
    # blind56p: the number as the object of a verb of reading it out ("주민번호를 '앞자리는
    # …' 라고 불러줬어"), the quote mark opening what was read.
    r"(?:주민(?:등록)?(?:번호)?|생년월일)(?:의|은|는|이|가|를|을)?[ \t]*['\"‘“]?"
    r"(?:[ \t]*(?:앞|앞자리|앞번호|앞부분|앞\s?6자리|첫\s?6자리)(?:는|은|가|이)?)?[ \t:]*$"
)
_FRONT_HALF_HINT = LazyPattern(r"주민|생년월일")
# Six digits not continued by more digits nor by a separator: "900101-1234568"
# is the whole number the rules above report, and "900101-" at the end of a turn
# is the whole number split over two turns, which the conversation scan joins.
_FRONT_HALF_RE = LazyPattern("(" + lead(6) + r")(?![0-9])(?![ \t]*[-.])")


def _front_half_hits(text: str) -> Iterator[Hit]:
    """A labelled six-digit birth date: the front half of a registration number."""
    if _FRONT_HALF_HINT.search(text) is None:
        return
    for m in _FRONT_HALF_RE.finditer(text):
        front = m.group(1)
        if birth_date(front, "1") is None and birth_date(front, "3") is None:
            continue
        if _FRONT_HALF_LABELS.search(text, max(0, m.start() - 20), m.start()) is None:
            continue
        yield Hit("kr_rrn", m.start(), m.end(), 0.7, False)


def detect_registration(text: str) -> Iterator[Hit]:
    """Resident (주민등록번호) and foreigner (외국인등록번호) registration numbers.

    A checksum match is reported as validated. Numbers issued since October
    2020 carry no checksum, so a real birth date plus a 1-8 gender digit is
    enough to report the number (with lower confidence).
    """
    for m in _RRN_RE.finditer(text):
        digits = m.group(1) + m.group(3)
        kind = registration_kind(digits)
        if kind is None:
            continue
        # "입력칸 예시에 '800101-1234567'": a form's stand-in (redteam37).
        if is_placeholder_registration_ko(text, m.start(), m.end()):
            continue
        ok = rrn_checksum_ok(digits) if kind == "kr_rrn" else frn_checksum_ok(digits)
        if ok:
            yield Hit(kind, m.start(), m.end(), 1.0, True)
            continue
        has_dash = "-" in m.group(2)
        labelled = label_before(text, m.start(), _RRN_LABELS, 24) is not None
        if not labelled and label_before(text, m.start(), _OTHER_ID_LABELS, 24) is not None:
            continue
        yield Hit(kind, m.start(), m.end(), 0.85 if (has_dash or labelled) else 0.7, False)
    yield from _front_half_hits(text)
    if _RRN_LABEL_HINT.search(text) is None:
        return
    for m in _RRN_SPLIT_RE.finditer(text):
        digits = m.group(1) + m.group(3)
        kind = registration_kind(digits)
        if kind is None or label_before(text, m.start(), _RRN_LABELS, 24, adjacent=False) is None:
            continue
        ok = rrn_checksum_ok(digits) if kind == "kr_rrn" else frn_checksum_ok(digits)
        yield Hit(kind, m.start(), m.end(), 0.9 if ok else 0.75, ok)


_BRN_RE = LazyPattern(lead(3) + SEP + r"[0-9]{2}" + SEP + r"[0-9]{5}" + NA)
_BRN_LABELS = LazyPattern(r"사업자|business|BRN|법인|등록번호|tax ?id", re.IGNORECASE)


def detect_brn(text: str) -> Iterator[Hit]:
    """Business registration numbers (사업자등록번호), checksum validated.

    One random 10-digit number in ten passes the checksum, so the unseparated
    form also needs a business-number label.
    """
    for m in _BRN_RE.finditer(text):
        digits = digits_of(m.group(0))
        if not brn_checksum_ok(digits):
            continue
        if digits == m.group(0) and label_before(text, m.start(), _BRN_LABELS, 36) is None:
            continue
        # "삼성전자 사업자등록번호 124-81-00998": a named corporation's number (redteam32).
        if is_a_named_corporations_number(text, m.start(), digits, m.end()):
            continue
        yield Hit("kr_brn", m.start(), m.end(), 1.0, True)


_DL_REGIONS = "서울|부산|경기|강원|충북|충남|전북|전남|경북|경남|제주|대구|인천|광주|대전|울산|세종"
_DL_RE = LazyPattern(
    r"(?:(?:" + _DL_REGIONS + r")[ \t]?|[12]" + NB1 + r"(?:(?<=1)[1-9]|(?<=2)[0-8])(" + SEP + r"))"
    r"[0-9]{2}(" + SEP + r")[0-9]{6}(" + SEP + r")[0-9]{2}" + NA
)
_DL_LABELS = LazyPattern(r"면허|licen[cs]e|DL", re.IGNORECASE)


def detect_driver_license(text: str) -> Iterator[Hit]:
    """Korean driver licence numbers: ``11-12-345678-90`` or ``서울 12-345678-90``.

    A bare 12-digit run is only reported next to a licence label, since account
    and order numbers have that length too.
    """
    for m in _DL_RE.finditer(text):
        region_named = not text[m.start()].isdigit()
        if region_named and m.start() > 0 and "가" <= text[m.start() - 1] <= "힣":
            continue
        separated = all(g for g in m.groups() if g is not None)
        labelled = label_before(text, m.start(), _DL_LABELS, 24) is not None
        if region_named or separated or labelled:
            yield Hit("kr_driver_license", m.start(), m.end(), 0.9 if labelled else 0.8, False)


_ACCOUNT_NUM_RE = LazyPattern(
    "[0-9]" + NB1 + r"(?:[0-9]{1,6}(?:" + SEP_REQ + r"[0-9]{2,7}){1,4}|[0-9]{9,13})" + NA
)
# The last label before a number decides: "주문번호" right before a number wins
# over "계좌" further back in the sentence.
_ACCOUNT_LABELS = LazyPattern(
    r"(?P<pos>계좌|입금|송금|이체|예금주|통장|은행|뱅크|농협|신협|새마을금고|우체국|"
    r"account|acct|a/c|bank)"
    # 등기/택배/소포: a parcel's number ("우체국 등기번호 …"; 우체국 is a bank too).
    r"|(?P<neg>주문|order|invoice|송장|운송장|tracking|등기|택배|소포|영수증|승인번호|거래번호|"
    r"transaction|ref|티켓|ticket|예약|booking|사업자|주민|전화|연락처|phone|tel|휴대|"
    r"일련|serial|시리얼|제품|모델|model|product|sku|회원번호|member)",
    re.IGNORECASE,
)
_DATE_PREFIX_RE = LazyPattern(r"(?:19|20)[0-9]{2}[-./ ](?:0?[1-9]|1[0-2])[-./ ][0-9]{1,2}")
# Whole-text gate: literal alternatives, no IGNORECASE, so the search is fast.
_ACCOUNT_HINT = LazyPattern(
    r"계좌|입금|송금|이체|예금주|통장|은행|뱅크|농협|신협|새마을금고|우체국|"
    r"account|Account|ACCOUNT|acct|Acct|a/c|A/C|bank|Bank|BANK"
)


# A bank's short name right before the number ("신한 110-123-456789"): people name the
# bank, not the word 은행. Only adjacent, since 우리/하나/국민 are everyday words too.
_BANK_SHORT_NAME_BEFORE = LazyPattern(
    r"(?:신한|국민|우리|하나|기업|토스|케이뱅크|카뱅|SC제일|제일|씨티|수협|산업|부산|대구|경남"
    r"|광주|전북|제주|KB|NH|IBK)[ \t:]{0,2}\Z"
)
# The verb after the number says what it is ("110-123-456789 로 입금 부탁드려요").
_ACCOUNT_USE_AFTER = LazyPattern(
    r"[ \t]*(?:으로|로|에|에서|으로요|로요)?[ \t]*(?:입금|송금|이체|계좌)"
)
_BANK_HINT = LazyPattern(
    r"신한|국민|우리|하나|기업|토스|케이뱅크|카뱅|제일|씨티|수협|산업|부산|대구|경남|광주|전북|제주"
    r"|KB|NH|IBK"
)


def _named_by_bank_or_use(text: str, start: int, end: int) -> bool:
    """Whether a bank's short name opens the number or a transfer verb follows it."""
    if _BANK_SHORT_NAME_BEFORE.search(text, max(0, start - 8), start) is not None:
        return True
    return _ACCOUNT_USE_AFTER.match(text, end) is not None


def detect_bank_account(text: str) -> Iterator[Hit]:
    """Bank account numbers: 10-14 digits (usually hyphenated) after an account word,
    right after a bank's short name, or followed by a transfer verb."""
    if _ACCOUNT_HINT.search(text) is None and _BANK_HINT.search(text) is None:
        return
    for m in _ACCOUNT_NUM_RE.finditer(text):
        if _DATE_PREFIX_RE.match(m.group(0)):
            continue
        label = label_before(text, m.start(), _ACCOUNT_LABELS, 28)
        named = label is not None and label.group("pos") is not None
        if label is not None and label.group("neg") is not None:
            continue
        if not named and not _named_by_bank_or_use(text, m.start(), m.end()):
            continue
        end = _account_end(m.group(0))
        # "… 예금주 사회복지공동모금회": a charity's or a company's published account (redteam44).
        if end and not held_by_an_organisation(text, m.start() + end):
            yield Hit("bank_account", m.start(), m.start() + end, 0.85, False)


_GROUP_RE = LazyPattern(r"[0-9]+")


def _account_end(candidate: str) -> int:
    """Length of the longest leading run of digit groups holding 10-14 digits (0 if none).

    A space is a valid group separator, so a following quantity ("... 34
    items") can fuse onto the number; dropping trailing groups recovers it.
    """
    best = 0
    count = 0
    for g in _GROUP_RE.finditer(candidate):
        count += len(g.group(0))
        if count > 14:
            break
        if count >= 10:
            best = g.end()
    return best
