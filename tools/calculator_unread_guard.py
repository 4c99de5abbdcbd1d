"""One guard on the calculator's readings that leave a word of the question unread, with a
table of rules per language.

A form reads the figures it was built for; a question typed with one more word that
changes the sum ("평일", "반병", "twice", "half") was answered as if the word were not
there. Each rule finds one such word in the question and says whether the reading shows
it (a figure, an operator); the first word some reading leaves unread declines it with
:class:`~core.errors.ToolInputError`, and the step goes on to a tier that reads the words.
A wrong answer is the worst outcome; a decline costs a model call.

The rules live with their language (:mod:`tools.calculator_guards_50w_ko`,
:mod:`tools.calculator_unread_cues_50w_en`); this module only runs a table of them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from core.errors import ToolInputError
from tools.expression_figures import figures_used

__all__ = ["Reading", "UnreadGuard", "UnreadRule"]


@dataclass(frozen=True)
class Reading:
    """A question and the arithmetic a form read from it.

    Attributes:
        question: The question with its numerals as digits.
        expression: The arithmetic the form built.
        used: The value of every figure ``expression`` writes.
    """

    question: str
    expression: str
    used: frozenset[Decimal]


#: One rule: the word of the question the reading leaves unread, or ``None``.
UnreadRule = Callable[[Reading], "str | None"]


@dataclass(frozen=True)
class UnreadGuard:
    """A language's rules, tried in order on the questions that language covers.

    Attributes:
        covers: Whether a question is this guard's language.
        rules: The rules, the first unread word found wins.
        example: A sum written with operators, shown in the decline.
    """

    covers: Callable[[str], bool]
    rules: Sequence[UnreadRule]
    example: str

    def unread(self, question: str, expression: str) -> str | None:
        """The first word of ``question`` that ``expression`` leaves unread, or ``None``."""
        if not self.covers(question):
            return None
        reading = Reading(question, expression, frozenset(figures_used(expression)))
        for rule in self.rules:
            word = rule(reading)
            if word is not None:
                return word
        return None

    def refuse(self, question: str, expression: str) -> None:
        """Raise ``ToolInputError`` when ``expression`` leaves a word of ``question`` unread."""
        word = self.unread(question, expression)
        if word is not None:
            raise ToolInputError(
                f"could not read {question!r} as one sum: the reading {expression!r} leaves "
                f"{word!r} unread; write it with operators, e.g. {self.example!r}"
            )
