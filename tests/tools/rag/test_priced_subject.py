"""A price across languages belongs to the subject of "costs" (own examples: a bike shop)."""

from __future__ import annotations

from tools.rag.crosslingual import concept_groups
from tools.rag.priced_subject import prices_unnamed_subject


def test_a_price_of_a_thing_the_question_never_names_is_another_items() -> None:
    # "헬멧 보험 같은 거 추가하면 하루에 얼마예요?": no helmet insurance in the documents.
    groups = concept_groups(["헬멧보험", "추가", "하루"])
    assert prices_unnamed_subject(groups, "- Each extra rider costs 3,000 won per day.")
    assert prices_unnamed_subject(groups, "A child trailer is charged at $8 per day.")


def test_a_price_of_the_thing_asked_answers() -> None:
    assert not prices_unnamed_subject(
        concept_groups(["자전거", "하루"]), "A bicycle costs $15 per day, helmet included."
    )
    assert not prices_unnamed_subject(
        concept_groups(["주차", "하룻밤"]), "Parking at the shop costs $12 per night."
    )
    # No "costs": the rule says nothing.
    assert not prices_unnamed_subject(
        concept_groups(["헬멧보험"]), "Riders can rent a helmet for $2 per day."
    )
