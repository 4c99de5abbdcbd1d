"""Rules found on the twenty-second blind set (a gym's PT terms, an airport luggage service).

The examples are our own (a river ferry, a ski carrier, a yoga studio), not that set's
questions.
"""

from __future__ import annotations

from agents.grounded_figures import new_figures
from agents.label_numbers import without_label_numbers
from tools.rag.answer import extractive_answer
from tools.rag.models import Passage
from tools.rag.named_services import named_service
from tools.rag.repeat_limits import misses_repeat_limit
from tools.rag.textutil import tokenize
from tools.rag.travel_direction import runs_the_other_way


def _passage(chunk_id: str, heading: str, text: str) -> Passage:
    return Passage(chunk_id=chunk_id, source=f"{chunk_id}.md", heading=heading, text=text)


def test_an_english_question_names_its_transport_service() -> None:
    assert named_service("is there a student pass for the river ferry?") == tokenize("ferry")[0]
    assert named_service("can i bring a bike on the night bus") == tokenize("bus")[0]
    assert named_service("is there a discount for the first hour?") is None
    assert named_service("is the ticket for the ferry valid on the bus?") is None


def test_another_documents_ticket_does_not_answer_for_the_named_service() -> None:
    # The hospital's page has a parking ticket and never names a ferry, which the
    # collection holds in another document.
    hospital = _passage(
        "hospital",
        "Parking",
        "Family members of patients get a free parking ticket at the gate.",
    )
    ferry = _passage(
        "ferry",
        "River ferry fares",
        "The river ferry leaves every hour from Pier 2.",
    )
    words = {"hospital": set(tokenize(hospital.text)), "ferry": set(tokenize(ferry.text))}

    def mentions(p: Passage, term: str) -> bool:
        return term in words[p.chunk_id]

    answer = extractive_answer(
        "is there a family ticket for the river ferry",
        [hospital, ferry],
        idf=lambda _: 1.0,
        frequency=lambda _: 3,
        document_mentions=mentions,
    )
    assert "parking ticket" not in answer.text, answer.text


def test_a_route_run_the_other_way_is_noticed() -> None:
    lines = [
        "We carry skis from the station to the lodges every morning.",
        "If the lodge is closed, we take the skis back to the station.",
    ]
    assert runs_the_other_way("do you carry skis back to the station from the lodge?", lines)
    assert not runs_the_other_way("do you carry skis from the station to my lodge?", lines)
    # One end named only: the question sets no route to compare.
    assert not runs_the_other_way("do you carry skis to the station?", lines)
    # The passage also runs the asked way.
    both = [*lines, "On request we also carry skis from the lodges to the station."]
    assert not runs_the_other_way("do you carry skis back to the station from the lodge?", both)


def test_a_section_about_the_other_direction_does_not_answer() -> None:
    carrier = _passage(
        "skis",
        "Ski carrying",
        "We carry skis from the station to the lodges every morning. "
        "Carrying costs 5,000 won per pair of skis. "
        "If the lodge is closed, we take the skis back to the station.",
    )
    asked_back = extractive_answer(
        "do you carry skis back to the station from the lodge?", [carrier]
    )
    assert not asked_back.covered, asked_back.text
    asked_there = extractive_answer("do you carry skis from the station to the lodge?", [carrier])
    assert asked_there.covered, asked_there.text


def test_a_second_time_is_answered_by_a_limit_on_how_often() -> None:
    assert misses_repeat_limit(
        "요가 체험 두번 들어도 되나요", "요가 체험은 환불되지 않습니다.", names_subject=True
    )
    assert not misses_repeat_limit(
        "요가 체험 두번 들어도 되나요",
        "요가 체험은 1인 1회만 신청할 수 있습니다.",
        names_subject=True,
    )
    # A limit on another act of the section, naming nothing asked, is no answer.
    assert misses_repeat_limit(
        "요가 체험 두번 들어도 되나요", "연장은 한 번에 한해 가능합니다.", names_subject=False
    )
    # A product named by its count ("10회권") is no limit; a question with no repeat is left.
    assert misses_repeat_limit(
        "can i take the trial class twice",
        "The 10-class pass costs 90,000 won.",
        names_subject=True,
    )
    assert not misses_repeat_limit(
        "요가 체험 들어도 되나요", "요가 체험은 환불되지 않습니다.", names_subject=True
    )
    # Paying in two parts is no second time.
    assert not misses_repeat_limit(
        "수강료 두번에 나눠서 내도 돼요?", "수강료는 카드로 낼 수 있습니다.", names_subject=True
    )


def test_a_trial_asked_twice_is_not_answered_by_its_refund_rule() -> None:
    studio = _passage(
        "yoga",
        "요가 체험 수업",
        "- 요가 체험 수업은 시작 하루 전까지 취소하면 환불됩니다.\n"
        "- 10회권과 요가 체험 수업은 양도할 수 없습니다.",
    )
    answer = extractive_answer("요가 체험수업 두번 들어도 되나요", [studio])
    assert not answer.covered, answer.text


def test_a_terminal_number_is_no_figure_to_compute_with() -> None:
    assert "1" not in without_label_numbers("how long from terminal 1 to terminal 2?")
    assert "3" not in without_label_numbers("3번 출구에서 2층까지 얼마나 걸려요?")
    assert "3" in without_label_numbers("how much for 3 nights?")
    sources = "The bus stops at Terminals 1, 2 and 3, every 20 minutes."
    question = "how long does the ride from terminal 1 to terminal 2 take"
    assert new_figures("It takes about 1.5 hours.", sources, question) == ["1.5"]
