"""The kind a question asks exists, said with its holder apart ("do seniors get a discount").

``tools.rag.other_kind_subject`` read only "is there a <modifier> <head>": "do seniors
get a discount" was answered with "The group discount cannot be combined with the senior
discount …", and once that was screened, with a sentence of the same section that never
names seniors. Our own wordings below; each fails with the holder forms switched off.
"""

from __future__ import annotations

import re

import pytest

import tools.rag.other_kind_subject as kinds
from tools.rag.other_kind_subject import misses_asked_modifier, subject_is_other_kind

_OTHER_KIND = "The family discount cannot be used together with the student discount."
_GROUPS = [frozenset({"student"}), frozenset({"discount"})]


@pytest.mark.parametrize(
    "question",
    [
        "do students get a discount",
        "can students get a discount?",
        "any discount for students?",
        "is there a discount for students",
        "discount for students?",
    ],
)
def test_a_holder_named_apart_asks_for_that_kind(question: str) -> None:
    assert subject_is_other_kind(question, _OTHER_KIND)
    assert misses_asked_modifier(question, "One teacher per 10 pupils goes free.", "Deals", _GROUPS)
    assert not misses_asked_modifier(question, "Students get 10% off.", "Deals", _GROUPS)


@pytest.mark.parametrize(
    "question", ["do you get a discount", "can i get a discount?", "do they get a discount"]
)
def test_a_pronoun_names_no_kind(question: str) -> None:
    assert not subject_is_other_kind(question, _OTHER_KIND)


def test_without_the_holder_forms_the_other_kind_is_not_seen(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(kinds, "_ASKED_HOLDER", re.compile(r"(?!x)x"))
    assert not subject_is_other_kind("do students get a discount", _OTHER_KIND)
    assert subject_is_other_kind("is there a student discount", _OTHER_KIND)
