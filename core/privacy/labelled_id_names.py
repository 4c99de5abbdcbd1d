"""The name beside a labelled id number: whose staff number or student number it is.

HR requests, scholarship forms and rosters name a person by a number and a name together
(``사번 A20193 공태린``, ``학번 2021104377 변하율``, ``employee ID E-40917 (Callum
Ferreira-Boyd)``). The label says the name right after the number is that person: a Korean
name that passes the name rules' plausibility check, or two or more capitalised words
(:func:`core.privacy.task_recipient_names.read_name_after`); some labels also put it right
before (``변하율 학번 2021104377``). Each label's module keeps its own patterns.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import plausible_korean_name
from core.privacy.task_recipient_names import read_name_after
from core.privacy.types import Hit

_CONFIDENCE = 0.75


def names_beside_labelled_ids(
    text: str,
    labelled_id: LazyPattern,
    korean_name_after: LazyPattern,
    korean_name_before: LazyPattern | None = None,
) -> Iterator[Hit]:
    """The name after (or, with ``korean_name_before``, before) each ``labelled_id`` match.

    ``labelled_id`` must end where the name would start; both name patterns capture it as
    ``name`` (``korean_name_before`` anchored at the label's start, ``\\Z``).
    """
    for m in labelled_id.finditer(text):
        korean = korean_name_after.match(text, m.end())
        if korean is not None and plausible_korean_name(korean.group("name"), strong=False):
            yield Hit("person_name", korean.start("name"), korean.end("name"), _CONFIDENCE, False)
            continue
        span = read_name_after(text, m.end())
        if span is not None:
            yield Hit("person_name", span[0], span[1], _CONFIDENCE, False)
            continue
        if korean_name_before is None:
            continue
        before = korean_name_before.search(text, max(0, m.start() - 8), m.start())
        if before is not None and plausible_korean_name(before.group("name"), strong=False):
            yield Hit("person_name", before.start("name"), before.end("name"), _CONFIDENCE, False)
