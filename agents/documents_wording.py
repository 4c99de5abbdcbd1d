"""A document question in the words the documents write it, before it is searched.

People ask in chat spellings, paraphrases and idioms ("r u open", "move my appointment",
"할머니 돌아가시면", "a glass of wine"); the documents' rules name the same things in their
own words. Each rewrite below is one such reading, kept in its own module under tools/rag;
this function only runs them in order (the order matters: a later reading sees the words
an earlier one wrote). Moved out of ``agents.documents`` to keep that module to planning.
"""

from __future__ import annotations

from typing import Any

from tools.rag.arrival_phrases import with_arrival_verb
from tools.rag.bereavement_51d import with_bereavement_named
from tools.rag.blood_words_61m import with_blood_test_named
from tools.rag.booking_changes_52d import with_booking_change_worded
from tools.rag.bought_carried_56h import with_bought_carried_spelled
from tools.rag.care_received_51d import with_care_received
from tools.rag.carry_over_53d import with_carry_over_named
from tools.rag.chat_conditions_53d import with_morning_as_am, without_prevented_act
from tools.rag.chat_english_52d import with_english_chat_spellings
from tools.rag.chat_spellings import with_chat_spellings
from tools.rag.dose_interval_59y import with_dose_interval_named
from tools.rag.everyday_english_59x import with_everyday_english_worded
from tools.rag.expiry_words_53d import with_expiry_worded
from tools.rag.fasting_words_51d import with_fasting_worded
from tools.rag.how_much_to_55h import with_how_much_to_spelled
from tools.rag.indefinite_things_52d import without_bare_anything
from tools.rag.leading_and_51d import without_leading_and
from tools.rag.papers_needed_53d import with_papers_as_submission
from tools.rag.payment_cards_52d import with_phone_payment_worded
from tools.rag.question_wording_52t import with_wording_plain
from tools.rag.short_negation_53d import with_long_negation
from tools.rag.unit_clips_54f import with_units_spelled
from tools.rag.vague_amounts import with_vague_amounts_as_few
from tools.rag.verb_reading import with_verb_reading_marked
from tools.rag.visit_kinds_52x import with_day_off_glossed, with_first_visit_noun
from tools.rag.weekday_clips_53w import with_weekday_names

__all__ = ["question_as_documents_word_it"]


def question_as_documents_word_it(docs: Any, text: str, collection: str) -> str:
    """``text`` with every reading of ``tools.rag`` applied, in order.

    Args:
        docs: the document store (its ``unknown_terms`` says which words no document holds).
        text: the step text.
        collection: the workspace collection the step searches.
    """
    # "a couple of beers" asks what "a few beers" asks (tools.rag.vague_amounts); "출장비
    # 잇어요" asks what "출장비 있어요" asks (tools.rag.chat_spellings).
    text = with_chat_spellings(with_vague_amounts_as_few(text))
    # "how late r u open": "are you" (tools.rag.chat_english_52d); "move my appointment":
    # changing it, as a booking rule writes it (tools.rag.booking_changes_52d).
    text = with_weekday_names(with_english_chat_spellings(text))  # "on sat" (weekday_clips_53w)
    text = with_units_spelled(text)  # "90 mins": 90 minutes (unit_clips_54f)
    text = with_blood_test_named(text)  # "피 뽑는거", "피검사": 혈액 검사 (blood_words_61m)
    text = with_everyday_english_worded(text)  # "turn up with no appointment" (_59x)
    text = with_dose_interval_named(text)  # "다음꺼 먹을때까지 얼마나" (dose_interval_59y)
    text = with_how_much_to_spelled(text)  # "how much 2 adopt": to (how_much_to_55h)
    text = with_bought_carried_spelled(text)  # "술 사가도": 사서 가져가도 (bought_carried_56h)
    text = with_booking_change_worded(
        text, lambda words: docs.unknown_terms(text, collection=collection, terms=words)
    )
    # "pay with my phone": a mobile payment, as payment rules write it (payment_cards_52d).
    text = with_phone_payment_worded(
        text, lambda w: docs.unknown_terms(text, collection=collection, terms=w)
    )
    # "bring anything for my first visit": what to bring (tools.rag.indefinite_things_52d).
    text = without_bare_anything(text)
    # "a glass of wine", "일주일 넘게" (tools.rag.question_wording_52t).
    # "이월 못한": 이월하지 못한; "다음 해로 넘길": 이월할 (short_negation_53d, carry_over_53d).
    text = with_long_negation(with_carry_over_named(with_wording_plain(text)))
    # "and what languages does the front desk speak": the question without its "and".
    text = without_leading_and(text)
    # "how early should we get to the escape room": when to arrive (tools.rag.arrival_phrases).
    text = with_arrival_verb(text)
    # "진료 봐줘요?": whether care is given, 진료 받을 수 있어요 (tools.rag.care_received_51d).
    text = with_care_received(text)
    # "할머니 돌아가시면": the 상 a leave rule names (tools.rag.bereavement_51d).
    text = with_bereavement_named(text)
    # "do i have to fast": "not eat", as a rule writes it (tools.rag.fasting_words_51d).
    text = with_fasting_worded(
        text, lambda words: docs.unknown_terms(text, collection=collection, terms=words)
    )
    # "처음 가면": the first visit, a noun as in "처음 가는데"; "쉬는 날": 휴무 (visit_kinds_52x).
    text = with_day_off_glossed(
        with_first_visit_noun(text),
        lambda words: docs.unknown_terms(text, collection=collection, terms=words),
    )
    # "기한 지난 건": past its 유효기간, as a guide writes it (tools.rag.expiry_words_53d).
    text = with_expiry_worded(
        text, lambda w: docs.unknown_terms(text, collection=collection, terms=w)
    )
    # "서류 필요해요?": what must be handed in, 제출 (tools.rag.papers_needed_53d).
    text = with_papers_as_submission(
        text, lambda w: docs.unknown_terms(text, collection=collection, terms=w)
    )
    # "아침에 갑자기 아파서 출근 못 하면": 오전에, the cause without the act it prevents
    # (tools.rag.chat_conditions_53d).
    text = without_prevented_act(
        with_morning_as_am(
            text, lambda w: docs.unknown_terms(text, collection=collection, terms=w)
        ),
        lambda w: docs.unknown_terms(text, collection=collection, terms=w),
    )
    # "진료 보고 주차": 보고 read as the verb the asker meant, not a report no document names.
    said = text
    text = with_verb_reading_marked(
        text, lambda words: set(docs.unknown_terms(said, collection=collection, terms=words))
    )
    return text
