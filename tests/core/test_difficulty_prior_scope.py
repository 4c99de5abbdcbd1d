"""Where the hand-set prior counts: not its hard side on multiple choice, its easy side only on
short prompts."""

from __future__ import annotations

from core.difficulty_prior_scope import LOWER_SIDE_MAX_CHARS, scoped_prior

SHORT = "Tell me a quick joke about cats."
LONG = "Please keep it short. " + "Here is the passage about river trade in the old city. " * 9


def test_the_hard_side_does_not_count_on_a_multiple_choice_prompt() -> None:
    assert scoped_prior(1.2, 1.0, SHORT) == 0.0
    # On an open prompt it counts, and the easy side of a multiple-choice prompt too.
    assert scoped_prior(1.2, 0.0, SHORT) == 1.2
    assert scoped_prior(-0.8, 1.0, SHORT) == -0.8


def test_the_easy_side_counts_only_on_short_prompts() -> None:
    assert len(LONG) > LOWER_SIDE_MAX_CHARS
    assert scoped_prior(-0.8, 0.0, LONG) == 0.0
    assert scoped_prior(-0.8, 0.0, SHORT) == -0.8
    # The hard side is kept on long open prompts: a long proof request stays hard.
    assert scoped_prior(0.9, 0.0, LONG) == 0.9


def test_hangul_counts_twice_towards_the_limit() -> None:
    # 220 syllables: 220 characters, 440 English-equivalent, so past the limit.
    korean = "짧게 " + "가" * 217
    assert len(korean) <= LOWER_SIDE_MAX_CHARS
    assert scoped_prior(-0.5, 0.0, korean) == 0.0
