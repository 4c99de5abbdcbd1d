"""The PII egress suite's controls: with the defence off the same sessions leak, and a
direct graph run with LangSmith's env tracing exports only masked traces.

Split from ``test_pii_egress.py`` (same tests, same checks): under ``--dist loadfile`` a
file's tests share one worker, and the suite's main test alone keeps its worker for
minutes; in their own file these two run on the other worker meanwhile.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

import core.egress
import core.privacy.release
import core.tracing_export
import mcp_servers.assistant_server
from core.router import Router, Spend, StepRequest
from core.tracing_export import flush
from core.types import RouteDecision
from tests.security.harness import dump
from tests.security.openai_stub import openai_stub
from tests.security.pii_egress_suite import RECORDERS, leak_table, report_of, run_suite


def switch_the_defence_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """Routing forgets privacy, the wire and trace guards pass everything, MCP trusts all."""
    decide = Router.decide

    def forgetful(self: Router, step: StepRequest, spend: Spend | None = None) -> RouteDecision:
        return decide(self, dataclasses.replace(step, privacy="public", privacy_reason=""), spend)

    monkeypatch.setattr(Router, "decide", forgetful)
    monkeypatch.setattr(core.egress, "check_request", lambda *args, **kwargs: None)
    monkeypatch.setattr(core.tracing_export, "check_prepared", lambda request: None)
    monkeypatch.setattr(core.tracing_export, "mask_payload", lambda payload: payload)
    monkeypatch.setattr(core.privacy.release, "is_trusted", lambda client: True)
    monkeypatch.setattr(mcp_servers.assistant_server, "is_trusted", lambda client: True)


@pytest.mark.slow
def test_the_suite_can_fail_without_the_defence(
    tmp_path: Path, langsmith_env: pytest.MonkeyPatch, artifacts: Path
) -> None:
    """Control: the same sessions with the defence off leak through every recorder."""
    switch_the_defence_off(langsmith_env)
    run = run_suite(tmp_path, 210, 12, langsmith_env)
    report = report_of(run, leak_table(run))
    dump(artifacts / "pii_egress_report_defence_off.json", report)
    print(f"\nPII egress, defence off: leaks: {report['leaks']}")
    by_recorder = {r: sum(row[r] for row in report["leaks"].values()) for r in RECORDERS}
    assert by_recorder["cloud"] > 0 and by_recorder["traces"] > 0, report
    assert by_recorder["mcp"] > 0, report
    assert report["leaks"]["split_turns"]["cloud"] > 0, report


def test_env_tracing_without_the_guarded_tracer_does_not_leak(
    tmp_path: Path, langsmith_env: pytest.MonkeyPatch
) -> None:
    from core.models.fake import ScriptedChatModel
    from core.settings import load_settings
    from graphs.services import build_services
    from tests.security.harness import REPO

    secret = "900101-1234567"
    with openai_stub() as traces:
        langsmith_env.setenv("LANGSMITH_TRACING", "true")
        langsmith_env.setenv("LANGSMITH_API_KEY", "test-key")
        langsmith_env.setenv("LANGSMITH_ENDPOINT", traces.base_url)
        local = ScriptedChatModel(replies=["ok"], model_name="test:local")
        settings = load_settings(
            data_dir=tmp_path / "data",
            faq_path=REPO / "data" / "faq.yaml",
            tiers={"local": "test:local", "cloud": ""},
        )
        services = build_services(settings, fakes={"local": local}, docs=None, mcp=False)
        services.graph.invoke(
            {"question": f"주민번호 {secret} 환자 결과를 자세히 분석해줘", "thread_id": "t"},
            {"configurable": {"thread_id": "t"}},
        )
        from langchain_core.tracers.langchain import wait_for_all_tracers

        wait_for_all_tracers()
        flush(services.extras.get("langsmith_tracer"))
    # A direct graph run (as `langgraph dev` makes) is exported, and only masked.
    assert "KR_RRN" in traces.text(), "no masked trace reached the endpoint"
    assert secret not in traces.text() and secret.replace("-", "") not in traces.text()
