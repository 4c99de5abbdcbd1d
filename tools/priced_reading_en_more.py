"""More English readers of everyday price questions, for forms blind set 29 asked.

Run by ``tools.priced_reading_en.read_english``:

- :func:`units_through_adjectives`, after every reader: "165 a cubic yard … 7.5 yards",
  "250 per finished hour … 9.5 hours", "48 per outlet … 6 new outlets". A word before the
  thing counted or priced was read as its unit ("cubic", "finished", "new"), so the rate
  met no count; the noun after it is the unit when that makes the two meet.
- :func:`slice_for_each_guest`: "6.50 a slice for 120 guests": one of the priced thing for
  each guest, so the guests count the slices.
- :func:`thing_after_period_rate` (blind set 30): "45 a night per dog", "275 a week per
  kid": a rate per thing for each period, as "45 per dog per night" was already read.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tools.priced_figures import NUMBER, Claims, Count, Priced, Rate, unit_name

__all__ = [
    "counted_each_period",
    "slice_for_each_guest",
    "thing_after_period_rate",
    "units_through_adjectives",
]

_WORD = re.compile(r"\s*([a-z]+)", re.I)
# The people a "for N guests" counts, one priced thing each.
_PEOPLE_WORDS = frozenset({"person", "guest", "kid", "child", "student", "adult"})
# At most this many words may stand between a figure and its noun ("6 brand new outlets").
_MAX_WORDS_BEFORE_NOUN = 2
_NOT_NOUNS = frozenset({"per", "a", "an", "each", "every", "for", "and", "of", "plus"})


def _words_after(s: str, end: int, most: int) -> list[str]:
    words: list[str] = []
    position = end
    while len(words) < most:
        m = _WORD.match(s, position)
        # "1,150 a month per kid": a second "per" is another unit, never the noun of this one.
        if m is None or m[1].lower() in _NOT_NOUNS:
            break
        words.append(unit_name(m[1]))
        position = m.end()
    return words


def _relabel(claims: Claims, found: Priced, start: int, old: str, new: str) -> None:
    """The slot at ``start`` and its rate or count take the unit ``new`` for ``old``."""
    for i, (a, b, role) in enumerate(claims.slots):
        if a == start and role[0] in ("rate", "count") and role[1] == old:
            claims.slots[i] = (a, b, (role[0], new, *role[2:]))
            value = role[0]
            if value == "rate":
                for j, rate in enumerate(found.rates):
                    if rate.unit == old:
                        found.rates[j] = Rate(rate.amount, new, rate.per, rate.shown)
                        break
            else:
                for j, count in enumerate(found.counts):
                    if count.unit == old:
                        found.counts[j] = Count(
                            count.value, new, count.of, count.in_words, count.shown
                        )
                        break
            return


def units_through_adjectives(s: str, claims: Claims, found: Priced) -> None:
    """Each rate that no count meets, and each count no rate meets, takes the noun after
    its word as its unit when that noun is what the other side is in (one way only)."""
    rate_units = {r.unit for r in found.rates}
    count_units = {c.unit for c in found.counts}
    for start, end, role in list(claims.slots):
        if role[0] == "rate" and role[1] not in count_units:
            after = _unit_word_end(s, end, role[1])
            # (A rate's adjective is one word: "a cubic yard", "per finished hour".)
            nouns = [w for w in _words_after(s, after, 1) if w in count_units] if after else []
            if len(nouns) == 1 and len(found.rates) == 1:
                _relabel(claims, found, start, role[1], nouns[0])
        elif role[0] == "count" and role[1] not in rate_units and not role[2]:
            after = _unit_word_end(s, end, None)
            words = _words_after(s, after, _MAX_WORDS_BEFORE_NOUN) if after else []
            nouns = [w for w in words if w in rate_units]
            if len(nouns) == 1 and sum(c.unit == role[1] for c in found.counts) == 1:
                _relabel(claims, found, start, role[1], nouns[0])


def _unit_word_end(s: str, end: int, unit: str | None) -> int | None:
    """Where the word read as the unit ends, after the figure ending at ``end``."""
    m = re.compile(r"\s*(?:(?:an?|per)\s+)?([a-z]+)", re.I).match(s, end)
    if m is None or (unit is not None and unit_name(m[1]) != unit):
        return None
    return m.end()


_SLICE_FOR = re.compile(
    rf"(?P<v>{NUMBER})\s+(?:an?|per)\s+(?P<u>[a-z]+)\s+for\s+(?P<n>\d+)\s+(?P<who>[a-z]+)", re.I
)


def slice_for_each_guest(s: str, claims: Claims, found: Priced) -> None:
    """ "6.50 a slice for 120 guests": 120 slices, one a guest (a rate already read)."""
    for m in _SLICE_FOR.finditer(s):
        who = unit_name(m["who"])
        if who not in _PEOPLE_WORDS or not claims.free(m, "n") or claims.free(m, "v"):
            continue
        unit = unit_name(m["u"])
        if unit in _PEOPLE_WORDS or not any(r.unit == unit for r in found.rates):
            continue
        # (Its slot is the guests': "we cut the list to 100 guests" changes this figure.)
        n = claims.take(m, "n", "count", "person", "")
        assert n is not None
        found.counts.append(Count(Decimal(n), unit))


_PERIOD_UNITS = frozenset({"hour", "day", "night", "week", "month", "year"})
_PER_THING = re.compile(r"\s+(?:per|for\s+each)\s+([a-z]+)\b", re.I)


def thing_after_period_rate(s: str, end: int, unit: str) -> str | None:
    """ "45 a night per dog": the thing a rate per period is for, or ``None``.

    Args:
        s: The request, as read.
        end: Where the rate's "a night" ends.
        unit: The rate's unit as read ("night").
    """
    if unit not in _PERIOD_UNITS:
        return None
    m = _PER_THING.match(s, end)
    if m is None:
        return None
    thing = unit_name(m[1])
    return None if thing in _PERIOD_UNITS or thing == unit else thing


def counted_each_period(found: Priced, each_period: dict[str, str]) -> None:
    """The things a rate "a night per dog" is for are counted each night, said or not.

    With no count of nights the chain then ends only at a night asked ("what's a night"),
    never at the dogs ("60 a month per child, 3 children, what's a year" is no 180).
    """
    for i, count in enumerate(found.counts):
        period = each_period.get(count.unit)
        if period and not count.of:
            found.counts[i] = Count(count.value, count.unit, period, count.in_words, count.shown)
