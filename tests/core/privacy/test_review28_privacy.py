"""The review of integ28's privacy rules: inputs that leaked or were flagged wrongly.

Each case fails with its fix taken out (checked by reverting the fix's module).
"""

from __future__ import annotations

import pytest

from core.privacy import classify

# --- A private name dressed up as a famous one ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Who was Emily Clark in my medical history?",
        "tell me about David Miller, he is our payroll king",
        "who is Sarah Johnson and what is her legacy in our team",
        "who was Laura Bennett, the president of the tenants association?",
        "who is Michael Turner and why is he famous in our office?",
        "우리 팀 James Walker는 who is famous for spreadsheets?",
    ],
)
def test_a_colleague_asked_about_with_fame_words_stays_personal(text: str) -> None:
    assert classify(text) == "local_only"


@pytest.mark.parametrize(
    "text",
    [
        "who was Ada Lovelace and why is she famous?",
        "who was Grace Hopper and what is she known for?",
    ],
)
def test_a_famous_person_still_goes_out(text: str) -> None:
    assert classify(text) == "public"
