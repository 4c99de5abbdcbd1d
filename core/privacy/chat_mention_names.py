"""A person mentioned in chat: Slack's escaped mention ``<@U04QX7Z2K|priyanka.raghunathan>``
and a display-name mention ``@Zofia Wróblewska (she/her) can you …`` (redteam31).

Copied Slack and Teams messages carry the people they mention. Slack's export and API write a
mention as ``<@USERID|name>``, where the part after the bar is the member's display or user
name; the chat window shows it as ``@`` and the display name, which is most often the
person's full name and may carry letters outside ASCII that the English name patterns stop
at. The shapes: the escaped form (any name after the bar), and ``@`` glued to two or three
capitalised words that are not a team or a product (``@Product Team``, ``@Google Drive``
stay public). A single word after ``@`` is a handle, left to the other rules.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.brand_names import is_brand
from core.privacy.names import is_english_non_name
from core.privacy.types import Hit

__all__ = ["detect_chat_mention_names"]

_ESCAPED_RE = LazyPattern(r"<@[UW][A-Z0-9]{6,12}\|(?P<name>[^<>|\n]{2,60})>")
_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſ][a-zß-öø-ÿĀ-ſ]+(?:[-'][A-ZÀ-ÞĀ-ſ]?[a-zß-öø-ÿĀ-ſ]+)?"
# Words that name a group or a role: "@Marketing Ops", "@Night Shift" mention a group.
_GROUP_WORDS = frozenset(
    [
        "team",
        "teams",
        "ops",
        "squad",
        "channel",
        "group",
        "support",
        "sales",
        "marketing",
        "engineering",
        "design",
        "admins",
        "admin",
        "leads",
        "crew",
        "everyone",
        "staff",
        "office",
        "desk",
        "help",
        "bot",
        "bots",
        "shift",
        "managers",
        "committee",
        "board",
        "council",
        "members",
        "owners",
        "reviewers",
    ]
)
_DISPLAY_RE = LazyPattern(
    r"(?<![\w@<])@(?P<name>" + _WORD + r"(?:[ \t]" + _WORD + r"){1,2})(?![\w@])"
)


def detect_chat_mention_names(text: str) -> Iterator[Hit]:
    """Names in chat mentions (see the module)."""
    if "@" not in text:
        return
    for m in _ESCAPED_RE.finditer(text):
        name = m.group("name").strip()
        if name:
            start = m.start("name") + m.group("name").index(name)
            yield Hit("person_name", start, start + len(name), 0.85, False)
    for m in _DISPLAY_RE.finditer(text):
        words = m.group("name").split()
        if any(
            is_english_non_name(w) or is_brand(w) or w.casefold() in _GROUP_WORDS for w in words
        ):
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
