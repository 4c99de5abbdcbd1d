"""An other-language passage that stands out vetoes a dense-confirmed answer only if it could.

The dense-confirmed path (tools.rag.dense_confirmed) drops its pick when a passage in the
other language stands out more. "자전거 보관료가 얼마예요?" (how much is bike storage?) can
stand out on an English passage saying where the bike racks are, which prices nothing: that
passage cannot hold the amount asked for, so it is no reason to decline. One that states a
price is, and so is any standout for a question with no answer type (its topics are in the
other language and cannot be checked).
"""

from __future__ import annotations

import re

from tools.rag.models import Passage
from tools.rag.own_language_rival import standout_could_answer
from tools.rag.question import analyze_question
from tools.rag.textutil import tokenize

_TYPED = "자전거 보관료가 얼마예요?"
_TYPELESS = "자전거 보관소에 지붕이 있나요?"
_WHERE_ONLY = "The bike racks are behind the east gate. They are lit at night."
_PRICED = "The bike racks are behind the east gate. A monthly space costs 8,000 won."


def _passage(text: str) -> Passage:
    found = re.finditer(r"[^.]+\.?", text)
    spans = tuple(
        (m.start(), m.end(), tuple(tokenize(m.group()))) for m in found if m.group().strip()
    )
    return Passage(chunk_id="c", source="estate_en.md", text=text, sentences=spans)


def test_a_standout_with_no_amount_cannot_answer_how_much() -> None:
    assert not standout_could_answer(_passage(_WHERE_ONLY), analyze_question(_TYPED), _TYPED)


def test_a_standout_stating_a_price_could_answer_how_much() -> None:
    assert standout_could_answer(_passage(_PRICED), analyze_question(_TYPED), _TYPED)


def test_a_question_with_no_answer_type_keeps_the_veto() -> None:
    assert standout_could_answer(_passage(_WHERE_ONLY), analyze_question(_TYPELESS), _TYPELESS)
