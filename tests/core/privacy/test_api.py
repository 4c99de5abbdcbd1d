"""The public API: classify, contains_pii, mask, pseudonymize/restore, Finding."""

from __future__ import annotations

import dataclasses

import pytest

from bench.privacy_corpus import generate_corpus
from core.privacy import (
    PII_TYPES,
    Finding,
    classify,
    contains_pii,
    mask,
    pseudonymize,
    restore,
    scan,
)

TEXT = "김민수 고객님 주민번호 900101-1234568, 연락처 010-1234-5678"


def test_classify() -> None:
    assert classify(TEXT) == "local_only"
    assert classify("오늘 날씨 어때? 2024-01-15 기준") == "public"
    assert classify("") == "public"


def test_contains_pii_agrees_with_scan_on_the_corpus() -> None:
    for sample in generate_corpus(400, seed=7):
        assert contains_pii(sample.text) == bool(scan(sample.text)), sample.text


def test_mask_replaces_each_finding_with_its_type() -> None:
    assert mask(TEXT) == "[PERSON_NAME] 고객님 주민번호 [KR_RRN], 연락처 [PHONE]"


def test_mask_with_given_findings_and_overlaps() -> None:
    findings = scan(TEXT)
    overlapping = [*findings, Finding("kr_rrn", findings[1].start + 2, findings[1].end, "x")]
    assert mask(TEXT, overlapping) == mask(TEXT, findings)
    assert mask("no pii here", []) == "no pii here"


def test_mask_keeps_obfuscated_values_out() -> None:
    text = "번호 ９００１０１\u200b－１２３４５６８ 끝"
    assert mask(text) == "번호 [KR_RRN] 끝"


def test_pseudonymize_is_stable_and_reversible() -> None:
    text = "김민수 고객님 010-1234-5678, 다시 김민수 고객님 010-1234-5678, 박지훈 님"
    pseudo, mapping = pseudonymize(text)
    assert pseudo == (
        "<<PERSON_1>> 고객님 <<PHONE_1>>, 다시 <<PERSON_1>> 고객님 <<PHONE_1>>, <<PERSON_2>> 님"
    )
    assert mapping == {
        "<<PERSON_1>>": "김민수",
        "<<PHONE_1>>": "010-1234-5678",
        "<<PERSON_2>>": "박지훈",
    }
    assert restore(pseudo, mapping) == text
    # A placeholder the model invented is left alone.
    assert restore("<<PERSON_9>> 님", mapping) == "<<PERSON_9>> 님"


def test_finding_is_frozen_and_serializable() -> None:
    f = scan(TEXT)[1]
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.start = 0  # type: ignore[misc]
    assert f.to_dict() == {
        "type": "kr_rrn",
        "start": f.start,
        "end": f.end,
        "confidence": 1.0,
        "validated": True,
    }
    assert f.placeholder == "[KR_RRN]"


def test_every_type_has_a_placeholder_label() -> None:
    for ptype in PII_TYPES:
        pseudo, mapping = pseudonymize("x", [Finding(ptype, 0, 1, "x")])
        assert pseudo.startswith("<<") and mapping[pseudo] == "x"
