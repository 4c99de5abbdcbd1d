"""The egress guard: one check at the wire for everything that leaves the machine.

Every outbound HTTP request to an ``external`` endpoint (the cloud tier, an
external local-tier server) and of trace export goes through ``GuardedTransport``.
Endpoints of egress class ``local`` (the embedded model, a llama.cpp/vLLM/Ollama
server on this machine or the LAN) may receive personal data by configuration,
so their clients are plain; the class is decided per tier in ``core.models.tiers``,
never by the address a request happens to go to. It re-scans the request body for personal data and
refuses to send it on a finding, so a bug anywhere upstream (routing, fallback,
replay, a forgotten mask) cannot leak. Blocks are logged by type and count,
never with the data itself.

Besides that scan, the guard refuses provenance taint (``core.privacy.taint``):
the graph hands it the personal values of the step's local-only sources
(``carrying_taint``) and any request that carries one is refused, whatever the
scanners think of the request text. Trace export, which runs on a background
thread for many conversations at once, checks each batch against the taint
of the conversations it names (``remember_taint``, by thread id).
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from core.audit import AuditLog
from core.errors import PrivacyBlockedError
from core.privacy import scan
from core.privacy.public_contacts import PublicContacts
from core.privacy.taint import TaintedValue, TaintFacts, refusal_reason
from core.privacy.wire_screen import json_strings, screen_outgoing, screen_scanned

if TYPE_CHECKING:  # httpx is imported where requests are sent (core.egress_http)
    import httpx

log = logging.getLogger("switchyard.egress")

BlockListener = Callable[[str, list[str]], None]

# The organisation's own contacts (``privacy.public_contacts``) may leave: the routing
# scanner lets them through, so the wire must too. Set once from settings at start.
_public_contacts = PublicContacts(())


def allow_public_contacts(contacts: list[str]) -> None:
    """Let the organisation's listed contacts pass the guard (``build_services`` calls it)."""
    global _public_contacts
    _public_contacts = PublicContacts(contacts)


# The taint of the model call in progress (set by the graph around the call).
_request_taint: ContextVar[TaintFacts | None] = ContextVar("switchyard_request_taint", default=None)
# Values tainted recently, per conversation (thread id), for trace export: a trace
# batch is checked against the taint of the threads it names. Bounded, oldest dropped.
_RECENT_THREADS = 1024
_recent: dict[str, TaintFacts] = {}
_recent_lock = threading.Lock()
# Switched off only by the tests that prove the check is what refuses a request.
_taint_check_on = True


@contextmanager
def carrying_taint(facts: TaintFacts, thread_id: str = "") -> Iterator[None]:
    """Within the block, requests on this context must not carry any value of ``facts``.

    Args:
        facts: The personal values of the step's local-only sources.
        thread_id: The conversation; its traces are checked against the same facts.
    """
    remember_taint(facts, thread_id)
    token = _request_taint.set(request_taint() | facts)
    try:
        yield
    finally:
        _request_taint.reset(token)


def request_taint() -> TaintFacts:
    """The taint facts of the request being made on this context (empty outside a step)."""
    return _request_taint.get() or TaintFacts()


def remember_taint(facts: TaintFacts, thread_id: str) -> None:
    """Keep ``facts`` for the trace export of conversation ``thread_id``."""
    if not facts or not thread_id:
        return
    with _recent_lock:
        _recent[thread_id] = _recent.pop(thread_id, TaintFacts()) | facts
        while len(_recent) > _RECENT_THREADS:
            del _recent[next(iter(_recent))]


def recent_taint(body: str) -> TaintFacts:
    """The taint of every recent conversation whose id ``body`` names as a JSON string."""
    with _recent_lock:
        scoped = [facts for thread, facts in _recent.items() if f'"{thread}"' in body]
    merged = TaintFacts()
    for facts in scoped:
        merged = merged | facts
    return merged


def forget_recent_taint() -> None:
    """Drop the process-wide taint (tests that must not see each other's values)."""
    with _recent_lock:
        _recent.clear()


def set_taint_check(enabled: bool) -> None:
    """Switch the provenance check on or off (tests that show it is what refuses)."""
    global _taint_check_on
    _taint_check_on = enabled


def tainted_in(strings: str, facts: TaintFacts) -> list[TaintedValue]:
    """The values of ``facts`` that the request text ``strings`` carries."""
    return facts.hits(strings) if _taint_check_on else []


def _body_text(request: httpx.Request) -> str:
    raw = request.content
    if not raw:
        return ""
    text = raw.decode("utf-8", errors="replace")
    try:
        # JSON bodies escape non-ASCII (\uXXXX); decode so Korean text is scanned as text.
        decoded: Any = json.loads(text)
    except ValueError:
        return text
    return json.dumps(decoded, ensure_ascii=False)


def _user_turns(body: str) -> str:
    """The user messages of a chat request joined by spaces ("" when fewer than two)."""
    try:
        decoded: Any = json.loads(body)
    except ValueError:
        return ""
    messages = decoded.get("messages") if isinstance(decoded, dict) else None
    if not isinstance(messages, list):
        return ""
    turns = [
        m["content"]
        for m in messages
        if isinstance(m, dict) and m.get("role") == "user" and isinstance(m.get("content"), str)
    ]
    return " ".join(turns) if len(turns) > 1 else ""


def audit_listener(audit: AuditLog, *, also: BlockListener | None = None) -> BlockListener:
    """A block listener that appends a ``privacy_block`` event (types only, never the data).

    The event is attributed to the ``core.audit.audit_scope`` active around the model call.
    """

    def listener(channel: str, types: list[str]) -> None:
        audit.record(
            "privacy_block",
            "blocked at the wire",
            # The channel of a model request is its tier (an external local tier is guarded too).
            tier=channel if channel in ("local", "cloud") else None,
            detail=f"channel={channel} types={','.join(types)}",
        )
        if also is not None:
            also(channel, types)

    return listener


def _json_keys_and_numbers(body: str) -> tuple[str, str]:
    """The keys of every object in the JSON ``body`` and its numbers, each one per line.

    Both are ``""`` when ``body`` is not JSON. Numbers are read by the routing scanner
    alone: an id sent as a number (``"member": 9001011234567``) is still personal, while
    the wire screen's any-6-digits rule would hold every timestamp and token count.
    """
    try:
        decoded: Any = json.loads(body)
    except ValueError:
        return "", ""
    keys: list[str] = []
    numbers: list[str] = []
    stack: list[Any] = [decoded]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            keys.extend(str(k) for k in item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, int | float) and not isinstance(item, bool):
            numbers.append(str(item))
    return "\n".join(keys), "\n".join(numbers)


def personal_data_types(body: str, taint: TaintFacts | None = None) -> list[str]:
    """Why ``body`` may not leave: the routing scanner's types plus the wire screen's kinds.

    The wire screen is a second, deliberately over-eager line (any 6+ digit run in any
    numeral system, anything e-mail-like, name-like pairs, base64 of those), so one miss
    of the routing scanner is not a leak. Of a JSON body both read the string values and
    the keys; the numbers (``max_tokens``, token counts, an id sent as a number) only the
    routing scanner reads, since the screen's digit rule would hold every request.

    Args:
        body: The request body as text.
        taint: Provenance facts the body must not carry; ``None`` checks against
            the recent taint of the conversations the body names (trace export).
    """
    strings = json_strings(body)
    # One scan serves both lines: the routing scanner's findings and the screen that starts
    # from them. A JSON body is read as its string values and keys (a dict keyed by a name
    # is text that leaves too), not as its structure; scanning the whole body and then its
    # strings again cost a chat request 80 ms, mostly its tool schemas read twice. A body
    # that is not JSON (a trace export's multipart) is read as it is.
    keys, numbers = ("", "") if strings == body else _json_keys_and_numbers(body)
    text = body if strings == body else f"{strings}\n{keys}"
    scanned = scan(text)
    findings = _public_contacts.personal(scanned + (scan(numbers) if numbers else []))
    screened = [
        f
        for f in screen_scanned(text, scanned)
        if not _public_contacts.is_public_text(text[f.start : f.end])
    ]
    # An identifier typed over several turns ("010", "1234", "5678"): screen the user's
    # turns joined too, since each string alone holds too few digits.
    joined = _user_turns(body)
    screened += [
        f
        for f in (screen_outgoing(joined) if joined else [])
        if not _public_contacts.is_public_text(joined[f.start : f.end])
    ]
    facts = recent_taint(body) if taint is None else taint
    tainted = [f"{h.kind} from {h.source}" for h in tainted_in(strings, facts)]
    return sorted({str(f.type) for f in findings} | {f.kind for f in screened} | set(tainted))


def check_request(request: httpx.Request, channel: str, listener: BlockListener | None) -> None:
    """Raise ``PrivacyBlockedError`` when the request body carries personal data.

    Provenance taint is checked first and on its own, so its refusal says where the
    data came from even when no scanner would have found it in the request.
    """
    body = _body_text(request)
    hits = tainted_in(json_strings(body), request_taint())
    if hits:
        types = sorted({f"{h.kind} from {h.source}" for h in hits})
        log.warning(
            "egress blocked on %s to %s: provenance taint %s", channel, request.url.host, types
        )
        if listener is not None:
            listener(channel, types)
        raise PrivacyBlockedError(
            f"kept on this machine because {refusal_reason(hits)}: the outbound {channel} "
            f"request to {request.url.host} was not sent. The step must run on the local tier."
        )
    types = personal_data_types(body, TaintFacts())
    if not types:
        return
    log.warning(
        "egress blocked on %s to %s: finding(s) of type %s",
        channel,
        request.url.host,
        ",".join(types),
    )
    if listener is not None:
        listener(channel, types)
    raise PrivacyBlockedError(
        f"kept on this machine because an outbound {channel} request to {request.url.host} "
        f"carried what looks like personal data ({', '.join(types)}), so it was not sent. "
        "The step must run on the local tier."
    )
