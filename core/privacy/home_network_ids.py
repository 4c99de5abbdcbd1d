"""A home's public IP address and a home device's MAC address (redteam25).

``our public IP is 81.174.233.19``, ``my camera's MAC is 3C:22:FB:91:4E:07``, ``우리 집 공유기
외부 IP가 121.134.77.208``: a home's public address locates the household (a provider maps
it to a subscriber), and a device's hardware address identifies the device wherever it
goes. The same shapes in a network guide (``ping 8.8.8.8``, ``the router at 192.168.0.1``,
a vendor's example MAC) name no one, so:

- an IPv4 address counts only when it is globally routable (not private, loopback,
  link-local or a documentation range) and a word of the writer's own place or device
  comes shortly before it (``my``, ``our``, ``home``, ``우리``, ``집``, ``제``, ``내``…),
  but not a version (``my app is on 7.19.84.2``) or a resolver (``my DNS is 8.8.8.8``);
- a MAC address (six hex pairs joined by ``:`` or ``-``) counts with such a word too, and
  never when it is all zeros or the broadcast address.

Both are reported as ``address``: a network address of the writer's home.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_home_network_ids"]

_IPV4_RE = LazyPattern(
    r"(?<![0-9.])(?P<ip>(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
    r"(?:\.(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])){3})(?![0-9]|\.[0-9])"
)
_MAC_RE = LazyPattern(
    r"(?<![0-9A-Fa-f:-])(?P<mac>[0-9A-Fa-f]{2}(?P<sep>[:-])[0-9A-Fa-f]{2}"
    r"(?:(?P=sep)[0-9A-Fa-f]{2}){4})(?![0-9A-Fa-f:-])"
)
# The writer's own home or device, in the same sentence shortly before the address.
_OWN_BEFORE_RE = LazyPattern(
    r"(?:(?i:\b(?:my|our|home|house|flat|apartment|mine)\b)|우리|집|제[ \t]|내[ \t]|저희|자택)"
    r"[^.!?\n]{0,48}\Z"
)
# redteam35: a device's MAC a sentence after the person's device is named ("block my ex's
# phone on my router? its MAC is …"): the window may cross one question mark.
_OWN_DEVICE_BEFORE_RE = LazyPattern(
    r"(?:(?i:\b(?:my|our|home|house|flat|apartment|mine)\b)|우리|집|제[ \t]|내[ \t]|저희|자택)"
    r"[^.!\n]{0,64}?(?i:\bits|\btheir|\bhis|\bher|그)[ \t]*(?i:MAC|맥)[^.!?\n]{0,16}\Z"
)
# Four numbers that are a version, or the address of a public name server.
_NOT_HOME_BEFORE_RE = LazyPattern(
    r"(?:(?i:\b(?:version|ver\.?|dns|name[ \t]?server|resolver)\b)|(?<![A-Za-z])[vV]|버전)"
    r"[^.!?\n]{0,16}\Z"
)
_NOT_DEVICES = frozenset({"00:00:00:00:00:00", "ff:ff:ff:ff:ff:ff"})
# How far before the address the word may stand.
_REACH = 60


def _own(text: str, start: int) -> bool:
    return _OWN_BEFORE_RE.search(text, max(0, start - _REACH), start) is not None


def detect_home_network_ids(text: str) -> Iterator[Hit]:
    """A home's public IPv4 address and a home device's MAC (see the module)."""
    if "." in text:
        for m in _IPV4_RE.finditer(text):
            if _NOT_HOME_BEFORE_RE.search(text, max(0, m.start() - 24), m.start()):
                continue
            if ipaddress.IPv4Address(m.group("ip")).is_global and _own(text, m.start()):
                yield Hit("address", m.start("ip"), m.end("ip"), 0.7, False)
    if ":" in text or "-" in text:
        for m in _MAC_RE.finditer(text):
            mac = m.group("mac").replace("-", ":").lower()
            own_device = _OWN_DEVICE_BEFORE_RE.search(text, max(0, m.start() - 96), m.start())
            if mac not in _NOT_DEVICES and (_own(text, m.start()) or own_device is not None):
                yield Hit("address", m.start("mac"), m.end("mac"), 0.7, False)
