"""parad58's fixes of the wrong answers of its blind document-paraphrase probe.

Someone acting for the asker after the records answer: the records rule ("Someone collecting
records for you needs a signed letter of consent …") answers only the records. When the
follow-up names a thing or place of its own (medicine, the pharmacy, 처방약, 약국), that is
another subject, and the sibling's sentence must not be quoted (the probe's wrong answer:
"can my son collect my medicine at the pharmacy for me" -> the consent sentence).
"""

from __future__ import annotations

import pytest

import graphs.same_for_relative_58c as acting
import graphs.thread_document_query as thread_query
from agents.documents import DocPlan, plan_document_step
from tools.rag import DocumentStore

_RECORDS = (
    "Ask at the reception desk and bring your ID card. [1] Copies are usually ready the same "
    "day. [1] Someone collecting records for you needs a signed letter of consent and a copy "
    "of your ID. [1]"
)
_QUESTION = "how do i request copies of my records"


def _records_plan() -> DocPlan:
    citation = {"id": 1, "source": "insurance_faq_en.md", "locator": "§records", "text": ""}
    return DocPlan(kind="extractive", answer=_RECORDS, citations=[citation])


def _plan_of(question: str) -> DocPlan:
    return _records_plan() if question == _QUESTION else DocPlan(kind="not_covered")


@pytest.mark.parametrize(
    "follow_up",
    [
        "and can my son collect my medicine at the pharmacy for me",
        "could my wife pick up my prescription instead of me",
        "what if my dad gets my test results for me",
        "아들이 처방약을 대신 받아와도 돼요?",
        "약국에서 엄마가 대신 받아가도 되나요",
    ],
)
def test_a_thing_of_its_own_is_not_answered_by_the_records_rule(
    follow_up: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = thread_query.thread_subject_plan(follow_up, _QUESTION, _plan_of)
    assert found is None or "consent" not in found.answer
    # Switched off (the thing named is not read), the sibling's sentence is quoted.
    monkeypatch.setattr(acting, "_names_another_thing", lambda *_a: False)
    switched_off = thread_query.thread_subject_plan(follow_up, _QUESTION, _plan_of)
    assert switched_off is not None and "consent" in switched_off.answer


@pytest.mark.parametrize(
    "follow_up",
    [
        "can my husband pick them up for me",  # the records, by a pronoun
        "what if my daughter collects the records instead of me",  # the records, named
        "my brother could get my copies on my behalf?",  # the copies asked
        "딸이 대신 받으러 가도 돼요?",
    ],
)
def test_the_records_themselves_are_still_answered(follow_up: str) -> None:
    found = thread_query.thread_subject_plan(follow_up, _QUESTION, _plan_of)
    assert found is not None and "signed letter of consent" in found.answer


# --- drinking asked: a sentence naming no alcohol answers nothing --------------------------------

_LORATADINE = "성인은 하루 한 번 10mg을 복용합니다."
_ACETAMINOPHEN = "술을 자주 마시는 분은 간이 손상될 수 있으므로 복용 전에 약사와 상담하세요."


@pytest.mark.parametrize(
    "question",
    [
        "로라타딘 먹고 술마셔도 돼요?",
        "알레르기약 먹는 중인데 맥주 한잔 해도 되나",
        "로라타딘 복용중 음주 괜찮아요?",
        "is it ok to have a beer while taking loratadine",
        "can i drink alcohol on this allergy pill",
        "loratadine and wine, fine together?",
    ],
)
def test_a_sentence_naming_no_alcohol_does_not_answer_drinking(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tools.rag.subject_screens as screens

    assert screens.about_another_subject(question, _LORATADINE, "로라타딘", [], None)
    assert not screens.about_another_subject(question, _ACETAMINOPHEN, "아세트아미노펜", [], None)
    monkeypatch.setattr(screens, "misses_asked_alcohol", lambda *_a: False)
    assert not screens.about_another_subject(question, _LORATADINE, "로라타딘", [], None)


@pytest.mark.parametrize(
    "question",
    [
        "로라타딘 하루에 몇 번 먹어요?",  # no drinking asked
        "can i drink water before the blood test",  # water is no alcohol
        "약 먹고 물 마셔도 돼요?",
    ],
)
def test_no_drinking_asked_is_not_screened(question: str) -> None:
    from tools.rag.alcohol_with_58r import misses_asked_alcohol

    assert not misses_asked_alcohol(question, _LORATADINE)


# --- requesting a copy is asking for it (vocabulary.tsv [documents]: request,ask) ----------------

_RECORDS_FAQ = """# Insurance and Payment FAQ

## How do I get a copy of my medical records?

Ask at the reception desk and bring your ID card. Copies are usually ready the same day. \
Someone collecting records for you needs a signed letter of consent and a copy of your ID.
"""


@pytest.mark.parametrize(
    "question",
    [
        "how do i request copies of my records",
        "where do i request a copy of my medical records",
        "how can i request a copy of my records",
    ],
)
def test_requesting_a_copy_is_answered_by_asking_at_the_desk(
    lexical_store: DocumentStore, question: str
) -> None:
    lexical_store.ingest_texts([("insurance_faq_en.md", _RECORDS_FAQ)], "faq", markdown=True)
    plan = plan_document_step(lexical_store, question, collection="faq", pinned=False)
    assert plan.kind == "extractive" and "reception desk" in plan.answer, plan.answer
