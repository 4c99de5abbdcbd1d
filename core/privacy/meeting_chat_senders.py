"""Names in a video call's saved chat (redteam41): Zoom's ``10:02:15 From  Ingeborg
Salvesen-Achebe  to  Everyone:`` and ``From  Tobiah Quarrington  to  Me:(Direct Message)``
(and Webex's ``from … to everyone:``).

A saved meeting chat opens each message with its time, ``From``, the sender's display name,
``to`` and who it went to: ``Everyone``, ``Me`` or another display name (a private message).
Each name is one to four capitalised words. The time at the line's start, or the recipient
``Everyone``/``Me`` before the colon, marks the line as such an export: prose ("From Paris
to Lyon: two hours") has neither.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_meeting_chat_senders"]

_WORD = r"[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)*"
_NAME = _WORD + r"(?:[ \t]+" + _WORD + r"){0,3}"
_PRIVATE = r"(?:[ \t]*\((?i:direct[ \t]+message|privately|private)\))?"
_TIMED_RE = LazyPattern(
    r"(?m)^[ \t]*\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*(?i:[ap]m))?[ \t]+(?i:from)[ \t]+(?P<name>"
    + _NAME
    + r")[ \t]+to[ \t]+(?P<to>"
    + _NAME
    + r")"
    + _PRIVATE
    + r"[ \t]*:"
)
_EVERYONE_RE = LazyPattern(
    r"(?m)^[ \t]*From[ \t]+(?P<name>"
    + _NAME
    + r")[ \t]+to[ \t]+(?:Everyone|everyone|Me)"
    + _PRIVATE
    + r"[ \t]*:"
)
_RECIPIENTS = frozenset({"everyone", "me"})


def detect_meeting_chat_senders(text: str) -> Iterator[Hit]:
    """Senders (and named recipients) of a saved meeting chat (see the module)."""
    if "From" not in text and "from" not in text:
        return
    for m in _TIMED_RE.finditer(text):
        yield Hit("person_name", m.start("name"), m.end("name"), 0.85, False)
        if m.group("to").casefold() not in _RECIPIENTS:
            yield Hit("person_name", m.start("to"), m.end("to"), 0.8, False)
    for m in _EVERYONE_RE.finditer(text):
        yield Hit("person_name", m.start("name"), m.end("name"), 0.85, False)
