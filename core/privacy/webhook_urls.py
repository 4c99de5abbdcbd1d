"""A chat webhook's URL: ``https://hooks.slack.com/services/T…/B…/…``, a Discord
``/api/webhooks/<id>/<token>`` or a Teams ``webhook.office.com/webhookb2/…`` (redteam28), and
(blind55p) a Telegram bot's token in the Bot API's URL (``api.telegram.org/bot<id>:<token>/…``).

A webhook URL is its own password: anyone holding it posts into the team's channel as the
integration. People paste it to ask why a POST fails. The host and the path's shape say
what it is, so the path after the fixed prefix is held; the bare host (``hooks.slack.com``
in a how-to question) and a documentation placeholder (``T00000000/B00000000/XXXX…``, all
zeros or X's) stay public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_webhook_urls"]

_WEBHOOK_RE = LazyPattern(
    r"(?i:hooks\.slack\.com/(?:services|workflows|triggers)/"
    r"|discord(?:app)?\.com/api/webhooks/"
    r"|webhook\.office\.com/webhookb2/"
    r"|chat\.googleapis\.com/v1/spaces/)"
    r"(?P<path>[A-Za-z0-9_/@?=&%.-]{16,})"
)
# blind55p: a Telegram bot's token inside the Bot API's URL ("api.telegram.org/bot6029384715:
# AAH…/sendMessage"): the bot's number, a colon and 30 or more token characters. Telegram's
# documentation writes "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11": a number counting up from
# 1 is its placeholder, as the zeros are the others'.
_TELEGRAM_RE = LazyPattern(
    r"(?i:api\.telegram\.org/(?:file/)?bot)(?P<path>[0-9]{5,12}:[A-Za-z0-9_-]{30,})"
)
_COUNTING_UP = "1234567890123"
# A documentation placeholder: only zeros, X's and separators.
_PLACEHOLDER_RE = LazyPattern(r"[0/xX_TB-]+")


def detect_webhook_urls(text: str) -> Iterator[Hit]:
    """The secret path of a chat webhook URL (see the module)."""
    lowered = text.lower()
    if "telegram" in lowered:
        for m in _TELEGRAM_RE.finditer(text):
            if not _COUNTING_UP.startswith(m.group("path").split(":", 1)[0]):
                yield Hit("secret", m.start("path"), m.end("path"), 0.9, True)
    if "hook" not in lowered and "spaces/" not in lowered:
        return
    for m in _WEBHOOK_RE.finditer(text):
        path = m.group("path").rstrip(".,;)")
        if _PLACEHOLDER_RE.fullmatch(path) is None:
            start = m.start("path")
            yield Hit("secret", start, start + len(path), 0.9, True)
