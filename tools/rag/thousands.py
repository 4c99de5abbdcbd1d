"""Chat figures in thousands written out: "500k won" is the "500,000 won" a policy writes.

A question's figure picks the rule (tools.rag.figures) and is no topic word
(tools.rag.question); "500k" is neither while it stays one token, so a claim "over 500k
won" found no sentence stating 500,000 won and was declined as "not in the documents:
500k". Only the thousands suffix k is read: "5m" may be metres or minutes.
"""

from __future__ import annotations

import re

__all__ = ["thousands_written_out"]

# "500k", "1.5k", "500K": a figure with the suffix glued on or one space apart ("500 k").
_THOUSANDS = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?)\s?[kK](?![A-Za-z0-9])")


def thousands_written_out(text: str) -> str:
    """``text`` with every figure in thousands ("500k") written out ("500,000")."""
    return _THOUSANDS.sub(_written_out, text)


def _written_out(found: re.Match[str]) -> str:
    value = round(float(found.group(1)) * 1000)
    return f"{value:,}"
