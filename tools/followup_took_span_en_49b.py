"""A job's length told again in other words: "my bad, it took him an hour" after 40 minutes.

Set 30: after "the locksmith's base charge is 70 and then 1.50 a minute, he took 40 minutes"
(130), "my bad, it took him an hour" went to the cloud, though "what if he took 60 minutes"
is read. The new length is said in hours where the request counted minutes; in the request's
own unit it is the same change: 60 minutes, 70 + 1.50 x 60 = 160.

Only when the request states one length in minutes or in hours, and the turn says how long
"it took"; the length is said again in the request's unit and resolved as
"what if it took N <unit>". A new length equal to another figure of the request declines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

__all__ = ["took_span_restated"]

_N = r"\d+(?:\.\d+)?"
_TOOK = re.compile(
    r"^\s*(?:(?:oh|sorry|my\s+bad|actually|wait|oops)\s*,?\s*)*(?:it|he|she|they|the\s+job)\s+"
    r"(?:actually\s+)?took\s+(?:(?:him|her|them|me|us)\s+)?"
    rf"(?P<span>an?\s+hour|half\s+an\s+hour|an\s+hour\s+and\s+a\s+half|{_N}\s+hours?|{_N}\s+minutes?)"
    r"\s*(?:instead)?\s*[.!?]*\s*$",
    re.I,
)
_STEP_SPAN = re.compile(rf"(?<![\d.])(?P<n>{_N})\s+(?P<u>minutes?|hours?)\b", re.I)


def _minutes(span: str) -> Decimal:
    span = span.lower()
    if span in ("an hour", "a hour"):
        return Decimal(60)
    if span == "half an hour":
        return Decimal(30)
    if span == "an hour and a half":
        return Decimal(90)
    figure, unit = span.split()
    return Decimal(figure) * (60 if unit.startswith("hour") else 1)


def took_span_restated(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The follow-up resolved as "what if it took N <the request's unit>", or ``None``.

    Args:
        text: The follow-up ("my bad, it took him an hour").
        steps: The previous turn's steps; one stating one length.
    """
    said = _TOOK.match(text)
    if said is None or len(steps) != 1:
        return None
    spans = list(_STEP_SPAN.finditer(steps[0]))
    if len(spans) != 1:
        return None  # no one length to change ("3 hours 45 minutes" is two)
    minutes = _minutes(re.sub(r"\s+", " ", said["span"].strip()))
    unit = spans[0]["u"].lower()
    value = minutes if unit.startswith("minute") else minutes / 60
    shown = f"{value.normalize():f}"
    others = {Decimal(f) for f in re.findall(rf"(?<![\d.]){_N}", steps[0].replace(",", ""))}
    if value in others - {Decimal(spans[0]["n"])}:
        # "60 to come out … 60 minutes": two figures alike, which the readers may take for
        # one (the call-out fee was dropped, 120 for 180); never risk it.
        return None
    asked = f"what if it took {shown} {'minutes' if unit.startswith('minute') else 'hours'}"
    # The follow-up rules read the turn as asked (imported here: they import this table).
    from tools.followups import resolve_follow_up

    return resolve_follow_up(asked, steps)
