"""What of a JSON request body the egress guard reads, and that it reads it once.

A chat request is read as its string values, its keys and (by the routing scanner only)
its numbers; its structure is not text. The routing scanner's findings and the wire
screen come from one scan of that text: scanning the whole body and then its strings
again cost each chat request twice its tool schemas' scan.
"""

from __future__ import annotations

import json
from unittest import mock

from core import egress
from core.privacy import scan

RRN = "900101-1234567"


def _chat(content: str, **extra: object) -> str:
    return json.dumps(
        {"model": "m", "messages": [{"role": "user", "content": content}], **extra},
        ensure_ascii=False,
    )


def test_personal_data_in_a_message_is_found() -> None:
    assert egress.personal_data_types(_chat(f"제 주민번호는 {RRN}입니다")) != []
    assert egress.personal_data_types(_chat("What are the opening hours?")) == []


def test_an_id_sent_as_a_number_is_read_but_timestamps_are_not_held() -> None:
    as_number = _chat("look this member up", member=9001011234567)
    assert "kr_rrn" in egress.personal_data_types(as_number)
    # Token counts, seeds and times are structure: the any-6-digits screen never sees them.
    structure = _chat("hello", created=1733370000, max_tokens=256, seed=424242)
    assert egress.personal_data_types(structure) == []


def test_a_key_naming_someone_is_text_that_leaves() -> None:
    keyed = json.dumps({"model": "m", "notes": {"jane.holloway@gmail.com": "prefers mornings"}})
    assert egress.personal_data_types(keyed) != []


def test_the_body_text_is_scanned_once() -> None:
    body = _chat("What are the opening hours?", tools=[{"description": "Echo the text back."}])
    with mock.patch("core.egress.scan", side_effect=scan) as spy:
        egress.personal_data_types(body)
    assert spy.call_count == 1
