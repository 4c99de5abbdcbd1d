"""A model's figure is grounded only by a passage about the subject asked (our own pages)."""

from __future__ import annotations

from agents.subject_grounding import figure_off_subject

_QUESTION = "how long does a boat trip last?"
_BOATS = (
    "§Boat trips",
    "A boat trip costs $30 per adult. Boats leave from pier 4 every morning.",
)
_LOST = ("§Lost property", "Found items are kept for 3 to 4 weeks at the ticket office.")
_FERRY = ("§Ferry", "The crossing to the island takes 3 hours each way.")


def test_a_figure_only_another_subjects_passage_states_is_refused() -> None:
    # The 3 is the lost-property office's, not the boat trip's.
    answer = "A boat trip lasts about 3 hours [2]."
    assert figure_off_subject(answer, _QUESTION, [_BOATS, _LOST]) == "3"


def test_a_figure_the_subjects_passage_states_is_kept() -> None:
    assert figure_off_subject("Boats leave from pier 4 [1].", _QUESTION, [_BOATS, _LOST]) is None
    # A passage naming the subject in its heading alone counts as about it.
    trips = ("§Boat trips", "Each one takes 90 minutes and includes a stop at the lighthouse.")
    assert figure_off_subject("It takes 90 minutes [1].", _QUESTION, [trips, _LOST]) is None


def test_nothing_is_judged_when_no_passage_names_the_subject() -> None:
    # The word bridge may lack the question's paraphrase: the other checks decide.
    answer = "About 3 hours [1]."
    assert figure_off_subject(answer, "how long is the cruise?", [_LOST, _FERRY]) is None


def test_citation_marks_and_the_questions_own_figures_are_no_answer_figures() -> None:
    answer = "Trips for 4 people leave from pier 4 [3]."
    passages = [_BOATS, _LOST, ("§Groups", "Groups of 4 may book ahead.")]
    assert figure_off_subject(answer, "can 4 people book a boat trip?", passages) is None
