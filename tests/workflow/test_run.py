"""Compiled workflows on the engine: routing, privacy, the gate, approvals, snapshots, retries."""

from __future__ import annotations

from core.workflow.runs import RunStore
from graphs.workflow.registry import loaded_workflow
from tests.workflow.conftest import BuildHarness

TRIAGE = """
name: triage
version: 2
description: classify, answer or draft, approve, send
inputs:
  message: {type: string}
steps:
  - id: kind
    classify: "{{ inputs.message }}"
    labels: [faq, other]
    rules: {faq: ["주차", "/영업\\\\s*시간/"]}
  - id: answer
    when: "steps.kind.label == 'faq'"
    answer: "FAQ: 1시간 무료"
  - id: draft
    when: "steps.kind.label == 'other'"
    agent: {instructions: "정중한 답장 초안을 쓴다", input: "{{ inputs.message }}", tier: local}
  - id: approve
    when: "steps.kind.label == 'other'"
    approval: "이 답장을 보낼까요? {{ steps.draft.output }}"
    value: "{{ steps.draft.output }}"
  - id: send
    when: "steps.approve.approved"
    tool: outbox_send
    args: {body: "{{ steps.approve.value }}"}
outputs:
  reply: "{{ steps.answer.output or steps.approve.value }}"
"""


def test_rule_classified_faq_runs_deterministically(harness: BuildHarness) -> None:
    h = harness()
    h.write("triage", TRIAGE)
    result = h.runner.run("triage", {"message": "주차는 몇 시간 무료인가요?"})
    assert result.status == "done", result.error
    assert result.outputs == {"reply": "FAQ: 1시간 무료"}
    assert [s["node"] for s in result.steps] == ["kind", "answer"]
    assert {s["tier"] for s in result.steps} == {"deterministic"}
    assert "rule '주차' → faq" in result.steps[0]["reasons"][0]
    stored = h.services.traces.get_run(result.run_id)
    assert stored is not None and [s.node for s in stored.steps] == ["kind", "answer"]
    row = h.runner.runs.get(result.run_id)
    assert row is not None and (row.workflow, row.version, row.status) == ("triage", "2", "done")


def test_approval_pauses_then_sends_once(harness: BuildHarness) -> None:
    # No rule fires for a refund: the local model classifies, then drafts.
    h = harness(local=["other", "안녕하세요, 확인 후 연락드리겠습니다."])
    h.write("triage", TRIAGE)
    paused = h.runner.run("triage", {"message": "환불을 원합니다"})
    assert paused.status == "paused", paused.error
    assert paused.pending is not None and paused.pending["step"] == "approve"
    assert "확인 후 연락" in paused.pending["question"]
    assert h.outbox.sent == []
    done = h.runner.resume(paused.run_id, "edit", "수정된 답장")
    assert done.status == "done", done.error
    assert h.outbox.sent == ["수정된 답장"]
    assert done.outputs == {"reply": "수정된 답장"}
    assert [s["node"] for s in done.steps] == ["kind", "draft", "approve", "send"]
    assert [s["tier"] for s in done.steps] == ["local", "local", "deterministic", "deterministic"]
    assert done.steps[1]["model"] == "test:local"
    # Resuming a finished run changes nothing and sends nothing again.
    again = h.runner.resume(paused.run_id, "approve")
    assert again.status == "done" and h.outbox.sent == ["수정된 답장"]
    h.fakes["local"].assert_complete()


def test_rejecting_ends_the_run_with_the_outbox_empty(harness: BuildHarness) -> None:
    h = harness(local=["other", "초안"])
    h.write("triage", TRIAGE)
    paused = h.runner.run("triage", {"message": "환불을 원합니다"})
    done = h.runner.resume(paused.run_id, "reject")
    assert done.status == "done"
    assert done.stop_reason == "rejected at approve"
    assert h.outbox.sent == []
    assert [s["node"] for s in done.steps] == ["kind", "draft", "approve"]


def test_a_paused_run_resumes_on_its_snapshot_after_the_file_changed(
    harness: BuildHarness,
) -> None:
    h = harness(local=["other", "초안"])
    h.write("triage", TRIAGE)
    paused = h.runner.run("triage", {"message": "환불을 원합니다"})
    h.write("triage", TRIAGE.replace("version: 2", "version: 3").replace("outbox_send", "nope"))
    done = h.runner.resume(paused.run_id, "approve")
    assert done.status == "done", done.error
    assert (done.version, done.hash) == ("2", paused.hash)
    assert h.outbox.sent == ["초안"]


def test_personal_data_keeps_a_cloud_pinned_step_local(harness: BuildHarness) -> None:
    h = harness(local=["요약: 고객 문의"])
    h.write(
        "summary",
        "name: summary\ninputs: {message: {type: string}}\nsteps:\n"
        "  - id: sum\n"
        "    agent: {instructions: 요약한다, input: '{{ inputs.message }}', tier: cloud}\n"
        "outputs: {text: '{{ steps.sum.output }}'}\n",
    )
    result = h.runner.run(
        "summary", {"message": "제 주민번호는 900101-1234568 입니다. 확인 부탁드려요"}
    )
    assert result.status == "done", result.error
    step = result.steps[0]
    assert step["tier"] == "local" and step["privacy"] == "local_only"
    assert any("never goes to the cloud" in a["reason"] for a in step["alternatives"])
    h.fakes["local"].assert_complete()
    assert h.fakes["cloud"].calls == []


def test_a_tool_step_that_may_have_run_before_a_crash_is_never_repeated(
    harness: BuildHarness,
) -> None:
    h = harness()
    h.write(
        "notify",
        "name: notify\ninputs: {body: {type: string}}\nsteps:\n"
        "  - id: ok\n    approval: 'send {{ inputs.body }}?'\n"
        "  - id: send\n    tool: outbox_send\n    args: {body: '{{ inputs.body }}'}\n",
    )
    paused = h.runner.run("notify", {"body": "hello"})
    # A crash between claiming the key and finishing the call: the key is "started".
    store: RunStore = h.runner.runs
    assert store.begin_effect(paused.run_id, "send")
    result = h.runner.resume(paused.run_id, "approve")
    assert h.outbox.sent == []
    assert result.step_outputs["send"]["denied"] == "not repeated"


def test_map_runs_each_item_and_a_loop_stops_at_its_limit(harness: BuildHarness) -> None:
    h = harness()
    h.write(
        "mapped",
        "name: mapped\ninputs: {words: {type: array}}\nsteps:\n"
        "  - id: each\n    map: '{{ inputs.words }}'\n    concurrency: 2\n    steps:\n"
        "      - id: shout\n        answer: '{{ item }}!'\n"
        "  - id: again\n    branch: [{when: 'true', goto: each}]\n    else: end\n"
        "    max_iterations: 1\n"
        "outputs: {all: '{{ steps.each.items }}'}\n",
    )
    result = h.runner.run("mapped", {"words": '["a", "b", "c"]'})
    assert result.status == "done", result.error
    assert result.outputs["all"] == [{"shout": {"output": f"{w}!"}} for w in "abc"]
    nodes = [s["node"] for s in result.steps]
    # Two passes over three items (the loop ran once more, then hit its limit).
    assert nodes.count("each") == 2 and nodes.count("again") == 2
    assert sorted(n for n in nodes if "/shout" in n)[:3] == [
        "each[0]/shout",
        "each[0]/shout",
        "each[1]/shout",
    ]
    assert "loop limit 1 reached" in result.steps[-1]["reasons"][0]


def test_map_never_runs_more_items_at_once_than_its_concurrency(harness: BuildHarness) -> None:
    h = harness()
    h.write(
        "wide",
        "name: wide\ninputs: {n: {type: array}}\nsteps:\n"
        "  - id: each\n    map: '{{ inputs.n }}'\n    concurrency: 2\n    steps:\n"
        "      - id: echo\n        answer: '{{ item }}'\n"
        "outputs: {all: '{{ steps.each.count }}'}\n",
    )
    result = h.runner.run("wide", {"n": "[1, 2, 3, 4, 5]"})
    assert result.outputs == {"all": 5}, result.error
    graph = h.runner.graph(loaded_workflow(h.services.settings, "wide", h.services.toolbox))
    history = graph.get_state_history({"configurable": {"thread_id": result.run_id}})
    batches = [sum(t.name == "each__item" for t in snap.tasks) for snap in history]
    assert max(batches) == 2 and sum(batches) == 5


def test_a_tool_call_recorded_as_done_is_not_made_again_on_resume(harness: BuildHarness) -> None:
    h = harness()
    h.write(
        "notify",
        "name: notify\ninputs: {body: {type: string}}\nsteps:\n"
        "  - id: ok\n    approval: 'send {{ inputs.body }}?'\n"
        "  - id: send\n    tool: outbox_send\n    args: {body: '{{ inputs.body }}'}\n"
        "outputs: {result: '{{ steps.send.output }}'}\n",
    )
    paused = h.runner.run("notify", {"body": "hello"})
    # The call finished and was recorded, then the process died before the checkpoint.
    store: RunStore = h.runner.runs
    assert store.begin_effect(paused.run_id, "send")
    store.finish_effect(paused.run_id, "send", {"output": "sent 1", "is_error": False})
    result = h.runner.resume(paused.run_id, "approve")
    assert result.status == "done" and result.outputs == {"result": "sent 1"}
    assert h.outbox.sent == []
    assert "already done" in result.steps[-1]["reasons"][0]
