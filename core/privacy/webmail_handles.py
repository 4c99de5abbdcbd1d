"""An e-mail address said as "name at host", without the domain's ending.

``I'm rowan_whitlock at hotmail``: people name a webmail service by its brand and leave
out ``.com``, since everyone knows it. :mod:`core.privacy.spoken` folds ``name at host
dot com`` into an address but needs the ending; without it nothing is found, though the
handle and the service are the whole address.

Rule: a handle, then ``at``, then the name of a webmail service (gmail, hotmail, outlook,
yahoo, icloud, proton, naver, daum, ...) not followed by a dot or a spelled "dot" (the
whole forms are the fold's). The handle must look like one (a dot or an underscore joining
two parts, or a digit) or an e-mail cue must come right before it (``my email is``, ``mail
me:``, ``reach me at``): ``I work at yahoo``, ``contact sales at Kakao``, ``a co-founder at Kakao``
name an employer, not an inbox.
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
# Services that are only a mailbox: nobody works "at gmail" in a sentence about a person's
# job, so any handle before them is one ("kit-fox at gmail", "jdoe at hotmail").
_MAIL_ONLY_RE = LazyPattern(r"(?i)gmail|googlemail|hotmail|icloud|proton(?:mail)?|hanmail|gmx")
_HANDLE_RE = LazyPattern(
    r"(?<![A-Za-z0-9._%+-])(?P<handle>[A-Za-z0-9][A-Za-z0-9._+-]{1,63})[ \t]+(?i:at)[ \t]+"
    r"(?P<host>(?i:" + _HOSTS + r"))(?![A-Za-z0-9]|[ \t]*(?:\.|(?i:dot)\b))"
)
# An e-mail cue right before the handle: "my email is jdoe at", "mail me: kit.fox at",
# "reach me at jdoe at". Not "contact sales at Kakao", "contact me, I work at Naver".
_CUE_RE = LazyPattern(
    r"(?i:(?:e-?mail|mail|inbox)(?:[ \t]+(?:address|id))?(?:[ \t]+(?:is|was|'s))?[ \t]*:?"
    r"|address(?:[ \t]+(?:is|was))?[ \t]*:?"
    r"|(?:e-?mail|mail|write|reach|contact)[ \t]+(?:me|us)(?:[ \t]*:|[ \t]+(?:on|at)[ \t]*:?)"
    r"|contact[ \t]*:)[ \t]+$"
)
# A dot or an underscore joining two parts ("kit.fox", "rowan_whitlock"), or a digit with a
# letter ("jdoe88"), or digits alone as long as a QQ number. A dash alone is no mark:
# "co-founder", "UX-designer".
_MARKED_RE = LazyPattern(r"[A-Za-z0-9][._][A-Za-z0-9]|(?=.*[A-Za-z])(?=.*[0-9])|^[0-9]{5,}$")
# Words that stand before "at <company>" without being a handle ("I'm an engineer at Naver",
# "see you at gmail HQ").
_NOT_HANDLES_TEXT = """
work works worked working sales support help info team office staff here there now
still currently based employed intern engineer designer founder co-founder manager
developer back home online busy
you me us them him her it everyone someone people folks friends
"""
_NOT_HANDLES = frozenset(_NOT_HANDLES_TEXT.split())


def detect_webmail_handle(text: str) -> Iterator[Hit]:
    """Handles said with a webmail service's name after "at" (see the module)."""
    if " at " not in text.lower():
        return
    for m in _HANDLE_RE.finditer(text):
        handle = m.group("handle")
        if handle.lower() in _NOT_HANDLES or not handle[-1].isalnum():
            continue
        marked = _MARKED_RE.search(handle) is not None
        mailbox = _MAIL_ONLY_RE.fullmatch(m.group("host")) is not None
        if marked or mailbox or _CUE_RE.search(text, max(0, m.start() - 30), m.start()):
            yield Hit("email", m.start("handle"), m.end(), 0.75, False)
