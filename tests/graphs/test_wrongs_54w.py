"""Document threads (wrongs54): quotes about the thread's subject, honest model replies.

Our own inputs (a garden guide, a library page, a gym's rules), not the workload's
documents; tests/bench/test_workload_probes54.py runs the probes that found each wrong.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from langchain_core.messages import AIMessage, AnyMessage, HumanMessage

from agents.documents import DocPlan
from agents.output_guard import PreviousTurn
from agents.why_restated_54w import restated_for_why
from graphs import document_thread_54w, output_checks, qualifier_plan, step_routing
from graphs import thread_document_query as tdq
from graphs.document_thread_54w import thread_on_documents
from tests.graphs.conftest import BuildAssistant
from tools.rag import NOT_COVERED, DocumentStore

# --- A loose follow-up's own quote from a sibling section -----------------------------------

_GUIDE = "garden_guide.md"


def _quote(locator: str, sentence: str, source: str = _GUIDE) -> DocPlan:
    citation = {"id": 1, "source": source, "locator": locator, "text": sentence}
    return DocPlan(kind="extractive", answer=f"{sentence} [1]", citations=[citation])


_ROSES = "장미는 물을 얼마나 자주 줘요?"
_ROSES_EN = "how often do I water the roses?"
_PLANS = {
    _ROSES: _quote("§장미", "장미는 일주일에 두 번 물을 줍니다."),
    _ROSES_EN: _quote("§Roses", "Water roses twice a week."),
    # The follow-ups searched alone: the tulip section's line.
    "그거 햇빛 많이 받아도 돼요?": _quote("§튤립", "튤립은 햇빛을 많이 받으면 꽃이 빨리 집니다."),
    "그건 햇빛 많이 받아도 돼?": _quote("§튤립", "튤립은 햇빛을 많이 받으면 꽃이 빨리 집니다."),
    "can they take full sun?": _quote("§Tulips", "Tulips fade quickly in full sun."),
}


def _plan_of(question: str) -> DocPlan:
    return _PLANS.get(question, DocPlan(kind="generate"))


@pytest.mark.parametrize(
    ("previous", "follow_up"),
    [
        (_ROSES, "그거 햇빛 많이 받아도 돼요?"),
        (_ROSES, "그건 햇빛 많이 받아도 돼?"),
        (_ROSES_EN, "can they take full sun?"),
    ],
)
def test_a_loose_follow_ups_own_quote_is_never_a_siblings(previous: str, follow_up: str) -> None:
    plan = tdq.thread_subject_plan(follow_up, previous, _plan_of, own_question_too=True)
    assert plan is None or plan.kind != "extractive", plan


def test_the_own_quote_of_the_threads_section_is_kept() -> None:
    plans = {**_PLANS, "그거 햇빛 많이 받아도 돼요?": _quote("§장미", "장미는 햇빛을 좋아합니다.")}
    plan = tdq.thread_subject_plan(
        "그거 햇빛 많이 받아도 돼요?",
        _ROSES,
        lambda q: plans.get(q, DocPlan(kind="generate")),
        own_question_too=True,
    )
    assert plan is not None and plan.kind == "extractive"


# --- A quote about a subject nobody named, from another document ---------------------------

_GYM = "gym_rules.md"
_SHOP = "shop_guide.md"
_THREAD = "수영장 들어가기 전에 뭐 해야 돼요?"
_THREAD_EN = "what do I do before using the pool?"
_OWN = {
    _THREAD: _quote("§Before you swim", "수영장에 들어가기 전에 샤워를 하세요.", _GYM),
    _THREAD_EN: _quote("§Before you swim", "Shower before you swim.", _GYM),
}


def _with_fake_store(monkeypatch: pytest.MonkeyPatch) -> None:
    def plan_document_step(_docs: Any, asked: str, **_: Any) -> DocPlan:
        return _OWN.get(asked, DocPlan(kind="generate"))

    monkeypatch.setattr(document_thread_54w, "plan_document_step", plan_document_step)
    monkeypatch.setattr(qualifier_plan, "plan_document_step", plan_document_step)


@pytest.mark.parametrize(
    ("earlier", "follow_up", "quote"),
    [
        # The protein shake's line, for water in the pool thread.
        (_THREAD, "물은 마셔도 돼요?", _quote("§단백질", "단백질 음료는 물과 함께 드세요.", _SHOP)),
        (_THREAD, "수건은요?", _quote("§요가매트", "요가매트는 수건으로 닦아 주세요.", _SHOP)),
        (_THREAD_EN, "can I drink water?", _quote("§Protein", "Mix protein with water.", _SHOP)),
    ],
)
def test_a_quote_of_a_subject_the_thread_never_named_declines(
    monkeypatch: pytest.MonkeyPatch, earlier: str, follow_up: str, quote: DocPlan
) -> None:
    _with_fake_store(monkeypatch)
    plan = qualifier_plan.with_qualifier_of_follow_up(
        None, quote, follow_up, [earlier], collection="default"
    )
    assert plan.kind == "not_covered" and not plan.citations, plan


@pytest.mark.parametrize(
    ("earlier", "follow_up", "quote"),
    [
        # The follow-up names the quoted subject.
        (
            _THREAD,
            "단백질 음료는 물이랑 마셔요?",
            _quote("§단백질", "단백질 음료는 물과 함께 드세요.", _SHOP),
        ),
        # A topic heading of several words is no subject.
        (_THREAD, "물은 마셔도 돼요?", _quote("§Opening hours", "물은 1층에서 파세요.", _SHOP)),
        # The thread's own document.
        (_THREAD, "물은 마셔도 돼요?", _quote("§Water", "물은 마셔도 됩니다.", _GYM)),
    ],
)
def test_a_named_subject_a_topic_or_the_threads_document_keeps_its_quote(
    monkeypatch: pytest.MonkeyPatch, earlier: str, follow_up: str, quote: DocPlan
) -> None:
    _with_fake_store(monkeypatch)
    plan = document_thread_54w.unnamed_subject_elsewhere(
        quote, follow_up, [earlier], None, collection="default"
    )
    assert plan is quote


# --- The notice after a decline in a document thread ----------------------------------------

_CITED = "책은 한 사람이 한 번에 7권까지 빌릴 수 있습니다 [1]."
_FEE = "스터디룸은 30분마다 1,000원입니다 [1]."


def _conversation(*turns: str) -> list[AnyMessage]:
    return [
        HumanMessage(content=t) if i % 2 == 0 else AIMessage(content=t) for i, t in enumerate(turns)
    ]


def _thread_after(answers: tuple[str, ...]) -> list[AnyMessage]:
    """A thread where each of ``answers`` replied to a question, then "왜요?"."""
    turns = [text for answer in answers for text in ("질문", answer)]
    return _conversation(*turns, "왜요?")


@pytest.mark.parametrize(
    "answers",
    [
        (_CITED,),
        (_CITED, f"{NOT_COVERED['ko']} (문서에 없는 내용: 반납)"),
        ("You may borrow 7 books [1].", f"{NOT_COVERED['en']} What follows is general."),
        # A figure computed from the quote before it (the merge of round 54).
        (_FEE, "2,000원입니다. 앞의 답에 인용된 요금('30분마다 1,000원')으로 계산했습니다."),
        ("Late books cost 20p a day [1].", "60p, at the fee quoted ('20p a day')."),
    ],
)
def test_a_thread_is_on_the_documents_after_a_quote_or_its_decline(
    answers: tuple[str, ...],
) -> None:
    assert thread_on_documents(_thread_after(answers))


@pytest.mark.parametrize(
    "answers",
    [
        ("책은 보통 몇 권 빌릴 수 있어요.",),
        # A decline with no quote before it: the thread never was on the documents.
        ("12입니다.", f"{NOT_COVERED['ko']} (문서에 없는 내용: 반납)"),
        # A computation quoting nothing the cited answer said.
        (_FEE, "6입니다. ('2 곱하기 3')"),
        ("12입니다.", "2,000원입니다. 앞의 답에 인용된 요금('30분마다 1,000원')으로 계산했습니다."),
    ],
)
def test_a_thread_with_no_quote_is_not(answers: tuple[str, ...]) -> None:
    assert not thread_on_documents(_thread_after(answers))


_PAGE = (
    "# 새봄도서관 이용 안내\n\n## 대출\n\n"
    "책은 한 사람이 한 번에 7권까지 빌릴 수 있습니다. 대출 기간은 14일입니다.\n\n"
    "## 열람실\n\n열람실은 평일 오전 9시부터 오후 10시까지 엽니다.\n"
)


def _library(tmp_path: Path) -> DocumentStore:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "library.md").write_text(_PAGE, encoding="utf-8")
    store = DocumentStore(tmp_path / "rag", dense=False)
    store.ingest_path(docs)
    return store


@pytest.mark.parametrize(
    ("second", "third"),
    [("그거 넘으면 어떻게 돼요?", "그건 왜 그래요?"), ("그거 넘으면 어떻게 돼요?", "왜요?")],
)
def test_a_why_after_the_noticed_reply_is_noticed_too(
    build_assistant: BuildAssistant, tmp_path: Path, second: str, third: str
) -> None:
    reply = "도서관마다 정한 규칙이라서 그렇습니다."
    assistant, _ = build_assistant(
        docs=_library(tmp_path), local=["더 빌리려면 반납해야 합니다.", reply]
    )
    first = assistant.ask("책은 한 번에 몇 권까지 빌릴 수 있어요?")
    assert first.to_json()["citations"]
    assistant.ask(second, thread_id=first.thread_id)
    answer = assistant.ask(third, thread_id=first.thread_id).answer
    assert answer.startswith(NOT_COVERED["ko"]) and answer.endswith(reply)


def test_without_the_rule_the_why_reads_as_the_documents(
    build_assistant: BuildAssistant, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(step_routing, "noticed_in_document_thread", lambda doc, *_: doc)
    reply = "도서관마다 정한 규칙이라서 그렇습니다."
    assistant, _ = build_assistant(
        docs=_library(tmp_path), local=["더 빌리려면 반납해야 합니다.", reply]
    )
    first = assistant.ask("책은 한 번에 몇 권까지 빌릴 수 있어요?")
    assistant.ask("그거 넘으면 어떻게 돼요?", thread_id=first.thread_id)
    assert assistant.ask("그건 왜 그래요?", thread_id=first.thread_id).answer == reply


# --- A "why" answered by the previous answer again ------------------------------------------


@pytest.mark.parametrize(
    ("question", "previous", "reply"),
    [
        (
            "why not?",
            "Sundays and public holidays: closed [1]",
            "Sundays and public holidays: closed",
        ),
        ("how come?", "The pool shuts at 9 p.m. [1]", "The pool shuts at 9 p.m."),
        ("왜요?", "일요일은 휴관합니다 [1].", "일요일은 휴관합니다."),
        ("그건 왜 그래?", "대출 기간은 14일입니다 [1].", "대출 기간은 14일입니다"),
    ],
)
def test_a_why_answered_with_the_previous_answer_fails(
    question: str, previous: str, reply: str
) -> None:
    failure = restated_for_why(reply, question, PreviousTurn(question="q", answer=previous))
    assert failure is not None and failure.kind == "repeats_previous"


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("why not?", "Many clinics close on Sundays so that staff can rest."),
        ("and on saturday?", "Sundays and public holidays: closed"),
    ],
)
def test_a_reason_or_another_question_passes(question: str, reply: str) -> None:
    previous = PreviousTurn(question="q", answer="Sundays and public holidays: closed [1]")
    assert restated_for_why(reply, question, previous) is None


_REPEAT = "책은 한 사람이 한 번에 7권까지 빌릴 수 있습니다."


@pytest.mark.parametrize("rule_on", [True, False])
def test_the_repeat_for_a_why_is_not_shown(
    build_assistant: BuildAssistant,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    rule_on: bool,
) -> None:
    if not rule_on:
        monkeypatch.setattr(output_checks, "restated_for_why", lambda *_: None)
    assistant, _ = build_assistant(
        docs=_library(tmp_path), local=[_REPEAT], cloud=["대출 규칙은 도서관이 정합니다."]
    )
    first = assistant.ask("책은 한 번에 몇 권까지 빌릴 수 있어요?")
    assert _REPEAT.rstrip(".") in first.answer
    answer = assistant.ask("왜요?", thread_id=first.thread_id).answer
    assert answer.endswith(_REPEAT) is not rule_on, answer


# --- Quotes of several sibling sections, and a subject named turns before -------------------

_HERBS = {
    "바질 얼마나 자주 물 줘요?": _quote("§바질", "바질은 흙이 마르면 물을 줍니다."),
    "basil how often do i water it": _quote("§Basil", "Water basil when the soil is dry."),
    # A later follow-up naming no herb that was answered from the basil section too.
    "햇빛은요?": _quote("§바질", "바질은 햇빛을 하루 6시간 받아야 합니다."),
}


def _herb_plan_of(question: str) -> DocPlan:
    return _HERBS.get(question, DocPlan(kind="generate"))


def _two_siblings(
    mint: str, thyme: str, mint_head: str = "§민트", thyme_head: str = "§타임"
) -> DocPlan:
    citations = [
        {"id": 1, "source": _GUIDE, "locator": mint_head, "text": mint},
        {"id": 2, "source": _GUIDE, "locator": thyme_head, "text": thyme},
    ]
    return DocPlan(kind="extractive", answer=f"{mint} [1] {thyme} [2]", citations=citations)


@pytest.mark.parametrize(
    ("earlier", "follow_up", "quote"),
    [
        # Two sibling sections for the thread's basil.
        (
            ["바질 얼마나 자주 물 줘요?"],
            "그거 비료는 몇번 줘요?",
            _two_siblings("민트는 한 달에 한 번 비료를 줍니다.", "타임은 비료가 필요 없습니다."),
        ),
        (
            ["basil how often do i water it"],
            "and how often do i feed it?",
            _two_siblings("Feed mint monthly.", "Thyme needs no feed.", "§Mint", "§Thyme"),
        ),
        # Basil named two turns before; the previous question named no herb.
        (
            ["바질 얼마나 자주 물 줘요?", "햇빛은요?"],
            "임산부가 만져도 돼요?",
            _quote("§민트", "민트는 임산부가 많이 먹지 않도록 합니다."),
        ),
    ],
)
def test_a_quote_of_only_the_subjects_siblings_declines(
    earlier: list[str], follow_up: str, quote: DocPlan
) -> None:
    plan = document_thread_54w.kept_to_the_thread_subjects(quote, follow_up, earlier, _herb_plan_of)
    assert plan.kind == "not_covered" and not plan.citations, plan


def test_a_quote_naming_its_sibling_or_of_the_subject_is_kept() -> None:
    earlier = ["바질 얼마나 자주 물 줘요?"]
    mint = _quote("§민트", "민트는 한 달에 한 번 비료를 줍니다.")
    kept = document_thread_54w.kept_to_the_thread_subjects(
        mint, "민트는 비료 몇번 줘요?", earlier, _herb_plan_of
    )
    assert kept is mint
    basil = _quote("§바질", "바질은 한 달에 두 번 비료를 줍니다.")
    assert (
        document_thread_54w.kept_to_the_thread_subjects(basil, "비료는요?", earlier, _herb_plan_of)
        is basil
    )


def test_the_own_question_path_screens_several_siblings() -> None:
    # The hook in graphs.thread_document_query: switched off, the two siblings are quoted.
    quote = _two_siblings("민트는 한 달에 한 번 비료를 줍니다.", "타임은 비료가 필요 없습니다.")
    plans = {**_HERBS, "그거 비료는 몇번 줘요?": quote}
    plan = tdq.thread_subject_plan(
        "그거 비료는 몇번 줘요?",
        "바질 얼마나 자주 물 줘요?",
        lambda q: plans.get(q, DocPlan(kind="generate")),
        own_question_too=True,
    )
    assert plan is None or plan.kind != "extractive", plan


# --- Sentences of another document in a follow-up's quote ----------------------------------


def _mixed_quote() -> DocPlan:
    citations = [
        {"id": 1, "source": _GYM, "locator": "§Results", "text": "a"},
        {"id": 2, "source": _SHOP, "locator": "§Orders", "text": "b"},
    ]
    answer = "체력 측정 결과는 전화로 알려 드리지 않습니다. [1] 주문은 전화로 받습니다. [2]"
    return DocPlan(kind="extractive", answer=answer, citations=citations)


@pytest.mark.parametrize("follow_up", ["전화로 알려줘요?", "can they phone me?"])
def test_a_follow_ups_quote_keeps_to_the_threads_document(
    monkeypatch: pytest.MonkeyPatch, follow_up: str
) -> None:
    _with_fake_store(monkeypatch)
    plan = qualifier_plan.with_qualifier_of_follow_up(
        None, _mixed_quote(), follow_up, [_THREAD], collection="default"
    )
    assert plan.kind == "extractive"
    assert "주문" not in plan.answer and [c["source"] for c in plan.citations] == [_GYM]


def test_a_quote_led_from_elsewhere_is_left_to_the_other_rules() -> None:
    plan = _mixed_quote()
    earlier = ["주문 어떻게 해요?"]
    plans = {earlier[0]: _quote("§Orders", "주문은 전화로 받습니다.", _SHOP)}
    kept = document_thread_54w.kept_to_the_thread_document(
        plan, earlier, lambda q: plans.get(q, DocPlan(kind="generate"))
    )
    assert kept is plan


def test_the_follow_up_chain_screens_several_siblings(monkeypatch: pytest.MonkeyPatch) -> None:
    # The same rule on the follow-up's own plan (graphs.qualifier_plan's chain).
    def plan_document_step(_docs: Any, asked: str, **_: Any) -> DocPlan:
        return _herb_plan_of(asked)

    monkeypatch.setattr(document_thread_54w, "plan_document_step", plan_document_step)
    monkeypatch.setattr(qualifier_plan, "plan_document_step", plan_document_step)
    quote = _quote("§민트", "민트는 임산부가 많이 먹지 않도록 합니다.")
    plan = qualifier_plan.with_qualifier_of_follow_up(
        None,
        quote,
        "임산부가 만져도 돼요?",
        ["바질 얼마나 자주 물 줘요?", "햇빛은요?"],
        collection="default",
    )
    assert plan.kind == "not_covered", plan


def test_a_declined_detour_does_not_move_the_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    # "물은 마셔도 돼요?" took the shop's protein line (and was declined); "약은요?" then
    # quoting the shop's vitamins is still about a subject the pool thread never named.
    detour = "물은 마셔도 돼요?"
    _OWN[detour] = _quote("§단백질", "단백질 음료는 물과 함께 드세요.", _SHOP)
    try:
        _with_fake_store(monkeypatch)
        vitamins = _quote("§비타민", "비타민은 식후에 드세요.", _SHOP)
        plan = document_thread_54w.unnamed_subject_elsewhere(
            vitamins, "약은요?", [_THREAD, detour], None, collection="default"
        )
    finally:
        del _OWN[detour]
    assert plan.kind == "not_covered", plan


def test_the_closing_note_goes_with_the_dropped_sentence() -> None:
    citations = [
        {"id": 1, "source": _GYM, "locator": "§Rules", "text": "a"},
        {"id": 2, "source": _SHOP, "locator": "§Claims", "text": "b"},
    ]
    answer = (
        "관장이 승인합니다. [1] Claims above 500,000 won need approval. [2] (영어 문서: 500,000원)"
    )
    plan = DocPlan(kind="extractive", answer=answer, citations=citations)
    plans = {"가입 어떻게 해요?": _quote("§Join", "가입은 관장에게 신청합니다.", _GYM)}
    kept = document_thread_54w.kept_to_the_thread_document(
        plan, ["가입 어떻게 해요?"], lambda q: plans.get(q, DocPlan(kind="generate"))
    )
    assert kept.answer == "관장이 승인합니다. [1]"


def _thread_state(*questions: str) -> dict[str, Any]:
    messages: list[AnyMessage] = []
    for question in questions[:-1]:
        messages += [HumanMessage(content=question), AIMessage(content="답 [1]")]
    return {"messages": [*messages, HumanMessage(content=questions[-1])]}


def test_the_carried_subject_path_screens_against_the_whole_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A loose follow-up's own quote (graphs.step_routing): after the declined detour, the
    # shop's vitamins are still no answer in the pool thread.
    detour = "물은 마셔도 돼요?"
    _with_fake_store(monkeypatch)
    monkeypatch.setitem(_OWN, detour, _quote("§단백질", "단백질 음료는 물과 함께 드세요.", _SHOP))
    vitamins = _quote("§비타민", "비타민은 식후에 드세요.", _SHOP)
    monkeypatch.setattr(step_routing, "with_carried_subject", lambda *_: None)
    monkeypatch.setattr(step_routing, "thread_subject_plan", lambda *_, **__: vitamins)
    engine: Any = SimpleNamespace(docs=object())
    state: Any = _thread_state(_THREAD, detour, "약은요?")
    ctx: Any = SimpleNamespace(workspace="default")
    plan = step_routing._carried_subject_plan(engine, state, "약은요?", ctx, False)
    assert plan is not None and plan.kind == "not_covered", plan


def test_the_carried_subject_quote_keeps_to_the_threads_document(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "전화로 알려줘?" asked with the thread's subject still quoted another document's line.
    _with_fake_store(monkeypatch)
    monkeypatch.setattr(step_routing, "with_carried_subject", lambda *_: "수영장 전화로 알려줘요?")
    monkeypatch.setattr(step_routing, "plan_document_step", lambda *_, **__: _mixed_quote())
    engine: Any = SimpleNamespace(docs=object())
    state: Any = _thread_state(_THREAD, "전화로 알려줘요?")
    ctx: Any = SimpleNamespace(workspace="default")
    plan = step_routing._carried_subject_plan(engine, state, "전화로 알려줘요?", ctx, False)
    assert plan is not None and "주문" not in plan.answer, plan


def test_the_thread_subject_quote_is_screened_against_the_whole_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The declined "약은요?" asked again with the detour's words took the shop's line.
    detour = "물은 마셔도 돼요?"
    _with_fake_store(monkeypatch)
    monkeypatch.setitem(_OWN, detour, _quote("§단백질", "단백질 음료는 물과 함께 드세요.", _SHOP))
    vitamins = _quote("§비타민", "비타민은 식후에 드세요.", _SHOP)
    monkeypatch.setattr(step_routing, "with_thread_subject", lambda *_: vitamins)
    engine: Any = SimpleNamespace(docs=object())
    ctx: Any = SimpleNamespace(workspace="default")
    declined = DocPlan(kind="not_covered")
    plan = step_routing._with_thread_subject(engine, declined, "약은요?", [_THREAD, detour], ctx)
    assert plan.kind == "not_covered", plan
