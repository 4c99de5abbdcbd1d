"""The shape of the filters that narrow which figure of an earlier step a follow-up replaces.

:func:`tools.followup_edits._replace_quantity` finds, in the latest step holding one, the
figures of the follow-up's unit (the candidates) and passes them through filters, each of
which drops the ones its turn cannot mean ("환율 1412원" a rate not named, "4인분에" the base
servings, "the second one" of two stacked percents). Each filter here is written as what it
keeps, or ``None`` when it tells none apart; :func:`candidate_filter` makes that the
filter, every candidate kept in order on ``None``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

__all__ = ["CandidateFilter", "Kept", "candidate_filter"]

#: A filter: ``(step, candidates, text)`` → the candidates the follow-up may replace.
CandidateFilter = Callable[[str, Sequence[re.Match[str]], str], list[re.Match[str]]]
#: What a filter keeps of ``(step, candidates, text)``, or ``None`` to keep them all.
Kept = Callable[[str, Sequence[re.Match[str]], str], list[re.Match[str]] | None]


def candidate_filter(kept: Kept) -> CandidateFilter:
    """The filter that keeps what ``kept`` gives, or every candidate when it gives ``None``.

    The filter's arguments, as ``kept``'s:

    - step: The earlier step the candidates were found in.
    - candidates: Its figures of the follow-up's unit, in order.
    - text: The follow-up turn.
    """

    @functools.wraps(kept)
    def filtered(step: str, candidates: Sequence[re.Match[str]], text: str) -> list[re.Match[str]]:
        chosen = kept(step, candidates, text)
        return list(candidates) if chosen is None else chosen

    return filtered
