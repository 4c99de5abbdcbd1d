"""An English follow-up that names which listed figure it changes ("what if internet was 45").

After "gas was 96.40, electric 71.25 and internet 60, split 3 ways whats each", the turn
"what if internet was only 45" changes the internet bill: the word before its figure is a
label the previous request gives one figure. The bare-number edit, which takes the first
unitless figure, had replaced the gas (58.75 each, set 40). The label is read as written
("internet"), with the linking verb the request may put between it and its figure ("gas
was 96.40"). When the request holds the label beside no figure, or beside several, no
figure is named: the turn is not read (a decline, never another figure replaced).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["labelled_figure_changed", "names_a_listed_label"]

_FIGURE = r"\d(?:[\d,]*\d)?(?:\.\d+)?"
_VERB = r"(?:was|is|were|are|came\s+to|comes\s+to|costs?|went\s+up\s+to|goes\s+up\s+to)"
_TURN = re.compile(
    # ("and if the rent goes up to 1,482": the condition said without "what", calc62.)
    r"^\s*(?:and\s+|so\s+|ok(?:ay)?\s*,?\s*)?(?:(?:what|how)\s+(?:if|about\s+if|about)|(?<=and\s)if)\s+"
    r"(?:the\s+|our\s+|my\s+)?"
    rf"(?P<label>[a-z]{{3,}})(?:\s+bill)?\s+{_VERB}\s+(?:only\s+|just\s+|actually\s+)?"
    rf"\$?(?P<v>{_FIGURE})(?!\s*%)\s*(?:dollars?|bucks)?\s*(?:instead)?\s*[?？.!]*\s*$",
    re.IGNORECASE,
)
#: A full stop after a figure closes it (off only in the test that shows what it changes).
USE_FULL_STOP_CLOSES = True
# Words a turn puts where a label would be that name no listed item.
_NOT_LABELS = frozenset({"it", "that", "this", "they", "there", "total", "price", "rate"})


def _asked(text: str) -> re.Match[str] | None:
    turn = _TURN.match(text)
    if turn is None or turn["label"].lower() in _NOT_LABELS:
        return None
    return turn


def _beside(label: str) -> re.Pattern[str]:
    return re.compile(
        # (A sentence's full stop may close the figure: "rent is 1,365." is 1,365, never the
        # 1 before its comma, calc62: a follow-up gave 1,482,365.)
        rf"\b{re.escape(label)}(?:\s+bill)?\s*(?::|=|{_VERB})?\s*\$?(?P<v>{_FIGURE})"
        + (r"(?!\d|[,.]\d)" if USE_FULL_STOP_CLOSES else r"(?![\d.])"),
        re.IGNORECASE,
    )


def names_a_listed_label(text: str, steps: Sequence[str]) -> bool:
    """Whether ``text`` changes a figure by a label that a previous step writes."""
    turn = _asked(text)
    label = turn["label"] if turn else None
    return label is not None and any(
        re.search(rf"\b{re.escape(label)}\b", s, re.IGNORECASE) for s in steps
    )


def labelled_figure_changed(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The steps with the figure the turn's label names replaced by its new figure."""
    turn = _asked(text)
    if turn is None:
        return None
    found = [(i, m) for i, step in enumerate(steps) for m in _beside(turn["label"]).finditer(step)]
    if len(found) != 1:
        return None
    index, old = found[0]
    step = steps[index]
    changed = list(steps)
    changed[index] = step[: old.start("v")] + turn["v"] + step[old.end("v") :]
    return changed, f"{turn['label']}: {old['v']} → {turn['v']}"
