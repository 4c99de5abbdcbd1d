"""Follow-ups in document threads (wrongs55): a condition's quote, the thread's subject.

Our own inputs (a studio's staff rules, a museum page, a gym's fees), not the workload's
documents; tests/bench/test_workload_probes55.py runs the probes that found each wrong.
"""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from agents.documents import DocPlan
from graphs import same_subject_follow_up_55w, step_routing
from graphs.condition_follow_up_55w import ConditionHead, condition_head, stated_condition
from graphs.faq_thread_document_54q import goes_on_with_the_thread
from graphs.follow_up_screens_55w import (
    condition_stated_55w,
    faq_misses_condition_55w,
    screened_follow_up_55w,
)
from graphs.same_subject_follow_up_55w import asks_the_same, bare_noun, kept_to_the_thread_55w
from tests.graphs.conftest import BuildAssistant
from tools.rag import NOT_COVERED, DocumentStore


def _quote(
    sentences: list[str], source: str = "studio_rules.md", locator: str = "§규칙"
) -> DocPlan:
    citation = {"id": 1, "source": source, "locator": locator, "text": sentences[0]}
    answer = " ".join(f"{s} [1]" for s in sentences)
    return DocPlan(kind="extractive", answer=answer, citations=[citation])


# --- The head of an added condition ---------------------------------------------------------


@pytest.mark.parametrize(
    ("follow_up", "head"),
    [
        ("실장님 출장중이면?", ConditionHead(words=("출장",), state=True)),
        ("부장님이 휴가 중이면 누가 결재해요?", ConditionHead(words=("휴가",), state=True)),
        ("카드 잃어버리면 어떡해요?", ConditionHead(words=("잃어버리",))),
        # A period in words is a figure on its unit (cond56: 석 달 is 3 개월).
        ("석 달 넘게 쉬면요?", ConditionHead(words=("쉬",), unit="개월")),
        ("3개월 넘으면?", ConditionHead(unit="개월")),
        ("지갑 없으면?", ConditionHead(words=("지갑",))),
        ("what if my boss is on holiday?", ConditionHead(words=("holiday",), state=True)),
        ("and if i forget my pass?", ConditionHead(words=("forget",))),
        ("what if im late by an hour", ConditionHead(words=("late",))),
    ],
)
def test_the_head_of_an_added_condition(follow_up: str, head: ConditionHead) -> None:
    read = condition_head(follow_up)
    assert read is not None
    assert (read.words, read.state) == (head.words, head.state)
    assert read.unit == head.unit


@pytest.mark.parametrize(
    ("follow_up", "absent", "figure", "compares"),
    [
        ("회원증 없으면?", True, "", False),
        ("what if i don't have my card?", True, "", False),
        ("2주 넘으면?", False, "2", True),
        ("4일만 빠지면?", False, "4", False),
    ],
)
def test_an_absence_or_a_figure_in_the_condition(
    follow_up: str, absent: bool, figure: str, compares: bool
) -> None:
    read = condition_head(follow_up)
    assert read is not None
    assert (read.absent, read.figure, read.compares) == (absent, figure, compares)


@pytest.mark.parametrize("question", ["라면 먹어도 돼요?", "화면 밝기 어떻게 바꿔요?", "how much?"])
def test_no_condition_no_head(question: str) -> None:
    assert condition_head(question) is None


# --- A quote that does not state the condition ----------------------------------------------

_APPROVAL = "실장이 승인하면 예약이 확정됩니다."
_PASS = "Members show their pass at the front desk."


@pytest.mark.parametrize(
    ("follow_up", "quote"),
    [
        ("실장님 출장중이면?", [_APPROVAL]),
        ("실장이 휴가 중이면 누가 승인해요?", [_APPROVAL, "예약은 3일 전까지 합니다."]),
        ("회원카드 잃어버리면요?", ["회원카드는 입구에서 보여 주세요."]),
        ("and if i forget my pass?", [_PASS]),
        ("what if the manager is away on leave?", [_APPROVAL]),
        ("패스 잃어버리면?", [_PASS]),
        # Its absence, and figures: a limit is no threshold, another figure is not this one.
        ("회원증 없으면?", ["회원증은 입구에서 보여 주세요."]),
        ("4일만 빠지면?", ["수업은 한 달에 최대 8일까지 빠질 수 있습니다."]),
        # A compared figure alone (past the thread's limit) only by itself; with its act, by a
        # threshold it meets only (cond56: 2 days is not "3일 이상", nor over 10 "미만").
        ("10일 넘으면?", ["수업을 3일 이상 빠지면 보강을 신청합니다."]),
        ("2일 넘게 빠지면?", ["수업을 3일 이상 빠지면 보강을 신청합니다."]),
        ("10일 넘게 빠지면?", ["수업을 3일 미만 빠지면 보강이 없습니다."]),
        # The condition alone: its other words must be stated too.
        ("and if i train with a friend?", ["Training sessions cost 9,000 won each."]),
    ],
)
def test_a_quote_not_stating_the_condition_declines(follow_up: str, quote: list[str]) -> None:
    plan = stated_condition(_quote(quote), follow_up)
    assert plan.kind == "not_covered"
    assert plan.answer.startswith((NOT_COVERED["ko"], NOT_COVERED["en"]))


@pytest.mark.parametrize(
    ("follow_up", "quote"),
    [
        ("실장님 출장중이면?", ["실장이 출장 중이면 원장이 승인합니다."]),
        ("회원카드 잃어버리면요?", ["회원카드를 잃어버린 경우 재발급비 5,000원을 냅니다."]),
        ("and if i forget my pass?", ["If you forget your pass, ask at the desk."]),
        ("if i lose my pass?", ["A lost pass is replaced for 5,000 won."]),
        ("3개월 넘게 쉬면?", ["3개월 이상 쉬면 회원 자격이 정지됩니다."]),
        ("what if im sick for 7 days", ["병가가 5일 이상이면 진단서를 냅니다."]),
        ("딸 결혼식이면요?", ["자녀 결혼은 1일의 휴가를 받습니다."]),
        ("회원증 없으면?", ["회원증이 없으면 입장할 수 없습니다."]),
        ("4일만 빠지면?", ["수업을 3일 이상 빠지면 보강을 신청합니다."]),
        ("10일 넘게 빠지면?", ["10일 넘게 빠지면 환불되지 않습니다."]),
        # A threshold the compared figure meets states it (cond56: 10 >= 3).
        ("10일 넘게 빠지면?", ["수업을 3일 이상 빠지면 보강을 신청합니다."]),
        ("and if i train with a friend?", ["Training with a friend costs 15,000 won."]),
    ],
)
def test_a_quote_stating_the_condition_is_kept(follow_up: str, quote: list[str]) -> None:
    plan = _quote(quote)
    assert stated_condition(plan, follow_up) is plan


def test_a_question_adding_no_condition_keeps_its_quote() -> None:
    plan = _quote([_APPROVAL])
    assert stated_condition(plan, "누가 승인해요?") is plan


# --- A follow-up on the thread's subject quoted from another document -----------------------


@pytest.mark.parametrize(
    "follow_up",
    ["same on sundays?", "is that the same on holidays?", "공휴일도 똑같아요?", "밤에도요?"],
)
def test_a_follow_up_asking_the_same_is_read(follow_up: str) -> None:
    assert asks_the_same(follow_up)
    assert goes_on_with_the_thread(follow_up)


@pytest.mark.parametrize(
    ("follow_up", "noun"), [("주차권은요?", "주차권"), ("what about lockers?", "lockers")]
)
def test_a_bare_noun_follow_up_is_read(follow_up: str, noun: str) -> None:
    assert bare_noun(follow_up) == noun


def _threaded(monkeypatch: pytest.MonkeyPatch, thread: set[str]) -> None:
    monkeypatch.setattr(
        same_subject_follow_up_55w, "thread_documents", lambda *_: thread, raising=True
    )
    # The previous answer quoted the fees section of the thread's document.
    previous = _quote(["A day pass costs 9,000 won."], next(iter(thread)))
    monkeypatch.setattr(same_subject_follow_up_55w, "plan_document_step", lambda *_, **__: previous)


@pytest.mark.parametrize(
    ("follow_up", "quote"),
    [
        ("same on sundays?", ["The café opens at 10:00 on Sundays."]),
        ("공휴일도 똑같아요?", ["카페는 공휴일에 쉽니다."]),
        ("주차권은요?", ["카페는 오전 10시에 엽니다."]),
        ("what about lockers?", ["The café opens at 10:00 on Sundays."]),
    ],
)
def test_the_threads_subject_quoted_from_elsewhere_declines(
    monkeypatch: pytest.MonkeyPatch, follow_up: str, quote: list[str]
) -> None:
    _threaded(monkeypatch, {"gym_fees.md"})
    plan = kept_to_the_thread_55w(
        None, object(), _quote(quote, "cafe.md"), follow_up, "how much is the gym?", "c"
    )
    assert plan.kind == "not_covered"
    assert "gym_fees.md" in plan.answer


@pytest.mark.parametrize(
    ("follow_up", "source", "quote"),
    [
        # The thread's own document answers it.
        ("same on sundays?", "gym_fees.md", ["The gym costs the same on Sundays."]),
        # A place named: the subject changed.
        ("카페도 똑같아요?", "cafe.md", ["카페는 공휴일에 쉽니다."]),
        # A bare noun the quote states: found where it is.
        ("what about lockers?", "cafe.md", ["Lockers take a coin."]),
    ],
)
def test_the_threads_document_a_named_place_or_a_stated_noun_keeps_the_quote(
    monkeypatch: pytest.MonkeyPatch, follow_up: str, source: str, quote: list[str]
) -> None:
    _threaded(monkeypatch, {"gym_fees.md"})
    plan = _quote(quote, source)
    kept = kept_to_the_thread_55w(None, object(), plan, follow_up, "how much is the gym?", "c")
    assert kept is plan


@pytest.mark.parametrize("follow_up", ["what about sundays?", "공휴일도 똑같아요?", "주말은요?"])
def test_the_same_question_again_quotes_the_threads_section(
    monkeypatch: pytest.MonkeyPatch, follow_up: str
) -> None:
    _threaded(monkeypatch, {"gym_fees.md"})
    hours = _quote(["Sundays and public holidays: closed."], "gym_fees.md", "§Opening hours")
    plan = kept_to_the_thread_55w(None, object(), hours, follow_up, "how much is the gym?", "c")
    assert plan.kind == "not_covered"


def test_a_first_turn_is_not_screened() -> None:
    plan = _quote([_APPROVAL])
    assert screened_follow_up_55w(None, object(), plan, "실장님 출장중이면?", [], "c") is plan


# --- At the hook: the whole assistant --------------------------------------------------------

_PAGE = (
    "# 봄빛스튜디오 직원 규칙\n\n## 예약 승인\n\n"
    "예약은 촬영 3일 전까지 전산으로 신청합니다. 실장이 승인하면 예약이 확정됩니다.\n\n"
    "## 휴가\n\n실장의 휴가 일정은 한 달 전에 게시판에 올립니다.\n\n"
    "## 장비\n\n카메라는 퇴근 전에 장비실에 반납합니다.\n"
)


def _studio(tmp_path: Path) -> DocumentStore:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "studio_rules.md").write_text(_PAGE, encoding="utf-8")
    store = DocumentStore(tmp_path / "rag", dense=False)
    store.ingest_path(docs)
    return store


def _ask_condition(build_assistant: BuildAssistant, tmp_path: Path) -> str:
    assistant, _ = build_assistant(docs=_studio(tmp_path), local=["모델의 답입니다."])
    first = assistant.ask("예약 승인은 누가 해요?")
    assert "실장이 승인하면" in first.answer
    return assistant.ask("실장님 휴가중이면?", thread_id=first.thread_id).answer


def test_at_the_hook_the_condition_declines(
    build_assistant: BuildAssistant, tmp_path: Path
) -> None:
    answer = _ask_condition(build_assistant, tmp_path)
    assert answer.startswith(NOT_COVERED["ko"]), answer


def test_without_the_hook_a_sentence_not_stating_it_comes_back(
    build_assistant: BuildAssistant, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(step_routing, "screened_follow_up_55w", lambda _f, _d, doc, *_: doc)
    answer = _ask_condition(build_assistant, tmp_path)
    assert not answer.startswith(NOT_COVERED["ko"]) and "[1]" in answer, answer


# --- A curated answer and the carried subject's quote, before a condition ------------------


class _Faq:
    """A curated book with one entry, matched by every question."""

    def __init__(self, answer: str) -> None:
        entry = SimpleNamespace(answer=answer)
        self.hit = SimpleNamespace(answer=answer, entry=entry)

    def lookup(self, _text: str) -> SimpleNamespace:
        return self.hit


_LOCKER = "사물함은 1층에 있고, 열쇠는 안내 데스크에서 받습니다."


@pytest.mark.parametrize("follow_up", ["열쇠 잃어버리면?", "what if i lose the key?"])
def test_a_curated_answer_without_the_condition_is_left(follow_up: str) -> None:
    faq: Any = _Faq(_LOCKER)
    assert faq_misses_condition_55w(faq, follow_up, "사물함 어디 있어요?")


@pytest.mark.parametrize(
    ("follow_up", "previous"),
    [("열쇠 잃어버리면?", None), ("사물함 어디 있어요?", "사물함 있어요?")],
)
def test_a_first_turn_or_no_condition_keeps_the_curated_answer(
    follow_up: str, previous: str | None
) -> None:
    faq: Any = _Faq(_LOCKER)
    assert not faq_misses_condition_55w(faq, follow_up, previous)


def test_a_curated_answer_stating_the_condition_is_kept() -> None:
    faq: Any = _Faq("열쇠를 잃어버리면 5,000원을 내야 합니다.")
    assert not faq_misses_condition_55w(faq, "열쇠 잃어버리면?", "사물함 어디 있어요?")


def test_the_carried_subjects_quote_is_screened() -> None:
    quote = _quote(["검사 결과는 2~3일 뒤에 나옵니다."])
    assert condition_stated_55w(None, "결과 나쁘면?", ["결과 언제 나와요?"]) is None
    assert condition_stated_55w(quote, "결과 나쁘면?", []) is quote
    screened = condition_stated_55w(quote, "결과 나쁘면?", ["결과 언제 나와요?"])
    assert screened is not None and screened.kind == "not_covered"
