"""A home's GPS coordinates: ``our house is at 51.47302, -0.20914``, ``우리 집 좌표가 37.49213,
127.03817`` (redteam25).

A latitude and longitude to four or more decimals point to one building: given as where the
writer lives, they are the home address in numbers. The same pair for a landmark or a
meeting point in a travel question names no one, so the pair counts only when a word of the
writer's home comes shortly before it in the same sentence (``my/our house``, ``home``,
``flat``, ``where I live``, ``우리 집``, ``자택``, ``사는 곳``…). The pair is a latitude
(-90 to 90) and a longitude (-180 to 180), each with at least four decimals, joined by a
comma or a space, optionally with ``N``/``E`` letters or degree signs. Reported as
``address``.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_home_coordinates"]

_NUMBER = r"-?[0-9]{1,3}\.[0-9]{4,}°?(?:[ \t]?[NSEW])?"
_COORDS_RE = LazyPattern(
    r"(?<![0-9.\-])(?P<pair>(?P<lat>"
    + _NUMBER
    + r")(?:[ \t]*,[ \t]*|[ \t]+)(?P<lon>"
    + _NUMBER
    + r"))"
    r"(?![0-9])"
)
_HOME_BEFORE_RE = LazyPattern(
    r"(?:(?i:\b(?:my|our)[ \t]+(?:house|home|flat|apartment|place|address|cottage)\b|"
    r"\bhome[ \t]+(?:is|address|location|coordinates)\b|where[ \t]+(?:I|we)[ \t]+live"
    r"|\b(?:I|we)[ \t]+live\b)"
    r"|우리[ \t]?집|저희[ \t]?집|우리집|자택|사는[ \t]?곳|제[ \t]?집|내[ \t]?집|본가|친정|시댁)"
    r"[^.!?\n]{0,48}\Z"
)
_REACH = 64


def _degrees(number: str) -> float:
    return float(number.rstrip("NSEW \t°"))


def detect_home_coordinates(text: str) -> Iterator[Hit]:
    """Coordinates given as the writer's home (see the module)."""
    if "." not in text:
        return
    for m in _COORDS_RE.finditer(text):
        lat, lon = _degrees(m.group("lat")), _degrees(m.group("lon"))
        if abs(lat) > 90 or abs(lon) > 180:
            continue
        if _HOME_BEFORE_RE.search(text, max(0, m.start() - _REACH), m.start()) is None:
            continue
        yield Hit("address", m.start("pair"), m.end("pair"), 0.75, False)
