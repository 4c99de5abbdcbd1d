"""A paint request's coats said anew: "세번 칠하면?", "and three coats?" (blind set 34).

The coats of "벽 36㎡를 두번 칠하는데 …" are a count in words, which the slot rules (figures
in digits) never see; this rule replaces that one count when the previous request is one
tools.calculator_paint_coverage reads and says its coats once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from tools.calculator_paint_coverage import (
    COATS_EN,
    COATS_KO,
    COUNT_WORDS,
    EN_COUNT,
    KO_COUNT,
    paint_litres,
)

__all__ = ["coats_changed"]

_TURN_KO = re.compile(
    rf"^\s*(?:그럼|그러면|아니)?\s*(?P<c>{KO_COUNT})\s*(?:번|회)\s*(?:씩\s*)?"
    r"(?:칠하면|바르면|칠할\s*때는?|칠하면요|칠하면\s*몇\s*(?:L|리터)|칠할\s*거(?:면|라면)|칠한다면)"
    r"\s*[?？.!]*\s*$"
)
_TURN_EN = re.compile(
    r"^\s*(?:and|so|ok|what\s+about|how\s+about|what\s+if\s+(?:we|i)\s+do|make\s+it)?\s*,?\s*"
    rf"(?P<c>{EN_COUNT})\s+coats?\s*(?:then|instead)?\s*[?.!]*\s*$",
    re.I,
)


def coats_changed(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "세번 칠하면?" after "36㎡를 두번 칠하는데 1L로 9㎡ …": the coats made 3.

    Args:
        text: The follow-up turn.
        steps: The previous turn's step texts.

    Returns:
        The steps with the coats replaced and what changed, or ``None`` when the previous
        request is not a paint request that says its coats once.
    """
    if not steps or paint_litres(steps[-1]) is None:
        return None
    step = unicodedata.normalize("NFKC", steps[-1])  # the spans below are of this text
    korean = re.search(r"[가-힣]", step) is not None
    turn = (_TURN_KO if korean else _TURN_EN).match(text)
    said = list((COATS_KO if korean else COATS_EN).finditer(step))
    if turn is None or len(said) > 1:
        return None
    new = turn["c"] if turn["c"].isdigit() else COUNT_WORDS[turn["c"].lower()]
    if not said:
        # No coats said is one coat (the reader's reading); the turn's count is said with
        # the request, where the reader finds it ("두 번 칠할 거면?" after 36㎡ at 6㎡ a litre).
        added = f"{step} ({new}번 칠함)" if korean else f"{step} ({new} coats)"
        return [*steps[:-1], added], f"coats 1 → {new}"
    start, end = said[0].span("c")
    changed = step[:start] + new + step[end:]
    return [*steps[:-1], changed], f"coats {said[0]['c']} → {new}"
