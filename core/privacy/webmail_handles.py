"""An e-mail address said as "name at host", without the domain's ending.

``I'm rowan_whitlock at hotmail``: people name a webmail service by its brand and leave
out ``.com``, since everyone knows it. :mod:`core.privacy.spoken` folds ``name at host
dot com`` into an address but needs the ending; without it nothing is found, though the
handle and the service are the whole address.

Rule: a handle, then ``at``, then the name of a webmail service (gmail, hotmail, outlook,
yahoo, icloud, proton, naver, daum, ...) not followed by a dot or a spelled "dot" (the
whole forms are the fold's). The handle must look like one (a dot, an underscore, a dash
or a digit in it) or an e-mail word must come shortly before it: ``I work at yahoo`` names
an employer, not an inbox.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_webmail_handle"]

_HOSTS = (
    r"gmail|googlemail|hotmail|outlook|live|msn|yahoo|aol|icloud|me\.com|proton(?:mail)?|"
    r"fastmail|gmx|zoho|yandex|mail\.ru|naver|daum|hanmail|kakao|nate|qq|163"
)
_HANDLE_RE = LazyPattern(
    r"(?<![A-Za-z0-9._%+-])(?P<handle>[A-Za-z0-9][A-Za-z0-9._%+-]{1,63})[ \t]+(?i:at)[ \t]+"
    r"(?i:" + _HOSTS + r")(?![A-Za-z0-9]|[ \t]*(?:\.|(?i:dot)\b))"
)
_EMAIL_WORD_RE = LazyPattern(r"(?i:e-?mail|mail|inbox|address|reach[ \t]+me|contact)")
_HANDLE_MARKS = frozenset("._-0123456789")


def detect_webmail_handle(text: str) -> Iterator[Hit]:
    """Handles said with a webmail service's name after "at" (see the module)."""
    if " at " not in text.lower():
        return
    for m in _HANDLE_RE.finditer(text):
        handle = m.group("handle")
        marked = any(ch in _HANDLE_MARKS for ch in handle)
        if marked or _EMAIL_WORD_RE.search(text, max(0, m.start() - 30), m.start()):
            yield Hit("email", m.start("handle"), m.end(), 0.75, False)
