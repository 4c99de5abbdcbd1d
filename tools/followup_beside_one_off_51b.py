"""A follow-up to a total with a once-paid amount beside it: "주3회로 늘리면", "락커 6개월로
하면?" after "… 4주 하고 교재비 2만5천원 따로면 한달 총 얼마" or "PT 10회 60만원 끊고 락커 한달에
만원씩 3개월 쓰면 다 해서 얼마야" (sets 35 and 36).

The change is read on the question without the once-paid clause, exactly as the rules read
it on that shorter question, and the clause is put back: the amount paid once stays as it
was. Only when :func:`tools.calculator_one_off_beside_51b.split_one_off` splits the
previous question and the rebuilt question splits again with the same amount.
"""

from __future__ import annotations

from collections.abc import Sequence

from tools.calculator_one_off_beside_51b import split_one_off
from tools.followup_previous_51b import one_step_read_by
from tools.korean_numbers import normalize_numerals

__all__ = ["change_beside_one_off"]


def change_beside_one_off(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous total re-read with the change applied beside its once-paid amount.

    Args:
        text: The follow-up turn.
        steps: The previous turn's step texts.
    """
    step = one_step_read_by(steps)
    split = None if step is None else split_one_off(step)
    if split is None:
        return None
    rest, clause, fee, first = split
    # Imported here: tools.followups imports the change list this module is part of.
    from tools.followups import resolve_follow_up

    resolved = resolve_follow_up(text, [rest])
    if resolved is None or len(resolved[0]) != 1:
        return None
    changed = resolved[0][0]
    rebuilt = f"{clause} {changed}" if first else f"{changed} {clause}"
    again = split_one_off(normalize_numerals(rebuilt))
    if again is None or again[2] != fee:
        return None
    return [rebuilt], resolved[1]
