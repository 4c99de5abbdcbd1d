"""A PuTTY private key file (``.ppk``): the lines after ``Private-Lines: N`` and the
``Private-MAC:`` value (redteam31).

The PEM rule reads ``-----BEGIN … PRIVATE KEY-----`` blocks; PuTTY writes its keys in a
format of its own, ``PuTTY-User-Key-File-2/3:`` then the public lines, then the private
part as base64 lines counted by ``Private-Lines:``. With ``Encryption: none`` those lines
are the key itself. The public lines and the comment are left alone; the private lines and
the MAC (which binds the file) are reported.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_putty_key_files"]

_PRIVATE_RE = LazyPattern(r"Private-Lines:[ \t]*(?P<count>[0-9]{1,3})[ \t]*\r?\n")
_LINE_RE = LazyPattern(r"[ \t]*(?P<line>[A-Za-z0-9+/=]{8,})[ \t]*\r?(?:\n|$)")
_MAC_RE = LazyPattern(r"Private-(?:MAC|Hash):[ \t]*(?P<mac>[0-9a-fA-F]{16,128})")


def detect_putty_key_files(text: str) -> Iterator[Hit]:
    """The private lines and MAC of a PuTTY key file (see the module)."""
    if "PuTTY-User-Key-File" not in text and "Private-Lines:" not in text:
        return
    for m in _PRIVATE_RE.finditer(text):
        pos = m.end()
        for _ in range(int(m.group("count"))):
            line = _LINE_RE.match(text, pos)
            if line is None:
                break
            yield Hit("secret", line.start("line"), line.end("line"), 0.95, True)
            pos = line.end()
    for m in _MAC_RE.finditer(text):
        yield Hit("secret", m.start("mac"), m.end("mac"), 0.9, True)
