"""A reply to a word problem must give a figure of its own (round-6 unseen reasoning case)."""

from __future__ import annotations

from agents.output_guard import check_output

PATIENTS = (
    "A doctor sees one patient every 12 minutes without breaks. How many patients can she "
    "see from 9:00 to 12:00? Explain."
)


def test_a_reply_that_only_repeats_the_question_s_figures_did_not_answer() -> None:
    babble = (
        "A doctor sees one patient every 12 minutes without breaks. This is a medical "
        'condition called "vacuum-induced myopia".'
    )
    failure = check_output(babble, question=PATIENTS)
    assert failure is not None and failure.kind == "no_figure"


def test_an_answer_with_its_own_figure_in_digits_or_words_passes() -> None:
    assert check_output("She can see 15 patients: 180 minutes / 12.", question=PATIENTS) is None
    assert check_output("Fifteen patients, one every twelve minutes.", question=PATIENTS) is None
    korean = (
        "오늘 아침 기온이 영하 3도였고 낮에는 8도 올랐습니다. 낮 기온은 몇 도인지 설명해 주세요."
    )
    assert (
        check_output("낮 기온은 영상 5도입니다. -3에 8을 더하면 됩니다.", question=korean) is None
    )


def test_questions_that_state_no_figures_or_ask_no_quantity_are_not_judged() -> None:
    assert (
        check_output("There are seven days in a week.", question="How many days in a week?") is None
    )
    explain = "Explain why 12 and 9 are both multiples of 3."
    assert (
        check_output("Both can be divided by three without a remainder.", question=explain) is None
    )
