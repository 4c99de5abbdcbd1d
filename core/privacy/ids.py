"""Identifiers recognised by their label: passports, medical record numbers, US SSNs, cards."""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.common import NA, SEP, SEP_REQ, digits_of, label_before, lead
from core.privacy.documented_examples import is_documented_example
from core.privacy.placeholder_passports import is_placeholder_passport
from core.privacy.types import Hit
from core.privacy.validators import ssn_ok
from core.text import ENGLISH_DIGITS, KOREAN_NATIVE_DIGITS, KOREAN_SINO_DIGITS

_PASSPORT_RE = LazyPattern(
    r"(?<![A-Za-z0-9])(?:[A-Z]{1,2}[0-9]{7,8}|[A-Z][0-9]{3}[A-Z][0-9]{4}|[0-9]{9})(?![A-Za-z0-9])"
)
# Literal alternatives (no IGNORECASE) so the whole-text gate search stays fast.
_PASSPORT_LABELS = LazyPattern(r"여권|passport|Passport|PASSPORT|PP ?No")


# Only the number's own label ("여권번호", "passport number") introduces a part: a fee
# after "여권" ("여권 발급 53000원") is no part of one.
_PASSPORT_NUMBER_LABEL = LazyPattern(r"여권\s*번호|[Pp]assport\s+(?:number|no\.?|#)|PP ?No")
_PASSPORT_PART = LazyPattern(
    r"(?<![A-Za-z0-9])(?:[A-Z]{1,2}[0-9]{3,8}|[0-9]{3,9})(?![A-Za-z0-9])"
    r"(?!\s*(?:원|달러|won|%|명|개|일|시|분|년|월|살|세|만|천))"
)
_PASSPORT_LABEL_REACH = 50


def detect_passport(text: str) -> Iterator[Hit]:
    """Passport numbers (``M12345678``, ``M123A4567``) next to a passport word.

    The shape alone is shared with product and invoice codes, so the label is
    required.
    """
    if _PASSPORT_LABELS.search(text) is None:
        return
    whole: list[tuple[int, int]] = []
    for m in _PASSPORT_RE.finditer(text):
        if label_before(text, m.start(), _PASSPORT_LABELS, 32) is not None:
            whole.append((m.start(), m.end()))
            # "여권번호 예시가 M123A4567": a form's stand-in, not anyone's (redteam41).
            if not is_placeholder_passport(text, m.start(), m.end()):
                yield Hit("passport", m.start(), m.end(), 0.9, False)
    # "여권번호 앞부분이 M4827 이고", then "뒤는 1963": a passport number typed in parts
    # is one, like a card number's halves (the history scan joins the turns).
    for label in _PASSPORT_NUMBER_LABEL.finditer(text):
        reach = text[label.end() : label.end() + _PASSPORT_LABEL_REACH]
        for m in _PASSPORT_PART.finditer(reach):
            start = label.end() + m.start()
            if not any(lo <= start < hi for lo, hi in whole):
                yield Hit("passport", start, start + len(m.group(0)), 0.85, False)


_MRN_LABEL_WORDS = (
    "MRN",
    "mrn",
    "Medical Record Number",
    "Medical Record No",
    "Medical Record #",
    "medical record number",
    "medical record no",
    "Patient ID",
    "patient ID",
    "patient id",
    "Chart No",
    "Chart Number",
    "chart no",
    "chart number",
    "환자번호",
    "환자 번호",
    "환자ID",
    "환자 ID",
    "병록번호",
    "병록 번호",
    "차트번호",
    "차트 번호",
    "의무기록번호",
    "진료번호",
    "진료 번호",
    "진료카드번호",
)
# Literal label alternatives (no IGNORECASE, no leading \b) keep the search fast.
_MRN_RE = LazyPattern(
    "(?:"
    + "|".join(re.escape(w) for w in _MRN_LABEL_WORDS)
    # blind55p: the subject particle after a Korean label ("환자번호가 13984027 인데").
    + r")\.?[ \t]*(?:[:#=]|No\.?|는|은|가|이|도)?[ \t]*(?:[:#=][ \t]*)?"
    r"(?P<v>(?<![A-Za-z0-9])[A-Z]{0,3}-?[0-9][0-9 \t.-]{3,14}[0-9])" + NA
)


def detect_mrn(text: str) -> Iterator[Hit]:
    """Medical record / patient numbers (``MRN 12345678``, ``환자번호 123456``)."""
    for m in _MRN_RE.finditer(text):
        if m.start() > 0 and text[m.start() - 1].isascii() and text[m.start() - 1].isalpha():
            continue
        value = m.group("v").rstrip(" \t.-")
        if not 5 <= len(digits_of(value)) <= 12:
            continue
        start = m.start("v")
        yield Hit("mrn", start, start + len(value), 0.9, False)


_SSN_RE = LazyPattern(lead(3) + SEP_REQ + r"[0-9]{2}" + SEP_REQ + r"[0-9]{4}" + NA)
_SSN_BARE_RE = LazyPattern(lead(3) + SEP + r"[0-9]{2}" + SEP + r"[0-9]{4}" + NA)
_SSN_LABELS = LazyPattern(r"SSN|ssn|social security|Social Security|SOCIAL SECURITY|사회보장")


def detect_ssn(text: str) -> Iterator[Hit]:
    """US Social Security Numbers (``123-45-6789``; bare nine digits after "SSN")."""
    seen: set[int] = set()
    for m in _SSN_RE.finditer(text):
        if ssn_ok(digits_of(m.group(0))):
            seen.add(m.start())
            yield Hit("us_ssn", m.start(), m.end(), 0.95, True)
    if _SSN_LABELS.search(text) is None:
        return
    for m in _SSN_BARE_RE.finditer(text):
        if m.start() in seen or not ssn_ok(digits_of(m.group(0))):
            continue
        if label_before(text, m.start(), _SSN_LABELS, 24) is not None:
            yield Hit("us_ssn", m.start(), m.end(), 0.9, True)


# "카드 번호 앞 여덟 자리는 4518 2231이에요", then "뒤는 7789 0042": part of a card number,
# typed in halves, is one though no checksum can be run on a part. A whole number (13
# digits or more) is still a card only when Luhn holds (``contact.detect_card``).
# "my card are 5425 2334", "card ends in ...": the word card alone labels the groups after
# it (only groups of four, 8 to 12 digits, count).
_CARD_LABELS = LazyPattern(
    # Any case: "Card No.", "CARD NO 4518 2231" (a form's capitals) label it as well.
    # redteam51: any card's word labels it as "card" does in English ("법인카드 앞 여덟 자리는
    # 5412 7534", "카드 뒤 네 자리"), not only 카드번호/신용카드/체크카드.
    r"카드|(?<![A-Za-z])cards?(?![A-Za-z])",
    re.IGNORECASE,
)
_CARD_GROUPS = LazyPattern(r"(?<![0-9])[0-9]{4}(?:[ -][0-9]{4}){1,3}(?:[ -][0-9]{1,3})?(?![0-9])")
# How far after its label a group of card digits may come: the sentence that names it,
# and the next one ("앞자리는 …이에요. 뒤는 …") when the message continues it.
_CARD_LABEL_REACH = 60
# A year and a month-day in two groups ("2025 0115"), a card's due date, not its part.
_DATE_GROUPS = LazyPattern(r"(?:19|20)[0-9]{2}[ -](?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])")
_HOTLINE = LazyPattern(r"1[568][0-9]{2}[ -][0-9]{4}")
# The most digits a part of a card number has (a whole one has 13 to 19).
_PART_OF_CARD_DIGITS = 12


# A whole card's length (13 to 19 digits, grouped by spaces or dashes or not) right after
# its label ("My card number is 4929 1234 5678 9012", "카드번호: ..."): a card number though
# its checksum fails, since people mistype their own (the lead's decision, unseen set 5).
# Without a label a number still needs Luhn (``contact.detect_card``), so order and
# reference numbers stay out.
_WHOLE_CARD = LazyPattern(r"(?<![0-9])[0-9](?:[ -]?[0-9]){12,18}(?![0-9])")
# "right after": the label's own words ("number is", "번호는", "#:") and no more.
_WHOLE_CARD_REACH = 24


# blind54p: farther in the label's own sentence when a colon hands the groups over ("I'll read
# my card number in bits so my screen reader doesn't announce it all: 4916 3382").
_CARD_COLON_REACH = 140
_SENTENCE_END_RE = LazyPattern(r"[.?!](?:[ \t]|$)|\n")
# A number that goes on after the groups ("4539 1488, oh 343 6467" read aloud): a whole one,
# the other rules' to read whole, not a part for the colon's reach.
_GOES_ON_RE = LazyPattern(r",?[ \t]+(?:[0-9]|(?i:oh|o|zero|nil)(?![a-z]))")


def _card_reach(text: str, start: int) -> str:
    """The text after a card label its groups may stand in (see the reaches above)."""
    near = text[start : start + _CARD_LABEL_REACH]
    far = text[start : start + _CARD_COLON_REACH]
    end = _SENTENCE_END_RE.search(far)
    far = far[: end.start()] if end is not None else far
    colon = far.rfind(":")
    if colon < 0 or not far[colon + 1 :].strip()[:1].isdigit():
        return near
    if colon < len(near):
        return far
    # Only the groups right after the colon are added; the stretch between stays unread.
    return near + " " * (colon + 1 - len(near)) + far[colon + 1 :]


def detect_labelled_card(text: str) -> Iterator[Hit]:
    """Part of a card number (groups of four, 8 to 12 digits) a short reach after its label,
    and a number of a whole card's length right after it."""
    for label in _CARD_LABELS.finditer(text):
        reach = _card_reach(text, label.end())
        for m in _CARD_GROUPS.finditer(reach):
            if _DATE_GROUPS.fullmatch(m.group(0)) or _HOTLINE.fullmatch(m.group(0)):
                # "카드 결제일이 2025 0115": a date; "카드 분실 신고 1588-0000": a company's
                # nationwide number (15xx/16xx/18xx), not a card's part.
                continue
            if m.end() > _CARD_LABEL_REACH and _GOES_ON_RE.match(reach, m.end()):
                continue
            if 8 <= len(digits_of(m.group(0))) <= _PART_OF_CARD_DIGITS:
                start = label.end() + m.start()
                yield Hit("card", start, start + len(m.group(0)), 0.85, False)
        whole = _WHOLE_CARD.search(reach)
        if whole is not None and whole.start() <= _WHOLE_CARD_REACH:
            start = label.end() + whole.start()
            if is_documented_example(text, start, start + len(whole.group(0))):
                continue
            yield Hit("card", start, start + len(whole.group(0)), 0.9, False)


# blind56p: a card's security code (CVC, CVV, CVV2, CAV2, 보안코드)
# after its label, in digits or read out in words ("CVC four one seven", "CVV 오일칠"): the
# card's secret, which no checksum marks. The label names nothing but a card's code; "security
# code" also names a login's one-time code, so it needs a card word in the text.
_DIGIT_WORDS = {
    **{k.lower(): v for k, v in ENGLISH_DIGITS.items()},
    "oh": "0",
    **KOREAN_SINO_DIGITS,
    **KOREAN_NATIVE_DIGITS,
    "공": "0",
    "영": "0",
}
_EN_DIGIT_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)(?![A-Za-z])"
_KO_DIGIT_WORD = r"(?:다섯|여섯|일곱|여덟|아홉|하나|둘|셋|넷|[공영일이삼사오육칠팔구])"
_CVC_RE = LazyPattern(
    r"(?:(?<![A-Za-z])(?i:cvc2?|cvv2?|cav2)(?![A-Za-z])|보안[ \t]?코드|"
    r"(?P<weak>(?<![A-Za-z])(?i:security[ \t]+code|card[ \t]+code)(?![A-Za-z])))"
    r"(?:[ \t]*(?:is|was|of|it|it's|it’s|reads|number|code|번호|는|은|가|:|=|-|,)){0,4}[ \t]*['\"]?"
    r"(?P<v>(?<![0-9])[0-9]{3,4}(?![0-9])|"
    + _EN_DIGIT_WORD
    + r"(?:[ \t,-]{1,2}"
    + _EN_DIGIT_WORD
    + r"){2,3}|"
    + _KO_DIGIT_WORD
    + r"(?:[ \t]?"
    + _KO_DIGIT_WORD
    + r"){2,3}(?![가-힣])(?:이야|이에요|예요|이요|요|야|이고)?)"
)
# blind57p: the code given a few words after its label, by a verb of reading or giving it out
# ("the CVV2 on the back reads 0193", "read the CVV2 off the back of my card and I said 7 3 0"):
# a card's code label (not "security code"), up to eight plain words, the verb, then three
# or four digits (spaced one by one too) or digit words. Words of another number between
# ("the CVV2 check failed and the error code is 2041") end the reach.
_CVC_FAR_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:cvc2?|cvv2?|cav2)(?![A-Za-z])"
    r"(?:[ \t]+(?!(?i:code|error|status|response|digits?|year|since|in|from)\b)[A-Za-z'’]+){1,8}?"
    r"[ \t]+(?i:reads?|said|says|say|is|was|shows?|showed|typed|entered|gave[ \t]+(?:them|him|her)|"
    r"told[ \t]+(?:them|him|her)|it's|it’s)[ \t]*:?[ \t]*['\"]?"
    r"(?P<v>(?<![0-9])(?:[0-9]{3,4}|[0-9](?:[ \t][0-9]){2,3})(?![0-9])(?![ \t]*[-.,/][0-9])|"
    + _EN_DIGIT_WORD
    + r"(?:[ \t,-]{1,2}"
    + _EN_DIGIT_WORD
    + r"){2,3})"
)
_CVC_KEYS = (
    "cvc",
    "cvv",
    "cav2",
    "보안코드",
    "보안 코드",
    "security code",
    "card code",
)
_CARD_WORD_RE = LazyPattern(r"카드|(?i:\b(?:card|visa|mastercard|amex)\b)")
_WORD_RE = LazyPattern("(?i:" + _EN_DIGIT_WORD + ")|" + _KO_DIGIT_WORD)


def detect_card_security_code(text: str) -> Iterator[Hit]:
    """A card's CVC/CVV after its label, in digits or number words (see above)."""
    lowered = text.lower()
    if not any(key in lowered for key in _CVC_KEYS):
        return
    near = list(_CVC_RE.finditer(text))
    spans = [(m.start("v"), m.end("v")) for m in near]
    far = [
        m
        for m in _CVC_FAR_RE.finditer(text)
        if not any(lo < m.end("v") and m.start("v") < hi for lo, hi in spans)
    ]
    for m in near + far:
        if (
            "weak" in m.groupdict()
            and m.group("weak") is not None
            and _CARD_WORD_RE.search(text) is None
        ):
            continue
        value = m.group("v")
        if value[0].isdigit():
            digits = value.replace(" ", "").replace("\t", "")
        else:
            digits = "".join(
                _DIGIT_WORDS.get(w.group(0).lower(), "") for w in _WORD_RE.finditer(value)
            )
        if not 3 <= len(digits) <= 4:
            continue
        end = m.end("v")
        while end > m.start("v") and not (text[end - 1].isdigit() or text[end - 1].isalpha()):
            end -= 1
        yield Hit("card", m.start("v"), end, 0.8, False)
