"""Rules from probing the museum policy (issue 11), each checked on the team's own examples.

- a photo is a photograph, and taking them is photography (one word family the light
  stemmer leaves apart);
- a list line labelled with the day asked is that day's row, whatever word it shares
  with another day's line;
- when a passage names the day of the week asked, a sentence naming no such day does
  not answer for it, and a range of days ("Tuesday to Sunday") names the days it spans;
- a place's hours ("the museum's hours") are not an hour counted ("one hour early").
"""

from __future__ import annotations

from tools.rag.answer import extractive_answer
from tools.rag.asked_days import (
    another_days_row,
    days_named,
    misses_asked_day,
    with_spanned_days,
)
from tools.rag.crosslingual import equivalents
from tools.rag.id_compounds import names_pictures_only_in_ids
from tools.rag.models import Passage
from tools.rag.opening_hours import asks_opening_hours, counts_hours_only
from tools.rag.qualifiers import answers_another_question, row_names_other_item
from tools.rag.question import analyze_question
from tools.rag.textutil import tokenize

_POOL_HOURS = (
    "- Monday to Friday: 06:00–22:00\n"
    "- Saturday late opening: 07:00–23:00\n"
    "- Sundays: closed, except in July and August\n"
    "- Christmas Day and Easter Monday: closed"
)


def _passage(chunk_id: str, heading: str, text: str) -> Passage:
    return Passage(chunk_id=chunk_id, source=f"{chunk_id}.md", heading=heading, text=text)


def test_a_photo_is_a_photograph_and_taking_one_photography() -> None:
    photo = equivalents(tokenize("photos")[0])
    assert {tokenize("photograph")[0], tokenize("photography")[0]} <= photo


def test_photography_rules_answer_whether_photos_may_be_taken() -> None:
    passages = [
        _passage(
            "cards",
            "Library cards",
            "Library cards are free for residents. Staff at the aquarium desk may ask for"
            " photo ID before lending a card.",
        ),
        _passage(
            "photography",
            "Photography",
            "Photography without flash is welcome in every hall of the aquarium.",
        ),
    ]
    answer = extractive_answer("Can I take photos in the aquarium?", passages)
    assert answer.covered
    assert answer.text.startswith("Photography without flash is welcome")


def test_days_are_named_by_name_range_and_weekdays() -> None:
    assert days_named("is the pool open on sundays") == {6}
    assert days_named("Tuesday to Sunday: 10:00–17:00") == {1, 2, 3, 4, 5, 6}
    assert days_named("Friday - Monday") == {4, 5, 6, 0}
    assert days_named("월~금 09:00–18:00") == {0, 1, 2, 3, 4}
    assert days_named("토욜 몇시까지 해요") == {5}
    assert days_named("평일 09:00–18:00, 주말 휴무") == set(range(7))
    # A day of the month is no weekday, nor is a word that only contains a day's letter.
    assert days_named("매월 1일~3일 휴관") == frozenset()
    assert days_named("Opening hours are posted at the entrance.") == frozenset()


def test_a_line_labelled_with_the_asked_day_is_that_days_row() -> None:
    asked = "is the pool open on sundays"
    assert another_days_row(asked, "Sundays", "Saturday late opening")
    assert not another_days_row(asked, "Saturday late opening", "Sundays")
    assert not another_days_row("is the pool open at christmas", "Sundays", "Saturday late opening")
    sundays = "- Sundays: closed, except in July and August"
    assert not row_names_other_item(asked, sundays, _POOL_HOURS)


def test_a_sentence_naming_no_asked_day_does_not_answer_for_it() -> None:
    asked = "is the pool open on sundays"
    christmas = "Christmas Day and Easter Monday: closed"
    assert misses_asked_day(asked, christmas, _POOL_HOURS)
    assert answers_another_question(asked, christmas, f"- {christmas}", _POOL_HOURS)
    assert not misses_asked_day(asked, "Sundays: closed, except in July and August", _POOL_HOURS)
    # A passage naming no day of the week cannot tell: the sentence may still answer.
    assert not misses_asked_day(asked, christmas, "Christmas Day: closed. Lanes: 8.")
    assert not misses_asked_day("is the pool open at christmas", christmas, _POOL_HOURS)


def test_the_asked_days_line_answers_whether_it_is_open() -> None:
    passages = [_passage("pool", "Opening hours", _POOL_HOURS)]
    answer = extractive_answer("is the pool open on sundays", passages)
    assert answer.covered
    assert answer.text.startswith("Sundays: closed")


def test_a_photo_id_is_an_identity_document() -> None:
    asked = "Can I take photos in the aquarium?"
    lending = "Staff at the aquarium desk may ask for photo ID before lending a card."
    assert names_pictures_only_in_ids(asked, lending)
    assert not names_pictures_only_in_ids(asked, "Photography is welcome; photo IDs are not.")
    assert not names_pictures_only_in_ids(asked, "Pictures may be taken without flash.")
    # Asked about the ID itself, the sentence answers.
    assert not names_pictures_only_in_ids("Do I need a photo ID to borrow a card?", lending)
    assert not names_pictures_only_in_ids("When does the aquarium open?", lending)


def test_a_table_rows_days_are_its_columns() -> None:
    fares = "| Rider | Weekday | Weekend |\n|---|---|---|\n| Adult | $3 | $4 |\n| Child | $1 | $2 |"
    assert not answers_another_question(
        "how much is an adult fare on sunday", "Adult $3 $4", "| Adult | $3 | $4 |", fares
    )


def test_a_range_of_days_names_the_days_it_spans() -> None:
    assert with_spanned_days("Tuesday to Sunday: 10:00–17:00", ("tuesday", "sunday")) == (
        "tuesday",
        "sunday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
    )
    korean = "월요일부터 금요일까지 문을 엽니다"
    assert set(with_spanned_days(korean, tuple(tokenize(korean)))) >= {"화요일", "수요일", "목요일"}
    alone = ("saturday",)
    assert with_spanned_days("Saturday: 09:00–13:00", alone) is alone


def test_the_hours_of_a_day_in_a_range_come_from_the_range() -> None:
    passages = [
        _passage(
            "members",
            "Aquarium > Members",
            "Members may enter one hour early, from 8:00 to 9:00, on Saturdays only.",
        ),
        _passage("hours", "Aquarium > Opening hours", "- Monday to Saturday: 09:00–18:00"),
    ]
    answer = extractive_answer("what are the aquarium's hours on saturday", passages)
    assert answer.covered
    assert answer.text.startswith("Monday to Saturday: 09:00–18:00")


def test_hours_kept_are_not_hours_counted() -> None:
    asked = "what are the aquarium's hours on saturday"
    assert asks_opening_hours(asked)
    assert asks_opening_hours("opening hours of the pool?")
    assert not asks_opening_hours("how many hours can I park?")
    assert not asks_opening_hours("is there 2 hours of free parking?")
    assert counts_hours_only(asked, "Members may enter one hour early on Saturdays.")
    assert counts_hours_only(asked, "Parking is free for 2 hours.")
    assert not counts_hours_only(asked, "The kiosk is open 24 hours.")
    assert not counts_hours_only(
        asked, "Opening hours: 09:00–18:00; the cafe closes an hour earlier."
    )
    assert not counts_hours_only(asked, "Saturday: 09:00–13:00")
    assert not counts_hours_only("how long is parking free?", "Parking is free for 2 hours.")


def test_a_day_inside_a_range_is_answered_by_the_range() -> None:
    passages = [
        _passage("cafe", "Aquarium > Cafe", "The aquarium cafe opens at 10:00 every day."),
        _passage("hours", "Aquarium > Opening hours", "- Monday to Saturday: 09:00–18:00"),
    ]
    answer = extractive_answer("is the aquarium open on wednesday", passages)
    assert answer.covered
    assert answer.text.startswith("Monday to Saturday: 09:00–18:00")


def test_hours_counted_in_a_question_are_not_hours_kept() -> None:
    assert not asks_opening_hours("whats the least amount of hours i can book the room for")
    assert not asks_opening_hours("do i get hours of free parking")
    assert asks_opening_hours("what hours is the pool open")


def test_weekdays_and_weekends_name_their_days() -> None:
    weekdays = "Weekdays: 09:00–18:00"
    assert set(with_spanned_days(weekdays, tuple(tokenize(weekdays)))) >= {"monday", "friday"}
    korean = "주말에는 쉽니다"
    assert set(with_spanned_days(korean, tuple(tokenize(korean)))) >= {"토요일", "일요일"}
    passages = [
        _passage("cafe", "Aquarium > Cafe", "The aquarium cafe opens at 10:00 every day."),
        _passage("hours", "Aquarium > Opening hours", "- Weekdays: 09:00–18:00"),
    ]
    answer = extractive_answer("is the aquarium open on wednesday", passages)
    assert answer.text.startswith("Weekdays: 09:00–18:00")


def test_a_places_own_hours_ask_for_times() -> None:
    assert analyze_question("what are the aquarium's hours").answer_type == "datetime"
    assert analyze_question("what are the office hours of the pool").answer_type == "datetime"
    assert analyze_question("how many hours can I park").answer_type != "datetime"
