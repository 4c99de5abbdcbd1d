"""Rules found on the fiftieth blind set (a Korean mill guide, an English lost property office).

Each form is tested on wordings unlike the set's (other verbs, word order, casual spellings,
the other language where it makes sense) and on near misses that must not be read. Each
test fails with its rule switched off (checked by hand when the rules were written: the
rule's function made to return False, or its pattern line removed).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tools.rag.heldout_floor import assert_phrases_written_once, heldout_set_test
from tools.rag.answer_types import answer_type
from tools.rag.document_self_lines_54t import describes_its_document
from tools.rag.item_exception_59h import excepted_item_elsewhere
from tools.rag.needed_thing_54x import misses_purpose_of_need, misses_stated_need
from tools.rag.prices import states_price
from tools.rag.scene_words import story_terms
from tools.rag.sibling_places import names_sibling_instead, sibling_sets
from tools.rag.textutil import english_tokens, tokenize

_SET = Path(__file__).resolve().parents[3] / "bench" / "docqa_heldout50"


# --- a line saying whom the document is for (document_self_lines_54t) -----------------------
# "left my pills on the metro" was answered "This guide is for passengers who have lost
# something on a Greyhaven Metro train, tram or station."


@pytest.mark.parametrize(
    "sentence",
    [
        "This guide is for passengers who have lost something on a train.",
        "This page is meant for visitors who booked a tour.",
        "These notes are for parents of new pupils.",
        "This leaflet is intended for first-time donors.",
        "This handbook is aimed at new volunteers.",
        "이 안내문은 처음 오시는 분들을 대상으로 합니다.",
    ],
)
def test_a_line_naming_the_documents_readers_answers_nothing(sentence: str) -> None:
    assert describes_its_document("lost my wallet on the bus, do you have it", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "This ticket is for one adult only.",
        "This is for groups of ten or more.",
        "These prices are for adults.",
        "This guide is updated every spring.",
    ],
)
def test_a_rule_for_some_people_is_no_line_about_the_document(sentence: str) -> None:
    assert not describes_its_document("is there a group rate", sentence)


# --- a charge waived is a nil price (prices.WAIVED_CHARGE) ------------------------------------
# "my son lost his school bag, do i have to pay the handling fee?" was answered with the
# cash rule's "£5", passing over "The fee is waived for children's school bags".


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("do i have to pay the fee for my kid's bag?", "The fee is waived for school bags."),
        ("is there a charge for members", "We waive the booking fee for members."),
        ("whats the fee on my birthday", "Fees are waived on your birthday."),
        ("any charge if the manager agrees?", "The charge can be waived by the manager."),
        ("수수료 내야 돼요?", "어린이 가방은 수수료가 면제됩니다."),
        ("아이 입장료 얼마에요", "초등학생 이하는 입장료를 받지 않습니다."),
        ("주차비 있어요? 얼마", "주차비는 받지 않아요."),
    ],
)
def test_a_waived_charge_states_the_price(question: str, sentence: str) -> None:
    assert states_price(sentence, question)


@pytest.mark.parametrize(
    "sentence",
    [
        "Late fees are not waived.",
        "Sign the waiver form before riding.",
        "재료를 받지 않습니다.",
        "보호자는 받지 않습니다.",
    ],
)
def test_no_waiver_of_a_charge_states_no_price(sentence: str) -> None:
    assert not states_price(sentence, "how much is the fee")


# --- how long a thing keeps asks a duration (answer_types.KEEPS_FOR) -------------------------
# "들기름 짜고나서 얼마나 두고먹어도 돼요" was answered with the pressing fee row (an amount).


@pytest.mark.parametrize(
    "question",
    [
        "들기름 짜고나서 얼마나 두고먹어도 돼요",
        "가래떡 얼려두면 얼마나 가요",
        "김치 냉장고에서 얼마나 보관돼요?",
        "개봉하고 얼마나 써도 돼요",
        "참기름 짜면 얼마나 둬도 괜찮아요",
        "배터리 한번 충전하면 얼마나가?",
    ],
)
def test_how_long_a_thing_keeps_asks_a_duration(question: str) -> None:
    assert answer_type(question) == "duration"


@pytest.mark.parametrize(
    "question", ["깨 얼마나 가져가야 돼요", "택배비 얼마나 드려야 돼요", "이불 얼마나 두꺼워요"]
)
def test_how_much_to_take_or_pay_is_still_an_amount(question: str) -> None:
    assert answer_type(question) == "amount"


# --- two-word table headers are siblings (sibling_places) --------------------------------------
# "is the phone line closed on the last wednesday of the month too" was answered with the
# counter's stocktaking closure; the hours table heads its columns "Counter | Phone line".

_HOURS = """## Opening hours

| Day | Counter | Phone line |
|---|---|---|
| Monday-Friday | 08:00-19:00 | 09:00-17:00 |
"""


@pytest.mark.parametrize(
    "question",
    [
        "is the phone line closed on the last wednesday of the month too",
        "phoneline shut on stocktaking day as well?",
        "does the phone-line close on the last wednesday",
    ],
)
def test_the_counters_line_does_not_answer_for_the_phone_line(question: str) -> None:
    sentence = "The counter is closed for stocktaking on the last Wednesday of every month."
    assert names_sibling_instead(question, sentence, sibling_sets(_HOURS))


def test_the_asked_columns_own_line_still_answers() -> None:
    sets = sibling_sets(_HOURS)
    sentence = "The counter is closed for stocktaking on the last Wednesday of every month."
    assert not names_sibling_instead("is the counter closed on wednesday", sentence, sets)
    assert not names_sibling_instead(
        "is the phone line open on saturday", "The phone line is closed on Saturdays.", sets
    )


# --- a rule the asked item is excepted from (item_exception_59h) -------------------------------
# "can my brother collect my laptop for me" was answered "A friend can collect for you if
# they bring a note signed by you …"; the next sentence releases laptops only to the owner.

_COLLECTING = (
    "A friend can collect for you if they bring a note signed by you. "
    "Phones, laptops and tablets are released only to the owner."
)
_ANY_COLLECTOR = "Anyone with your note can collect for you."
_PADS = "Anyone with your note can collect for you. iPads go only to their owner."


_FRIEND = "A friend can collect for you if they bring a note signed by you."


@pytest.mark.parametrize(
    ("question", "sentence", "section"),
    [
        ("can my brother collect my laptop for me", _FRIEND, _COLLECTING),
        ("is it ok if my sister collects my tablet", _FRIEND, _COLLECTING),
        ("could my flatmate collect the phone for me?", _FRIEND, _COLLECTING),
        ("my dad wants to collect my ipad, can he", _ANY_COLLECTOR, _PADS),
    ],
)
def test_a_general_rule_does_not_answer_for_an_excepted_item(
    question: str, sentence: str, section: str
) -> None:
    assert excepted_item_elsewhere(question, sentence, section)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # The item is named nowhere else in the section: the general rule stands.
        (
            "can my mum pick up my jacket",
            "A friend can collect for you if they bring a note signed by you.",
        ),
        # The sentence names the item itself.
        (
            "can my brother collect my laptop",
            "Phones, laptops and tablets are released only to the owner.",
        ),
    ],
)
def test_a_rule_with_no_exception_for_the_item_still_answers(question: str, sentence: str) -> None:
    assert not excepted_item_elsewhere(question, sentence, _COLLECTING)


def test_a_sentence_sharing_no_act_is_no_general_rule() -> None:
    # Held-out set 42: an hours row for "what time do u close", while "We are closed on
    # Mondays, except …" names close: the row is no rule the question's act falls under.
    section = "| Tuesday-Sunday | 09:00-17:00 |\nWe are closed on Mondays, except bank holidays."
    assert not excepted_item_elsewhere(
        "what time do u close", "| Tuesday-Sunday | 09:00-17:00 |", section
    )


def test_a_sentence_naming_an_asked_word_is_left_to_the_other_checks() -> None:
    # Held-out set 43: "색안경과 모자는 쓸 수 없고, 일반 안경은 …" answers for glasses,
    # though "여권사진은 … 가려지면 안 됩니다" names the photo it lacks.
    section = "여권사진은 얼굴이 가려지면 안 됩니다. 일반 안경은 쓸 수 있습니다."
    assert not excepted_item_elsewhere(
        "여권사진 안경 쓰고 찍어도 돼요?", "일반 안경은 쓸 수 있습니다.", section
    )


# Held-out sets 43 and 46 (lost59): a sentence under a heading naming an asked thing is on
# that thing, though the section's other rules restrict it ("무료로 다시 찍어 드립니다" under
# "여권사진 규정"; "당일에는 술 … 피하세요" under "헌혈 전과 후에 지켜 주세요").
@pytest.mark.parametrize(
    ("question", "sentence", "section", "heading"),
    [
        # A retake after a rejected photo: the follow-on sentence says it.
        (
            "비자 사진 반려됐는데 다시 찍어줘요?",
            "무료로 다시 찍어 드립니다.",
            "비자사진은 흰 배경에 찍으며 모자는 쓰면 안 됩니다. "
            "사진 때문에 비자가 반려되면 영수증을 가져오세요. 무료로 다시 찍어 드립니다.",
            "비자사진 규정",
        ),
        (
            "여권사진 퇴짜맞음 재촬영 다시 찍어주시나여",
            "영수증을 가져오시면 다시 찍어 드립니다.",
            "여권사진은 모자를 쓰면 안 됩니다. 영수증을 가져오시면 다시 찍어 드립니다.",
            "여권사진 안내",
        ),
        # Drinking after giving blood: the after-care line under a heading on giving blood.
        (
            "헌혈 끝나고 술 한잔 해도 되나요",
            "당일에는 술과 사우나를 피하세요.",
            "빈속에는 헌혈할 수 없습니다. 당일에는 술과 사우나를 피하세요.",
            "헌혈 전후 주의사항",
        ),
        (
            "헌혈후에 술먹어도 괜찮아요?",
            "그날은 술을 드시지 마세요.",
            "감기약을 먹은 날은 헌혈할 수 없습니다. 그날은 술을 드시지 마세요.",
            "헌혈 뒤 지킬 일",
        ),
    ],
)
def test_a_sentence_under_a_heading_naming_the_asked_thing_is_on_it(
    question: str, sentence: str, section: str, heading: str
) -> None:
    assert not excepted_item_elsewhere(question, sentence, section, heading)


def test_a_heading_not_naming_the_item_leaves_the_exception() -> None:
    # Near miss: the heading names the act, not the laptop the section excepts.
    assert excepted_item_elsewhere(
        "can my brother collect my laptop for me", _FRIEND, _COLLECTING, "Collecting for someone"
    )


def test_a_plain_negation_elsewhere_is_no_exception() -> None:
    section = "Laptops are kept for 60 days. We do not search the store while you wait."
    assert not excepted_item_elsewhere(
        "how long do you keep a laptop and do you search", "We do not search the store.", section
    )


# --- the asker's thing, pointed back at, is the topic (scene_words.story_terms) ---------------
# "left my pills on the metro, do you have them": pills (named in no document) were
# excused as the story's scene, and the office's e-mail line answered.


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("left my pills on the metro, do you have them", "pills"),
        ("forgot my scarf on the tram. is it there?", "scarf"),
        ("dropped our gloves at the station, do you keep those?", "gloves"),
        ("lost my earbuds on the bus, have you got them?", "earbuds"),
        ("my son left his retainer on the train, can we get it back", "retainer"),
    ],
)
def test_a_thing_the_question_points_back_at_is_no_scenery(question: str, thing: str) -> None:
    assert not set(english_tokens(thing)) & story_terms(question)


def test_a_story_with_no_pointing_back_is_still_scenery() -> None:
    # "whats the deadline": the claim's story sets the scene, the deadline is asked.
    assert set(english_tokens("claim")) <= story_terms(
        "my boss says i sent my claim too late. whats the deadline anyway?"
    )


# --- needed for which act (needed_thing_54x.misses_purpose_of_need) ---------------------------
# "do i need to unlock my phone to report it lost" was answered with the rule for
# collecting ("the owner … must unlock the device at the counter"), then with the report
# line, which says nothing of unlocking.

_UNLOCK_AT_COLLECTION = "Phones are released only to the owner, who must unlock the device."


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("do i need to unlock my phone to report it lost", _UNLOCK_AT_COLLECTION),
        ("do i need to unlock my phone to report it lost", "Report a loss on the website."),
        ("do we have to bring the receipt in order to renew", "Bring the receipt to collect."),
        ("does he need to sign a form to join", "Sign the form when you collect your card."),
        ("분실 신고하려면 폰 잠금 풀어야 돼요?", "휴대폰은 찾으러 오실 때 잠금을 풀어야 합니다."),
        ("환불받으려면 영수증 있어야 돼요?", "교환할 때는 영수증을 가져오세요."),
    ],
)
def test_a_need_for_another_act_is_no_answer(question: str, sentence: str) -> None:
    assert misses_purpose_of_need(question, set(tokenize(sentence)))


def test_the_answer_check_holds_a_need_to_its_act() -> None:
    # The candidate screen in tools.rag.answer reads the rule through misses_stated_need.
    question = "do i need to unlock my phone to report it lost"
    tokens = set(tokenize(_UNLOCK_AT_COLLECTION))
    assert misses_stated_need(question, _UNLOCK_AT_COLLECTION, tokens)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        (
            "do i need to unlock my phone to collect it",
            "The owner must unlock the phone to collect it.",
        ),
        ("do I have to show ID to collect my bag", "To collect an item, bring photo ID."),
        ("분실물 찾으려면 신분증 있어야 돼요?", "분실물을 찾으실 때 신분증을 가져오세요."),
        ("do i need to book", "Booking is required."),
        # Held-out set 46: "be" names no act the sentence must name.
        ("how old do you have to be to volunteer", "Volunteers must be 16 or over."),
    ],
)
def test_a_need_for_the_asked_act_still_answers(question: str, sentence: str) -> None:
    assert not misses_purpose_of_need(question, set(tokenize(sentence)))


# --- the set itself ------------------------------------------------------------------------


def test_every_expected_phrase_is_written_once_in_its_document() -> None:
    assert_phrases_written_once(_SET, min_questions=80, min_unanswerable=14)


# First blind run (main 67f8c7a2): 21 of 69 right, 7 wrong, 12 of 14 declined; with these
# rules 22 right, 0 wrong, 14 of 14 declined. A wrong answer fails the test.
test_the_set_gives_no_wrong_answer_and_keeps_its_counts = heldout_set_test(
    "docqa_heldout50", declined_right=14, right_floor=22
)
