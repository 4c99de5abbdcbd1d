"""Rules found on the fifty-second blind set (a Korean arboretum guide, a marina guide).

Each form is tested on wordings unlike the set's (other verbs, places, items, word order,
the other language where it applies) and on near misses that must not be read, and each
rule is switched off once (tests/tools/rule_switch.py) to show the test needs it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import tools.rag.addressed_group_61d as addressed_group
import tools.rag.asked_means as asked_means
import tools.rag.carried_modifier as carried_modifier
import tools.rag.compound_pieces as compound_pieces
import tools.rag.measured_units as measured_units
import tools.rag.needed_thing_54x as needed_thing
from tests.tools.rag.heldout_floor import assert_phrases_written_once, heldout_set_test
from tests.tools.rule_switch import SwitchOff, off, read_only_by_its_rule
from tools.rag.addressed_group_61d import addressed_to_another_group, document_groups
from tools.rag.asked_means import english_paid_thing
from tools.rag.carried_modifier import prices_another_thing_for_modifier
from tools.rag.compound_pieces import lacks_translation
from tools.rag.crosslingual import concept_groups
from tools.rag.measured_units import misses_adjective_measure
from tools.rag.needed_thing_54x import misses_needed_amount
from tools.rag.question import analyze_question
from tools.rag.subjects import missing_from_document
from tools.rag.textutil import tokenize

_SET = Path(__file__).resolve().parents[3] / "bench" / "docqa_heldout52"


# --- a Korean term an English document never translates (compound_pieces.lacks_translation)
# "셔틀 현금 내도 돼요?" was answered by the insurance FAQ's "Cash is accepted, …": the
# arboretum guide writes 셔틀버스 (so 셔틀 has no index token of its own), the FAQ never
# "shuttle"; an English passage was left alone as unable to write a Korean word.


def _lacks(term: str, document: str, elsewhere: str) -> bool:
    """Whether an English passage of ``document`` lacks ``term`` another document writes."""
    return lacks_translation(
        term,
        set(tokenize("Cash is accepted at the desk.")),
        lambda word: word.casefold() in document.casefold(),
        lambda word: word.casefold() in elsewhere.casefold(),
        concept_groups([term])[0],
    )


_LACKS_TRANSLATION: list[tuple[str, ...]] = [
    ("셔틀", "Cash is accepted. Cards too.", "셔틀버스는 30분마다 다닙니다."),
    ("주차", "Lockers cost 2 pounds. Cash is accepted.", "공영주차장은 24시간입니다."),
    ("세탁기", "Dryers take 40 minutes. Coins only.", "대형세탁기는 1회 5,000원입니다."),
    ("수영장", "The gym opens at 6. Towels are free.", "실내수영장은 월요일 휴무입니다."),
    (
        "와이파이",
        "Printing costs 10p a page.",
        "무료와이파이 비밀번호는 안내데스크에 있습니다.",
    ),
]


_TRANSLATION_OR_NO_OTHER: list[tuple[str, ...]] = [
    # The English document writes the translation: it may state it.
    ("셔틀", "The shuttle bus takes cash.", "셔틀버스는 30분마다 다닙니다."),
    ("주차", "Parking is free after 6 pm.", "공영주차장은 24시간입니다."),
    # No English word for the term: an English document could not write it.
    ("캠핑카", "Vans may stay overnight.", "캠핑카는 세울 수 없습니다."),
    # No other document writes the term: nothing says whose fact is asked.
    ("셔틀", "Cash is accepted.", "버스는 30분마다 다닙니다."),
]


# --- what an English question pays for by a means (asked_means.english_paid_thing) -------------
# "can i pay the annual berth fee by credit card" was answered by the samples' "We accept
# credit cards, debit cards and mobile payments." (a clinic's bills, no berth).


@pytest.mark.parametrize(
    ("question", "thing"),
    [
        ("can i pay the annual berth fee by credit card", "berth"),
        ("could i pay for the kayak tour with cash", "tour"),
        ("can we pay the locker rental by debit card", "locker"),
        ("is it ok to pay my membership fee in instalments", "membership"),
        ("can i pay for parking using apple pay", "park"),
        ("can i pay the cleaning deposit by bank transfer", "clean"),
    ],
)
def test_the_thing_paid_for_by_a_means_is_read(question: str, thing: str) -> None:
    assert english_paid_thing(question) == thing


@pytest.mark.parametrize(
    "question",
    ["can i pay by card", "do you take cash", "can i pay in advance", "can i pay the rest by card"],
)
def test_no_thing_named_before_the_means_reads_nothing(question: str) -> None:
    assert english_paid_thing(question) is None


def _misses_thing(question: str, document: str) -> bool:
    asked = analyze_question(question)
    return missing_from_document(
        asked.topic_terms,
        set(tokenize("We accept credit cards, debit cards and mobile payments.")),
        lambda _token: 3,
        lambda word: word.casefold() in document.casefold(),
        possessor=english_paid_thing(question),
    )


def test_a_document_never_naming_the_thing_paid_for_states_another_place() -> None:
    assert _misses_thing("can i pay the annual berth fee by credit card", "Clinic bills.")
    assert not _misses_thing("can i pay the annual berth fee by credit card", "Berth fees.")


# --- "how much N do i need": a requirement of N (needed_thing_54x.misses_needed_amount) --------
# "how much insurance do i need" was answered "Patients enrolled in the national health
# insurance pay only their co-payment at the reception desk." (no need of insurance stated).


def _misses(question: str, sentence: str) -> bool:
    return misses_needed_amount(question, sentence, set(tokenize(sentence)))


_NO_REQUIREMENT: list[tuple[str, ...]] = [
    (
        "how much insurance do i need",
        "Patients enrolled in the national health insurance pay only their co-payment "
        "at the reception desk.",
    ),
    ("how many life jackets does each boat need", "Boats carry life jackets."),
    ("how many ID photos does a passport need", "Passport photos cost 10,000 won."),
    ("how much parking do we need", "Parking costs 2 pounds."),
    ("how much cover does my van need", "The van is 6 m long."),
    ("how many helmets will the kids need", "Helmets are hired at the gate."),
]


_REQUIREMENT_STATED: list[tuple[str, ...]] = [
    ("how much insurance do i need", "Every boat must have insurance of at least £3 million."),
    ("how many life jackets does each boat need", "Each boat must carry 4 life jackets."),
    ("how much deposit do tenants need", "Tenants pay a deposit of 500 pounds."),
    (
        "how much experience do volunteers need",
        "Volunteers need at least 2 years of experience.",
    ),
    # A measure of its own ("time") is answered by a figure, no rule word.
    ("how much time do i need", "The tour takes 2 hours."),
    # No "how much … need": left to the other checks.
    ("how much is insurance", "Insurance costs £40 a year."),
]


# --- a price for whom a modifier names (carried_modifier.prices_another_thing_for_modifier) ----
# The unanswerable "how much is a visitor swinging mooring per night" was answered "Shore
# power for visitors is £5 a night." (the visitors' shore power, no mooring).


def _prices_other(question: str, sentence: str) -> bool:
    asked = analyze_question(question)
    groups = concept_groups(asked.terms)
    return prices_another_thing_for_modifier(question, asked.terms, groups, sentence)


_OTHER_THING_PRICED: list[tuple[str, ...]] = [
    (
        "how much is a visitor swinging mooring per night",
        "Shore power for visitors is £5 a night.",
    ),
    ("how much is a student season ticket", "Locker hire for students is £2 a day."),
    ("how much is a child wetsuit", "Towels for children are £3."),
    ("how much is a member parking permit", "Guest passes for members cost £10."),
    ("how much is a senior yoga class", "Mat rental for seniors is £1."),
    ("how much is an adult day pass", "Parking for adults costs £4."),
]


_THING_ITSELF_PRICED: list[tuple[str, ...]] = [
    ("how much is a student ticket", "Students pay £5."),  # the group pays: its price
    ("how much is a visitor berth", "Berths for visitors are £3.60 a night."),
    ("how much is a child wetsuit", "Wetsuits for children are £8."),
    ("how much is parking", "Parking for visitors is £2."),  # one word: no modifier
]


# --- "how deep/high/heavy …" asks a measure (measured_units.misses_adjective_measure) ---------
# The unanswerable "how deep is the water at the visitor pontoon" was answered with the
# pontoons' rules; then, screened by figure alone, with "Visitors over 15 m must book …".


_NO_MEASURE: list[tuple[str, ...]] = [
    (
        "how deep is the water at the visitor pontoon",
        "Dogs must be on a lead on the pontoons and in the car park.",
    ),
    (
        "how deep is the water at the visitor pontoon",
        "Visitors over 15 m must book at least 48 hours ahead.",
    ),
    ("how high is the bridge", "Boats over 3 m must lower masts."),
    ("how deep is the pool", "Children under 120 cm need a float."),
    ("how thick is the ice", "Skates are sharpened daily."),
    ("how wide is the gate", "The gate opens at 06:00."),
]


_MEASURE_STATED: list[tuple[str, ...]] = [
    ("how high is the bridge", "The bridge has a clearance of 3.2 m."),
    ("how wide is the gate", "The gate is 2.5 metres wide."),
    ("how far is the station", "The station is 800 m away."),
    ("how heavy can my bag be", "Bags over 20 kg cost extra."),
    ("how deep is the pool", "The pool is 1.2 m deep at the shallow end."),
    ("how far in advance must i book", "Book 2 days ahead."),  # a lead time
]


# --- a sentence addressed to another group (addressed_group_61d) -------------------------------
# "how do visitors get the shower code" was answered "The door code for the showers is
# changed on the first day of each month and sent to berth holders by text."

_CLUB = """Members get free towels. Visitors pay £5 for a towel.
- Students must show a card.
- Staff can park behind the building.
The code is sent to members by email. Guests over 12 may swim alone.
"""


def test_the_groups_are_the_plural_nouns_opening_sentences() -> None:
    assert document_groups(_CLUB) == frozenset({"member", "visitor", "student", "guest"})


_OTHER_GROUP: list[tuple[str, ...]] = [
    ("how do visitors get the door code", "The code is sent to members by email."),
    ("do students get free towels", "Free towels are for members only."),
    ("can guests use the sauna", "The sauna is open to members and staff."),
    ("are visitors allowed in the gym", "The gym is for students only."),
    ("will guests get a locker key", "Locker keys are given to students at the desk."),
]


_GROUP_ASKED_OR_NONE: list[tuple[str, ...]] = [
    ("how do members get the code", "The code is sent to members by email."),
    ("how do visitors get the door code", "The code is sent to members and visitors by email."),
    ("how do i get the door code", "The code is sent to members by email."),  # no group
    ("how do tourists get the code", "The code is sent to members by email."),  # not the doc's
    ("can staff bring a guest", "Guest passes are for members."),
]


def _for_another_group(question: str, sentence: str) -> bool:
    return addressed_to_another_group(question, sentence, _CLUB)


# --- each rule's table: the set's failures and wordings of our own read (True), the near
# misses left alone (False); then each rule switched off once.

_Check = Callable[..., bool]


def _readings(check: _Check, cases: list[tuple[str, ...]], read: bool) -> list[object]:
    return [
        pytest.param(check, case, read, id=f"{check.__name__}-{read}-{case[0]}") for case in cases
    ]


@pytest.mark.parametrize(
    ("check", "case", "read"),
    [
        *_readings(_lacks, _LACKS_TRANSLATION, True),
        *_readings(_lacks, _TRANSLATION_OR_NO_OTHER, False),
        *_readings(_misses, _NO_REQUIREMENT, True),
        *_readings(_misses, _REQUIREMENT_STATED, False),
        *_readings(_prices_other, _OTHER_THING_PRICED, True),
        *_readings(_prices_other, _THING_ITSELF_PRICED, False),
        *_readings(misses_adjective_measure, _NO_MEASURE, True),
        *_readings(misses_adjective_measure, _MEASURE_STATED, False),
        *_readings(_for_another_group, _OTHER_GROUP, True),
        *_readings(_for_another_group, _GROUP_ASKED_OR_NONE, False),
    ],
)
def test_each_rule_reads_its_cases_and_leaves_its_near_misses(
    check: _Check, case: tuple[str, ...], read: bool
) -> None:
    assert bool(check(*case)) is read


@pytest.mark.parametrize(
    ("check", "case", "switch_off"),
    [
        (
            _lacks,
            ("셔틀", "Cash is accepted.", "셔틀버스는 30분마다 다닙니다."),
            off(compound_pieces, "use_translations", False),
        ),
        (
            _misses_thing,
            ("could i pay for the kayak tour with cash", "Clinic bills."),
            off(asked_means, "use_english_paid_thing", False),
        ),
        (
            _misses,
            ("how many life jackets does each boat need", "Boats carry life jackets."),
            off(needed_thing, "use_needed_amount", False),
        ),
        (
            _prices_other,
            ("how much is a child wetsuit", "Towels for children are £3."),
            off(carried_modifier, "use_priced_subject", False),
        ),
        (
            misses_adjective_measure,
            ("how thick is the ice", "Skates are sharpened daily."),
            off(measured_units, "use_adjective_dimension", False),
        ),
        (
            _for_another_group,
            ("do students get free towels", "Free towels are for members only."),
            off(addressed_group, "use_addressed_group", False),
        ),
    ],
)
def test_each_rule_is_needed(
    check: _Check, case: tuple[str, ...], switch_off: SwitchOff, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(lambda: check(*case), True, switch_off, monkeypatch)


# --- the set itself ------------------------------------------------------------------------


def test_every_expected_phrase_is_written_once_in_its_document() -> None:
    assert_phrases_written_once(_SET, min_questions=80, min_unanswerable=14)


# First blind run (main 2ebc0c6b): 23 of 72 right, 6 wrong, 11 of 14 declined; with these
# rules 24 right, 0 wrong, 14 of 14 declined. A wrong answer fails the test.
test_the_set_gives_no_wrong_answer_and_keeps_its_counts = heldout_set_test(
    "docqa_heldout52", declined_right=14, right_floor=24
)
