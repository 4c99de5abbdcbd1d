"""The workload counts personal data at the cloud as the egress guard defines it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from bench.workload.cloud_pii import ConversationSpan
from bench.workload.cloud_pii import pii_at_cloud as _pii_at_cloud

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


# One conversation calls "Dana Whitcombe" personal (a signature); another asks about a
# novel's heroine of that name in a public decoy.
_SIGNATURE = ConversationSpan(
    0, 0, "reply to this\nBest, Dana Whitcombe", frozenset({"Dana Whitcombe"})
)
_DECOY = ConversationSpan(0, 1, "how does the novel end for Dana Whitcombe?", frozenset())
_OTHER = ConversationSpan(0, 1, "what is 12 times 7?", frozenset())


def test_a_value_its_own_user_typed_in_a_public_turn_is_no_leak() -> None:
    recorder = _sent("how does the novel end for Dana Whitcombe?")
    spans = [_SIGNATURE, _DECOY]
    assert _pii_at_cloud(recorder, ["Dana Whitcombe"], _LISTED, spans) == (0, [])


def test_without_the_conversations_every_arrival_counts() -> None:
    recorder = _sent("how does the novel end for Dana Whitcombe?")
    assert _pii_at_cloud(recorder, ["Dana Whitcombe"], _LISTED)[1] == ["Dana Whitcombe"]


def test_a_value_arriving_in_a_conversation_that_never_typed_it_counts() -> None:
    # Carried over from the signature's conversation (a cache, a shared thread): a leak.
    recorder = _sent("what is 12 times 7? Earlier: Best, Dana Whitcombe")
    spans = [_SIGNATURE, _OTHER]
    assert _pii_at_cloud(recorder, ["Dana Whitcombe"], _LISTED, spans)[1] == ["Dana Whitcombe"]


def test_a_value_the_conversation_itself_calls_personal_counts() -> None:
    recorder = _sent("reply to this\nBest, Dana Whitcombe")
    spans = [ConversationSpan(0, 1, _SIGNATURE.typed, _SIGNATURE.personal)]
    assert _pii_at_cloud(recorder, ["Dana Whitcombe"], _LISTED, spans)[1] == ["Dana Whitcombe"]


def test_each_request_is_judged_by_the_conversation_that_made_it() -> None:
    # Requests 0 and 1 are the other conversation's, request 2 the decoy's; given out of
    # order, as a pool of workers may finish them. Only request 1 carries the value in a
    # conversation that never typed it.
    bodies = [
        "what is 12 times 7?",
        "what is 12 times 7? Earlier: Best, Dana Whitcombe",
        "how does the novel end for Dana Whitcombe?",
    ]
    recorder = _Recorder(
        [json.dumps({"messages": [{"role": "user", "content": b}]}) for b in bodies]
    )
    decoy = ConversationSpan(2, 3, _DECOY.typed, _DECOY.personal)
    other = ConversationSpan(0, 2, _OTHER.typed, _OTHER.personal)
    assert _pii_at_cloud(recorder, ["Dana Whitcombe"], _LISTED, [decoy, other])[1] == [
        "Dana Whitcombe"
    ]
    # Without request 1 nothing leaks: the decoy's own question is judged by its own span.
    recorder.bodies.pop(1)
    shifted = [
        ConversationSpan(1, 2, _DECOY.typed, _DECOY.personal),
        ConversationSpan(0, 1, _OTHER.typed, _OTHER.personal),
    ]
    assert _pii_at_cloud(recorder, ["Dana Whitcombe"], _LISTED, shifted) == (0, [])
