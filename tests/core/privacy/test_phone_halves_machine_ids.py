"""A mobile number's front half is not read inside a machine id.

A LangSmith export body carries random run ids; one in a few thousand holds a
group like ``a010-4109`` and the export was blocked as carrying a phone number.
"""

from __future__ import annotations

import pytest

from core.privacy.machine_ids import machine_id_spans
from core.privacy.phone_halves import detect_phone_halves
from core.privacy.scanner import contains_pii, scan


@pytest.mark.parametrize(
    "text",
    [
        '{"id": "16d622cf-a010-4109-a0b1-3c5e7f9d2b41"}',
        "run 5f0e2c1a-b010-4123-8abc-0123456789ab finished",
        "trace_id=9b1d-010-4820-a7c3",
    ],
)
def test_a_uuid_group_is_not_a_phone_half(text: str) -> None:
    assert list(detect_phone_halves(text)) == []
    assert [f for f in scan(text) if f.type == "phone"] == []


@pytest.mark.parametrize(
    ("text", "half"),
    [
        ("내 번호 앞자리는 010-4821 이고", "010-4821"),
        ("my number starts 010 4821, the rest later", "010 4821"),
        ("(010-4821)", "010-4821"),
    ],
)
def test_a_front_half_in_words_is_still_found(text: str, half: str) -> None:
    found = [text[h.start : h.end] for h in detect_phone_halves(text)]
    assert half in found


def test_a_uuid_whose_last_group_reads_as_a_number_is_not_a_phone() -> None:
    body = '{"run_id": "b15a455c-0034-4be3-be6f-050352912692"}'
    assert scan(body) == []
    assert not contains_pii(body)


def test_only_a_uuid_with_a_hex_letter_is_a_machine_id() -> None:
    # Random ids have hex letters; an all-digit one may be a number in disguise.
    assert machine_id_spans("01012345-6789-0000-0000-000000000000") == []
    assert machine_id_spans("id 16d622cf-a010-4109-a0b1-3c5e7f9d2b41.") == [(3, 39)]


def test_a_run_id_in_a_dotted_order_is_not_a_card() -> None:
    # Seen on CI: the run id glued after the timestamp's "Z" read as card 2681-7431-9755-4501.
    run_id = "01a280da-2681-7431-9755-4501ec4e9d72"
    body = f'{{"dotted_order": "20261203T085328428136Z{run_id}.20261203T085328434174Z{run_id}"}}'
    assert [body[start:end] for start, end in machine_id_spans(body)] == [run_id, run_id]
    assert [f for f in scan(body) if f.type == "card"] == []
    assert not contains_pii(body)


def test_a_phone_beside_a_uuid_is_still_found() -> None:
    text = "run 16d622cf-a010-4109-a0b1-3c5e7f9d2b41 for 010-4821-7730"
    assert [f.text for f in scan(text)] == ["010-4821-7730"]
