"""Credentials in pasted code and configuration: an API key or token by its issuer's shape
(``sk-proj-…``, ``ghp_…``, ``AKIA…``), a value assigned to a secret-named key
(``AWS_SECRET_ACCESS_KEY=…``, ``api_key="…"``), and the password of a URL
(``postgres://app:…@host``) (redteam27).

People paste code and ``.env`` files to ask why a call fails, keys and all. A key's owner
is billed and exposed by it as by a card number, so it stays local. Issuers give their
keys fixed prefixes and lengths; any other secret shows by the name of what it is assigned
to. A placeholder is none: a value without a digit ("changeme", "your-api-key-here",
``os.environ[…]``), a variable (``${DB_PASS}``) or a bracketed hint (``<password>``).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.documented_examples import is_documented_example
from core.privacy.labelled_secrets import secret_shaped
from core.privacy.types import Hit

__all__ = ["detect_credential_tokens"]

# Issuers' key shapes: OpenAI/Anthropic-style "sk-…" and Stripe's secret and restricted
# keys "sk_live_…"/"rk_test_…" (redteam28; its publishable "pk_live_…" is public), GitHub
# tokens, AWS access key
# ids, Slack tokens, Google API keys, GitLab and Hugging Face tokens.
_ISSUED_RE = LazyPattern(
    r"(?<![A-Za-z0-9_-])(?:"
    r"(?:sk|rk|pk)-(?:[a-z]{2,8}-){0,2}[A-Za-z0-9_-]{20,}"
    r"|(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}"
    r"|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}"
    r"|(?:AKIA|ASIA)[A-Z0-9]{16}"
    r"|xox[abprs]-[A-Za-z0-9-]{10,}"
    r"|AIza[0-9A-Za-z_-]{35}"
    r"|glpat-[A-Za-z0-9_-]{20,}"
    r"|hf_[A-Za-z0-9]{30,}"
    # npm access tokens and Telegram bot tokens ("<bot id>:AA…") (redteam29).
    r"|npm_[A-Za-z0-9]{36}|[0-9]{8,10}:AA[A-Za-z0-9_-]{33}"
    r")(?![A-Za-z0-9_-])"
)
# A value assigned to a key whose name says it is secret: "API_KEY=…", "api_key=\"…\"",
# '"client_secret": "…"', "token: …".
# Azure's storage connection strings name theirs "AccountKey=…;" (redteam29).
_KEY_NAME = (
    r"[A-Za-z0-9_.-]*(?i:secret|token|passw(?:or)?d|passwd|api_?key|apikey|access_?key|"
    r"private_?key|auth_?key|account_?key)[A-Za-z0-9_]*"
)
_ASSIGNED_RE = LazyPattern(
    r"(?<![A-Za-z0-9_])[\"']?(?P<key>" + _KEY_NAME + r")[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"(?P<value>[A-Za-z0-9+/=_.!#%&*~-]{8,})"
)
# blind53p: a quoted value in a code or config file is read to its closing quote, whatever its
# punctuation ("EMAIL_HOST_PASSWORD = 'Godwit;Shoal58'": the bare class above stops at ";").
_QUOTED_ASSIGNED_RE = LazyPattern(
    r"(?<![A-Za-z0-9_])[\"']?(?P<key>" + _KEY_NAME + r")[\"']?"
    # A code or config file's assignment ("KEY = '…'", "key: '…'"); a shell's "KEY='…'" before
    # a command is core.privacy.command_secrets_56p's.
    r"(?:[ \t]+=[ \t]*|[ \t]*=[ \t]+|[ \t]*:[ \t]*)(?P<q>[\"'])"
    r"(?P<value>[^\s\"'`{}$<>]{8,64})(?P=q)"
)
# Key parts that name a token's paging, kind, size or lifetime, not the token
# ("next_page_token", "token_type", "max_tokens", "passwordMinLength", "secret_id"): an
# API's payloads hold them. Read by whole parts: "ADMIN_PASSWORD" holds no "min".
_NOT_SECRET_PARTS = frozenset(
    {
        "page", "cursor", "next", "continuation", "sync", "csrf", "count", "max", "min",
        "limit", "type", "usage", "expires", "expiry", "expiration", "length", "len", "size",
        "name", "hint", "policy", "id", "ids", "tokens",
    }
)  # fmt: skip
_KEY_PART_RE = LazyPattern(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|[0-9]+")
# "scheme://user:password@host": the part between the colon and the "@". redteam51: the
# user may be empty ("redis://:Gannet$Brook27@cache:6379", Redis's requirepass form).
_URL_RE = LazyPattern(r"[A-Za-z][A-Za-z0-9+.-]*://[^\s:/@]*:(?P<value>[^\s/@]{3,64})@[A-Za-z0-9.-]")
# A "$" opening a variable ("$REDIS_PASS", "${PW}", "$(cat pw)"), not one inside a password.
_VARIABLE_RE = LazyPattern(r"(?:^|[^A-Za-z0-9])\$|\$[{(]")
_CUES = ("sk-", "rk-", "pk-", "_live_", "_test_", "gh", "akia", "asia", "xox", "aiza",
         "glpat-", "hf_", "npm_", ":aa", "secret", "token", "pass", "key", "://")  # fmt: skip


def _has_digit_and_letter(value: str) -> bool:
    return any(ch.isdigit() for ch in value) and any(ch.isalpha() for ch in value)


def _issued_shape(token: str) -> bool:
    """Digits and letters, or both cases of letters: Hugging Face's ``hf_`` tokens are 34
    letters with no digit (redteam34); a placeholder ("sk-xxxx…") has neither."""
    body = token.split("_", 1)[-1]
    return _has_digit_and_letter(token) or (
        any(ch.isupper() for ch in body) and any(ch.islower() for ch in body)
    )


def detect_credential_tokens(text: str) -> Iterator[Hit]:
    """API keys, tokens, secret-named values and URL passwords (see the module)."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES):
        return
    for m in _ISSUED_RE.finditer(text):
        if _issued_shape(m.group()) and not is_documented_example(text, m.start(), m.end()):
            yield Hit("secret", m.start(), m.end(), 0.9, True)
    for m in (*_ASSIGNED_RE.finditer(text), *_QUOTED_ASSIGNED_RE.finditer(text)):
        value = m.group("value")
        parts = {p.lower() for p in _KEY_PART_RE.findall(m.group("key"))}
        if _has_digit_and_letter(value) and not parts & _NOT_SECRET_PARTS:
            # A documentation's own example value, quoted as one (redteam38: the
            # Kubernetes docs' Secret "password: MWYy…").
            if is_documented_example(text, m.start("value"), m.end("value")):
                continue
            yield Hit("secret", m.start("value"), m.end("value"), 0.8, False)
    for m in _URL_RE.finditer(text):
        value = m.group("value")
        if _VARIABLE_RE.search(value) is None and secret_shaped(value.replace("$", "!")):
            yield Hit("secret", m.start("value"), m.end("value"), 0.8, False)
