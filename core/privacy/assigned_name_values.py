"""A person's name assigned to a key in a log line or a config file (masked30).

``2026-12-03 09:41:07 WARN [auth] 로그인 5회 실패 user=모서하 phone=010-…`` and an ``.env``'s
``SMS_ADMIN_NAME=옥다빈`` give a name bare after ``key=``, with no label word, title or
particle around it that the name rules read (the JSON and query-string forms are
:mod:`core.privacy.keyed_values`'). The key says a name goes there: ``user``,
``username``, ``owner``, ``name``, a key ending in ``NAME``/``Name``, or a person a config
lists (``contact``, ``emergency_contact``, ``guardian``, ``assignee``, ``maintainer``:
redteam34). The value counts when it reads as a person's: a Korean name passing the name
check, or two or more capitalised words none of which names an organisation
(:mod:`core.privacy.person_shaped`).
``user=admin``, ``APP_NAME=Switchyard``, ``DB_NAME=billing``, a machine's key
(``HOST_NAME=web-01``), a bare ``name=`` in Latin letters (``name=Widget Pro``) and a SQL
query (:mod:`core.privacy.sql_person_values`' to read) stay public.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import plausible_korean_name
from core.privacy.person_shaped import latin_person_words
from core.privacy.types import Hit

__all__ = ["detect_assigned_name_values"]

# "user=", "USERNAME=", "SMS_ADMIN_NAME=", "ownerName=", "name=" (not after "?"/"&": a
# query string is keyed_values'); the value bare or in quotes.
_ASSIGN_RE = LazyPattern(
    r"(?<![A-Za-z0-9_?&.-])(?P<key>(?i:user|username|user_name|login|owner|name|fullname)"
    r"|[A-Za-z0-9_]*_(?i:name)|[a-z][A-Za-z0-9]*Name"
    # redteam50: a key ending in FULLNAME/DISPLAYNAME/REALNAME ("ADMIN_FULLNAME=…").
    r"|[A-Za-z0-9_]*_(?i:full|display|real)(?i:name)"
    # redteam34: people an INI or a config lists ("emergency_contact = 소정우 (부)").
    r"|(?i:(?:emergency_)?contact|contact_person|guardian|spouse|next_of_kin|assignee|"
    r"maintainer|reviewer|approver))"
    r"[ \t]*=[ \t]*(?P<q>[\"']?)"
    r"(?P<value>[가-힣]{2,4}|[A-Z][A-Za-z'-]+(?:[ \t][A-Z][A-Za-z'-]+){1,3})"
    r"(?P=q)(?![가-힣A-Za-z0-9_@.-])"
)
# redteam50: docker-compose's and Kubernetes' map form of the same environment key,
# "ADMIN_FULLNAME: Rosalind …" (an upper-case variable's name, a colon, a space).
_ENV_COLON_RE = LazyPattern(
    r"(?<![A-Za-z0-9_])(?P<key>[A-Z][A-Z0-9_]*_(?:FULL|DISPLAY|REAL)?NAME):[ \t]+(?P<q>[\"']?)"
    r"(?P<value>[가-힣]{2,4}|[A-Z][A-Za-z'-]+(?:[ \t][A-Z][A-Za-z'-]+){1,3})"
    r"(?P=q)(?![가-힣A-Za-z0-9_@.-])"
)
_GENERIC_KEYS = frozenset({"name", "fullname"})
_SQL_RE = LazyPattern(r"(?i:\b(?:select|update|insert|delete)\b[^;]*\b(?:where|set|values)\b)")
# Keys ending in NAME that name a thing, not a person.
_THING_KEY_PREFIXES = (
    "app", "project", "service", "db", "database", "host", "bucket", "queue", "table", "file",
    "branch", "image", "cluster", "region", "site", "company", "org", "product", "model",
    "bot", "device", "server", "domain", "container", "schema", "topic", "index", "brand",
    "shop", "store", "store_", "team", "channel", "group", "env", "stage", "display_app",
)  # fmt: skip
# Hangul words of roles and placeholders that stand where a user's name would.
_NOT_NAMES = frozenset({"관리자", "운영자", "사용자", "테스트", "손님", "게스트", "익명", "시스템"})


def _person_key(key: str) -> bool:
    lowered = key.lower()
    stem = lowered[: -len("name")].rstrip("_") if lowered.endswith("name") else lowered
    return not stem.startswith(_THING_KEY_PREFIXES) and not stem.endswith(
        ("app", "project", "service", "db", "host", "file", "bucket", "table", "domain")
    )


def detect_assigned_name_values(text: str) -> Iterator[Hit]:
    """Names after ``user=`` / ``…_NAME=`` keys (see the module)."""
    if "=" not in text and "NAME:" not in text:
        return
    # A query's "WHERE name = '…'" is sql_person_values' (it knows a people table from a
    # products one).
    if _SQL_RE.search(text) is not None:
        return
    for m in itertools.chain(_ASSIGN_RE.finditer(text), _ENV_COLON_RE.finditer(text)):
        if not _person_key(m.group("key")):
            continue
        value = m.group("value")
        if value[0] >= "가":
            # A "name" key also names teams and shops ("name=홍보팀"): the given-name
            # syllables must be common ones there; a "user" is a person or an id.
            strong = m.group("key").lower() in {"user", "username", "user_name", "login"}
            if value in _NOT_NAMES or not plausible_korean_name(value, strong=strong):
                continue
        elif m.group("key").lower() in _GENERIC_KEYS or not latin_person_words(value.split()):
            # A bare "name" holds a product's or a tool's name in Latin letters as often
            # ("name=Widget Pro"), as in keyed_values.
            continue
        yield Hit("person_name", m.start("value"), m.end("value"), 0.75, False)
