"""Follow-ups that keep the previous result and change what it is about: no figure swap.

Swapping one figure of the previous request re-runs it, so it answers the previous
question again with the new figure. Two shapes of turn ask something else, and the swap
gave a confident wrong figure on the twenty-third unseen set:

- the turn holds the previous *result* fixed ("and if I do 10k at that pace how long",
  "그 속도로 20km 가면"): after "5 km in 27:30, what's my pace", swapping 5 for 10 gave
  a new pace (2:45 a km) where the turn asked for a time at the same pace;
- the turn names another package size ("what about the 24-pack", "30구짜리는?") and no
  price: a pack of another size is another product with its own price, so dividing the
  old price by the new count ("8.40 / 24 = 0.35") invents it.

Both are declined here (the turn goes on to a tier that can read it, or says it cannot).
"""

from __future__ import annotations

import re

__all__ = ["changes_what_the_result_is_about"]

_HOLDS_THE_RESULT = re.compile(
    r"\bat\s+(?:that|the\s+same|this|my|your)\s+(?:pace|speed)\b"
    r"|(?:그|이|같은|저)\s*(?:속도|속력|페이스)로",
    re.IGNORECASE,
)
# A size names the product ("the 24-pack", "30구짜리", "10개입"); a plural counts packs of
# the same one ("2 more packs", "두 팩 더"), which a swap reads rightly.
_PACK_SIZE = re.compile(
    r"\b\d+\s*-?\s*(?:pack|pk|piece|pc)\b(?!s)|\d+\s*(?:개입|구|입)(?=짜리|[은는이가으로요면?\s]|$)",
    re.IGNORECASE,
)
_PRICE = re.compile(r"[$₩]|\d\s*(?:원|달러|won\b|dollars?\b|bucks\b|cents?\b)|\d+\.\d\d\b", re.I)


def changes_what_the_result_is_about(text: str) -> bool:
    """Whether the turn keeps the last result or names another product without its price."""
    if _HOLDS_THE_RESULT.search(text):
        return True
    return bool(_PACK_SIZE.search(text)) and not _PRICE.search(text)
