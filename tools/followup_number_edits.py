"""Follow-up edits that read a number on its own: a bare new value, a count, a new question.

Split from :mod:`tools.followup_edits` (which lists them in its ``EDITS``, in order): the
three edits that act on the follow-up's numbers without a unit or operation word to
anchor them. "What if it were 300?" replaces the one number it can mean, "and for 6?"
replaces the count the question asked for, and "What about 1,500 times 15?" is a new
question that stands alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.dates_zones import zones_named
from tools.followup_change_ends import end_said, ends_of_a_change
from tools.followup_edit_guards import could_be_the_percentage
from tools.followup_figure_scale import could_stand_for
from tools.followup_labelled_figure_en import names_a_listed_label
from tools.followup_rate_given import RATE_CLAUSE, with_new_rate
from tools.followup_verb_figure_en import names_a_figure_by_verb

__all__ = ["ANY_NUMBER", "count_asked_for", "modify_bare_number", "stands_alone"]

# A number with no unit or percent sign after it, and any number at all.
_BARE_NUMBER = LazyPattern(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?(?![\d.,]*\s*[%$가-힣A-Za-z])")
ANY_NUMBER = LazyPattern(r"\d(?:[\d,]*\d)?(?:\.\d+)?")
_NAMES_RATE = LazyPattern(r"환율|\brate\b|exchange", re.IGNORECASE)
# A figure a noun before it names: "delivery is 3.99", "fee: 3.99", "tip = 5".
_NAMED_BEFORE = LazyPattern(r"(?:\b(?:is|are|was|were|costs?)|[:=])\s*\$?\s*$", re.IGNORECASE)


def _named_after_others(
    figure: tuple[int, re.Match[str]],
    with_unit: Sequence[tuple[int, re.Match[str]]],
    steps: Sequence[str],
) -> bool:
    """Whether ``figure`` is named by a noun before it and follows figures with units."""
    index, match = figure
    step = steps[index]
    named = _NAMED_BEFORE.search(step[max(0, match.start() - 12) : match.start()]) is not None
    return named and any(
        i < index or (i == index and m.start() < match.start()) for i, m in with_unit
    )


def modify_bare_number(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``What if it were 300?``: a unitless number replaces the one quantity it can mean.

    With a rate word ("What if the rate were 1,400?") it replaces the stated exchange
    rate (``with_new_rate``); otherwise the earlier steps must hold exactly one number
    outside a rate clause and a percentage, or the number is ambiguous and the turn goes
    to a model.
    """
    numbers = _BARE_NUMBER.findall(text)
    if len(numbers) != 1 or len(ANY_NUMBER.findall(text)) != 1:
        return None  # "What about 1,500 times 15?" states its own numbers
    if zones_named(text):
        return None  # "and in tokyo on march 12?": a new place too, not the number alone
    if names_a_figure_by_verb(text):
        return None  # "what if we'd sold 100": the verb's figure, whichever has no unit
    if names_a_listed_label(text, steps):
        return None  # "what if internet was 45": that label's figure or none (set 40)
    new = numbers[0]
    if _NAMES_RATE.search(text):
        return with_new_rate(steps, new)
    # Per step, the numbers "it" may mean; a number without a unit ("80" in "15% of 80")
    # before one with a unit, and the first of several (the subject: "2,400 divided by 8").
    unitless: list[tuple[int, re.Match[str]]] = []
    with_unit: list[tuple[int, re.Match[str]]] = []
    for index, step in enumerate(steps):
        rates = [m.span() for m in RATE_CLAUSE.finditer(step)]
        for number in ANY_NUMBER.finditer(step):
            after = step[number.end() :]
            if any(a <= number.start() < b for a, b in rates) or re.match(
                r"\s*(?:%|퍼센트|percent)", after
            ):
                continue
            bare = not re.match(r"\s*[$가-힣A-Za-z]", after) or re.match(
                r"\s*(?:을|를|은|는|이|가|으로|로|에|의|과|와|times|divided|plus|minus)", after
            )
            (unitless if bare else with_unit).append((index, number))
    if unitless and _named_after_others(unitless[0], with_unit, steps):
        # "pizzas are 12.50 each, we want 4 and delivery is 3.99": "make it 5" may mean the
        # count as well as the fee a noun names after it, and that fee is no subject ("55"
        # had come of it, for 5 pizzas' 66.49). "the bill is 84 and we split it 4 ways":
        # the figure named first is the subject, and "what if it was 96" changes it.
        return None
    candidates = unitless[:1] or with_unit
    if len(candidates) != 1:
        return None
    if not unitless and could_be_the_percentage(new, steps):
        return None  # "what about 30" after "… at 25% off": the rate, or a $30 sofa?
    index, old = candidates[0]
    rate_figures = [
        m[0]
        for step in steps
        for r in RATE_CLAUSE.finditer(step)
        for m in ANY_NUMBER.finditer(r[0])
    ]
    if any(could_stand_for(new, rate) for rate in rate_figures):
        # "what about 0.87" after "1,500 dollars … at 0.92": the rate's scale, so a new
        # rate (it had replaced the amount: €0.80); of both figures' scale, which one is
        # not said ("1,400" after "1,000 dollars at 1,350 won").
        return None if could_stand_for(new, old.group(0)) else with_new_rate(steps, new)
    others = [number for _, number in unitless + with_unit if number is not old]
    if not could_stand_for(new, old.group(0)) and any(
        could_stand_for(new, other.group(0)) for other in others
    ):
        # "what about 12" after "2,400 divided by 8": of the 8's scale, never the 2,400's;
        # the subject is changed only by a figure it could be (it gave 12 / 8 = 1.5).
        return None
    figures = list(ANY_NUMBER.finditer(steps[index]))
    if not end_said(text) and ends_of_a_change(steps[index], figures):
        # "what if it was 1,650" after "went from 1,450 to 1,595": which end is not said,
        # as with "1650원이었으면?" (tools.followup_change_ends); the end had been replaced,
        # and for "what if it started at 1,500" too. Only "… to 1,650" names the end.
        return None
    changed = list(steps)
    changed[index] = steps[index][: old.start()] + new + steps[index][old.end() :]
    return changed, f"{old.group(0)} → {new}"


# "and for 6?" after "... for 4 people ... How much for 10 people?": the count asked for.
_FOR_COUNT = LazyPattern(
    r"^\s*(?:and\s+|what\s+about\s+|how\s+about\s+)?for\s+(?P<n>\d[\d,]*)\s*\??\s*$", re.I
)
_ASKED_FOR = LazyPattern(r"\bfor\s+(?P<n>\d[\d,]*)\s+(?P<u>[A-Za-z]+)", re.I)
_SERVES = LazyPattern(r"\b(?:serves|feeds|makes)\s+\d+\b", re.I)


def count_asked_for(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``and for 6?``: a new count in place of the last "for N things" the question asked."""
    match = _FOR_COUNT.match(text)
    if match is None or not steps:
        return None
    asked = list(_ASKED_FOR.finditer(steps[-1]))
    # "serves 4 … how much pasta for 10 people": the servings said another way, so the one
    # "for N" after them is the count asked for (set 34).
    after_servings = len(asked) == 1 and _SERVES.search(steps[-1], 0, asked[0].start())
    if len(asked) < 2 and not after_servings:
        return None  # one "for N" is the stated amount itself: which one is meant is unclear
    old = asked[-1]
    changed = [*steps[:-1], steps[-1][: old.start("n")] + match["n"] + steps[-1][old.end("n") :]]
    return changed, f"{old['n']} {old['u']} → {match['n']}"


# The words that frame a follow-up without adding to it: "What about", "그럼", "and".
_FRAME = LazyPattern(
    r"^\s*(?:(?:and\s+)?(?:what|how)\s+about|and|so|then|그럼|그러면|그렇다면)(?![가-힣])\s*,?\s*",
    re.IGNORECASE,
)


def stands_alone(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``What about 1,500 times 15?``: the framed question holds everything it needs."""
    question = _FRAME.sub("", text, count=1)
    if question == text or len(ANY_NUMBER.findall(question)) < 2:
        return None
    return [question], f"asked on its own: {question.strip()!r}"
