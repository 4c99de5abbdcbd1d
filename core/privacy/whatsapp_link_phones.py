"""A phone number inside a WhatsApp click-to-chat link: ``https://wa.me/821047291836``,
``api.whatsapp.com/send?phone=447911123456`` (redteam37).

``wa.me`` links carry the full international number with no ``+``, no spaces and no
trunk zero, glued to a URL, so the phone rules (which want a national shape, a ``+`` or a
separator) read nothing. The link's path (or its ``phone=`` parameter) is the number, so
eight to fifteen digits there are read as a phone. A business's published chat link beside
a word of customer service (고객센터, 상담, support, customer service, official) stays public,
as a company's main line does.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_whatsapp_link_phones"]

_LINK_RE = LazyPattern(
    r"(?i:wa\.me/|whatsapp\.com/send/?\?(?:[^\s#]*&)?phone=|whatsapp://send\?phone=)"
    r"(?:\+|%2B)?(?P<number>[0-9]{8,15})(?![0-9])"
)
_SERVICE_RE = LazyPattern(
    r"고객[ \t]?센터|상담|공식|(?i:support|customer[ \t]+service|help[ \t]?desk|official)"
)


def detect_whatsapp_link_phones(text: str) -> Iterator[Hit]:
    """Phone numbers in WhatsApp chat links (see the module)."""
    lowered = text.lower()
    if "wa.me" not in lowered and "whatsapp" not in lowered:
        return
    service: bool | None = None
    for m in _LINK_RE.finditer(text):
        if service is None:
            service = _SERVICE_RE.search(text) is not None
        if not service:
            yield Hit("phone", m.start("number"), m.end("number"), 0.85, False)
