"""What our MCP servers may hand a client: personal data masked unless it is trusted.

An MCP client is often a desktop assistant that forwards what it receives to
a cloud model. So ``search_documents`` and ``ask`` pass their results through
:func:`release_to_client`: every string in them is masked with the egress
guard's over-eager screen (``[PHONE]``, ``[PERSON_NAME]``, ``[DIGITS]``...),
unless the client is listed in ``[mcp] trusted_clients`` (by the name it sends
in the MCP ``initialize`` request). The organisation's own contacts
(``privacy.public_contacts``) are left as they are.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from typing import Any

from core.privacy.common import replace_spans
from core.privacy.public_contacts import PublicContacts
from core.privacy.taint import TaintFacts, taint_of, token_pattern
from core.privacy.wire_screen import screen_outgoing

_lock = threading.Lock()
_trusted: frozenset[str] = frozenset()
_contacts = PublicContacts(())
_NOT_DIGIT = re.compile(r"\D+")
_NUMBER_PIECE = re.compile(r"[\d\s\-./()+]+")
# Shorter pieces ("1", "02") are too common to say anything.
_MIN_PIECE = 3


def configure_release(trusted_clients: Iterable[str], public_contacts: Iterable[str]) -> None:
    """Set, once at server start, which clients see personal data and what is public.

    Args:
        trusted_clients: ``[mcp] trusted_clients``: MCP client names (``clientInfo.name``,
            compared case-insensitively) that receive results unmasked.
        public_contacts: ``privacy.public_contacts``, never masked.
    """
    global _trusted, _contacts
    with _lock:
        _trusted = frozenset(name.strip().casefold() for name in trusted_clients if name.strip())
        _contacts = PublicContacts(public_contacts)


def is_trusted(client: str | None) -> bool:
    """Whether the client with this declared name may receive personal data."""
    return client is not None and client.strip().casefold() in _trusted


def mask_personal(text: str) -> str:
    """``text`` with everything the wire screen flags replaced by ``[KIND]``."""
    spans = [
        (f.start, f.end, f"[{f.kind.upper()}]")
        for f in screen_outgoing(text)
        if not _contacts.is_public_text(text[f.start : f.end])
    ]
    return replace_spans(text, spans) if spans else text


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, Mapping):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


@lru_cache(maxsize=2048)
def _loose_pattern(key: str) -> re.Pattern[str]:
    # A whitespace-free key found again with any spacing ("홍 길동", "Jane  Doe").
    return re.compile(r"\s*".join(re.escape(c) for c in key), re.IGNORECASE)


def _mask_string(text: str, facts: TaintFacts) -> str:
    masked = mask_personal(text)
    for value in facts.values:
        if value.numeric:
            digits = _NOT_DIGIT.sub("", masked)
            # A piece of a tainted number standing alone (a search index's token "4111").
            if (
                len(digits) >= _MIN_PIECE
                and _NUMBER_PIECE.fullmatch(masked)
                and digits in value.key
            ):
                return "[DIGITS]"
            continue
        placeholder = f"[{value.kind.upper()}]"
        pattern = token_pattern(value.key) if value.token else _loose_pattern(value.key)
        masked = pattern.sub(placeholder, masked)
    return masked


def _mask_tree(value: Any, facts: TaintFacts) -> Any:
    if isinstance(value, str):
        return _mask_string(value, facts)
    if isinstance(value, Mapping):
        return {k: _mask_tree(v, facts) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_mask_tree(v, facts) for v in value]
    return value


def _masked(value: Any) -> Any:
    # Each item of a result list (a passage) is masked with what its own strings
    # reveal together: a name in the text also masks the same name standing alone
    # in the item's token lists, where no detector would see it.
    if isinstance(value, list):
        return [_masked(item) for item in value]
    strings = list(_strings(value))
    facts = taint_of([("", "\n".join(strings)), *(("", s) for s in strings)], _contacts)
    return _mask_tree(value, facts)


def release_to_client(value: Any, client: str | None) -> Any:
    """A tool result as the MCP client may see it.

    Args:
        value: A JSON-like result (strings, numbers, lists, dicts; keys are kept).
        client: The client's declared name, ``None`` when unknown.

    Returns:
        ``value`` itself for a trusted client; otherwise a copy with personal data
        masked in every string.
    """
    return value if is_trusted(client) else _masked(value)
