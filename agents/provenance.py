"""Where a tool call's arguments came from, and which targets the user really named.

A target (recipient, URL, path, account) is the user's only when the user's own
words name that *whole* value as the target — never because it is a substring
of something they typed (``/`` inside ``octocat/Hello-World``), and never when
they named it only as a source (``read the mail from eve@x.example`` does not
make Eve a valid recipient).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from core.lazy_regex import LazyPattern

Origin = Literal["user", "document", "tool", "model"]
UNTRUSTED_ORIGINS: frozenset[Origin] = frozenset({"document", "tool"})

# Argument names that name where a side effect lands.
TARGET_KEYS = frozenset(
    {
        "to", "cc", "bcc", "recipient", "recipients", "email", "address", "url", "uri", "host",
        "iban", "account", "destination", "dest", "path", "file", "filename", "target",
        "channel", "webhook", "endpoint", "phone", "number", "repo_path", "branch_name",
    }
)  # fmt: skip
# Values that look like a target whatever their argument is called.
_TARGET_VALUE = LazyPattern(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail
    r"|\b[a-z][a-z0-9+.-]*://\S+"  # URL
    r"|\b(?:[a-z0-9-]+\.)+(?:com|net|org|io|ai|dev|biz|info|co|kr|example|xyz|ru|cn)\b"
    r"|\b[A-Z]{2}\d{2}[A-Z0-9]{10,30}\b"  # IBAN
    r"|\d[\d\s.-]{6,}\d"  # account / phone-like digit runs
    r"|(?:^|\s)[~.]?/[\w./-]+",  # file paths
    re.IGNORECASE,
)
_QUOTED = LazyPattern(r"\"([^\"\n]{1,300})\"|'([^'\n]{1,300})'|“([^”\n]{1,300})”")
# Shorter free-text values ("hi", "ok") occur in any text; naming a source for them misleads.
_MIN_QUOTE = 8
_EDGE_PUNCT = "\"'“”‘’`()[]{}<>,;:!?。、"
_HANGUL_TAIL = LazyPattern(r"[\uac00-\ud7a3]+$")
# "from X", "sender X", "X에서", "X가 보낸": X is where something came from, not where it goes.
_SOURCE_BEFORE = LazyPattern(r"(?:\bfrom|\bsender|\bsent\s+by|발신자?|보낸\s*사람)\s*:?\s*$", re.I)
_SOURCE_AFTER = LazyPattern(r"^(?:에서|로부터|으로부터|(?:이|가)\s*보낸|의\s*(?:메일|편지|메시지))")


def norm(text: str) -> str:
    """Fold width, case and invisible characters so look-alikes compare equal."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\s\u200b-\u200d\u2060\ufeff]+", "", folded)


def leaves(value: Any, key: str = "") -> Iterator[tuple[str, str]]:
    """``(argument name, string value)`` for every string inside ``value``."""
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, Mapping):
        for k, v in value.items():
            yield from leaves(v, str(k).lower())
    elif isinstance(value, list | tuple):
        for item in value:
            yield from leaves(item, key)


def _whole_values(text: str) -> Iterator[tuple[str, str, str]]:
    """Every whole value the text names (quoted strings, whitespace-separated tokens),
    with the text just before and just after it."""
    for match in _QUOTED.finditer(text):
        group = next(g for g in match.groups() if g is not None)
        yield group, text[max(0, match.start() - 24) : match.start()], text[match.end() :][:12]
    for match in re.finditer(r"\S+", text):
        before = text[max(0, match.start() - 24) : match.start()]
        after = text[match.end() :][:12].lstrip()
        token = match.group(0).strip(_EDGE_PUNCT).rstrip(".")
        # A Korean particle glued to a value ("bob@x.com에게") is not part of it.
        tail = _HANGUL_TAIL.search(token)
        if tail and tail.start() > 0:
            bare = token[: tail.start()].strip(_EDGE_PUNCT).rstrip(".")
            yield bare, before, tail.group(0) + after
        yield token, before, after


def user_targets(user_text: str) -> frozenset[str]:
    """The whole values the user named as possible targets (normalized)."""
    as_target: set[str] = set()
    for value, before, after in _whole_values(user_text):
        if not value or _SOURCE_BEFORE.search(before) or _SOURCE_AFTER.match(after):
            continue
        as_target.add(norm(value))
    return frozenset(as_target)


def target_candidates(args: Mapping[str, Any]) -> list[str]:
    """Values in ``args`` that say where a side effect lands."""
    found: list[str] = []
    for key, value in leaves(args):
        candidates = [value] if key in TARGET_KEYS else []
        candidates += [m.group(0).strip() for m in _TARGET_VALUE.finditer(value)]
        for candidate in candidates:
            if norm(candidate) and candidate not in found:
                found.append(candidate)
    return found


def untrusted_targets(args: Mapping[str, Any], trusted_text: str) -> list[str]:
    """Targets in ``args`` that the user never named as a whole (planted or invented)."""
    named = user_targets(trusted_text)
    return [c for c in target_candidates(args) if norm(c) not in named]


@dataclass(frozen=True)
class ArgOrigin:
    """Where one argument's value came from, shown to the human who confirms the call."""

    key: str
    origin: Origin
    flagged: bool


def argument_origins(
    args: Mapping[str, Any], user_text: str, sources: tuple[tuple[Origin, str], ...]
) -> list[ArgOrigin]:
    """The origin of each string argument: the user's words, a document, a tool result,
    or else the model (it wrote the value itself).

    A value the user named wins; otherwise the untrusted text that contains it is named
    and flagged. A target the user did not name is flagged whatever its origin.
    """
    named = user_targets(user_text)
    said = norm(user_text)
    origins: list[ArgOrigin] = []
    for key, value in leaves(args):
        folded = norm(value)
        is_target = key in TARGET_KEYS or bool(_TARGET_VALUE.search(value))
        origin: Origin = "model"
        if folded and (folded in named or (not is_target and folded in said)):
            origin = "user"
        elif is_target or len(folded) >= _MIN_QUOTE:
            origin = next((o for o, text in sources if folded in norm(text)), "model")
        flagged = origin in UNTRUSTED_ORIGINS or (is_target and origin != "user")
        origins.append(ArgOrigin(key or "value", origin, flagged))
    return origins
