"""Rules of brief docfaq54: the user's own documents before the sample FAQ, and more.

The examples are our own (a bowling alley, a climbing gym, a laundry, a bike shop), not
the case files' questions. Each rule's test fails with the rule switched off.
"""

from __future__ import annotations

from typing import Any

import pytest

import graphs.faq_own_documents_54f as own_first_module
from agents.documents import DocPlan
from core.types import Citation
from graphs.faq_own_documents_54f import faq_yields_to_own_document
from graphs.pronoun_document_followup_54f import asks_the_documents_anew
from tools.faq import FaqBook
from tools.faq_chat_ko_54f import spell_out_korean_chat
from tools.followup_quoted_tariff_54f import charge_at_quoted_tariff
from tools.rag.best_match_passed_54f import quotes_past_best_match
from tools.rag.models import ExtractiveAnswer, Passage
from tools.rag.phone_number_word_54f import phone_number_words
from tools.rag.place_kinds_54f import names_a_place_kind
from tools.rag.unit_clips_54f import with_units_spelled

# --- the user's own document before the sample FAQ (graphs.faq_own_documents_54f) -------


class _Listed:
    def __init__(self, source: str) -> None:
        self.source = source


class _Docs:
    """A store stand-in: the workspace lists the user's own documents."""

    def __init__(self, own: list[str]) -> None:
        self.own = own

    def list_documents(self, collection: str) -> list[_Listed]:
        return [_Listed(s) for s in self.own]


_FAQ = FaqBook.load("data/faq.yaml")
_BOWLING = "uploads/bowling_alley_en.md"


def _plan(answer: str, sources: list[str]) -> DocPlan:
    citations = [{"id": i, "source": s} for i, s in enumerate(sources, start=1)]
    return DocPlan(kind="extractive", answer=answer, citations=citations)


def _with_plan(monkeypatch: pytest.MonkeyPatch, plan: DocPlan) -> None:
    def planned(*_: Any, **__: Any) -> DocPlan:
        return plan

    monkeypatch.setattr(own_first_module, "plan_document_step", planned)


_OWN_PARKING = _plan(
    "Bowlers park free in the car park behind the building on Dock Road. [1] "
    "Patients get one hour of free parking in the basement garage. [2]",
    [_BOWLING, "data/samples/visitor_info_en.md"],
)


@pytest.mark.parametrize("question", ["where can i park", "Where do I park my car?"])
def test_a_question_naming_no_place_goes_to_the_users_document(
    monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    _with_plan(monkeypatch, _OWN_PARKING)
    docs = _Docs([_BOWLING])
    assert _FAQ.lookup(question) is not None  # the clinic's curated parking entry matches
    assert faq_yields_to_own_document(_FAQ, docs, question, "w", first=True)


def test_the_faq_stays_without_own_documents_or_when_a_place_is_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _with_plan(monkeypatch, _OWN_PARKING)
    assert not faq_yields_to_own_document(_FAQ, _Docs([]), "where can i park", "w", first=True)
    docs = _Docs([_BOWLING])
    # A follow-up is its thread's; a named clinic is the sample's own question.
    assert not faq_yields_to_own_document(_FAQ, docs, "where can i park", "w", first=False)
    assert not faq_yields_to_own_document(
        _FAQ, docs, "where can i park at the clinic", "w", first=True
    )
    assert names_a_place_kind("What are the clinic hours?")
    assert not names_a_place_kind("what time do you close")


def test_the_faq_stays_when_the_samples_answer_first(monkeypatch: pytest.MonkeyPatch) -> None:
    samples_first = _plan(
        "Patients get one hour of free parking in the basement garage. [1] "
        "Free parking for bowlers is behind the building on Dock Road. [2]",
        ["data/samples/visitor_info_en.md", _BOWLING],
    )
    _with_plan(monkeypatch, samples_first)
    docs = _Docs([_BOWLING])
    assert not faq_yields_to_own_document(_FAQ, docs, "where can i park", "w", first=True)


def test_the_faq_stays_when_the_own_sentence_misses_a_topic(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # An expense policy's car sentence answers no question about a car park.
    _with_plan(monkeypatch, _plan("Using your own car is paid at 30p a mile. [1]", [_BOWLING]))
    docs = _Docs([_BOWLING])
    assert not faq_yields_to_own_document(_FAQ, docs, "do you have a car park", "w", first=True)


# --- an answer quoted past the best match, in the other language (best_match_passed_54f) ---

_GYM = Passage(
    chunk_id="g1",
    source="uploads/climbing_gym_en.md",
    heading="Concessions",
    text="Students with a valid card climb at the junior price.",
)
_LAUNDRY = Passage(
    chunk_id="l1",
    source="uploads/laundry_ko.md",
    heading="할인",
    text="대학생은 학생증을 보여 주면 세탁비 10% 할인을 받습니다.",
)


def _quoting(passage: Passage) -> ExtractiveAnswer:
    cited = Citation(id=1, source=passage.source, text=passage.text, chunk_id=passage.chunk_id)
    return ExtractiveAnswer(text=f"{passage.text} [1]", citations=(cited,), covered=True)


@pytest.mark.parametrize("question", ["any student discount?", "are students cheaper"])
def test_another_languages_place_is_not_quoted_past_the_best_match(question: str) -> None:
    assert quotes_past_best_match(question, _quoting(_LAUNDRY), [_GYM, _LAUNDRY])


def test_a_cross_lingual_quote_stays_when_it_is_the_best_match_or_a_place_is_named() -> None:
    assert not quotes_past_best_match("any student discount?", _quoting(_LAUNDRY), [_LAUNDRY])
    assert not quotes_past_best_match("any student discount?", _quoting(_GYM), [_GYM, _LAUNDRY])
    # "at the laundry" names its place: the usual cross-lingual question.
    named = "any student discount at the laundry?"
    assert not quotes_past_best_match(named, _quoting(_LAUNDRY), [_GYM, _LAUNDRY])
    # The other direction: a Korean question past the Korean best match.
    assert quotes_past_best_match("학생 할인 돼요?", _quoting(_GYM), [_LAUNDRY, _GYM])


# --- a clipped unit after a number (tools.rag.unit_clips_54f) ---------------------------


@pytest.mark.parametrize(
    ("question", "spelled"),
    [
        ("how much is 90 mins", "how much is 90 minutes"),
        ("price for 2hrs?", "price for 2 hours?"),
        ("is 1 hr enough", "is 1 hour enough"),
        ("30 secs left", "30 seconds left"),
        ("min age?", "min age?"),
    ],
)
def test_a_clipped_unit_after_a_number_is_spelled(question: str, spelled: str) -> None:
    assert with_units_spelled(question) == spelled


# --- Korean chat shorthand for the FAQ (tools.faq_chat_ko_54f) ---------------------------


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("처방전 잃어버렸는데 어케함", "prescription-reissue-ko"),
        ("처방전 분실했어요 어캄?", "prescription-reissue-ko"),
        ("예약 취소 어케함", "reschedule-ko"),
        ("스위치 야드는 뭐하는 앱임", "what-is-switchyard-ko"),
    ],
)
def test_korean_chat_shorthand_meets_its_entry(question: str, entry: str) -> None:
    hit = _FAQ.lookup(question)
    assert hit is not None and hit.entry.id == entry


def test_korean_chat_shorthand_is_spelled_only_where_it_ends_a_clause() -> None:
    assert spell_out_korean_chat("이거 어캄") == "이거 어떡해요"
    assert spell_out_korean_chat("어케 가요?") == "어케 가요?"
    assert spell_out_korean_chat("스위치야드 설치") == "Switchyard 설치"


# --- the number of a phone number asked (tools.rag.phone_number_word_54f) ----------------


@pytest.mark.parametrize("question", ["whats the phone number", "전화번호 뭐예요?"])
def test_the_number_of_a_phone_number_asked_frames_the_question(question: str) -> None:
    terms = ["phone", "number", "전화", "번호"]
    held = ["- Tel: 0161 555 0199 (weekdays)", "- 전화: 031-555-0142"]
    assert phone_number_words(question, terms, held) & {"number", "번호"}
    # No line holds a phone number: "number" stays a word the documents must hold.
    assert not phone_number_words(question, terms, ["Call us during opening hours."])
    # Whether calling is possible is no number asked.
    assert not phone_number_words("can i book by phone", terms, held)


# --- a stay priced at a tariff an earlier answer quoted (tools.followup_quoted_tariff_54f) --

_KO_TARIFF = "볼링장 주차는 2시간이 지나면 30분마다 1,000원입니다. [1]"
_EN_TARIFF = "Bays are free for the first hour. After 1 hour, 500 won for every 15 minutes. [1]"


@pytest.mark.parametrize(
    ("turn", "answer", "charge"),
    [
        ("그럼 3시간 있으면 얼마예요?", _KO_TARIFF, "2,000원"),
        ("2시간 반 세우면 얼마 내요", _KO_TARIFF, "1,000원"),
        ("how much if we stay 2 hours", _EN_TARIFF, "2,000 won"),
        ("and for an hour and a half, how much?", _EN_TARIFF, "1,000 won"),
    ],
)
def test_a_stay_is_priced_at_the_quoted_tariff(turn: str, answer: str, charge: str) -> None:
    priced = charge_at_quoted_tariff(turn, ["다른 답입니다.", answer])
    assert priced is not None and priced.result.answer.startswith(charge)
    assert "마다" in priced.result.answer or "every" in priced.result.answer  # the tariff quoted


@pytest.mark.parametrize(
    ("turn", "answer"),
    [
        ("3시간 15분 있으면 얼마예요?", _KO_TARIFF),  # a part of a 30-minute step
        ("1시간 있으면 얼마예요?", _KO_TARIFF),  # within the threshold: free is not stated
        ("3시간에 5천원이면 얼마?", _KO_TARIFF),  # the turn's own money
        ("3시간 세워도 돼요?", _KO_TARIFF),  # no amount asked
        ("3시간 있으면 얼마예요?", "주차는 2시간 무료입니다. [1]"),  # no tariff quoted
        (
            "3시간 있으면 얼마예요?",
            "2시간이 지나면 30분마다 1,000원, 야간에는 1시간이 지나면 10분마다 500원입니다. [1]",
        ),  # two tariffs
    ],
)
def test_no_charge_is_computed_where_the_tariff_leaves_it_open(turn: str, answer: str) -> None:
    assert charge_at_quoted_tariff(turn, [answer]) is None


# --- a pronoun follow-up asking the documents anew (graphs.pronoun_document_followup_54f) --

_QUOTED_LEAVE = "육아휴직은 자녀 1명당 최대 1년까지 쓸 수 있습니다. [1]"


@pytest.mark.parametrize(
    "turn", ["그거 신청하려면 서류 뭐 내야돼요?", "그건 누가 승인해요?", "do they need a form"]
)
def test_a_pronoun_follow_up_with_its_own_topic_asks_the_documents(turn: str) -> None:
    assert asks_the_documents_anew(turn, _QUOTED_LEAVE)


@pytest.mark.parametrize("turn", ["그거 반으로 나누면?", "그거 달러로 하면?", "그거 2배면?"])
def test_a_pronoun_follow_up_working_on_the_answer_stays_with_it(turn: str) -> None:
    assert not asks_the_documents_anew(turn, _QUOTED_LEAVE)


def test_a_pronoun_follow_up_after_an_uncited_answer_stays_with_it() -> None:
    assert not asks_the_documents_anew("그건 누가 승인해요?", "계산 결과는 12입니다.")
