"""A clipped unit after a number, as chat writes it, spelled as documents write it.

Why this exists: "how much is 90 mins" (held-out 44, over an axe-throwing venue's price
table, "Standard, 90 minutes | £29.00") named no content term a document holds: "mins"
is no word of any document, so the step was planned as general knowledge and a small
local model invented "A 90-minute meal ...". "how much is 90 minutes" was answered from
the table. Chat clips units ("90 mins", "2 hrs", "1hr", "30 secs"); only a clip right
after a number is spelled out, so "min" as in "min age" is left alone.

Korean chat says 키로 or 킬로 for a kilometre as for a kilogram ("키로당 얼마 쳐줘요"); Kiwi
reads it as a bound noun no question term keeps, so "출장때 내차 끌고가면 키로당 얼마 쳐줘요"
never named the "per kilometre" of a mileage rule (xko59). It is spelled "km" only where
the question is about a car or a trip and names nothing weighed (몸무게, 짐, a baby's dose
"애기 키로당": left as typed); 킬로미터 is always a kilometre.
"""

from __future__ import annotations

import re

__all__ = ["with_korean_distance_spelled", "with_units_spelled"]

# A number, an optional space, then a clipped unit ending the word.
_CLIPPED = re.compile(
    r"(?P<n>\d+(?:\.\d+)?)\s?(?P<unit>mins?|hrs?|secs?)\b",
    re.IGNORECASE,
)
_SPELLED = {"min": "minute", "hr": "hour", "sec": "second"}


def with_units_spelled(question: str) -> str:
    """``question`` with "90 mins" written "90 minutes" and "1hr" "1 hour"."""

    def spelled(match: re.Match[str]) -> str:
        unit = match["unit"].lower()
        word = _SPELLED[unit.rstrip("s")]
        plural = match["n"] not in ("1", "1.0")
        return f"{match['n']} {word}{'s' if plural else ''}"

    return with_korean_distance_spelled(_CLIPPED.sub(spelled, question))


# 킬로미터 (and its chat spellings) is only ever a distance.
_KILOMETRE = re.compile(r"(?:킬로|키로)(?:미터|메터|메타)")
# 키로 or 킬로 as a unit: before 당 ("키로당"), or after a number ("50키로", "50 킬로에").
_CLIPPED_KO = re.compile(r"(?<=\d)\s?(?:키로|킬로)|(?<![가-힣])(?:키로|킬로)(?=\s?당)")
# A question about driving or a trip: where a kilometre is meant.
_TRAVEL = re.compile(r"차(?!이|례)|자가용|운전|출장|주행|거리|주유|기름값|마일리지|택시|이동")
# Anything weighed: where a kilogram is meant.
_WEIGHED = re.compile(
    r"몸무게|체중|무게|짐|수하물|캐리어|택배|소포|애기|아기|아이|어린이|먹|복용|용량|살|kg|킬로그램"
)


def with_korean_distance_spelled(question: str) -> str:
    """``question`` with 킬로미터 written "km", and 키로/킬로 too where a trip is asked about."""
    text = _KILOMETRE.sub("km", question)
    if _TRAVEL.search(text) and not _WEIGHED.search(text):
        text = _CLIPPED_KO.sub("km", text)
    return text
