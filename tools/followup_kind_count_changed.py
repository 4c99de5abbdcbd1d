"""One more or one fewer of a kind priced by name: "애 하나는 안간대", "어른 한 명 더".

After "스키장 리프트권 대인 8만원 소인 6만원인데 어른 둘 애 셋이면" (read by
:mod:`tools.priced_labelled_kinds`), "애 하나는 안간대" means one child fewer: the count of
that kind (by its word or another of the same kind, :mod:`tools.priced_kind_synonyms`) goes
down by the number said, and the list is priced again. A turn naming no kind of the list,
or two, is left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.text import KOREAN_COUNT_FORMS, KOREAN_NATIVE_DIGITS
from tools.priced_kind_synonyms import kind_of
from tools.priced_labelled_kinds import kind_counts, labelled_kinds_total

__all__ = ["kind_count_changed"]

_NUMBERS = {**KOREAN_NATIVE_DIGITS, **KOREAN_COUNT_FORMS}
_NUMBER = "|".join(sorted(_NUMBERS, key=len, reverse=True))
# "애 하나는 안간대", "어른 한 명 빠졌어", "아이 둘 더 와", "어른 1명 추가".
_CHANGE = re.compile(
    rf"^\s*(?:(?:아|근데|그리고)\s+)?(?P<label>[가-힣]{{1,4}}?)\s*(?:중에?|들\s*중에?)?\s*"
    rf"(?P<n>\d+|{_NUMBER})\s*(?:명|사람)?\s*(?:은|는|이|가|도)?\s*"
    r"(?:(?P<less>안\s*(?:간|가|온|와|탄)|못\s*(?:간|가|온|와)|빠(?:졌|진|짐|져)|빼|취소)"
    r"|(?P<more>더|추가))"
)


def kind_count_changed(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous list with one kind's count changed by the turn, or ``None``.

    Args:
        text: The follow-up ("애 하나는 안간대").
        previous_steps: The previous turn's steps; one step read by kind.
    """
    said = _CHANGE.match(text)
    if said is None or len(previous_steps) != 1:
        return None
    found = kind_counts(previous_steps[0])
    if found is None:
        return None
    step, counts = found
    count = counts.get(kind_of(said["label"]))
    if count is None:
        return None
    by = int(_NUMBERS.get(said["n"], said["n"]))
    new = int(count["n"]) + (by if said["more"] else -by)
    if new < 0:
        return None
    changed = f"{step[: count.start('n')]}{new}{step[count.end('n') :]}"
    if new == 0 or labelled_kinds_total(changed) is None:
        return None  # nobody of that kind left: the list is another question
    return [changed], f"{said['label']} {count['n']} → {new}"
