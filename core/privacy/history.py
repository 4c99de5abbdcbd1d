"""Personal data split over several recent turns of one user.

People send a phone number as ``010`` / ``1234`` / ``5678`` in three messages,
or a resident registration number's halves a turn apart. Each turn alone holds
nothing a detector can confirm; the turns read together do. Unlike
:func:`core.privacy.scan_conversation` (which joins each turn with the end of
the one before), this joins the whole recent history, so an identifier cut
into three or more pieces is found too.
"""

from __future__ import annotations

from core.privacy.scanner import merge_findings, scan
from core.privacy.types import Finding

# Turns are joined with one space: the detectors accept a single space
# between digit groups ("010 1234 5678"), never a newline.
TURN_JOINER = " "
# How many of the most recent turns are read together by default: enough for
# a number typed in groups of three or four digits.
RECENT_TURNS = 6


def scan_recent_turns(turns: list[str], *, max_turns: int = RECENT_TURNS) -> list[list[Finding]]:
    """Scan the recent user turns as one text so split identifiers are found.

    Args:
        turns: The user's messages, oldest first (only the user's: the
            assistant's replies between them would break a number apart).
        max_turns: How many of the last turns are read together; older ones
            are scanned on their own.

    Returns:
        One list of findings per turn, offsets into that turn. A finding that
        spans turns appears, clipped to each turn's part, in every turn it
        touches.
    """
    results = [scan(t) for t in turns]
    first = max(0, len(turns) - max_turns)
    recent = turns[first:]
    if len(recent) < 2:
        return results
    starts: list[int] = []
    pos = 0
    for turn in recent:
        starts.append(pos)
        pos += len(turn) + len(TURN_JOINER)
    joined = TURN_JOINER.join(recent)
    for f in scan(joined):
        for k, (turn, lo) in enumerate(zip(recent, starts, strict=True)):
            hi = lo + len(turn)
            if f.end <= lo or f.start >= hi:
                continue  # outside this turn
            s, e = max(f.start, lo) - lo, min(f.end, hi) - lo
            if any(own.start < e and s < own.end for own in results[first + k]):
                # Its own scan has it. One wholly inside a turn may still be new: a label
                # in the turn before ("카드 번호 앞자리는 …", then "뒤는 7789 0042").
                continue
            part = Finding(f.type, s, e, turn[s:e], f.confidence, f.validated)
            results[first + k] = merge_findings(results[first + k], [part])
    return results


def recent_turns_contain_pii(turns: list[str], *, max_turns: int = RECENT_TURNS) -> bool:
    """Whether any of the recent turns, read alone or together, carries personal data.

    Args:
        turns: The user's messages, oldest first.
        max_turns: How many of the last turns are read together.

    Returns:
        True when any turn has a finding (fails closed on a split identifier).
    """
    return any(scan_recent_turns(turns, max_turns=max_turns))
