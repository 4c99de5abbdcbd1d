"""Step kinds beyond the triage path: sub-workflows, JSON output schemas, the gate's own pause."""

from __future__ import annotations

import pytest

from core.errors import ConfigError
from tests.workflow.conftest import BuildHarness

CHILD = """
name: child
inputs: {name: {type: string}}
steps:
  - id: hi
    answer: "hi {{ inputs.name }}"
outputs: {greeting: "{{ steps.hi.output }}"}
"""

PARENT = """
name: parent
inputs: {who: {type: string}}
steps:
  - id: call
    workflow: child
    inputs: {name: "{{ inputs.who }}!"}
  - id: wrap
    answer: "<{{ steps.call.outputs.greeting }}>"
outputs: {text: "{{ steps.wrap.output }}"}
"""


def test_a_workflow_step_runs_another_workflow(harness: BuildHarness) -> None:
    h = harness()
    h.write("child", CHILD)
    h.write("parent", PARENT)
    result = h.runner.run("parent", {"who": "Ann"})
    assert result.status == "done", result.error
    assert result.outputs == {"text": "<hi Ann!>"}
    assert [s["node"] for s in result.steps] == ["call/hi", "call", "wrap"]


def test_a_step_no_model_may_take_fails_the_run_before_any_send(harness: BuildHarness) -> None:
    h = harness()
    # Personal data rules out the cloud; with the local tier switched off, no model may
    # write the draft: the run fails there, and the send after it never runs.
    h.services.models.mark_down("test:local", "switched off for this test")
    h.write(
        "reply",
        "name: reply\ninputs: {message: {type: string}}\nsteps:\n"
        "  - id: draft\n"
        "    agent: {instructions: 답장, input: '{{ inputs.message }}', tier: local}\n"
        "  - id: send\n    tool: outbox_send\n    args: {body: '{{ steps.draft.output }}'}\n",
    )
    result = h.runner.run("reply", {"message": "제 번호는 010-2345-6789 입니다"})
    assert result.status == "failed" and result.stop_reason == "failed at draft"
    assert [s["node"] for s in result.steps] == ["draft"]
    assert h.outbox.sent == [] and h.fakes["cloud"].calls == []


def test_a_called_workflow_inherits_the_callers_privacy(harness: BuildHarness) -> None:
    h = harness(local=["요약"])
    h.write(
        "cloudy",
        "name: cloudy\ninputs: {topic: {type: string}}\nsteps:\n"
        "  - id: write\n    agent: {instructions: 'Write about {{ inputs.topic }}', tier: cloud}\n"
        "outputs: {text: '{{ steps.write.output }}'}\n",
    )
    h.write(
        "caller",
        "name: caller\ninputs: {message: {type: string}}\nsteps:\n"
        "  - id: call\n    workflow: cloudy\n    inputs: {topic: parking}\n",
    )
    result = h.runner.run("caller", {"message": "전화 010-2345-6789 로 연락 주세요"})
    assert result.status == "done", result.error
    assert [(s["node"], s["tier"]) for s in result.steps] == [
        ("call/write", "local"),
        ("call", "deterministic"),
    ]
    assert h.fakes["cloud"].calls == []


def test_an_output_schema_parses_the_reply_and_flags_a_mismatch(harness: BuildHarness) -> None:
    h = harness(local=['Here: {"total": 12000, "currency": "KRW"}', '{"total": "many"}'])
    h.write(
        "extract",
        "name: extract\ninputs: {text: {type: string}}\nsteps:\n"
        "  - id: fields\n    agent:\n      instructions: Extract the total as JSON\n"
        "      input: '{{ inputs.text }}'\n      tier: local\n      output_schema:\n"
        "        type: object\n        required: [total]\n"
        "        properties: {total: {type: integer}, currency: {type: string}}\n"
        "outputs: {total: '{{ steps.fields.data.total }}'}\n",
    )
    good = h.runner.run("extract", {"text": "합계 12,000원"})
    assert good.status == "done", good.error
    assert good.outputs == {"total": 12000}
    assert good.steps[0]["error"] is None
    bad = h.runner.run("extract", {"text": "합계 많음"})
    # Off-schema output fails the run: nothing after it works from a guess.
    assert (bad.status, bad.stop_reason) == ("failed", "failed at fields")
    assert (
        bad.error
        == "step fields: the reply does not match the schema: 'many' is not of type 'integer'"
    )
    assert (
        bad.steps[0]["error"]
        == "the reply does not match the schema: 'many' is not of type 'integer'"
    )
    assert any("output schema" in r for r in bad.steps[0]["reasons"])


def test_a_write_tool_without_an_approval_step_pauses_for_the_gate(harness: BuildHarness) -> None:
    h = harness()
    h.write(
        "direct",
        "name: direct\ninputs: {body: {type: string}}\nsteps:\n"
        "  - id: send\n    tool: outbox_send\n    args: {body: '{{ inputs.body }}'}\n",
    )
    paused = h.runner.run("direct", {"body": "hello"})
    assert paused.status == "paused"
    assert paused.pending is not None
    assert (paused.pending["kind"], paused.pending["tool"]) == ("tool", "outbox_send")
    assert "needs a human's yes" in paused.pending["reason"]
    assert h.outbox.sent == []
    done = h.runner.resume(paused.run_id, "approve")
    assert done.status == "done" and h.outbox.sent == ["hello"]
    rejected = h.runner.run("direct", {"body": "second"})
    stopped = h.runner.resume(rejected.run_id, "reject")
    assert stopped.stop_reason == "rejected at send" and h.outbox.sent == ["hello"]


def test_an_unknown_input_or_a_bad_type_is_refused_before_any_step(harness: BuildHarness) -> None:
    h = harness()
    h.write("child", CHILD)
    for given, words in (({}, "input 'name' is required"), ({"nme": "x"}, "unknown input")):
        with pytest.raises(ConfigError, match=words):
            h.runner.run("child", given)
    assert h.runner.runs.list("child") == []
