"""A model's yes that a thing is free, open or allowed must be what the passages say of it.

Own examples (a gym, a library), not any held-out set's; the check is called directly, so
no small model's wording is involved.
"""

from __future__ import annotations

from agents.affirmed_predicates import unsupported_predicate
from agents.answer_grounding import ungrounded

_GYM = (
    "Parking\nMembers can park in the lot behind the gym. "
    "Parking costs 2,000 won per hour.\n"
    "Opening hours\nWeekdays 06:00-22:00."
)
_GYM_KO = "주차 안내\n체육관 뒤 주차장을 이용할 수 있습니다. 주차 요금은 1시간에 2,000원입니다."
_LIBRARY = "Library rules\nFood is not allowed in the reading room. Water bottles are allowed."


def test_a_yes_parking_is_free_over_a_priced_lot_is_ungrounded() -> None:
    why = ungrounded("Yes, parking is free.", "is parking free at the gym?", [_GYM])
    assert why is not None and "free" in why
    assert (
        unsupported_predicate("네, 주차는 무료예요.", "체육관 주차 무료예요?", [_GYM_KO]) == "free"
    )


def test_a_predicate_the_passages_state_of_the_subject_is_kept() -> None:
    free_lot = "Parking\nMembers get two hours of free parking in the lot behind the gym."
    assert ungrounded("Yes, parking is free for two hours.", "is parking free?", [free_lot]) is None
    ko = "주차 안내\n회원은 2시간 동안 무료로 주차할 수 있습니다."
    assert unsupported_predicate("네, 2시간 무료예요.", "주차 무료예요?", [ko]) is None
    assert (
        unsupported_predicate(
            "Yes, water bottles are allowed.", "are water bottles allowed?", [_LIBRARY]
        )
        is None
    )


def test_a_no_or_a_negated_predicate_is_not_a_yes() -> None:
    assert unsupported_predicate("No, parking is not free.", "is parking free?", [_GYM]) is None
    assert (
        unsupported_predicate("Parking costs 2,000 won per hour.", "is parking free?", [_GYM])
        is None
    )
    assert (
        unsupported_predicate("아니요, 주차는 무료가 아닙니다.", "주차 무료예요?", [_GYM_KO])
        is None
    )


def test_the_opposite_stated_of_the_subject_is_ungrounded() -> None:
    # "not allowed" is said of food: a yes that food is allowed contradicts it.
    assert (
        unsupported_predicate(
            "Yes, food is allowed in the reading room.",
            "is food allowed in the reading room?",
            [_LIBRARY],
        )
        == "allowed"
    )
    closed = "Pool\nThe pool is closed for repairs until March."
    assert unsupported_predicate("Yes, the pool is open.", "is the pool open?", [closed]) == "open"


def test_a_subject_no_passage_names_is_left_to_the_other_checks() -> None:
    assert unsupported_predicate("Yes, the sauna is free.", "is the sauna free?", [_GYM]) is None


def test_hours_say_a_place_is_open_and_may_says_an_act_is_allowed() -> None:
    hours = "Opening hours\n- Weekdays: 06:00-22:00\n- Saturday: 08:00-18:00"
    assert (
        unsupported_predicate(
            "Yes, the gym is open on Saturdays.", "is the gym open on saturday?", [hours]
        )
        is None
    )
    ko = "체육관 운영 안내\n체육관은 평일과 토요일에 문을 엽니다."
    assert unsupported_predicate("네, 토요일에도 열어요.", "체육관 토요일에 열어요?", [ko]) is None
    pets = "Pets\nGuide dogs may come into the gym."
    assert (
        unsupported_predicate("Yes, guide dogs are allowed.", "are guide dogs allowed?", [pets])
        is None
    )
    banned = "Pets\nDogs may not come into the gym."
    assert (
        unsupported_predicate("Yes, dogs are allowed.", "are dogs allowed?", [banned]) == "allowed"
    )
