"""Rules found on the thirty-first blind set (a golf driving range's guide, a rehearsal studio).

The examples are our own (a campsite, a boat tour, a gym, a swimming pool, a library, a
bike hire, a climbing gym), not that set's questions. Each test also shows the wrong
answer with its rule off.
"""

from __future__ import annotations

from unittest import mock

from tools.rag.answer import extractive_answer
from tools.rag.lost_items import asks_about_loss, names_no_loss
from tools.rag.models import Passage
from tools.rag.offered_services import misses_offered_service
from tools.rag.sold_items import asks_if_sold, names_no_sale
from tools.rag.weather_kinds import asked_weather, misses_asked_weather
from tools.rag.wh_subject_place import wh_subject_place


def _passage(heading: str, text: str, source: str = "guide.md") -> Passage:
    return Passage(chunk_id=heading[:8], source=source, heading=heading, text=text)


def _answer(question: str, passages: list[Passage]) -> str:
    found = extractive_answer(question, passages, max_sentences=1)
    return found.text if found.covered else ""


# --- a rule for one kind of weather (tools.rag.weather_kinds) -------------------------------


def test_the_kinds_of_weather_a_text_names() -> None:
    assert asked_weather("비 오는 날에도 캠핑장 열어요?") == {"rain"}
    assert asked_weather("눈이 많이 오면 셔틀 운행해요?") == {"snow"}
    assert asked_weather("do the boat tours run in the rain") == {"rain"}
    assert asked_weather("강풍·폭설 특보가 내려지면") == {"wind", "snow"}
    # A cost (관리비) or an eye (눈 검사) is no weather; nor is a shower room.
    assert not asked_weather("관리비 오르면 알려 주세요")
    assert not asked_weather("눈 검사 받으러 가요")
    assert not asked_weather("Is there a shower room?")
    # ...nor the inside of another word: 입장마감 (entry closes) holds 장마 (the rainy season).
    assert not asked_weather("키즈카페 평일 입장마감 몇시에요")
    assert not asked_weather("대설명회 언제 해요?")


def test_a_rule_for_other_weather_does_not_answer() -> None:
    question = "비 오면 캠핑장 예약 취소 돼요?"
    gale = "강풍 주의보가 내려지면 예약을 무료로 취소할 수 있습니다."
    assert misses_asked_weather(question, gale)
    assert misses_asked_weather(question, "예약은 이용일 3일 전까지 취소할 수 있습니다.")
    assert not misses_asked_weather(question, "우천 시에도 예약은 그대로 유지됩니다.")
    assert not misses_asked_weather(question, "악천후로 문을 닫으면 전액 환불합니다.")
    assert not misses_asked_weather("캠핑장 예약 취소 돼요?", "강풍 주의보가 내려지면 취소됩니다.")
    english = "do the boat tours still run if it rains"
    assert misses_asked_weather(english, "Tours are cancelled in high winds.")
    assert not misses_asked_weather(english, "Tours run rain or shine.")
    assert not misses_asked_weather(english, "In bad weather the captain may cancel a tour.")


_CAMPSITE = _passage(
    "캠핑장 운영",
    "캠핑장은 3월부터 11월까지 운영합니다. "
    "강풍이나 폭설 특보가 내려지면 오토캠핑 구역은 닫고 글램핑 구역만 운영합니다.",
    "campsite.md",
)


def test_the_gale_rule_does_not_answer_a_question_about_rain() -> None:
    question = "비 오는 날에도 오토캠핑 구역 운영해요?"
    assert not _answer(question, [_CAMPSITE])
    assert _answer("강풍 불면 오토캠핑 구역 운영해요?", [_CAMPSITE]).startswith("강풍이나 폭설")
    # Rule off: the gale rule passes for the rain's.
    with mock.patch("tools.rag.subject_screens.misses_asked_weather", return_value=False):
        assert _answer(question, [_CAMPSITE])


# --- a lost thing (tools.rag.lost_items) ----------------------------------------------------


def test_a_question_about_a_loss_needs_a_sentence_about_one() -> None:
    assert asks_about_loss("헬스장 사물함 열쇠 분실하면 얼마예요?")
    assert asks_about_loss("what if i lose my library card")
    assert asks_about_loss("my bike was stolen from the rack, what now")
    assert not asks_about_loss("do i lose weight with the pool classes")
    assert not asks_about_loss("사물함 열쇠 보증금 얼마예요?")
    question = "헬스장 사물함 열쇠 분실하면 얼마예요?"
    deposit = "사물함은 월 5,000원이며 열쇠 보증금 5,000원은 반납 시 돌려드립니다."
    assert names_no_loss(question, deposit)
    assert not names_no_loss(question, "열쇠를 분실하면 5,000원을 내셔야 합니다.")
    unreturned = "열쇠를 반납하지 않으면 보증금은 돌려드리지 않습니다."
    assert not names_no_loss(question, unreturned)
    card = "what if i lose my library card"
    assert not names_no_loss(card, "A replacement card costs $2.")
    assert names_no_loss(card, "Return your card to the desk when you move away.")
    # Naming neither a loss nor a return: the sentence before may name the loss.
    follow_on = "같은 책을 구할 수 없으면 정가의 2배를 냅니다."
    assert not names_no_loss("빌린 책 잃어버렸는데 얼마 물어줘야 돼요?", follow_on)


_GYM = _passage(
    "사물함",
    "개인 사물함은 월 5,000원이며 열쇠 보증금 5,000원은 열쇠를 돌려주실 때 환불합니다.",
    "gym.md",
)


def test_a_deposit_sentence_does_not_price_a_lost_key() -> None:
    question = "사물함 열쇠 잃어버리면 얼마 내요?"
    assert not _answer(question, [_GYM])
    assert _answer("사물함 열쇠 보증금 얼마예요?", [_GYM]).startswith("개인 사물함은")
    # Rule off: the returned key's deposit passes for the lost key's price.
    with mock.patch("tools.rag.subject_screens.names_no_loss", return_value=False):
        assert _answer(question, [_GYM]).startswith("개인 사물함은")


# --- "X 팔아요?" (tools.rag.sold_items) ------------------------------------------------------


def test_a_question_whether_a_thing_is_sold_needs_a_sale_or_a_price() -> None:
    assert asks_if_sold("수영장에서 수경 팔아요?")
    assert asks_if_sold("매점에서 수영모도 판매하나요")
    assert asks_if_sold("수경 파나요")
    assert not asks_if_sold("수경 꼭 써야 돼요?")
    assert not asks_if_sold("팔 다쳤는데 수영해도 돼요?")
    # May I sell mine? A permission, not whether they sell (held-out 20's water purifier).
    assert not asks_if_sold("렌탈한 자전거 친구한테 팔아도 되나요?")
    question = "수영장에서 수경 팔아요?"
    assert names_no_sale(question, "수경을 쓰지 않으면 레인에 들어갈 수 없습니다.")
    assert not names_no_sale(question, "수경은 매점에서 판매합니다.")
    assert not names_no_sale(question, "수경 5,000원, 수영모 7,000원")


_POOL = _passage(
    "수영장 이용 수칙",
    "수경을 탈의실 밖으로 가져가거나 다른 레인에 던지는 행위는 금지합니다.",
    "pool.md",
)


def test_a_rule_naming_the_goggles_does_not_say_they_are_sold() -> None:
    question = "수영장에서 수경 따로 팔아요?"
    assert not _answer(question, [_POOL])
    # Rule off: the rule about carrying goggles out answers whether they are sold.
    with mock.patch("tools.rag.subject_screens.names_no_sale", return_value=False):
        assert _answer(question, [_POOL]).startswith("수경을 탈의실")


# --- "do you VERB X?" over a sentence with a pound sign (tools.rag.offered_services) ----------


def test_a_priced_english_row_is_still_read_as_english() -> None:
    # "£" made the sentence non-ASCII, and the screen skipped it as Korean: the bike lock's
    # row answered whether bikes are rented out.
    assert misses_offered_service("do you rent out bikes", "Extra bike lock £5 per day")
    assert not misses_offered_service("do you rent out bikes", "Bikes are rented out at £12 a day")
    assert misses_offered_service("do you rent out bikes", "Extra bike lock $5 per day")


# --- the place a wh-question names as its subject (tools.rag.wh_subject_place) ---------------


def test_the_place_a_wh_question_names_as_its_subject() -> None:
    assert wh_subject_place("what time does the climbing gym close on fridays") == "gym"
    assert wh_subject_place("how much does the pottery studio charge per hour") == "studio"
    assert wh_subject_place("When does the ice rink open?") == "rink"
    assert wh_subject_place("what time do you close") is None
    assert wh_subject_place("how much is the day pass") is None
    assert wh_subject_place("is the gym open on sundays") is None


_CLINIC_HOURS = _passage(
    "Opening hours", "Weekdays: 09:00-18:00. Saturdays: 09:00-13:00.", "clinic.md"
)
_GYM_HOURS = _passage(
    "Opening hours", "Monday to Friday: 6 am to 11 pm. Saturdays: 8 am to 8 pm.", "gym.md"
)
_DOCUMENTS = {
    "clinic.md": "hanbit family clinic. opening hours. weekdays: 09:00-18:00.",
    "gym.md": "boulder barn climbing gym. opening hours. monday to friday: 6 am to 11 pm.",
}


def _cited_first(question: str) -> str:
    found = extractive_answer(
        question,
        [_CLINIC_HOURS, _GYM_HOURS],
        idf=lambda _: 1.0,
        frequency=lambda term: 5,
        document_mentions=lambda p, word: word in _DOCUMENTS[p.source],
    )
    return str(found.citations[0].source) if found.covered and found.citations else ""


def test_a_page_never_naming_the_asked_place_does_not_answer_for_it() -> None:
    question = "what time does the gym open on weekdays"
    assert _cited_first(question) == "gym.md"
    # Rule off: the clinic's weekday hours, which never name a gym, come first.
    with mock.patch("tools.rag.answer_reading.wh_subject_place", return_value=None):
        assert _cited_first(question) == "clinic.md"
