"""FAQ questions asked in other words (tools.faq_match through FaqBook.lookup)."""

from __future__ import annotations

import pytest

from tools.faq import DEFAULT_FAQ_PATH, FaqBook, FaqEntry


@pytest.fixture(scope="module")
def book() -> FaqBook:
    return FaqBook.load(DEFAULT_FAQ_PATH)


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("차 가져가도 주차 되나요?", "parking-ko"),  # 차 is the head of 주차; 가져가 a verb
        ("처방전 분실했는데 어떡하죠?", "prescription-reissue-ko"),  # 분실 = 잃어버리
        ("대표번호가 뭐예요?", "phone-ko"),  # 번호 heads 전화번호; 대표 is in the answer
        ("Can I park my car at the clinic?", "parking-en"),  # car in the answer, clinic generic
        ("Where exactly is the clinic located?", "directions-en"),  # an -ly adverb is no topic
        ("병원 주소 좀 알려 주세요", "directions-ko"),
        ("처방전 잃어버렸는데 다시 받을 수 있나요", "prescription-reissue-ko"),
        ("Is parking free?", "parking-en"),
        ("약국 위치가 어디예요?", "pharmacy-ko"),
        # The entry lists 영업시간 among its wordings, so the compound's modifier is its own.
        ("약국 영업시간이 어떻게 돼요?", "pharmacy-hours-ko"),
        # A floor asked (몇 층) is a place the entry's answer states ("1층"); the entry cites
        # directions.md, which states it, as the document answer would.
        ("약국은 몇 층에 있어요?", "pharmacy-ko"),
    ],
)
def test_paraphrases_hit_their_entry(book: FaqBook, text: str, entry_id: str) -> None:
    hit = book.lookup(text)
    assert hit is not None and (hit.entry.id, hit.match) == (entry_id, "paraphrase"), hit
    assert hit.score == 0.8 and hit.matched_text.startswith("content words ")


@pytest.mark.parametrize(
    "text",
    [
        # Near the FAQ's topics, but not its questions: a noun the entry never uses.
        "주차 위반 과태료는 얼마예요?",
        "주차장 높이 제한이 있나요?",
        "주차 요금 카드 결제 되나요?",
        "응급실 전화번호가 뭐예요?",
        "대표 원장님 성함이 뭐예요?",
        "처방전 유효기간이 며칠이에요?",
        "처방전 발급 비용이 얼마예요?",
        "진료비는 얼마예요?",  # 진료비 is a fee, not a kind of 진료
        "약국 전화번호 알려주세요",
        "약국에서 파는 영양제 추천해 주세요",
        "주소 변경하고 싶어요",
        "Can I bring my dog to the clinic?",
        "What is the clinic's fax number?",
        "What is the phone number of the pharmacy?",
        "Can I park at the pharmacy overnight?",
        "How do I get a copy of my medical records?",
        # The entry's topic word, without what its question asks (다시, 바꾸).
        "처방전 어디서 받아요?",
        "전화 예약 몇 시부터 받아요?",
        # Excluding or negating the entry's content asks something else.
        "예약 없이 가도 되나요?",
        "대표번호 말고 원장님 휴대폰 번호 알려주세요",
        "처방전 없이 살 수 있는 감기약이 뭐예요?",
        # Stating a figure, or asking for an amount, a duration or a count, is narrower:
        # the documents give and cite it.
        "1시간이 지나면 주차 요금은 얼마예요?",
        "주차 몇 시간 무료예요?",
        # A compound whose head the entry uses but not its modifier is narrower:
        # the pharmacy entry speaks of its 운영 시간, never of a 점심시간.
        "토요일에 약국 점심시간 있어요?",
        "약국 점심시간 있어요?",
        # A word its answer only mentions in passing.
        "신분증 가져가야 하나요?",
        "오늘 날씨 어때요?",
    ],
)
def test_related_but_different_questions_miss(book: FaqBook, text: str) -> None:
    assert book.lookup(text) is None


def test_two_entries_that_both_account_for_a_question_give_none() -> None:
    # Unrelated entries around them, so 주차 is not a word most entries share.
    others = [
        FaqEntry(id=f"other-{i}", question=f"{topic} 있나요?", answer=f"{topic} 안내입니다.")
        for i, topic in enumerate(
            ("엘리베이터", "와이파이", "자판기", "수유실", "휠체어", "금연구역")
        )
    ]
    first = FaqEntry(id="a", question="주차할 수 있나요?", answer="지하 주차장이 있습니다.")
    second = FaqEntry(id="b", question="주차 가능한가요?", answer="건물 뒤 주차장이 있습니다.")
    question = "차 가져가도 주차 되나요?"
    assert FaqBook([first, second, *others]).lookup(question) is None
    hit = FaqBook([first, *others]).lookup(question)
    assert hit is not None and hit.entry.id == "a"


def test_a_narrower_compound_needs_its_modifier_in_the_entry() -> None:
    # 점심시간 ends in the entry's 시간; only an entry that also speaks of 점심 answers it.
    others = [
        FaqEntry(id=f"other-{i}", question=f"{topic} 있나요?", answer=f"{topic} 안내입니다.")
        for i, topic in enumerate(("엘리베이터", "와이파이", "자판기", "수유실", "휠체어"))
    ]
    question = "점심시간 있어요?"
    silent = FaqEntry(id="a", question="시간이 어떻게 되나요?", answer="평일 9시부터 엽니다.")
    assert FaqBook([silent, *others]).lookup(question) is None
    told = FaqEntry(
        id="b", question="시간이 어떻게 되나요?", answer="평일 9시부터 열고 점심에도 엽니다."
    )
    hit = FaqBook([told, *others]).lookup(question)
    assert hit is not None and (hit.entry.id, hit.match) == ("b", "paraphrase"), hit


def _small_book(*entries: FaqEntry) -> FaqBook:
    # Unrelated entries around the ones tested, so no tested word is one most entries share.
    others = [
        FaqEntry(id=f"other-{i}", question=f"{topic} 있나요?", answer=f"{topic} 안내입니다.")
        for i, topic in enumerate(
            ("엘리베이터", "와이파이", "자판기", "수유실", "휠체어", "금연구역")
        )
    ]
    return FaqBook([*entries, *others])


def _hit_id(book: FaqBook, text: str) -> str | None:
    hit = book.lookup(text)
    return hit.entry.id if hit is not None else None


def test_saying_one_cannot_come_asks_to_cancel() -> None:
    book = _small_book(
        FaqEntry(
            id="cancel",
            question="수업 취소는 어떻게 해요?",
            answer="하루 전까지 문자로 알려 주세요.",
        )
    )
    assert _hit_id(book, "수업 못 올 것 같은데 어떡해요?") == "cancel"
    # Only not coming reads as cancelling; any other negation still asks something else.
    assert _hit_id(book, "수업 취소 안 되나요?") is None
    assert _hit_id(book, "수업에 늦을 것 같은데 기다려 주나요?") is None


def test_a_time_or_floor_asked_is_answered_only_by_an_entry_that_states_one() -> None:
    hours = FaqEntry(
        id="gym-hours",
        question="헬스장 운영 시간 알려주세요",
        answer="헬스장은 06:00–23:00에 엽니다.",
    )
    place = FaqEntry(
        id="gym-where", question="헬스장은 어디에 있나요?", answer="본관 지하 2층에 있습니다."
    )
    book = _small_book(hours, place)
    # 몇 시까지 asks a time: the entry's 운영 시간 is what it asks; 밤 is the time asked about.
    assert _hit_id(book, "헬스장 밤 몇 시까지 해요?") == "gym-hours"
    # 몇 층 asks a place that only a stated floor answers.
    assert _hit_id(book, "헬스장 몇 층이에요?") == "gym-where"
    no_floor = FaqEntry(
        id="gym-near", question="헬스장은 어디에 있나요?", answer="본관 옆 건물입니다."
    )
    assert _hit_id(_small_book(hours, no_floor), "헬스장 몇 층이에요?") is None
    # An amount or a count is left to the documents, which state and cite it.
    assert _hit_id(book, "헬스장 이용료 얼마예요?") is None


def test_a_wordings_question_word_is_part_of_it() -> None:
    place = FaqEntry(
        id="gym-where", question="헬스장은 어디에 있나요?", answer="본관 지하 2층에 있습니다."
    )
    book = _small_book(place)
    assert _hit_id(book, "헬스장은요?") == "gym-where"  # asks nothing of its own
    assert _hit_id(book, "헬스장 씻을 수 있어요?") is None  # a verb of its own, no place asked


def test_english_everyday_verbs_and_a_vehicle_word() -> None:
    parking = FaqEntry(
        id="park",
        lang="en",
        question="Is there parking?",
        answer="Yes, the car park is behind the gym; members park free.",
    )
    book = _small_book(parking)
    # come/leave are what the asker does; a car is what is parked.
    assert _hit_id(book, "Where do I leave my car when I come to the gym?") == "park"
    assert _hit_id(book, "Where do I leave my bike when I come to the gym?") is None


def test_everyday_words_for_an_entrys_words() -> None:
    book = _small_book(
        FaqEntry(id="fee", question="주차 요금이 있나요?", answer="주차는 2시간 무료입니다."),
        FaqEntry(
            id="move", question="예약 변경은 어떻게 하나요?", answer="앱에서 바꿀 수 있습니다."
        ),
    )
    assert _hit_id(book, "주차비 내야 돼요?") == "fee"  # 주차비 is 주차 요금
    assert _hit_id(book, "예약 옮기고 싶어요") == "move"  # 옮기다 is 변경


def test_an_entry_saying_what_something_is_answers_only_what_it_is() -> None:
    book = _small_book(
        FaqEntry(
            id="what",
            question="마일리지가 뭐예요?",
            answer="마일리지는 결제 금액의 1%를 적립해 주는 제도입니다.",
        )
    )
    assert _hit_id(book, "마일리지는 어떤 제도예요?") == "what"
    assert _hit_id(book, "마일리지 적립은 어떻게 해요?") is None


def test_the_entry_whose_own_wordings_name_the_topic_wins_a_tie() -> None:
    general = FaqEntry(
        id="hours", question="운영 시간이 어떻게 되나요?", answer="09:00–18:00, 점심 12:00–13:00."
    )
    lunch = FaqEntry(
        id="lunch", question="점심시간이 언제예요?", answer="점심시간은 12:00–13:00입니다."
    )
    book = _small_book(general, lunch)
    # Both answers hold the lunch hour; only the lunch entry is asked about 점심.
    assert _hit_id(book, "점심시간 몇 시부터예요?") == "lunch"


def test_a_noun_another_entry_asks_about_is_not_answered_in_passing() -> None:
    gym = FaqEntry(
        id="gym-hours",
        question="헬스장 운영 시간 알려주세요",
        answer="헬스장은 06:00–23:00에 엽니다. 수영장 이용객도 같은 입구를 씁니다.",
    )
    pool = FaqEntry(id="pool-where", question="수영장은 어디에 있나요?", answer="별관 1층입니다.")
    # 수영장 is the pool entry's topic; the gym's answer only mentions it.
    assert _hit_id(_small_book(gym, pool), "헬스장이랑 수영장 몇 시까지 해요?") is None
    assert _hit_id(_small_book(gym), "헬스장이랑 수영장 몇 시까지 해요?") == "gym-hours"
    assert _hit_id(_small_book(gym, pool), "헬스장 몇 시까지 해요?") == "gym-hours"


def test_a_noun_kiwi_cuts_in_context_is_read_whole() -> None:
    # In context Kiwi cuts 예약금 (a deposit) into 예약 + 금; 금 then passed as the head of the
    # answer's 요금, and the rescheduling entry answered a question about a deposit.
    entry = FaqEntry(
        id="cancel",
        question="예약 취소는 어떻게 해요?",
        answer="예약 취소는 전화로 하루 전까지 알려 주세요. 취소 요금은 따로 없습니다.",
    )
    other = FaqEntry(
        id="hours", question="영업시간이 어떻게 돼요?", answer="10시부터 19시까지예요."
    )
    book = FaqBook([entry, other])
    assert book.lookup("예약을 취소하면 예약금 돌려받나요?") is None
    hit = book.lookup("예약을 취소하려면 어떻게 해야 돼요?")
    assert hit is not None and hit.entry.id == "cancel"
