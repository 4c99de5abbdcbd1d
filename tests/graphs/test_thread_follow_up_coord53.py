"""Document follow-ups that are only a question word or a measure (round 53's probes).

The climbing-gym guide is written for this test (no workload or held-out document) and
runs through the real store (lexical only).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from agents.documents import DocPlan, plan_document_step
from graphs.subjectless_follow_up import names_only_a_measure
from graphs.thread_document_query import asked_with_question_word, with_thread_subject
from tests.doc_stores import written_store
from tools.rag import crosslingual
from tools.rag.store import DocumentStore

_GYM_EN = """# Riverside Climbing Gym

## Before the induction

Do not eat a heavy meal for 2 hours before the induction class.
Bring closed shoes and a bottle of water.

## Cancelling a booking

To cancel a booking, email the front desk by noon on the day before your session.

## Refunds

Refund requests must be sent within 14 days of the purchase, with the receipt.
"""


@pytest.fixture(scope="module")
def plan_of(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], DocPlan]]:
    with written_store(tmp_path_factory, {"gym_en.md": _GYM_EN}, "gym") as store:
        yield lambda asked: plan_document_step(store, asked, collection="gym", pinned=False)


@pytest.mark.parametrize(
    ("text", "only"),
    [
        ("how many days max?", True),
        ("and the max?", True),
        ("how many hours exactly?", True),
        ("최대 몇 번이요?", True),
        ("how many days for a refund?", False),
        ("what about sundays?", False),
    ],
)
def test_a_follow_up_naming_only_a_measure(text: str, only: bool) -> None:
    assert names_only_a_measure(text) is only


def test_a_measure_only_follow_up_is_not_answered_from_another_subject(
    plan_of: Callable[[str], DocPlan],
) -> None:
    previous = "can i freeze my membership while travelling"
    follow_up = "how many days max?"
    own = plan_of(follow_up)
    # Alone, "days" finds the refund rule: a sentence about something else entirely.
    assert own.kind == "extractive"
    assert "14 days" in own.answer
    plan = with_thread_subject(own, follow_up, previous, plan_of)
    assert plan.kind == "not_covered"
    assert "14 days" not in plan.answer


def test_a_measure_only_follow_up_in_the_thread_section_keeps_its_quote(
    plan_of: Callable[[str], DocPlan],
) -> None:
    previous = "refund requests deadline?"
    assert plan_of(previous).kind == "extractive"
    follow_up = "how many days max?"
    plan = with_thread_subject(plan_of(follow_up), follow_up, previous, plan_of)
    assert plan.kind == "extractive"
    assert "14 days" in plan.answer


@pytest.mark.parametrize(
    ("previous", "follow_up", "asked"),
    [
        (
            "do i need to fast before the checkup",
            "for how long?",
            "how long do i need to fast before the checkup?",
        ),
        ("how do i cancel my booking", "until when?", "until when do i cancel my booking?"),
        (
            "can i carry over unused leave",
            "how many days max?",
            "how many days can i carry over unused leave?",
        ),
        ("what is the meal allowance", "how much?", None),  # no body a question word can lead
        ("do i need to fast before the checkup", "and why?", None),
    ],
)
def test_a_question_word_alone_leads_the_previous_question(
    previous: str, follow_up: str, asked: str | None
) -> None:
    assert asked_with_question_word(follow_up, previous) == asked


def test_for_how_long_is_asked_as_the_previous_question(
    plan_of: Callable[[str], DocPlan],
) -> None:
    previous = "can i eat a heavy meal before the induction class"
    assert plan_of(previous).kind == "extractive"
    follow_up = "for how long?"
    plan = with_thread_subject(plan_of(follow_up), follow_up, previous, plan_of)
    assert plan.kind == "extractive"
    assert "2 hours" in plan.answer


_SAMPLES = Path(__file__).resolve().parents[2] / "data" / "samples"


@pytest.fixture(scope="module")
def plan_of_samples(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Callable[[str], DocPlan]]:
    # The dense path too, as the app searches: lexical alone answers neither first turn.
    store = DocumentStore(tmp_path_factory.mktemp("samples"), dense=True)
    for name in ("health_checkup_en.html", "visitor_info_en.md"):
        store.ingest_path(_SAMPLES / name, "samples")
    store.embed_pending()

    def plan_of(asked: str) -> DocPlan:
        # Read with the everyday vocabulary, as the app does.
        with crosslingual.everyday_vocabulary(True):
            return plan_document_step(store, asked, collection="samples", pinned=False)

    yield plan_of
    store.close()


@pytest.mark.parametrize(
    ("previous", "follow_up", "stated"),
    [
        # The question word leading the previous question ("how long do i need to fast …"):
        # carried as words ("fast checkup for how long?") the documents match nothing.
        ("do i need to fast before the checkup", "for how long?", "8 hours"),
        # The previous question's verb carried with its nouns ("cancel appointment until
        # when?"): the nouns alone ("appointment until when?") find no deadline.
        ("how do i cancel my appointment", "until when?", "6 p.m."),
    ],
)
def test_a_question_word_follow_up_on_the_samples(
    plan_of_samples: Callable[[str], DocPlan], previous: str, follow_up: str, stated: str
) -> None:
    assert plan_of_samples(previous).kind == "extractive"
    plan = with_thread_subject(plan_of_samples(follow_up), follow_up, previous, plan_of_samples)
    assert plan.kind == "extractive"
    assert stated in plan.answer


def _quoted(*sentences: tuple[str, str, str]) -> DocPlan:
    """An extractive plan quoting (sentence, source, section) in order."""
    return DocPlan(
        kind="extractive",
        answer=" ".join(f"{text} [{i}]" for i, (text, _, _) in enumerate(sentences, start=1)),
        citations=[
            {"id": i, "source": source, "locator": section, "text": text}
            for i, (text, source, section) in enumerate(sentences, start=1)
        ],
    )


_HOTEL = ("Hotels are paid up to 120,000 won in Seoul and 90,000 won elsewhere.", "p.md", "§H")
_ADDRESS = ("The office is at 12 Main-ro, Seoul.", "o.md", "§Address")


@pytest.mark.parametrize("follow_up", ["and outside seoul?", "what about outside seoul?"])
def test_a_fragment_follow_up_keeps_the_threads_sentence_behind_another_lead(
    follow_up: str,
) -> None:
    previous_question = "how much is the hotel limit in seoul"
    plans = {previous_question: _quoted(_HOTEL), follow_up: _quoted(_ADDRESS, _HOTEL)}

    def plan_of(asked: str) -> DocPlan:
        return plans.get(asked, DocPlan(kind="not_covered"))

    plan = with_thread_subject(plans[follow_up], follow_up, previous_question, plan_of)
    assert plan.kind == "extractive"
    assert "12 Main-ro" not in plan.answer
    assert "90,000 won elsewhere" in plan.answer


def test_a_follow_up_changing_subject_keeps_its_own_quote() -> None:
    previous_question = "how much is the hotel limit in seoul"
    follow_up = "and where is the office?"
    plans = {previous_question: _quoted(_HOTEL), follow_up: _quoted(_ADDRESS)}

    def plan_of(asked: str) -> DocPlan:
        return plans.get(asked, DocPlan(kind="not_covered"))

    plan = with_thread_subject(plans[follow_up], follow_up, previous_question, plan_of)
    assert "12 Main-ro" in plan.answer


@pytest.mark.parametrize(
    "text",
    [
        "그럼 처음 갈 때 뭐 챙겨 가야 돼요?",  # a verb of its own: what to bring
        "몇 대나 댈 수 있어요?",
    ],
)
def test_a_follow_up_with_a_word_of_its_own_is_no_measure_only(text: str) -> None:
    assert not names_only_a_measure(text)
