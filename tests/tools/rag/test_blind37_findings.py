"""Rules found on the thirty-seventh blind set (a side-dish subscription, a bicycle workshop).

The examples are our own (a pharmacy's delivery, a saddle shop, a scooter garage, a sofa
collector, a pottery studio, a laptop buyer), not that set's questions. Each test also shows
the wrong reading with its rule off.
"""

from __future__ import annotations

import re
from pathlib import Path
from unittest import mock

import pytest

import agents.documents as documents
from tests.tools.rag.heldout_floor import assert_phrases_written_once, set_holds_test
from tests.tools.rag.known_words_store import holding_all_but, holding_stems
from tests.tools.rag.test_blind36_findings import _answer
from tools.rag import korean_counters
from tools.rag.carried_modifier import item_carried_by_modifier_only
from tools.rag.compared_prices import compared_item_unnamed
from tools.rag.crosslingual import concept_groups
from tools.rag.dense_confirmed import dense_answer, dense_confirmed_answer
from tools.rag.english_venue import named_venue
from tools.rag.korean_counters import aliases_of, counts_with
from tools.rag.models import ExtractiveAnswer, Passage
from tools.rag.question import analyze_question, has_answer_type
from tools.rag.source_places import source_places
from tools.rag.split_topics import passages_naming_every_topic
from tools.rag.textutil import tokenize
from tools.rag.unheld_acts import asks_unheld_act

# --- Korean business days and portions (tools.rag.time_phrases) -------------------------------


@pytest.mark.parametrize(
    ("sentence", "duration"),
    [
        ("발급은 신청 후 3영업일 걸립니다.", True),
        ("수리는 보통 2~4 근무일 안에 끝납니다.", True),
        ("감기약은 5일분을 드립니다.", False),
        ("처방은 2주일분까지 가능합니다.", False),
        ("상담은 1시간 30분 걸립니다.", True),
    ],
)
def test_business_days_are_a_duration_and_a_portion_is_not(sentence: str, duration: bool) -> None:
    assert has_answer_type(sentence, "duration", question="며칠 걸려요?") is duration


_PHARMACY = (
    "약은 한 번에 7일분씩 나눠 보내 드리며, 택배 배송비는 무료입니다. "
    "택배 배송은 결제 후 2영업일 안에 출발합니다."
)


def test_a_delivery_time_in_business_days_is_quoted_not_a_portion() -> None:
    answer = _answer("택배 배송 며칠 걸려요?", _PHARMACY, "약국 > 택배")
    assert "2영업일" in answer
    assert "7일분" not in answer


# --- an item carried by its modifier alone (tools.rag.carried_modifier) -----------------------

_SADDLES = """Fittings are booked for a new date by phone. Rebooking is free when a slot is open."""


def test_a_modifier_in_the_sentence_before_does_not_name_the_priced_item() -> None:
    question = "how much is a new saddle"
    terms = list(analyze_question(question).terms)
    groups = concept_groups(terms)
    before = set(tokenize("Fittings are booked for a new date by phone."))
    sentence = set(tokenize("Rebooking is free when a slot is open."))
    assert item_carried_by_modifier_only(question, terms, groups, sentence, before)
    # The head named before, or any item word in the sentence itself, carries it.
    assert not item_carried_by_modifier_only(question, terms, groups, sentence, {"saddl"} | before)
    assert not item_carried_by_modifier_only(question, terms, groups, {"new"}, before)
    assert not item_carried_by_modifier_only("how much is a saddle", ["saddl"], [], set(), set())
    assert "free" not in _answer(question, _SADDLES, "Saddle shop > Fittings")
    # The free-items screen (tools.rag.free_items_42d) also stops this sentence ("Rebooking
    # is free": a free thing the question never names), and since landing 58 the priced
    # subject screen (tools.rag.cost_owner_en_64z: "Rebooking" is no saddle): three
    # defences, all switched off.
    with (
        mock.patch("tools.rag.answer.item_carried_by_modifier_only", return_value=False),
        mock.patch("tools.rag.answer.frees_only_unasked_things", return_value=False),
        mock.patch("tools.rag.cost_owner_en_64z.USE_PRICED_SUBJECT", False),
    ):
        assert "free" in _answer(question, _SADDLES, "Saddle shop > Fittings")


# --- a same-price question's compared item (tools.rag.compared_prices) ------------------------

_GARAGE = """Service | Scooter | Moped |

Oil change | £30 | £45 |

Trikes are priced as mopeds.
"""


def test_a_same_price_question_is_not_answered_by_a_row_naming_no_compared_item() -> None:
    question = "trike oil change same price as scooter?"
    terms = list(analyze_question(question).terms)
    groups = concept_groups(terms)
    row = set(tokenize("Oil change £30 £45"))
    counts = {"trike": 1, "oil": 2, "change": 4}
    frequency = lambda t: counts.get(t, 0)  # noqa: E731
    assert compared_item_unnamed(question, terms, groups, row, frequency)
    assert not compared_item_unnamed(question, terms, groups, row | {"trike"}, frequency)
    assert not compared_item_unnamed(
        "how much is a trike oil change", terms, groups, row, frequency
    )
    assert "£30" not in _answer(question, _GARAGE, "Garage > Prices")
    with mock.patch("tools.rag.answer.compared_item_unnamed", return_value=False):
        assert "£30" in _answer(question, _GARAGE, "Garage > Prices")


# --- a venue named with words before it (tools.rag.english_venue) -----------------------------


def test_a_venue_named_with_its_words_before_it() -> None:
    assert named_venue("is there parking at the pottery studio") == "studio"
    assert named_venue("any parking at the bike workshop?") == "workshop"
    assert named_venue("is there parking at the phone repair center") == "center"
    assert named_venue("is there parking in the morning") is None
    # Two different places name no one venue.
    assert named_venue("parking at the studio or at the museum") is None
    with mock.patch("tools.rag.english_venue._NAMED_VENUE", re.compile(r"(?!)")):
        assert named_venue("any parking at the bike workshop?") is None


# --- a place after "from" (tools.rag.source_places) --------------------------------------------


def test_a_place_after_from_is_what_the_question_is_about() -> None:
    assert source_places("do you pick up sofas from my flat") == {"flat"}
    assert source_places("can i collect it from the depot?") == set(tokenize("depot"))
    assert source_places("how much is a sofa") == set()
    # A cause read on past two words is no place, nor its first word.
    assert source_places("is damage from wrong wiring covered by the warranty") == set()
    # Who the act comes from is no place: "what do you need from u guys for the refund".
    assert source_places("what do you need from u guys for the refund") == set()
    assert source_places("can i get a quote from them by friday") == set()


def test_dense_path_never_waves_an_unheld_source_place_through() -> None:
    question = "do you pick up sofas from my flat"
    store = holding_stems({"pick", "sofa"}, "searched: the unheld place was waved through")
    asked = analyze_question(question)
    assert dense_confirmed_answer(store, question, "c", asked) is None  # type: ignore[arg-type]
    with (
        mock.patch("tools.rag.dense_confirmed.source_places", return_value=set()),
        pytest.raises(AssertionError, match="waved through"),
    ):
        dense_confirmed_answer(store, question, "c", asked)  # type: ignore[arg-type]


# --- an unheld act asked about (tools.rag.unheld_acts) -----------------------------------------


def test_the_act_a_korean_yes_no_question_asks_about() -> None:
    assert asks_unheld_act("중고 노트북 매입하나요?", {"매입"})
    assert asks_unheld_act("포장 선물하기 가능한가요", {"선물"})
    assert asks_unheld_act("출장 수리 돼요?", {"수리"})
    assert not asks_unheld_act("중고 노트북 매입하나요?", {"중고"})  # not the predicate
    assert not asks_unheld_act("노트북 가격 알려줘", {"가격"})


def test_other_language_answer_never_quoted_for_an_unheld_act() -> None:
    question = "중고 노트북 매입하나요?"
    store = holding_all_but({"매입"})
    quoted = ExtractiveAnswer(text="We repair laptops of every brand. [1]", covered=True)
    asked = analyze_question(question)
    with (
        mock.patch("tools.rag.dense_confirmed.crosslingual_answer", return_value=quoted),
        mock.patch("tools.rag.dense_confirmed.answers_for_another_venue", return_value=False),
        mock.patch("tools.rag.dense_confirmed.dense_confirmed_answer", return_value=None),
    ):
        assert dense_answer(store, question, "c", asked, []) is None  # type: ignore[arg-type]
        with mock.patch("tools.rag.dense_confirmed.asks_unheld_act", return_value=False):
            found = dense_answer(store, question, "c", asked, [])  # type: ignore[arg-type]
    assert found is not None and found[0] is quoted


# --- an age asked in 살, written in 세 (tools.rag.korean_counters) ------------------------------

_KIDS_ROOM = "키즈룸은 만 4세 이상 어린이만 이용할 수 있습니다. 보호자는 밖에서 기다려 주세요."


@pytest.mark.parametrize(
    ("sentence", "age"),
    [
        ("만 5세 이상 이용할 수 있습니다.", True),
        ("다섯 살부터 탈 수 있습니다.", True),
        ("어린이 손이 닿지 않게 두세요.", False),  # a verb, no native number before 세
        ("두세 번 나눠 드세요.", False),
        ("수건은 3세트까지 드립니다.", False),
    ],
)
def test_an_age_in_sal_is_answered_in_se(sentence: str, age: bool) -> None:
    assert counts_with(sentence, aliases_of("살")) is age


def test_only_digits_count_an_age_in_se() -> None:
    # Read after a native number, 세 would count "두세요" (put it) as an age of two.
    with mock.patch.object(korean_counters, "_DIGITS_ONLY", frozenset()):
        assert counts_with("어린이 손이 닿지 않게 두세요.", aliases_of("살"))


def test_an_age_question_quotes_the_age_in_se_and_not_without_the_rule() -> None:
    question = "키즈룸 몇 살부터 들어갈 수 있어요?"
    assert "만 4세" in _answer(question, _KIDS_ROOM, "카페 > 키즈룸")
    with mock.patch.dict("tools.rag.korean_counters.COUNTER_ALIASES"):
        del korean_counters.COUNTER_ALIASES["살"]
        assert "만 4세" not in _answer(question, _KIDS_ROOM, "카페 > 키즈룸")


# --- a phone number is the contact line's 전화 (tools/rag/vocabulary.tsv) -------------------------

_CONTACTS = "- 전화: 051-000-1234 (평일 10:00–16:00)\n- 이메일: help@studio.example"


def test_a_phone_number_question_finds_the_phone_line() -> None:
    assert "전화" in concept_groups(["전화번호"])[0]
    assert "051-000-1234" in _answer("고객센터 전화번호 뭐에요", _CONTACTS, "공방 > 고객센터")


# --- the topics asked are read from every retrieved document (agents.documents) ----------------

_TOPIC_DOCS = {
    "bakery.md": "Opening hours: Wednesday to Sunday 8:00-15:00.",
    "library.md": "Opening hours: weekdays 9:00-20:00. Closed on public holidays.",
}


def _mentions(passage: Passage, word: str) -> bool:
    return word in set(tokenize(_TOPIC_DOCS[passage.source]))


def test_an_owner_s_passages_must_name_the_topics_another_document_names() -> None:
    bakery = Passage(chunk_id="b", source="bakery.md", text=_TOPIC_DOCS["bakery.md"])
    library = Passage(chunk_id="l", source="library.md", text=_TOPIC_DOCS["library.md"])
    topics = list(analyze_question("holiday opening hours for the bakery?").topic_terms)
    owned_only = documents._owned_naming_every_topic
    # The bakery's page never names a holiday, which the library's does: nothing to read.
    assert owned_only(topics, [bakery], [library, bakery], _mentions) == []
    # Read over the owner's passages alone (the rule off), the holiday is no topic at all.
    assert passages_naming_every_topic(topics, [bakery], _mentions) == [bakery]
    plain = list(analyze_question("opening hours for the bakery?").topic_terms)
    assert owned_only(plain, [bakery], [library, bakery], _mentions) == [bakery]


# --- the set itself ----------------------------------------------------------------------------

_SET = Path(__file__).resolve().parents[3] / "bench" / "docqa_heldout37"
# Measured with `python -m bench.docqa --json --devset bench/docqa_heldout37/questions.json
# --docs (its two documents)`: main 3e8dee2e 26 of 45 right, 6 wrong, 16 of 20 declined;
# with these rules 28 right (recall 0.62), 0 wrong, 20 of 20 declined.
_RECALL_FLOOR = 0.6


def test_every_expected_phrase_is_written_once_in_its_document() -> None:
    assert_phrases_written_once(_SET, min_questions=60, min_unanswerable=20)


test_the_set_gives_no_wrong_answer_and_keeps_its_counts = set_holds_test(
    "docqa_heldout37", recall_floor=_RECALL_FLOOR, min_questions=60, min_unanswerable=20
)
