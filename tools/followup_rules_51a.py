"""Follow-up rules of helper opens51a (sets 24 to 32), registered in
:data:`tools.followup_change_rules.CHANGES`.

:data:`CHANGES_51A` fires only when one of :mod:`tools.calculator_readers_51a`'s readers reads
the previous request (so it is tried first: older rules misplace those readings' figures);
:data:`SAID_CHANGES_51A` changes first turns older readers read, in words no rule read, and
is tried after every other rule. Each gives the changed sum as one step of plain arithmetic
(with 원 where the request was in won), kept only when code reads it.
"""

from __future__ import annotations

from tools.followup_rules_en_51a import ENGLISH_CHANGES_51A
from tools.followup_rules_ko_51a import KOREAN_CHANGES_51A
from tools.followup_said_changes_51a import SAID_CHANGES_51A

__all__ = ["CHANGES_51A", "SAID_CHANGES_51A"]

CHANGES_51A = (*KOREAN_CHANGES_51A, *ENGLISH_CHANGES_51A)
