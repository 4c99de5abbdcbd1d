"""Two ways a sentence answered a question it says nothing about (blind set 13).

Found on the thirteenth held-out set: a time from another section was quoted because
only its kind of figure matched, and a disclaimer of one document ("its phone numbers
are invented") answered for another place's phone number. The examples here are our
own (a swimming pool pass, a gym and a bakery), not that set's questions.
"""

from __future__ import annotations

from tools.rag.answer import extractive_answer
from tools.rag.answer_sentences import top_sentence
from tools.rag.models import Passage
from tools.rag.subjects import english_possessor
from tools.rag.textutil import tokenize


def _passage(chunk_id: str, heading: str, text: str) -> Passage:
    return Passage(chunk_id=chunk_id, source=f"{chunk_id}.md", heading=heading, text=text)


def test_a_sentence_sharing_no_term_with_the_question_is_not_its_answer() -> None:
    # The lesson section holds a time, the kind of figure "언제까지" asks for, and names
    # the pass in a later sentence; the time's sentence and heading say nothing about it.
    lessons = _passage(
        "lessons",
        "강습 시간표",
        "초급 강습은 월요일 오전 10시에 시작합니다. "
        "자유수영 회원권이 있어도 강습은 따로 신청합니다.",
    )
    answer = extractive_answer(
        "자유수영 회원권 받으면 언제까지 쓸 수 있어요?", [lessons], idf=lambda _: 1.0
    )
    assert not answer.covered, answer.text
    assert "10시" not in answer.text


def test_a_sentence_naming_a_question_term_still_answers() -> None:
    pool = _passage(
        "pool", "자유수영", "자유수영 회원권은 평일 오전 6시부터 밤 10시까지 쓸 수 있습니다."
    )
    answer = extractive_answer("자유수영 회원권 몇시까지 쓸 수 있어요?", [pool], idf=lambda _: 1.0)
    assert answer.covered, answer.text
    assert "밤 10시" in answer.text


def test_an_english_possessor_names_whose_fact_is_asked() -> None:
    assert english_possessor("what's the bakery's phone number?") == tokenize("bakery")[0]
    assert english_possessor("what's the phone number? it's urgent") is None


def test_a_document_never_naming_the_possessor_does_not_answer_for_it() -> None:
    # The gym guide states a phone number and never names the bakery, which the
    # collection holds in another document.
    gym = _passage(
        "gym", "Contact", "Call the front desk for bookings; the phone number is 555-0100."
    )
    mall = _passage("mall", "Shops", "The Sunny Bakery is next to the main entrance.")
    words = {"gym": set(tokenize(gym.text)), "mall": set(tokenize(mall.text))}

    def mentions(p: Passage, term: str) -> bool:
        return term in words[p.chunk_id]

    answer = extractive_answer(
        "what's the bakery's phone number?",
        [gym, mall],
        idf=lambda _: 1.0,
        frequency=lambda _: 3,
        document_mentions=mentions,
    )
    assert "555-0100" not in answer.text
    # Asked without the owner, the gym's number is the answer.
    plain = extractive_answer(
        "what's the phone number for bookings?",
        [gym, mall],
        idf=lambda _: 1.0,
        frequency=lambda _: 3,
        document_mentions=mentions,
    )
    assert "555-0100" in plain.text


def test_a_figure_stated_for_another_kind_does_not_answer_for_this_one() -> None:
    # The practical exam's pass mark is stated bare after the sentence naming the exam;
    # the fee table shows the documents tell the written exam apart.
    practical = _passage(
        "practical",
        "실기 시험 안내",
        "실기 시험은 매주 토요일 오전에 봅니다. 60점 이상이면 합격입니다.",
    )
    fees = _passage("fees", "응시료", "| 필기 시험 | 15,000원 |\n| 실기 시험 | 25,000원 |")
    asked_written = extractive_answer(
        "필기시험은 몇점 넘으면 합격이에요?", [practical, fees], idf=lambda _: 1.0
    )
    assert "60점" not in asked_written.text
    asked_practical = extractive_answer(
        "실기시험은 몇점 넘으면 합격이에요?", [practical, fees], idf=lambda _: 1.0
    )
    assert "60점" in asked_practical.text


def test_a_compound_the_sentence_writes_in_two_pieces_still_matches() -> None:
    # Kiwi reads "점심 시간에는" as two words and "점심시간 없이" as one; the sentence that
    # states the rule for parcels must not lose to the one that merely follows it.
    desk = _passage(
        "desk",
        "운영 안내",
        "관리실 점심 시간에는 택배를 받지 않습니다. 경비실은 점심시간 없이 운영합니다.",
    )
    answer = extractive_answer("주말 점심시간에도 택배 받아줘요?", [desk], idf=lambda _: 1.0)
    assert top_sentence(answer).startswith("관리실"), answer.text


def test_a_sum_or_a_longer_word_is_no_other_kind() -> None:
    # "30만 원을 충전하면": 원 before 충전 is the sum's unit, and the heading's 회원권
    # names the question's 회원; the passages also write "회원 충전" elsewhere.
    prepaid = _passage(
        "prepaid",
        "회원권(선불 충전)",
        "20만 원을 충전하면 10%를, 30만 원을 충전하면 15%를 더 적립해 드립니다.",
    )
    refunds = _passage("refunds", "환불", "회원 충전 금액은 현금으로 돌려 드리지 않습니다.")
    answer = extractive_answer(
        "회원권 30만원 충전하면 얼마 더 얹어줘요?", [prepaid, refunds], idf=lambda _: 1.0
    )
    assert "15%" in answer.text, answer.text


def test_an_english_gap_left_by_stopwords_is_no_qualifier() -> None:
    # "the final balance but not for the deposit" reads as balance + deposit once the
    # stopwords are gone; the booking deposit is still this sentence's subject.
    payment = _passage(
        "payment",
        "Payment",
        "A $150 booking deposit holds your date. You can reschedule once for free. "
        "Cash is accepted for the final balance but not for the deposit.",
    )
    answer = extractive_answer(
        "can i pay the booking deposit in cash", [payment], idf=lambda _: 1.0
    )
    assert "not for the deposit" in answer.text, answer.text


def test_a_sentence_naming_one_of_two_kinds_asked_still_answers() -> None:
    # The question names both discounts; the rule right after the family discount's line
    # names that one, which is a kind the question asks about.
    discounts = _passage(
        "discounts",
        "할인",
        "- 경로 할인: 만 65세 이상은 입장료에서 2,000원을 빼 드립니다.\n"
        "- 단체 동반 입장 할인: 단체로 열 명 이상이 오면 한 사람당 1,000원을 빼 드립니다.\n"
        "- 두 할인은 함께 받을 수 없습니다.",
    )
    answer = extractive_answer(
        "경로할인이랑 단체할인 둘다 받을수있나요", [discounts], idf=lambda _: 1.0
    )
    assert "함께 받을 수 없습니다" in answer.text, answer.text
