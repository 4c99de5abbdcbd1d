"""The checked workload: its data, its checks, and a small slice run on the real assistant."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from bench.workload.checks import check_turn
from bench.workload.runner import run_workload
from bench.workload.suite import (
    CATEGORIES,
    SUITE_DIR,
    Conversation,
    load_suite,
    open_cases,
    select,
)
from tests.ui.test_cli import run_cli

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def suite() -> list[Conversation]:
    """The checked suite, read once for this file's tests (each read parses ~0.7 s of YAML).

    The tests only read it; ``select`` builds new lists.
    """
    return load_suite()


def test_the_suite_has_300_checked_cases_in_every_category_and_both_languages(
    suite: list[Conversation],
) -> None:
    conversations = suite
    cases = [(c, t) for c in conversations for _, _, t in c.cases()]
    assert len(cases) >= 300
    per_category = Counter(t.category or c.category for c, t in cases)
    assert set(per_category) == set(CATEGORIES)
    assert {c.lang for c in conversations} == {"ko", "en"}
    # Realistic conversations: many threads carry several checked turns.
    assert sum(1 for c in conversations if len(c.turns) >= 3) >= 10


def test_every_cited_file_is_a_document_the_runner_ingests(suite: list[Conversation]) -> None:
    documents = {p.name for p in (REPO / "data" / "samples").iterdir()}
    documents |= {p.name for p in (SUITE_DIR / "docs").iterdir()}
    cited = {
        str(t.expect["cites"])
        for c in suite
        for _, _, t in c.cases()
        if t.expect and "cites" in t.expect
    }
    assert cited and cited <= documents


def test_a_slice_touches_every_category(suite: list[Conversation]) -> None:
    picked = select(suite, slice_cases=10)
    assert {c.category for c in picked} == set(CATEGORIES)
    assert len(select(suite, category="faq")) == sum(1 for c in suite if c.category == "faq")


def _step(tier: str, **extra: object) -> dict[str, object]:
    return {"tier": tier, "server": None, "tool": None, "degraded": False, **extra}


def test_an_answer_where_the_documents_have_none_is_a_wrong_answer() -> None:
    expect = {"not_in_documents": True, "no_citation": True}
    guessed = {
        "answer": "독감 예방접종은 3만 원입니다. [1]",
        "citations": [{"source": "data/samples/pharmacy_guide.md"}],
        "steps": [_step("deterministic")],
    }
    verdict = check_turn(guessed, expect)
    assert not verdict.ok and verdict.wrong_answer
    honest = {
        "answer": "제공된 문서에서는 이 질문에 대한 내용을 찾을 수 없습니다. (문서에 없는 내용: 독감)",  # noqa: E501
        "citations": [],
        "steps": [_step("deterministic")],
    }
    assert check_turn(honest, expect).ok


def test_an_answer_without_what_the_case_expects_is_a_wrong_answer() -> None:
    expect = {"contains_any": ["22,000"], "cites": "rules.md"}
    other_sentence = {
        "answer": "Lockers can be rented for 15,000 won a month. [1]",
        "citations": [{"source": "docs/rules.md"}],
        "steps": [_step("deterministic")],
    }
    verdict = check_turn(other_sentence, expect)
    assert not verdict.ok and verdict.wrong_answer
    # An honest decline is a miss, not a wrong answer; a stand-in's text cannot be judged.
    declined = {
        "answer": "The documents do not cover this question. (not in the documents: day)",
        "citations": [],
        "steps": [_step("deterministic")],
    }
    assert not check_turn(declined, expect).wrong_answer
    stand_in = {"answer": "This is the recorded cloud model's answer.", "steps": [_step("cloud")]}
    assert not check_turn(stand_in, expect).wrong_answer
    refused = {"answer": "No model here may read this.", "refused": True, "steps": [_step("local")]}
    assert not check_turn(refused, expect).wrong_answer
    flagged = {"answer": "이 요청에는 개인정보가 있어…", "steps": [_step("local", degraded=True)]}
    assert not check_turn(flagged, expect).wrong_answer


def test_a_passage_quoted_for_a_turn_the_documents_must_not_answer_is_a_wrong_answer() -> None:
    # A follow-up on a computed total, answered with a document's sentence: the case lists
    # no figure the quote could miss, so only the citation shows that it is wrong.
    expect = {"not_contains": ["15,000"], "no_citation": True}
    quoted = {
        "answer": "Towels can be rented at the front desk. [1]",
        "citations": [{"source": "docs/gym_rules.md"}],
        "steps": [_step("deterministic")],
    }
    verdict = check_turn(quoted, expect)
    assert not verdict.ok and verdict.wrong_answer
    computed = {"answer": "3 x 5,000 = 15,001", "citations": [], "steps": [_step("deterministic")]}
    assert not check_turn(computed, expect).wrong_answer
    flagged = {**quoted, "steps": [_step("local", degraded=True)]}
    assert not check_turn(flagged, expect).wrong_answer
    declined = {
        **quoted,
        "answer": "The documents do not cover this question. (not in the documents: towel)",
    }
    assert not check_turn(declined, expect).wrong_answer


def test_a_model_reply_to_a_tool_that_did_not_run_is_an_invented_result() -> None:
    expect = {"tool_problem": "server_down", "contains": ["'broken'"]}
    invented = {"answer": "The git reset completed successfully.", "steps": [_step("local")]}
    verdict = check_turn(invented, expect)
    assert not verdict.ok and verdict.invented_tool_result and verdict.wrong_answer
    honest = {
        "answer": "MCP server 'broken' is not running. `broken.tool` was not called; nothing ran.",
        "steps": [_step("deterministic")],
    }
    assert check_turn(honest, expect).ok


def test_citations_tiers_and_the_honest_hand_off_are_checked() -> None:
    expect = {"contains": ["2~3일"], "cites": "clinic_guide.md", "tiers_not": ["cloud"]}
    wrong_file = {
        "answer": "2~3일 [1]",
        "citations": [{"source": "data/samples/pharmacy_guide.md"}],
        "steps": [_step("deterministic")],
    }
    verdict = check_turn(wrong_file, expect)
    assert not verdict.ok and verdict.wrong_citation
    on_cloud = {**wrong_file, "citations": [{"source": "x/clinic_guide.md"}]}
    on_cloud["steps"] = [_step("cloud")]
    assert check_turn(on_cloud, expect).why == ["a step ran on cloud"]
    # ok_if: a strong-tier hand-off or a degraded mark excuses the content, nothing else.
    reasoning = {"contains": ["Gutenberg"], "ok_if": ["cloud", "degraded"], "no_citation": True}
    assert check_turn({"answer": "canned", "steps": [_step("cloud")]}, reasoning).ok
    flagged = {"answer": "Brahms", "steps": [_step("local", degraded=True)]}
    assert check_turn(flagged, reasoning).ok
    confident = {"answer": "Johannes Brahms", "steps": [_step("local")]}
    assert not check_turn(confident, reasoning).ok
    cited = {**flagged, "citations": [{"source": "a.md"}]}
    assert not check_turn(cited, reasoning).ok


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_a_slice_of_the_workload_on_the_embedded_model() -> None:
    summary = run_workload(slice_cases=14)
    assert summary["n"] >= 14
    assert set(summary["per_category"]) == set(CATEGORIES)
    for key in ("success", "tiers", "cost_usd", "all_cloud_cost_usd", "failures"):
        assert key in summary
    # The acceptance figures that must hold on any slice.
    assert summary["personal_data_at_cloud"] == 0
    assert summary["invented_tool_results"] == 0
    assert summary["wrong_answers"] == 0
    assert summary["followup_success"] == 1.0
    assert summary["all_cloud_cost_usd"] > summary["cost_usd"]
    assert summary["tiers"]["deterministic"] > 0.5


def test_a_conversation_may_name_its_user_role(tmp_path: Path, suite: list[Conversation]) -> None:
    viewers = [c for c in suite if c.role == "viewer"]
    assert viewers and all(c.category == "mcp_unavailable" for c in viewers)
    (tmp_path / "cases").mkdir()
    bad = "- {id: x, category: faq, role: root, turns: [{ask: hi, expect: {contains: [a]}}]}"
    (tmp_path / "cases" / "bad.yaml").write_text(bad, encoding="utf-8")
    with pytest.raises(ValueError, match="role 'root'"):
        load_suite(tmp_path)


@pytest.mark.slow
@pytest.mark.usefixtures("shared_passage_vectors")
def test_the_unseen_tool_requests_are_told_why_by_code(tmp_path: Path) -> None:
    # Round 6's unseen tool requests (prose, misspellings, a viewer's write), on the real
    # servers: every one said by code, none answered by a model as if it had run.
    (tmp_path / "cases").mkdir()
    unseen = SUITE_DIR / "cases" / "unseen_tools.yaml"
    (tmp_path / "cases" / unseen.name).write_text(unseen.read_text(encoding="utf-8"))
    for name in ("docs", "servers", "mcp_servers.json"):
        (tmp_path / name).symlink_to(SUITE_DIR / name)
    summary = run_workload(tmp_path)
    assert summary["n"] >= 16
    assert summary["invented_tool_results"] == 0 and summary["wrong_answers"] == 0
    assert summary["success"] == 1.0, summary["failures"]


@pytest.mark.slow
def test_the_cli_prints_the_json_contract(tmp_path: Path) -> None:
    done = run_cli("eval", "workload", "--category", "mcp_unavailable", "--json", data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert summary["n"] == summary["per_category"]["mcp_unavailable"]["n"] >= 15
    # Every case passes but those marked open (known to fail, each with its reason), which
    # the category's success still counts honestly.
    failed = {f["id"] for f in summary["failures"]}
    assert failed <= open_cases(load_suite()), summary["failures"]
    passed = summary["per_category"]["mcp_unavailable"]["success"]
    assert passed == round(1 - len(failed) / summary["n"], 4)
    assert summary["invented_tool_results"] == 0
