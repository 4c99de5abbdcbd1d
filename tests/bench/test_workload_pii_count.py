"""The workload counts personal data at the cloud as the egress guard defines it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from bench.workload.runner import _pii_at_cloud

_LISTED = ["02-555-0100", "12 Yesi-ro, Gasang-gu, Seoul"]


@dataclass
class _Recorder:
    bodies: list[str] = field(default_factory=list)

    def text(self) -> str:
        # As tests.recording_server does: each body re-encoded with its escapes resolved.
        return "\n".join(json.dumps(json.loads(b), ensure_ascii=False) for b in self.bodies)


def _sent(*contents: str) -> _Recorder:
    messages = [{"role": "user", "content": c} for c in contents]
    return _Recorder([json.dumps({"messages": messages})])


def test_a_whole_word_part_of_a_listed_address_is_public() -> None:
    # The detector flags "12 Yesi-ro" alone; it is a part of the listed address.
    recorder = _sent("The office is at 12 Yesi-ro on the third floor. Call 02 555 0100.")
    assert _pii_at_cloud(recorder, [], _LISTED) == (0, [])


def test_another_address_and_the_suites_own_values_still_count() -> None:
    recorder = _sent("Send it to 48 Yesi-ro please, I am Mina Park.")
    size, values = _pii_at_cloud(recorder, ["Mina Park"], _LISTED)
    assert values == ["48 Yesi-ro", "Mina Park"]
    assert size == len("48 Yesi-ro") + len("Mina Park")


def test_a_value_written_with_backslashes_counts_as_the_model_read_it() -> None:
    # A pasted API response spelling a name as JSON escapes: re-encoded, the body doubles
    # each backslash, so only the message as sent holds the value as written.
    escaped = "\\ub0a8\\uad81\\ud55c\\ubcc4"
    recorder = _sent(f'is this broken? {{"name": "{escaped}"}}')
    assert escaped not in recorder.text()
    assert _pii_at_cloud(recorder, [escaped], _LISTED) == (len(escaped), [escaped])
