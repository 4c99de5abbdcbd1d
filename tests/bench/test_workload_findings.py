"""What the checked workload found wrong, pinned: each test fails on the code before its fix."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

from agents.documents import plan_document_step
from agents.mcp_dispatch import match_mcp_step
from agents.tool_problems import tool_problem
from bench.workload.suite import SUITE_DIR
from core.models.fake import ScriptedChatModel
from core.settings import load_settings
from graphs.runner import Assistant
from graphs.services import build_services
from tests.agents.mcp.conftest import MakeManager, make_manager
from tools.followups import resolve_in_conversation
from tools.handlers import match_deterministic
from tools.rag import DocumentStore

__all__ = ["make_manager"]  # the fixture, re-exported for pytest
REPO = Path(__file__).resolve().parents[2]
TASK_SERVER = {"command": sys.executable, "args": [str(SUITE_DIR / "servers" / "task_server.py")]}
TIME_CATALOG = [("time", "get_current_time", True)]


def test_a_task_only_tool_is_never_offered_and_a_request_for_it_is_told_why(
    make_manager: MakeManager,
) -> None:
    manager = make_manager({"tasks": TASK_SERVER})
    tools = {t.name: t for t in manager.list_tools()}
    assert tools["export_report"].task_only and not tools["export_report"].enabled
    assert "needs task support" in tools["export_report"].disabled_reason
    assert tools["ping"].enabled and not tools["ping"].task_only
    offered = [t.name for t in manager.langchain_tools()]
    assert offered == ["tasks__ping"]
    assert ("tasks", "export_report", True) not in manager.known_tools()
    for text in ('tasks.export_report {"month": "2026-11"}', "please run tasks.export_report"):
        problem = tool_problem(text, manager)
        assert problem is not None and problem.kind == "task_only"
        assert "cannot run: needs task support" in problem.message
        assert "nothing ran" in problem.message
    # Approving the server does not make a task-only tool callable.
    manager.approve("tasks")
    assert tool_problem("tasks.export_report {}", manager) is not None
    assert tool_problem("tasks.ping {}", manager) is None


def test_a_question_about_hours_is_not_a_time_tool_call() -> None:
    for text in ("주차는 몇 시간 무료인가요?", "야간 진료는 몇 시까지 해요?", "몇 시에 문 열어요?"):
        assert match_mcp_step(text, TIME_CATALOG) is None, text
    for text in ("지금 뉴욕은 몇 시야?", "서울은 지금 몇 시예요?", "What time is it in Seoul?"):
        assert match_mcp_step(text, TIME_CATALOG) is not None, text


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("45000원을 4명이 나누면 한 사람당 얼마야?", "11,250원"),
        ("회식비 186,000원을 6명이 나누면 한 명당 얼마?", "31,000원"),
        ("월급 320만원의 9%는 얼마야?", "288,000원"),
        ("98000원에서 20% 할인하면 얼마야?", "78,400원"),
        ("삼만 오천 원에 부가세 10% 붙이면 얼마?", "38,500원"),
        ("3000원짜리 커피 5잔이면 얼마야?", "15,000원"),
        ("45000원을 3개월로 나누면?", "15,000원"),
        ("split 240,000 won among 4 people", "60,000원"),
    ],
)
def test_everyday_calculations_are_deterministic(text: str, answer: str) -> None:
    result = match_deterministic(text)
    assert result is not None and result.answer == answer


def test_no_calculation_is_read_into_a_lone_percentage_or_a_conjunction() -> None:
    assert match_deterministic("30% 할인하면?") is None
    assert match_deterministic("그럼 30% 할인하면?") is None


@pytest.mark.parametrize(
    ("earlier", "text", "answer"),
    [
        ("What is 15% of 80?", "and 20%?", "16"),
        ("5 km는 몇 마일이야?", "그럼 10 km는?", "10 km = 6.2137 mi"),
        ("98000원에서 20% 할인하면 얼마야?", "그럼 30% 할인하면?", "68,600원"),
    ],
)
def test_follow_ups_the_workload_sent_to_a_model(earlier: str, text: str, answer: str) -> None:
    follow = resolve_in_conversation([earlier], text)
    assert follow is not None and follow.result.answer == answer


@pytest.fixture(scope="module")
def workload_docs(tmp_path_factory: pytest.TempPathFactory) -> DocumentStore:
    store = DocumentStore(tmp_path_factory.mktemp("rag"), dense=False)
    store.ingest_path(REPO / "data" / "samples")
    store.ingest_path(SUITE_DIR / "docs")
    return store


@pytest.mark.parametrize(
    ("question", "sentence", "source"),
    [
        # "Who" is answered by a role at work, not by the doctor of another passage.
        ("갑자기 아프면 누구에게 알려야 하나요?", "팀장에게 전화로 알리고", "leave_policy.md"),
        # "When" is answered by "with the next monthly salary", not by "per day".
        ("When are claims paid?", "next monthly salary", "expense_policy_en.md"),
        # A compound split differently in question and document is still in the documents.
        ("조부모상이면 휴가가 며칠이에요?", "조부모상은 3일", "leave_policy.md"),
        # An English verb is not a topic the documents must name ("fast" / "do not eat").
        ("How long before the blood test should I fast?", "8 hours", "health_checkup_en.html"),
        ("Who must approve claims above 500,000 won?", "department head", "expense_policy_en.md"),
        # "When" is answered by "in 2 to 3 days" (not sent to a model that made something up).
        ("When are check-up results ready?", "2 to 3 days", "health_checkup_en.html"),
        # A bound word ("limit") and a preposition ("outside") are not missing topics.
        ("What is the hotel limit in Seoul?", "120,000 won", "expense_policy_en.md"),
        ("What is the hotel limit outside Seoul?", "90,000 won", "expense_policy_en.md"),
        # The verb of a wh-question is not a topic ("speak" / "can help in").
        (
            "What languages does the reception staff speak?",
            "Korean and English",
            "visitor_info_en.md",
        ),
        # Office vocabulary bridges Korean questions to an English policy.
        ("출장 식비는 하루에 얼마까지 청구할 수 있어요?", "30,000 won", "expense_policy_en.md"),
        # Korean synonyms: 가져가다/가져오다, 방문하다/오다.
        ("처음 방문할 때 뭘 가져가야 하나요?", "신분증", "clinic_guide.md"),
        # The drug name read whole, and "after meals" is a time.
        ("이부프로펜은 언제 먹어야 해요?", "식사 후", "pharmacy_guide.md"),
    ],
)
def test_document_answers_the_workload_got_wrong_or_refused(
    workload_docs: DocumentStore, question: str, sentence: str, source: str
) -> None:
    plan = plan_document_step(workload_docs, question, collection="default", pinned=False)
    assert plan.kind == "extractive", plan.reasons
    assert sentence in plan.answer
    assert str(plan.citations[0]["source"]).endswith(source)


def test_a_term_the_documents_never_mention_stays_unknown(workload_docs: DocumentStore) -> None:
    assert {"독감", "접종"} <= set(workload_docs.unknown_terms("독감 예방접종 비용은 얼마인가요?"))
    assert "재택근무" in workload_docs.unknown_terms("재택근무는 주 며칠까지 되나요?")
    for question in ("Does the clinic offer physiotherapy?", "Can I bring my dog to the clinic?"):
        plan = plan_document_step(workload_docs, question, collection="default", pinned=False)
        assert plan.kind == "not_covered", plan.reasons


GROUP_FAQ = [
    {
        "id": "group-ko",
        "question": "단체 예약은 몇 명부터 되나요?",
        "variants": ["4명이면?", "4명이면 예약돼요?"],
        "answer": "단체 예약은 4명부터 전화로 받습니다.",
    }
]


def test_a_follow_up_is_never_answered_by_a_faq_entry_that_matches_its_words(
    tmp_path: Path,
) -> None:
    faq = tmp_path / "faq.yaml"
    faq.write_text(yaml.safe_dump(GROUP_FAQ, allow_unicode=True), encoding="utf-8")
    local = ScriptedChatModel(replies=["네 명이면 각자 한 줄씩 씁니다."], model_name="test:local")
    settings = load_settings(
        data_dir=tmp_path / "data",
        faq_path=faq,
        tiers={"local": "test:local", "cloud": ""},
        router={"difficulty_threshold": 1.0},
    )
    assistant = Assistant(build_services(settings, fakes={"local": local}, docs=None, mcp=False))
    # A first turn still gets the curated answer.
    assert assistant.ask("4명이면?").answer == GROUP_FAQ[0]["answer"]
    first = assistant.ask("120000원을 3명이 나누면?")
    again = assistant.ask("4명이면?", thread_id=first.thread_id).to_json()
    assert again["answer"] == "30,000원"
    assert again["steps"][0]["node"] != "answer_from_faq"
    # After a non-arithmetic answer the model gets the thread; still no FAQ entry.
    poem = assistant.ask("단체 예약은 몇 명부터 되나요?")
    assert poem.answer == GROUP_FAQ[0]["answer"]
    follow = assistant.ask("4명이면?", thread_id=poem.thread_id).to_json()
    assert follow["answer"] == "네 명이면 각자 한 줄씩 씁니다."
    assert follow["steps"][0]["tier"] == "local" and follow["citations"] == []
    local.assert_complete()


BAT_AND_BALL = (
    "A bat and a ball cost $1.10 in total. The bat costs $1.00 more than the ball. "
    "How much does the ball cost? Explain your reasoning."
)


def _assistant(tmp_path: Path, docs: DocumentStore, local: list[str], tier: str) -> Assistant:
    fake = ScriptedChatModel(replies=local, model_name="test:local")
    settings = load_settings(
        data_dir=tmp_path / "data",
        tiers={"local": tier, "cloud": ""},
        router={"difficulty_threshold": 1.0},
    )
    return Assistant(build_services(settings, fakes={"local": fake}, docs=docs, mcp=False))


def test_a_reasoning_request_sharing_a_word_with_the_documents_reaches_a_model(
    tmp_path: Path, workload_docs: DocumentStore
) -> None:
    assistant = _assistant(tmp_path, workload_docs, ["The ball costs $0.05."], "test:local")
    result = assistant.ask(BAT_AND_BALL).to_json()
    assert result["answer"] == "The ball costs $0.05." and result["citations"] == []
    (step,) = result["steps"]
    assert step["tier"] == "local"
    # Either rule hands it on: the word-problem screen (doc60) reads it first now, the
    # reasoning request ("Explain your reasoning") did before.
    assert any(
        "asked to reason or explain" in r or "a word problem naming nothing they hold" in r
        for r in step["reasons"]
    ), step["reasons"]
    # A lookup of something the documents never mention is still declined by code.
    flu = assistant.ask("독감 예방접종 비용은 얼마인가요?").to_json()
    assert "찾을 수 없습니다" in flu["answer"] and flu["steps"][0]["tier"] == "deterministic"


def test_several_lookups_the_documents_never_answer_are_declined_not_reasoned_about(
    tmp_path: Path, workload_docs: DocumentStore
) -> None:
    # Two questions at once are no request to reason: each is a lookup of the
    # organisation's facts, which a model could only invent.
    assistant = _assistant(tmp_path, workload_docs, ["네, 2만 원입니다."], "test:local")
    result = assistant.ask("독감 예방접종도 하나요? 비용은 얼마인가요?").to_json()
    assert "찾을 수 없습니다" in result["answer"] and "2만" not in result["answer"]
    (step,) = result["steps"]
    assert step["tier"] == "deterministic"
    assert not any("asked to reason or explain" in r for r in step["reasons"])


def test_without_a_model_the_reasoning_request_is_told_which_model_to_configure(
    tmp_path: Path, workload_docs: DocumentStore
) -> None:
    # A puzzle is no document question: "not in the documents" would misstate what is
    # missing (turns3). The reply names the model to configure, from code.
    assistant = _assistant(tmp_path, workload_docs, [], "ollama:absent")
    result = assistant.ask(BAT_AND_BALL).to_json()
    assert "No configured model can answer this step" in result["answer"]
    assert "OPENAI_API_KEY" in result["answer"] and result["citations"] == []
    assert "The documents do not cover this question" not in result["answer"]
    assert result["steps"][0]["tier"] == "deterministic"


def test_a_word_problem_with_its_own_figures_reaches_a_model(
    tmp_path: Path, workload_docs: DocumentStore
) -> None:
    # The workload's "If dinner costs 180,000 won for 6 people" was declined as "not in
    # the documents: dinner, people": it is a calculation, not a document lookup. (That
    # one is now read in code; a tip beside it is a figure no reader has a role for.)
    assistant = _assistant(tmp_path, workload_docs, ["33,000 won per person."], "test:local")
    result = assistant.ask(
        "If dinner costs 180,000 won for 6 people and the tip is 10%, how much per person?"
    )
    payload = result.to_json()
    assert payload["answer"] == "33,000 won per person." and payload["citations"] == []
    (step,) = payload["steps"]
    assert step["tier"] == "local"
    assert any("a calculation over figures the question states" in r for r in step["reasons"])
    # One figure and no amount asked: still a lookup the documents decline.
    flu = assistant.ask("2026년 독감 예방접종 비용은 얼마인가요?").to_json()
    assert "찾을 수 없습니다" in flu["answer"] and flu["steps"][0]["tier"] == "deterministic"
