"""The words that say which way a trip goes: one way (편도) or there and back (왕복).

Several readers check them (a fare priced one way and asked both ways, a fuel cost whose
distance may be one leg, a "왕복이면?" follow-up to a trip that had not said); they share
these spellings so a word added for one is read by all.
"""

from __future__ import annotations

__all__ = ["BOTH_WAYS", "ONE_WAY", "WAY_SAID"]

ONE_WAY = r"편도|one[\s-]way|each\s+way"
BOTH_WAYS = r"왕복|round[\s-]*trip|there\s+and\s+back|both\s+ways"
# Either: the trip's direction is said, one way or the other.
WAY_SAID = f"{ONE_WAY}|{BOTH_WAYS}"
