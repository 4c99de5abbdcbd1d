"""A share said again after a first turn that had one is that share anew, not a second one.

Blind set 31: after "my dental cleaning costs 180 and insurance covers 80%, what do I pay"
(36), "and if they only cover 60%" was read as 60% paid by another *of the 36* (14.4):
the rule for a share newly paid by someone takes the previous result as the whole. When
the previous turn already named a percent, the new one takes its place (72), which the
slot reader does; the share-of-the-result rule stands aside.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["share_said_before"]

_PERCENT = re.compile(r"\d\s*(?:%|퍼센트|프로|percent\b)", re.IGNORECASE)


def share_said_before(steps: Sequence[str]) -> bool:
    """Whether the first of the previous turn's steps named a percent.

    Args:
        steps: The previous turn's step texts (later ones are edits of the result).
    """
    return bool(steps) and _PERCENT.search(steps[0]) is not None
