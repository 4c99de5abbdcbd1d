"""A model's answer to a document step holds only what the passages (or the question) say.

The questions and passages are written for these tests (a fictional library and a
bakery), none taken from the document-question sets.
"""

from __future__ import annotations

import pytest

from agents.answer_grounding import invented_contacts, says_documents_lack_it, ungrounded

LIBRARY = [
    "The Maple Street Library opens weekdays 10:00–20:00 and Saturdays 10:00–14:00.",
    "Members may borrow up to 8 books for 21 days. A late book costs 200 won a day.",
    "Study rooms on the 2nd floor can be booked at the front desk.",
]
BAKERY = [
    "단풍 빵집은 매일 07:00에 문을 열고 19:00에 닫습니다.",
    "식빵 한 줄은 4,500원, 단팥빵은 2,000원입니다. 월요일은 쉽니다.",
]


@pytest.mark.parametrize(
    ("answer", "question", "passages"),
    [
        (
            "Members may borrow up to 8 books for 21 days [1].",
            "How many books can I borrow?",
            LIBRARY,
        ),
        # A sum the question asks for: 4,500 + 2,000.
        (
            "식빵과 단팥빵을 하나씩 사면 6,500원입니다.",
            "식빵이랑 단팥빵 하나씩 사면 얼마예요?",
            BAKERY,
        ),
        # 14:00 read on the 12-hour clock.
        (
            "On Saturdays the library closes at 2 p.m.",
            "When does the library close on Saturday?",
            LIBRARY,
        ),
        # 19:00 said the Korean way, "in the evening at 7".
        ("단풍 빵집은 저녁 7시에 닫습니다.", "단풍 빵집 몇 시에 닫아요?", BAKERY),
        ("스터디룸은 2층에 있고 안내 데스크에서 예약합니다.", "스터디룸은 어디에 있어요?", LIBRARY),
        ("단풍 빵집은 월요일에 쉽니다.", "단풍 빵집은 월요일에도 문을 여나요?", BAKERY),
        # Each of several questions answered, the typed one with its kind.
        (
            "네, 단팥빵도 팝니다. 19:00에 닫습니다.",
            "단팥빵도 팔아요? 몇 시에 문 닫아요?",
            BAKERY,
        ),
    ],
)
def test_a_grounded_answer_passes(answer: str, question: str, passages: list[str]) -> None:
    assert ungrounded(answer, question, passages) is None


@pytest.mark.parametrize(
    ("answer", "question", "passages", "why"),
    [
        # An invented year, with a citation marker to look sourced.
        (
            "The Maple Street Library was founded in 1987 [1].",
            "When was the library founded?",
            LIBRARY,
            "1987",
        ),
        ("크루아상은 3,800원입니다.", "크루아상은 얼마예요?", BAKERY, "3,800"),
        # A clock time is one fact: 9:30 p.m. is no time the passages state, though 9 and
        # 30 can each be made from their figures (10 - 1, 10 + 20).
        (
            "On weekdays the library closes at 9:30 p.m.",
            "What time does the library close on weekdays?",
            LIBRARY,
            "21:30",
        ),
        ("단풍 빵집은 오후 7시 30분에 닫습니다.", "빵집 몇 시에 닫아요?", BAKERY, "19:30"),
        # 21 is in the passages, as days: never as a price.
        ("A library card costs $21.", "How much is a library card?", LIBRARY, "21"),
        # An invented name.
        (
            "The head librarian is Margaret Olsen.",
            "Who is the head librarian?",
            LIBRARY,
            "Margaret",
        ),
        (
            "You can write to info@maplelibrary.org.",
            "What is the library's e-mail?",
            LIBRARY,
            "info@",
        ),
        # Figures from the passages that do not answer the kind of thing asked.
        ("The answer is: 21 days.", "How much does it cost to print a page?", LIBRARY, "amount"),
        # Several questions at once are worded freely, but the one asking a price gets one.
        (
            "Yes, you need a library card to book a study room.",
            "Do I need a card to book a study room? How much is the card?",
            LIBRARY,
            "amount",
        ),
        (
            "네, 단팥빵도 팝니다.",
            "단팥빵도 팔아요? 몇 시에 문 닫아요?",
            BAKERY,
            "time",
        ),
        # Two kinds asked: the time given does not answer the price.
        (
            "단풍 빵집은 07:00에 문을 엽니다.",
            "몇 시에 문 열어요? 식빵은 얼마예요?",
            BAKERY,
            "amount",
        ),
        # A passage sentence about something else, repeated back.
        (
            "1. Study rooms can be booked.\n2. Study rooms can be booked.",
            "Is there a café in the library?",
            LIBRARY,
            "topic terms",
        ),
    ],
)
def test_an_invented_or_unrelated_answer_fails(
    answer: str, question: str, passages: list[str], why: str
) -> None:
    reason = ungrounded(answer, question, passages)
    assert reason is not None and why in reason


def test_list_numbers_and_citation_marks_are_not_figures() -> None:
    answer = "1. Weekdays 10:00–20:00 [1]\n2. Saturdays 10:00–14:00 [1]"
    assert ungrounded(answer, "What are the library's opening hours?", LIBRARY) is None


@pytest.mark.parametrize(
    ("reply", "lacks"),
    [
        ("문서에는 크루아상 가격이 나와 있지 않습니다.", True),
        ("The passages do not mention a café.", True),
        ("A café is not mentioned in the documents.", True),
        ("단팥빵은 2,000원입니다.", False),
        ("Members may borrow up to 8 books.", False),
    ],
)
def test_a_reply_that_says_the_documents_lack_it(reply: str, lacks: bool) -> None:
    assert says_documents_lack_it(reply) is lacks


def test_a_figure_the_passages_state_of_something_else_is_no_answer() -> None:
    # 21 is in the passages, but as the usual loan period, not the limit asked for.
    usual = ["Books are usually lent for 21 days.", "A late book costs 200 won a day."]
    why = ungrounded(
        "The longest you can keep a book is 21 days.", "What is the maximum loan period?", usual
    )
    assert why is not None and "21" in why
    # Where a sentence states that figure as the limit, the same answer is grounded.
    limit = ["Books may be kept for up to 21 days.", "A late book costs 200 won a day."]
    assert (
        ungrounded(
            "The longest you can keep a book is 21 days.", "What is the maximum loan period?", limit
        )
        is None
    )
    # A figure of another unit than the question states: a 1-month price for "3개월".
    prices = ["단풍 수영장 1개월 이용료는 80,000원입니다.", "6개월권은 420,000원입니다."]
    assert ungrounded("3개월권은 80,000원입니다.", "3개월권 이용료는 얼마예요?", prices)
    assert ungrounded("6개월권은 420,000원입니다.", "6개월권 이용료는 얼마예요?", prices) is None


def test_a_question_mark_inside_a_web_address_ends_no_question() -> None:
    # The address's query string ("…?size=4&fee=0") is no question asking for a fee.
    question = "Where do I book the room from https://library.example/rooms?size=4&fee=0?"
    answer = "Study rooms are booked at the front desk on the 2nd floor [1]."
    assert ungrounded(answer, question, LIBRARY) is None
    # A "?" that ends the address ends its question: the next one still needs its answer.
    two = "Is the booking page https://library.example/rooms? How much is a late book?"
    why = ungrounded("Yes, that is the booking page [1].", two, LIBRARY)
    assert why is not None and "amount" in why


# A fictional pool's prices, written for this test (stated as money: an answer's "€9.50"
# is grounded only by amounts, agents.grounded_figures._money_values).
POOL = [
    "Adult swim: €6.00 per visit. Child swim: €3.50 per visit.",
    "Lockers cost €1.00. Towels can be hired for €2.50.",
]


def test_a_lookup_is_answered_with_a_stated_figure_not_a_sum_of_two() -> None:
    # 9.50 is 6.00 + 3.50, but the question looks one price up: no passage states it.
    why = ungrounded("An adult swim costs €9.50 per visit.", "whats the adult swim price", POOL)
    assert why is not None and "9.50" in why
    # Asked for a total, the same sum is the answer.
    together = "what do an adult and a child swim cost together?"
    assert ungrounded("Together they cost €9.50 per visit.", together, POOL) is None
    assert (
        ungrounded("An adult swim costs €6.00 per visit.", "whats the adult swim price", POOL)
        is None
    )


POOL_HOURS = [
    "The pool opens at 06:30 on weekdays and at 08:00 at weekends. It closes at 21:00 every day."
]


def test_a_time_the_passages_give_of_another_thing_is_no_answer() -> None:
    question = "what time does the pool open at weekends?"
    # 21:00 is in the passage, but as the closing time; another sentence opens it.
    why = ungrounded("At weekends the pool opens at 21:00.", question, POOL_HOURS)
    assert why is not None and "21:00 of something else" in why
    assert ungrounded("At weekends the pool opens at 08:00.", question, POOL_HOURS) is None
    # A figure of the thing asked, with another one beside it, still answers.
    both = "It opens at 08:00 at weekends and closes at 21:00."
    assert ungrounded(both, question, POOL_HOURS) is None


def test_contact_details_the_question_does_not_give_are_invented() -> None:
    question = "what number do i call to book a table at the harbour cafe?"
    reply = "Call 1-800-555-0144 or write to table@harbourcafe.example (www.harbourcafe.example)."
    assert invented_contacts(reply, question) == [
        "1-800-555-0144",
        "table@harbourcafe.example",
        "www.harbourcafe.example",
    ]
    # The question's own number, written another way, is no invention; nor is a year.
    assert invented_contacts("Yes, 02-555-0100 is it.", "is 02 555 0100 the cafe's number?") == []
    assert invented_contacts("The café opened in 1998 and seats 40.", question) == []
