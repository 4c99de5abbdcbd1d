"""An amount added for a service named by its "-ing" word: "plus 200 cleaning".

"ski cabin is 1,150 for the weekend plus 200 cleaning, theres 5 of us" (set 40) adds 200
for the cleaning; the price reader took "200 cleaning" for 200 things called cleaning and
read nothing. A figure after "plus" whose next word is an activity in "-ing" (cleaning,
parking, shipping, handling, booking) is money paid for it, said again as "plus 200 for
cleaning", which the reader takes as an amount paid once.
"""

from __future__ import annotations

import re

__all__ = ["service_fee_restated"]

_PLUS_SERVICE = re.compile(
    r"\b(?P<plus>plus|and)\s+(?P<v>\$?\d(?:[\d,]*\d)?(?:\.\d+)?)\s+(?P<w>[a-z]{3,}ing)\b"
    r"(?!\s+(?:fee|charge|costs?|per|a|each|every|for)\b)",
    re.IGNORECASE,
)


def service_fee_restated(text: str) -> str | None:
    """``text`` with each "plus N <service>ing" said as "plus N for <service>ing", or None."""
    restated = _PLUS_SERVICE.sub(lambda m: f"{m['plus']} {m['v']} for {m['w']}", text)
    return restated if restated != text else None
