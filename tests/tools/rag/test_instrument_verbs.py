"""The asker's verb of using a thing they name ('drive my car') is covered by the thing."""

from __future__ import annotations

from agents.documents import plan_document_step
from tools.rag import DocumentStore
from tools.rag.crosslingual import everyday_vocabulary
from tools.rag.instrument_verbs import instrument_links

_GUIDE = (
    "# Volunteer guide\n\n## Travel costs\n\nVolunteers who come in their own car are "
    "reimbursed at 250 won per kilometre. Bus fares are reimbursed with the ticket.\n\n"
    "## Lunch\n\nLunch is provided free on event days."
)
# Where the collection holds driving (운전, the everyday vocabulary's drive) at all.
_LEAFLET = "# 복약 안내\n\n## 주의\n\n이 약을 먹은 뒤에는 운전을 하지 마세요. 졸릴 수 있습니다."


def test_a_verb_links_to_its_instrument_only_when_the_question_names_it() -> None:
    assert instrument_links(["ride", "bicycle", "day"]) == {"ride": frozenset({"bicycle"})}
    assert instrument_links(["drive", "truck"]) == {"drive": frozenset({"truck"})}
    assert instrument_links(["운전", "차", "주차"]) == {"운전": frozenset({"차"})}
    # No instrument named, or a thing the verb is not the using of: no link.
    assert instrument_links(["ride", "day"]) == {}
    assert instrument_links(["drive", "bicycle"]) == {}
    assert instrument_links(["pay", "car"]) == {}


def test_driving_my_car_is_what_coming_in_your_own_car_states(
    lexical_store: DocumentStore,
) -> None:
    lexical_store.ingest_texts(
        [("volunteer_guide.md", _GUIDE), ("medicine_ko.md", _LEAFLET)], "c", markdown=True
    )
    question = "how much do i get back per kilometre when i drive my car to the event"
    with everyday_vocabulary(True):
        plan = plan_document_step(lexical_store, question, collection="c", pinned=False)
    assert plan.kind == "extractive", plan.reasons
    assert "250 won per kilometre" in plan.answer
