"""An English what-if that names its figure by a verb: "what if we'd sold 100".

After "we sold 84 cookies at 2.50 each at the bake sale and the ingredients cost 65, what's
our profit", "what if we'd sold 100" was answered '110' (blind set 33): the bare-number edit
(:func:`tools.followup_number_edits.modify_bare_number`) put 100 in place of the one figure
with no unit after it, the 65 of the costs. The turn says which figure it means: the one
after the same verb in the question ("sold 84" -> "sold 100": 185). When the verb is found
before exactly one figure, that figure is changed; when it is found before none, or several,
the turn names a figure no rule can place, and the bare-number edit must not guess either
(:func:`names_a_figure_by_verb`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern

__all__ = ["figure_after_same_verb", "names_a_figure_by_verb"]

_WHAT_IF = LazyPattern(
    r"^\s*(?:and\s+|ok(?:ay)?\s+|so\s+)?(?:what\s+if|how\s+about\s+if|if|suppose|say)\s+"
    r"(?P<who>we|i|you|they|he|she)(?:'d|'ll|\s+had|\s+would\s+have|\s+will|\s+only|\s+just)*\s+"
    r"(?P<verb>[a-z]+)\s+(?:all\s+)?(?P<n>\d[\d,]*(?:\.\d+)?)\b\s*(?P<thing>[a-z]+)?[a-z\s]*[?.!]*\s*$",
    re.IGNORECASE,
)
# Verbs that say nothing of which figure: "what if it were 300", "if we make it 5".
_NOT_NAMING = frozenset(
    {"are", "were", "was", "is", "be", "make", "made", "get", "got", "have", "had", "do", "did"}
)
_IRREGULAR = {
    "sold": "sell",
    "bought": "buy",
    "spent": "spend",
    "paid": "pay",
    "drove": "drive",
    "driven": "drive",
    "ran": "run",
    "ate": "eat",
    "eaten": "eat",
    "took": "take",
    "taken": "take",
    "went": "go",
    "gone": "go",
    "rode": "ride",
    "ridden": "ride",
    "flew": "fly",
    "flown": "fly",
    "grew": "grow",
    "made": "make",
    "baked": "bake",
    "served": "serve",
    "swam": "swim",
    "wrote": "write",
    "written": "write",
    "read": "read",
}


def _stem(word: str) -> str:
    word = word.lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _same_thing(said: str, after_figure: str) -> bool:
    """Whether the word after the step's figure is the thing the turn names ("cookies")."""
    word = re.match(r"\s*([A-Za-z]+)", after_figure)
    return word is not None and _stem(word[1]) == _stem(said)


def _count_of_the_thing(thing: str, new: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The one figure of the last step that counts ``thing``, changed to ``new``."""
    last = steps[-1]
    counts = [
        m
        for m in re.finditer(r"(?<![\d.])(?P<n>\d[\d,]*(?:\.\d+)?)\s+(?P<w>[A-Za-z]+)", last)
        if _stem(m["w"]) == _stem(thing)
    ]
    if len(counts) != 1:
        return None  # the thing counted twice, or never: which figure is unsaid
    old = counts[0]
    changed = last[: old.start("n")] + new + last[old.end("n") :]
    return [*steps[:-1], changed], f"{old['n']} {old['w']} → {new}"


def names_a_figure_by_verb(text: str) -> bool:
    """Whether ``text`` is a what-if naming its figure by a verb ("what if we'd sold 100")."""
    asked = _WHAT_IF.match(text)
    return asked is not None and asked["verb"].lower() not in _NOT_NAMING


def figure_after_same_verb(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The figure after the turn's verb in the last step, changed to the turn's figure.

    Args:
        text: The follow-up turn ("what if we'd sold 100").
        steps: The previous turn's step texts.
    """
    asked = _WHAT_IF.match(text)
    if asked is None or not steps or not names_a_figure_by_verb(text):
        return None
    stem = _stem(asked["verb"])
    last = steps[-1]
    found = [
        m
        for m in re.finditer(r"\b(?P<v>[A-Za-z]+)\s+(?P<n>\d[\d,]*(?:\.\d+)?)", last)
        if _stem(m["v"]) == stem
    ]
    if len(found) != 1:
        return None
    old = found[0]
    if asked["thing"] and not _same_thing(asked["thing"], last[old.end("n") :]):
        # "what if we'd sold 60 cookies" after "sold 42 brownies … and 30 cookies": the
        # cookies' count, never the figure after the verb (set 37 gave 74.5 for 70).
        return _count_of_the_thing(asked["thing"], asked["n"], steps)
    new = asked["n"]
    changed = last[: old.start("n")] + new + last[old.end("n") :]
    return [*steps[:-1], changed], f"{old['v']} {old['n']} → {new}"
