"""The over-eager wire screen the egress guard calls on every external request."""

from __future__ import annotations

import base64
import inspect
import json
import uuid

import pytest

from core.privacy.wire_screen import ScreenFinding, json_strings, mask_outgoing, screen_outgoing


def _kinds(text: str) -> set[str]:
    return {f.kind for f in screen_outgoing(text)}


@pytest.mark.parametrize(
    "text",
    [
        "900101",  # six bare digits: below every detector, not below the screen
        "９００１０１",
        "9 0 0 1 0 1",
        "٩٠٠١٠١",  # Arabic-Indic digits
        "구공공일공일",
        "ref O1O-l234",
        "reach me on nine zero zero one zero one",
        "00-11-22-33",
        "1990-01-01-1234567",  # a date glued to a number: the number still counts
    ],
)
def test_six_digits_in_any_numeral_system(text: str) -> None:
    assert "digits" in _kinds(text)


@pytest.mark.parametrize(
    "text", ["name@host", "a.b @ corp", "jane (at) corp", "jane [at] corp", "minsu 골뱅이 naver"]
)
def test_anything_email_like(text: str) -> None:
    assert "email_like" in _kinds(text)


def test_name_like_pairs_without_stop_lists() -> None:
    assert "name_pair" in _kinds("forwarded by Jane Doe")
    assert "name_pair" in _kinds("Long Beach")  # over-eager on purpose


def test_base64_that_decodes_to_personal_data() -> None:
    blob = base64.b64encode(b"call 010-1234-5678").decode()
    findings = screen_outgoing(f"payload={blob}")
    assert [f.kind for f in findings if f.kind == "base64"] == ["base64"]
    urlsafe = base64.urlsafe_b64encode("주민번호 900101-1234568".encode()).decode()
    assert "base64" in _kinds(urlsafe)
    harmless = base64.b64encode(b"just a harmless sentence").decode()
    assert "base64" not in _kinds(harmless)


def test_everything_the_scanner_finds_is_screened() -> None:
    assert "person_name" in _kinds("제 이름은 김민수입니다")
    assert "phone" in _kinds("공일공 일이삼사 오육칠팔")


@pytest.mark.parametrize(
    "text",
    [
        "What is the capital of France?",
        "주차는 몇 시간 무료인가요?",
        "The meeting is on 2026-11-29 14:05.",
        "Pi is about 3.14159265.",
        "The population is 145000000.",
        "He lived 1874 - 1951 and wrote in May 25 2008.",
        "It costs 1,250,000 won.",
        "Python 3.11.4 on port 8080",
    ],
)
def test_ordinary_public_text_passes(text: str) -> None:
    assert screen_outgoing(text) == []


def test_findings_carry_offsets_and_a_reason() -> None:
    text = "memo: 9 0 0 1 0 1 ok"
    (finding,) = screen_outgoing(text)
    assert isinstance(finding, ScreenFinding)
    assert text[finding.start : finding.end] == "9 0 0 1 0 1"
    assert "6 digits" in finding.reason


def test_mask_outgoing_replaces_every_span() -> None:
    masked = mask_outgoing("call 공일공 일이삼사 오육칠팔 or mail a@b.example, ref 123456")
    assert "공일공" not in masked and "a@b" not in masked and "123456" not in masked
    assert masked.startswith("call [")


def test_signature_needs_only_the_text() -> None:
    params = inspect.signature(screen_outgoing).parameters
    assert list(params) == ["text"]
    assert screen_outgoing("") == []


def test_json_strings_screens_text_not_structure() -> None:
    body = json.dumps(
        {
            "model": "gpt-4o-mini",
            "max_tokens": 1024000,
            "created": 1764412345123,
            "messages": [{"role": "user", "content": "What is the capital of France?"}],
        }
    )
    assert screen_outgoing(body) != []  # the raw body has long numbers
    assert screen_outgoing(json_strings(body)) == []
    leaking = body.replace("What is the capital of France?", "내 번호 공일공 일이삼사 오육칠팔")
    assert {"phone", "digits"} <= {f.kind for f in screen_outgoing(json_strings(leaking))}
    assert json_strings("not json 900101") == "not json 900101"


def test_trace_ids_and_timestamps_are_not_personal_data() -> None:
    run_id = str(uuid.UUID(int=0x3FA85F6457174562B3FC2C963F66AFA6))
    payload = {
        "id": run_id,
        "start_time": "2026-11-29T14:05:00.123456Z",
        "dotted_order": "20261129T140500123456Z" + run_id.replace("-", ""),
        "span_id": "a1b2c3d4e5f60718",
        "inputs": {"question": "주차는 몇 시간 무료인가요?"},
    }
    assert screen_outgoing(json_strings(json.dumps(payload, ensure_ascii=False))) == []
    # Hex-encoded digits have no hex letter: still a run of digits.
    assert "digits" in _kinds("303130313233343536")


def test_langsmith_dotted_order_and_endpoints_are_structure() -> None:
    # What a real LangSmith multipart body carries: a dotted order whose run id keeps its
    # hyphens, and the endpoint in run metadata. Neither is a person's number.
    run_id = "01a2289a-650b-734b-a770-0d067d5f8dd9"
    metadata = {
        "dotted_order": f"20261129T181010123456Z{run_id}.20261129T181010123999Z{run_id}",
        "LANGSMITH_ENDPOINT": "http://127.0.0.1:42073",
        # A git revision of the app: hex with a letter, mostly digits.
        "revision_id": "b521376-dirty",
    }
    assert screen_outgoing(json_strings(json.dumps(metadata))) == []
    # A phone written with dots is still a number, not an address.
    assert "phone" in _kinds("call 010.1234.5678")


def test_a_large_base64_blob_is_screened_without_blowing_up() -> None:
    # 35 KB of base64 of one long capitalised run: every rule must stay
    # linear in it (an e-mail-like pattern once re-scanned it from every
    # position). Checked by size, not by time: the result must be clean and
    # the decoded text must have been screened (it is base64 of letters).
    blob = base64.b64encode(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ" * 1000).decode()
    assert screen_outgoing(blob) == []
    leaking = base64.b64encode(b"ABCDEFGHIJ" * 1000 + b" jane@corp.example").decode()
    assert "base64" in _kinds(leaking)
