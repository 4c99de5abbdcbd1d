"""Word problems read as one sum of the figures they name, one row of a table per phrasing
(sets 8 to 29, helper opens50a; five readers of one shape folded into this table).

Each row finds its figures by the words around them (one pattern per part, its named
groups the figures), may need a cue said (what is asked, 왕복) or rule one out, holds the
question to exactly as many figures as it names (so no figure goes unread), checks what the
words alone cannot (the same unit, a discount under the price), and writes the sum from
the figures. Any condition unmet reads nothing: the next reader, or a tier that reads the
words, takes the question.

The readers keep their names (:data:`takings_at_price` …); :mod:`tools.calculator_readers_50a`
lists them in its order beside the readers of other shapes.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from core.lazy_regex import LazyPattern

__all__ = [
    "PER_LITRE_OFF",
    "SumForm",
    "each_gets_at_price",
    "fill_time_minutes",
    "fuel_less_discount_per_litre",
    "round_trip_fare_days",
    "takings_at_price",
]

_N = r"\d+(?:\.\d+)?"
_FIGURE = re.compile(rf"(?<![\d.]){_N}")

#: A check on the question (commas out) and the parts found, in the row's order.
Fits = Callable[[str, Sequence[re.Match[str]]], bool]


def _always(_s: str, _parts: Sequence[re.Match[str]]) -> bool:
    return True


@dataclass(frozen=True)
class SumForm:
    """One phrasing of a sum.

    Attributes:
        parts: Patterns that must all be found (the first match of each); their named
            groups are the figures ``arithmetic`` names.
        arithmetic: The sum, ``str.format`` fields named as the groups ("{p} * {n}").
        figures: How many figures the question holds, exactly.
        cues: Words that must be said too.
        never: Words that rule the form out.
        uncounted: Figures where this matches are not counted (the 1 of "1달").
        fits: A check the patterns cannot say (an order, a unit, a size).
    """

    parts: tuple[LazyPattern, ...]
    arithmetic: str
    figures: int
    cues: tuple[LazyPattern, ...] = ()
    never: tuple[LazyPattern, ...] = ()
    uncounted: re.Pattern[str] | None = None
    fits: Fits = _always

    def read(self, question: str) -> str | None:
        """The sum ``question`` (numerals as digits) says in this form, or ``None``."""
        s = question.replace(",", "")
        found = [part.search(s) for part in self.parts]
        parts = [m for m in found if m is not None]
        if len(parts) != len(found):
            return None
        if not all(cue.search(s) for cue in self.cues) or any(n.search(s) for n in self.never):
            return None
        if self._count(s) != self.figures or not self.fits(s, parts):
            return None
        figures = {k: v for m in parts for k, v in m.groupdict().items() if v is not None}
        return self.arithmetic.format(**figures)

    def _count(self, s: str) -> int:
        uncounted = self.uncounted
        return sum(
            1 for f in _FIGURE.finditer(s) if uncounted is None or not uncounted.match(s, f.start())
        )


def _reads_any(*forms: SumForm) -> Callable[[str], str | None]:
    """A reader trying ``forms`` in order, the first sum read wins."""

    def read(question: str) -> str | None:
        return next((said for form in forms if (said := form.read(question))), None)

    return read


def _volume_unit(said: str) -> str:
    return "gallon" if said.lower().startswith("gallon") else "litre"


# "the vending machine sells cans at 1.75 and it sold 96 this week, what did it take in":
# a price said with "sells … at/for P", then "sold N", the takings asked: 1.75 * 96.
_TAKINGS = SumForm(
    parts=(
        LazyPattern(
            rf"\bsells?\s+(?:[a-z]+\s+){{1,3}}?(?:at|for)\s+\$?(?P<p>{_N})"
            r"(?:\s+(?:each|a\s+piece|apiece))?\b",
            re.I,
        ),
        LazyPattern(r"\bsold\s+(?P<n>\d+)\b(?!\s*(?:%|\.\d))", re.I),
    ),
    arithmetic="{p} * {n}",
    figures=2,
    cues=(
        LazyPattern(
            r"\bwhat\s+did\s+(?:it|they|we|i|she|he)\s+(?:take\s+in|make|earn|bring\s+in|gross)\b"
            r"|\bhow\s+much\s+did\s+(?:it|they|we|i|she|he)\s+(?:take\s+in|make|earn|bring\s+in)\b",
            re.I,
        ),
    ),
    # The count sold is said after the price.
    fits=lambda _s, parts: parts[1].start() >= parts[0].end(),
)

# "my garden hose puts out 14 liters a minute, how long to fill a 1,134 liter pool": a flow a
# minute and a volume in the same unit, how long asked: 1134 / 14 minutes.
_FILL_TIME = SumForm(
    parts=(
        LazyPattern(
            rf"(?P<r>{_N})\s*(?P<u>lit(?:er|re)s?|gallons?|l)\s+(?:a|per|each|every)\s+minute\b",
            re.I,
        ),
        LazyPattern(
            rf"\bhow\s+long\b.*\bto\s+fill\s+(?:up\s+)?(?:a|an|the|my|our)?\s*(?P<v>{_N})\s*[- ]?"
            r"(?P<vu>lit(?:er|re)s?|gallons?|l)\b",
            re.I,
        ),
    ),
    arithmetic="{v} / {r}",
    figures=2,
    fits=lambda _s, parts: (
        _volume_unit(parts[0]["u"]) == _volume_unit(parts[1]["vu"]) and float(parts[0]["r"]) > 0
    ),
)

_GETS = r"(?:gets?|has|have|receives?|is\s+getting|are\s+getting|orders?)"
_EACH_GETS_ASKED = LazyPattern(r"\b(?:bill|total|cost|come\s+to|how\s+much)\b", re.I)


def _each_gets(group_each: str) -> SumForm:
    """The group (``g``) each getting things (``k``) at one price (``p``) after them."""
    return SumForm(
        parts=(
            LazyPattern(
                rf"{group_each}\s+{_GETS}\s+(?P<k>\d+)\s+[a-z]+\s+"
                rf"(?:at|for)\s+\$?(?P<p>{_N})\b(?:\s+(?:each|a\s+piece|apiece))?",
                re.I,
            ),
        ),
        arithmetic="{g} * {k} * {p}",
        figures=3,
        cues=(_EACH_GETS_ASKED,),
    )


# "open bar: each of the 60 guests gets 2 drinks at 7.50, what's the bar bill": the group,
# the things each gets and one price after them: 60 * 2 * 7.50.
_EACH_OF_GETS = _each_gets(r"\beach\s+of\s+(?:the\s+|our\s+)?(?P<g>\d+)\s+[a-z]+")
# "60 guests each get 2 drinks at 7.50": the same, the group said first.
_GROUP_EACH_GETS = _each_gets(r"(?<![\d.])(?P<g>\d+)\s+[a-z]+\s+each")

# "주유할인카드 쓰면 리터당 100원 빠지는데 휘발유 1,720원일 때 40리터 넣으면 얼마야": the discount a
# litre, the price and the litres put in: (1720 - 100) * 40.
_FUEL_LITRES = LazyPattern(rf"(?P<l>{_N})\s*(?:리터|L|ℓ)(?!\s*당)")
# (Named: the discount dropped in a follow-up, "할인카드 없으면", is this one made 0원.)
PER_LITRE_OFF = LazyPattern(
    rf"(?:리터당|1\s*리터에|L당|ℓ당)\s*(?P<d>{_N})\s*원\s*(?:씩\s*)?(?:빠지|빼|할인|싸|깎|적립)"
)
_FUEL_DISCOUNT = SumForm(
    parts=(
        PER_LITRE_OFF,
        LazyPattern(
            rf"(?:휘발유|경유|기름값?|유가|기름)\s*(?:이|가|은|는)?\s*(?:리터당\s*)?(?P<p>{_N})\s*원"
        ),
        _FUEL_LITRES,
    ),
    arithmetic="({p} - {d}) * {l}",
    figures=3,
    # The litres said once, and a discount under the price.
    fits=lambda s, parts: (
        len(_FUEL_LITRES.findall(s)) == 1 and float(parts[0]["d"]) < float(parts[1]["p"])
    ),
)

# "지하철 1,550원 출퇴근 왕복으로 한달에 22일 타면 교통비 얼마": a one-way fare ridden both ways on
# so many days: 1550 * 2 * 22. (A fare said as 왕복 itself, "왕복 3,100원", is not doubled.)
_ROUND_TRIP_DAYS = SumForm(
    parts=(
        LazyPattern(
            rf"(?:지하철|버스|전철|기차|교통비|요금)\s*(?:편도\s*)?(?:요금\s*)?(?:이|은|는)?\s*(?P<f>{_N})\s*원"
        ),
        LazyPattern(r"(?<![\d.])(?P<d>\d+)\s*일\s*(?:동안|간)?\s*(?:타|다니|출퇴근|통근)"),
    ),
    arithmetic="{f} * 2 * {d}",
    figures=2,
    cues=(LazyPattern(r"왕복"),),
    never=(LazyPattern(rf"왕복\s*(?:요금\s*)?(?:이|은|는)?\s*{_N}\s*원"),),
    # The 1 of "1달" (한달 as digits) is no figure of the sum.
    uncounted=re.compile(r"1\s*달"),
)

takings_at_price = _TAKINGS.read
fill_time_minutes = _FILL_TIME.read
each_gets_at_price = _reads_any(_EACH_OF_GETS, _GROUP_EACH_GETS)
fuel_less_discount_per_litre = _FUEL_DISCOUNT.read
round_trip_fare_days = _ROUND_TRIP_DAYS.read
