"""Chat's "pics" are photos: a question asking to take pics finds the photography rule."""

from __future__ import annotations

from tools.rag.answer import extractive_answer
from tools.rag.crosslingual import equivalents
from tools.rag.models import Passage
from tools.rag.textutil import tokenize


def test_pics_are_photos() -> None:
    assert {tokenize("photo")[0], tokenize("photography")[0]} <= equivalents(tokenize("pics")[0])


def test_a_pics_question_is_answered_by_the_photography_rule() -> None:
    passages = [
        Passage(
            chunk_id="rules",
            source="rules.md",
            heading="Photography",
            text="Photography without a tripod is welcome on every deck of the ferry.",
        )
    ]
    answer = extractive_answer("can we take pics on the ferry?", passages)
    assert answer.covered
    assert answer.text.startswith("Photography without a tripod is welcome")
