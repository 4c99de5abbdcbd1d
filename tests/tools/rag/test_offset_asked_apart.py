"""An offset asked with the clause between "how early" and "before" (the nineteenth set).

"how early should I get there before my booked time" was answered with "register at
least 30 minutes before closing time": the anchor check only read "how early before".
"""

from __future__ import annotations

from tools.rag.qualifiers import anchor_conflict


def test_how_early_with_a_clause_between_keeps_its_anchor() -> None:
    question = "how early do I need to show up before my yoga class"
    assert anchor_conflict(question, "Please check in at least 15 minutes before closing time.")
    assert not anchor_conflict(question, "Arrive 10 minutes before your yoga class.")
    counted = "how many days should we book before the trip starts"
    assert anchor_conflict(counted, "Return the keys 2 days before the office closes.")
    assert not anchor_conflict(counted, "Book at least 3 days before the trip.")


def test_how_long_with_a_clause_between_asks_a_length() -> None:
    # "how long does it take … after" asks how long something lasts: no offset asked.
    question = "how long does it take to heal after the procedure"
    assert not anchor_conflict(question, "Most patients heal in 2 weeks.")
