"""A generated, labelled corpus for measuring the scanner (and the egress guard).

``generate_corpus(n, seed)`` builds Korean and English sentences that embed
valid personal data (with obfuscation variants: full-width digits, space or
dot separators, no separators, zero-width characters) plus benign decoys
(order numbers, dates, lab values, prices...). ``evaluate(samples)`` reports
per-type recall and the decoy false-positive rate.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from bench.privacy_corpus import gap_forms as gf
from bench.privacy_corpus import spoken_forms as sf
from bench.privacy_corpus import values as cv
from bench.privacy_corpus.decoys import decoy_text
from core.privacy.scanner import scan
from core.privacy.types import PII_TYPES, STRUCTURED_TYPES, PiiType

Variant = Literal[
    "plain",
    "nosep",
    "space_sep",
    "dot_sep",
    "fullwidth",
    "zero_width",
    "intl",
    # How people write (bench.privacy_corpus.spoken_forms).
    "ko_words",
    "native_words",
    "mixed_words",
    "lookalike",
    "spaced_digits",
    "dash_word",
    "en_words",
    "spaced_at",
    "spelled",
    "self_intro",
    "plain_mention",
    "running_text",
    "comma_sep",
]
Lang = Literal["ko", "en"]

ZERO_WIDTH = ("\u200b", "\u200c", "\u200d", "\ufeff", "\u2060")
_FULLWIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")


@dataclass(frozen=True, slots=True)
class ExpectedSpan:
    """A piece of personal data planted in a sample, with its original offsets."""

    type: PiiType
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class LabeledSample:
    """One corpus string and the personal data planted in it.

    Attributes:
        text: The sentence.
        spans: What was planted (empty for a decoy).
        lang: ``"ko"`` or ``"en"``.
        variant: The obfuscation applied to the planted values.
    """

    text: str
    spans: tuple[ExpectedSpan, ...]
    lang: Lang
    variant: Variant

    @property
    def is_decoy(self) -> bool:
        """True when nothing personal was planted (any finding is a false positive)."""
        return not self.spans


_NUMERIC_VARIANTS: tuple[Variant, ...] = (
    "plain",
    "nosep",
    "space_sep",
    "dot_sep",
    "fullwidth",
    "zero_width",
)
_TEXT_VARIANTS: tuple[Variant, ...] = ("plain", "fullwidth", "zero_width")


def _obfuscate(rng: random.Random, value: str, variant: Variant) -> str:
    if variant == "fullwidth":
        return value.translate(_FULLWIDTH)
    if variant == "zero_width" and len(value) > 2:
        chars = list(value)
        for _ in range(rng.randint(1, 3)):
            chars.insert(rng.randint(1, len(chars) - 1), rng.choice(ZERO_WIDTH))
        return "".join(chars)
    return value


def _join(rng: random.Random, groups: Sequence[str], variant: Variant, plain_sep: str = "-") -> str:
    sep = {"nosep": "", "space_sep": " ", "dot_sep": "."}.get(variant, plain_sep)
    return _obfuscate(rng, sep.join(groups), variant)


# (type, language, templates, value maker(rng, variant) -> text, variants)
ValueMaker = Callable[[random.Random, Variant], str]


def _grouped(make: Callable[[random.Random], list[str]], plain_sep: str = "-") -> ValueMaker:
    return lambda rng, variant: _join(rng, make(rng), variant, plain_sep)


def _plain(make: Callable[[random.Random], str]) -> ValueMaker:
    return lambda rng, variant: _obfuscate(rng, make(rng), variant)


def _rrn_any(rng: random.Random) -> list[str]:
    return cv.rrn(rng, post_2020=rng.random() < 0.3)


def _kr_phone(rng: random.Random, variant: Variant) -> str:
    groups = cv.kr_phone(rng)
    if variant == "intl":
        return "+82 " + " ".join([groups[0].lstrip("0"), *groups[1:]])
    return _join(rng, groups, variant)


def _us_phone(rng: random.Random, variant: Variant) -> str:
    groups = cv.us_phone(rng)
    if variant == "plain" and rng.random() < 0.4:
        return f"({groups[0]}) {groups[1]}-{groups[2]}"
    return _join(rng, groups, variant)


def _card(rng: random.Random, variant: Variant) -> str:
    return _join(rng, cv.card(rng), variant, rng.choice(["-", " "]))


def _spoken(make: Callable[[random.Random], list[str]]) -> ValueMaker:
    def value(rng: random.Random, variant: Variant) -> str:
        if variant == "en_words":
            return sf.english_words(make(rng))
        return sf.spoken_number(rng, make(rng), variant)

    return value


def _spelled_email(rng: random.Random, variant: Variant) -> str:
    return sf.spelled_email(rng, variant)


_KO_NUMBER_FORMS: tuple[Variant, ...] = (
    "ko_words",
    "native_words",
    "mixed_words",
    "lookalike",
    "spaced_digits",
    "dash_word",
)
_EN_NUMBER_FORMS: tuple[Variant, ...] = ("lookalike", "spaced_digits", "en_words")


def _kr_name_any(rng: random.Random) -> str:
    return cv.kr_name(rng, masked=rng.random() < 0.3)


# A table reads better than what the formatter would make of it.
# fmt: off
_SPECS: tuple[tuple[PiiType, Lang, tuple[str, ...], ValueMaker, tuple[Variant, ...]], ...] = (
    ("kr_rrn", "ko", ("주민등록번호는 {v}입니다.", "본인 주민번호 {v} 확인 부탁드립니다",
                      "{v} (주민등록번호)", "제 주민번호가 {v}인데 조회가 안 돼요",
                      "가입자 정보 {v} 입니다"), _grouped(_rrn_any), _NUMERIC_VARIANTS),
    ("kr_rrn", "en", ("My resident registration number is {v}.", "RRN: {v}"),
     _grouped(_rrn_any), _NUMERIC_VARIANTS),
    ("kr_frn", "ko", ("외국인등록번호 {v}", "외국인 등록번호는 {v} 입니다",
                      "등록번호 {v} 제출 완료"), _grouped(cv.frn), _NUMERIC_VARIANTS),
    ("kr_frn", "en", ("Alien registration no. {v} was submitted.",), _grouped(cv.frn),
     _NUMERIC_VARIANTS),
    ("kr_brn", "ko", ("사업자등록번호 {v}로 세금계산서 발행해주세요", "사업자번호 {v}"),
     _grouped(cv.brn), _NUMERIC_VARIANTS),
    ("kr_brn", "en", ("Business registration number: {v}",), _grouped(cv.brn), _NUMERIC_VARIANTS),
    ("card", "ko", ("카드번호 {v} 로 결제했어요", "결제 카드: {v}"), _card, _NUMERIC_VARIANTS),
    ("card", "en", ("Card number {v}, exp 12/27", "charge it to {v} please"), _card,
     _NUMERIC_VARIANTS),
    ("phone", "ko", ("연락처는 {v}입니다", "{v}로 전화 주세요", "휴대폰 {v}", "문의: {v}"),
     _kr_phone, (*_NUMERIC_VARIANTS, "intl")),
    ("phone", "en", ("Call me at {v}.", "My cell is {v}", "Phone: {v}",
                     "You can reach me on {v} after 5pm"), _us_phone,
     ("plain", "dot_sep", "space_sep", "fullwidth", "zero_width")),
    ("kr_driver_license", "ko", ("운전면허번호 {v}", "운전면허증 번호는 {v}입니다"),
     _grouped(cv.driver_license), _NUMERIC_VARIANTS),
    ("kr_driver_license", "en", ("Korean driver license no. {v}",),
     _grouped(cv.driver_license), _NUMERIC_VARIANTS),
    ("passport", "ko", ("여권번호 {v}", "여권 번호는 {v}입니다"), _plain(cv.passport),
     _TEXT_VARIANTS),
    ("passport", "en", ("Passport No. {v}", "passport number {v} expires 2030"),
     _plain(cv.passport), _TEXT_VARIANTS),
    ("bank_account", "ko", ("계좌번호 {v} 로 입금 부탁드립니다", "국민은행 {v} (예금주 본인)",
                            "환불 계좌: 신한 {v}", "송금 계좌 {v}"),
     _grouped(cv.bank_account), _NUMERIC_VARIANTS),
    ("bank_account", "en", ("Please wire it to account {v}.", "Bank account: {v}"),
     _grouped(cv.bank_account), _NUMERIC_VARIANTS),
    ("us_ssn", "en", ("SSN {v}", "Social Security number: {v}", "his SSN is {v}"),
     _grouped(cv.us_ssn), _NUMERIC_VARIANTS),
    ("mrn", "en", ("MRN {v}", "Medical Record Number: {v}"), _plain(cv.mrn),
     _TEXT_VARIANTS),
    ("mrn", "ko", ("환자번호 {v}", "차트번호 {v} 환자 내원"), _plain(cv.mrn), _TEXT_VARIANTS),
    ("email", "ko", ("이메일 {v} 로 보내주세요", "회신 주소: {v}"), _plain(cv.email),
     _TEXT_VARIANTS),
    ("email", "en", ("Email me at {v}", "contact: {v}"), _plain(cv.email), _TEXT_VARIANTS),
    ("address", "ko", ("배송지: {v}", "주소는 {v}입니다", "{v}에 거주합니다"),
     _plain(cv.kr_address), _TEXT_VARIANTS),
    ("address", "en", ("I live at {v}.", "Ship to {v}", "Address: {v}"), _plain(cv.en_address),
     _TEXT_VARIANTS),
    ("person_name", "ko", ("{v} 고객님, 안녕하세요", "환자 {v}, 55세 남성", "담당의 {v} 선생님",
                           "성명: {v}", "보호자 {v}에게 연락 바랍니다"),
     _plain(_kr_name_any), _TEXT_VARIANTS),
    ("person_name", "ko", ("{v}님 예약이 확인되었습니다", "{v} 씨가 방문했습니다"),
     _plain(lambda rng: cv.kr_name(rng)), _TEXT_VARIANTS),
    ("person_name", "en", ("Patient {v} was admitted today.", "Dr. {v} will see you now",
                           "Name: {v}", "Dear {v},", "Customer {v} requested a refund"),
     _plain(cv.en_name), _TEXT_VARIANTS),
    ("person_name", "en", ("Mr. {v} called twice.", "Please ask Ms. {v} to sign."),
     _plain(cv.en_surname), _TEXT_VARIANTS),
    # How people write: number words, look-alikes, spelled e-mails, introductions.
    ("phone", "ko", ("연락처는 {v}입니다", "{v}로 전화 주세요", "휴대폰 {v}"),
     _spoken(cv.kr_phone), _KO_NUMBER_FORMS),
    ("phone", "en", ("Call me at {v}.", "My cell is {v}"), _spoken(cv.us_phone),
     _EN_NUMBER_FORMS),
    ("kr_rrn", "ko", ("주민등록번호는 {v}입니다", "주민번호 {v} 확인 부탁드려요"),
     _spoken(_rrn_any), _KO_NUMBER_FORMS),
    ("card", "ko", ("카드번호 {v} 로 결제했어요",), _spoken(cv.card),
     ("ko_words", "mixed_words", "lookalike", "spaced_digits")),
    ("card", "en", ("Card number {v}, exp 12/27",), _spoken(cv.card),
     ("lookalike", "spaced_digits", "en_words")),
    ("email", "ko", ("이메일 {v} 로 보내주세요", "메일 주소는 {v}입니다"), _spelled_email,
     ("spaced_at", "spelled")),
    ("email", "en", ("Email me at {v}", "my email is {v} thanks"), _spelled_email,
     ("spaced_at", "spelled")),
    ("person_name", "ko", sf.KO_INTRO_TEMPLATES, _plain(lambda rng: cv.kr_name(rng)),
     ("self_intro",)),
    ("person_name", "ko", sf.KO_MENTION_TEMPLATES, _plain(lambda rng: cv.kr_name(rng)),
     ("plain_mention",)),
    ("person_name", "en", sf.EN_INTRO_TEMPLATES, _plain(cv.en_name), ("self_intro",)),
    ("person_name", "en", sf.EN_RUNNING_TEMPLATES, _plain(cv.en_name), ("running_text",)),
    # Forms once missed (bench.privacy_corpus.gap_forms).
    ("bank_account", "en", ("refund to sort code {v} please", "my sort code is {v}"),
     gf.uk_sort_code, ("plain", "space_sep", "nosep")),
    ("bank_account", "en", ("account number {v}, sort code to follow",), gf.uk_account,
     ("plain", "space_sep")),
    ("national_id", "en", ("my driving licence number is {v}",), gf.uk_driving_licence,
     ("plain", "space_sep")),
    ("vehicle_plate", "en", ("my reg is {v}", "can you book parking for {v} today"),
     gf.uk_lower_plate, ("plain",)),
    ("phone", "ko", ("연락처는 {v}입니다", "call me on {v}"), gf.comma_phone, ("comma_sep",)),
    ("birth_date", "en", ("I was born on {v}", "my birthday is {v}."), gf.spoken_day_date,
     ("en_words",)),
    ("person_name", "en", gf.RELATIVE_TEMPLATES, gf.relative_given_name, ("self_intro",)),
)
# fmt: on


def _positive(rng: random.Random) -> LabeledSample:
    ptype, lang, templates, make, variants = rng.choice(_SPECS)
    variant = rng.choice(variants)
    template = rng.choice(templates)
    value = make(rng, variant)
    prefix, suffix = template.split("{v}")
    text = prefix + value + suffix
    spans = [ExpectedSpan(ptype, len(prefix), len(prefix) + len(value))]
    # A fifth of the samples carry a benign tail, so decoy-like text sits next
    # to real personal data as it does in real messages.
    if rng.random() < 0.2:
        text += " " + decoy_text(rng, lang)
    return LabeledSample(text, tuple(spans), lang, variant)


def _decoy(rng: random.Random) -> LabeledSample:
    lang: Lang = rng.choice(["ko", "en"])
    if rng.random() < 0.3:
        # Look-alikes of the new forms: number syllables in plain Korean,
        # capitalised phrases that are not people, "at" that is not an e-mail.
        return LabeledSample(sf.lookalike_decoy(rng, lang), (), lang, "lookalike")
    variant: Variant = rng.choice(["plain", "plain", "fullwidth", "zero_width"])
    text = decoy_text(rng, lang)
    if variant == "fullwidth":
        text = text.translate(_FULLWIDTH)
    elif variant != "plain":
        text = _obfuscate(rng, text, variant)
    return LabeledSample(text, (), lang, variant)


def generate_corpus(n: int, seed: int) -> list[LabeledSample]:
    """Generate ``n`` labelled samples (about 3/4 with personal data, 1/4 decoys).

    Args:
        n: How many samples.
        seed: Seed for ``random.Random``; the same seed gives the same corpus.

    Returns:
        The samples.
    """
    rng = random.Random(seed)
    return [_decoy(rng) if rng.random() < 0.25 else _positive(rng) for _ in range(n)]


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def evaluate(
    samples: Sequence[LabeledSample], scanner: Callable[[str], Sequence[Any]] = scan
) -> dict[str, Any]:
    """Per-type recall and decoy false-positive rate of ``scanner`` on ``samples``.

    A planted span counts as found when a finding of the same type overlaps it.

    Args:
        samples: From :func:`generate_corpus`.
        scanner: Anything returning objects with ``type``, ``start``, ``end``.

    Returns:
        ``{"n", "n_decoys", "recall": {type: r}, "support": {type: n},
        "recall_by_variant": {variant: r}, "structured_recall_min",
        "decoy_fp_rate", "decoy_fp_rate_by_variant" (``lookalike``: decoys that
        resemble the spoken forms and names), "decoy_false_positives": [first few texts],
        "unexpected_findings": count of findings in positive samples that
        overlap no planted span}``.
    """
    found: dict[str, int] = {}
    support: dict[str, int] = {}
    v_found: dict[str, int] = {}
    v_support: dict[str, int] = {}
    decoys = fp = unexpected = 0
    d_support: dict[str, int] = {}
    d_fp: dict[str, int] = {}
    fp_examples: list[str] = []
    for sample in samples:
        findings = scanner(sample.text)
        if sample.is_decoy:
            decoys += 1
            d_support[sample.variant] = d_support.get(sample.variant, 0) + 1
            d_fp[sample.variant] = d_fp.get(sample.variant, 0) + int(bool(findings))
            if findings:
                fp += 1
                if len(fp_examples) < 10:
                    fp_examples.append(sample.text)
            continue
        for span in sample.spans:
            ok = any(
                f.type == span.type and _overlaps(f.start, f.end, span.start, span.end)
                for f in findings
            )
            support[span.type] = support.get(span.type, 0) + 1
            found[span.type] = found.get(span.type, 0) + int(ok)
            v_support[sample.variant] = v_support.get(sample.variant, 0) + 1
            v_found[sample.variant] = v_found.get(sample.variant, 0) + int(ok)
        unexpected += sum(
            1
            for f in findings
            if not any(_overlaps(f.start, f.end, s.start, s.end) for s in sample.spans)
        )
    recall = {t: round(found[t] / support[t], 4) for t in PII_TYPES if support.get(t)}
    structured = [r for t, r in recall.items() if t in STRUCTURED_TYPES]
    return {
        "n": len(samples),
        "n_decoys": decoys,
        "recall": recall,
        "support": {t: support[t] for t in PII_TYPES if support.get(t)},
        "recall_by_variant": {v: round(v_found[v] / v_support[v], 4) for v in sorted(v_support)},
        "structured_recall_min": min(structured) if structured else None,
        "decoy_fp_rate": round(fp / decoys, 4) if decoys else 0.0,
        "decoy_fp_rate_by_variant": {
            v: round(d_fp[v] / d_support[v], 4) for v in sorted(d_support)
        },
        "decoy_false_positives": fp_examples,
        "unexpected_findings": unexpected,
    }
