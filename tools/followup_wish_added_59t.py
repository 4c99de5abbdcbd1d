"""A rate added as a wish, or before the split: "we want to add 18% tip before splitting".

Set 51: after "dinner came to 240 dollars for six of us, what does everyone owe" ($40.00),
"we want to add 18% tip before splitting" was read by no rule and a local model answered
"$18.00". "add 18% tip" alone is read (the rate on the result, 40 x 1.18 = 47.20). The
wish ("we want to", "let's", "i need to"), "an" before the rate, and "before splitting"
add nothing to that reading: a rate on the whole bill is the same rate on each share.

Only a whole turn of that shape is said plainly as "add N% <what>"; anything else in it
(another amount, "first" with a coupon whose order matters) leaves it as it is.
"""

from __future__ import annotations

import re

__all__ = ["wish_as_operation"]

# Off only to show what the rule changes (its tests switch it off).
use_wish_added = True

_WISH_ADDED = re.compile(
    r"^\s*(?:(?:ok|so|and|then)\s*,?\s*)?(?:(?:we|i)\s+(?:want|wanna|need|have|'d\s+like)\s+to"
    r"|we'?d\s+like\s+to|let'?s|lets)?\s*(?:add|plus|put)\s+(?:an?\s+|on\s+an?\s+)?"
    r"(?P<pct>\d+(?:\.\d+)?)\s*%\s*(?:for\s+(?:the\s+)?)?"
    r"(?P<what>tip|tax|sales\s+tax|vat|service\s+charge|gratuity)(?:\s+on)?"
    r"(?:\s+before\s+(?:we\s+)?(?:split(?:ting)?|divid(?:e|ing))(?:\s+(?:it|up|it\s+up))?)?"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def wish_as_operation(text: str) -> str:
    """``text`` as "add N% tip" when it is only that rate added, wished or before a split."""
    if not use_wish_added:
        return text
    found = _WISH_ADDED.match(text)
    if found is None:
        return text
    what = "service charge" if "service" in found["what"].lower() else found["what"].lower()
    what = "tip" if what == "gratuity" else what
    return f"add {found['pct']}% {what}"
