"""English prices "for adults" and "for kids under 12": prices per adult, per kid.

Blind set 32: "lift tickets are 119 for adults and 79 for kids under 12, we're two adults and
three kids" went to the cloud, while "119 per adult and 79 per kid, 2 adults and 3 kids" is
read (each price times the count of its unit). "P for adults" names the price of one adult
the way a price list does; the age after the kind ("under 12", "12 and under", "aged 3-11",
"65+") says who counts as one, and is no figure of the sum. Both are said as a price per
the kind, so the unit readers pair them with the counts.
"""

from __future__ import annotations

import re

__all__ = ["prices_for_kinds"]

_KINDS = {
    "adults": "adult",
    "kids": "kid",
    "children": "child",
    "seniors": "senior",
    "students": "student",
    "teens": "teen",
    "toddlers": "toddler",
}
_AGE = (
    r"(?:\s*\(?(?:under|below|over|aged?|ages)\s+\d+(?:\s*(?:-|to)\s*\d+)?"
    r"|\s*\(?\d+\s*(?:and|&)\s*(?:under|up|over)|\s*\(?\d+\s*\+)\)?"
)
_FOR_KIND = re.compile(
    r"(?P<p>\$?\d+(?:\.\d+)?)\s*(?:dollars?\s+)?(?:each\s+)?for\s+(?:an?\s+)?"
    rf"(?P<k>{'|'.join(_KINDS)})\b(?:{_AGE})?",
    re.IGNORECASE,
)


def prices_for_kinds(text: str) -> str:
    """``text`` with "119 for adults" as "119 per adult" (its age qualifier dropped).

    Only when two or more kinds are priced so: a single "50 for kids" may be a total for
    all the kids, not a price per kid.
    """
    if len(_FOR_KIND.findall(text)) < 2:
        return text
    return _FOR_KIND.sub(lambda m: f"{m['p']} per {_KINDS[m['k'].lower()]}", text)
