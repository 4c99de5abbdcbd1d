"""Accounts and browser sessions: who may log in, and which cookie belongs to whom.

Two tables on the storage layer (``core.storage``): the ``users.sqlite`` file in the
data dir by default, or PostgreSQL when ``storage_url`` points there, so every app
replica sees the same accounts and the same logins:

- ``users``: name, role and an Argon2id password hash (``argon2-cffi``, RFC 9106
  parameters). The plain password is never stored or logged.
- ``sessions``: one row per browser session. The browser only ever holds the
  random token; the table holds its SHA-256, so a copy of the file does not
  hand out live sessions. A session is created by the server only (never from a
  client-supplied id) and is replaced by a fresh one on login and logout.

Anonymous sessions (no login configured) get a random user id unrelated to the
token, so the id in traces and conversation rows reveals nothing usable.

The interface (``UserStore``) is what the UI and CLI use; ``open_user_store`` picks
the backend from the settings.
"""

from __future__ import annotations

import hashlib
import re
import secrets
import time
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import cast, get_args

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from core.errors import SwitchyardError
from core.settings import RoleName
from core.storage import (
    Database,
    Migration,
    SqliteDatabase,
    StorageSettings,
    StoreSchema,
    migrate,
    open_store,
)

ROLES: tuple[RoleName, ...] = get_args(RoleName)
USERS_FILE = "users.sqlite"
ACCOUNT_PREFIX = "acct-"
ANONYMOUS_PREFIX = "anon-"
# Written at most this often per session: a page with many reruns must not write every time.
LAST_SEEN_EVERY_S = 60.0
_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,63}$")

SCHEMA = StoreSchema(
    "users",
    USERS_FILE,
    (
        Migration(
            1,
            (
                # IF NOT EXISTS: a users.sqlite made before migrations existed is adopted as is.
                "CREATE TABLE IF NOT EXISTS users (name TEXT PRIMARY KEY, "
                "password_hash TEXT NOT NULL, role TEXT NOT NULL, "
                "created_at {real} NOT NULL, last_login_at {real})",
                "CREATE TABLE IF NOT EXISTS sessions (token_hash TEXT PRIMARY KEY, "
                "user_id TEXT NOT NULL, username TEXT, address TEXT NOT NULL DEFAULT '', "
                "created_at {real} NOT NULL, last_seen_at {real} NOT NULL, "
                "expires_at {real} NOT NULL)",
                "CREATE INDEX IF NOT EXISTS sessions_user ON sessions(username)",
            ),
        ),
    ),
)
_SESSION_COLUMNS = "token_hash, user_id, username, address, created_at, last_seen_at, expires_at"


class UserError(SwitchyardError):
    """A user-management request that cannot be carried out (message says why and how)."""


@dataclass(frozen=True)
class User:
    """One account."""

    name: str
    role: RoleName
    created_at: float
    last_login_at: float | None

    @property
    def user_id(self) -> str:
        """The id conversations, documents, runs and the cache are scoped by."""
        return account_id(self.name)


@dataclass(frozen=True)
class Session:
    """A live browser session (the token itself is never part of it)."""

    user_id: str
    username: str | None
    role: RoleName | None
    created_at: float
    expires_at: float

    @property
    def logged_in(self) -> bool:
        """True when the session belongs to an account (not an anonymous visitor)."""
        return self.username is not None


def account_id(name: str) -> str:
    """The user id of account ``name`` (prefixed, so it can never equal an anonymous id)."""
    return ACCOUNT_PREFIX + name


def token_digest(token: str) -> str:
    """What the sessions table stores for a token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def check_name(name: str) -> str:
    """Return ``name`` when it is a valid account name, else raise ``UserError``."""
    if not _NAME.match(name):
        raise UserError(
            f"invalid user name {name!r}: use 1-64 lower-case letters, digits, '.', '_' or '-'"
        )
    return name


def check_role(role: str) -> RoleName:
    """Return ``role`` when it is a known role, else raise ``UserError``."""
    if role not in ROLES:
        raise UserError(f"unknown role {role!r}: roles are {', '.join(ROLES)}")
    return role


class UserStore:
    """Accounts and sessions on the storage layer; thread-safe (short transactions).

    Args:
        target: a SQLite file path, or a ``core.storage`` database (PostgreSQL for replicas).
        session_ttl_s: how long a new session lives.
        hasher: the Argon2id hasher (tests pass cheap parameters).
    """

    def __init__(
        self,
        target: Path | Database,
        *,
        session_ttl_s: float = 30 * 24 * 3600,
        hasher: PasswordHasher | None = None,
    ) -> None:
        self.database = SqliteDatabase(target) if isinstance(target, Path) else target
        self.session_ttl_s = session_ttl_s
        self._hasher = hasher or PasswordHasher()
        migrate(self.database, SCHEMA)

    @property
    def path(self) -> Path | None:
        """The SQLite file the accounts live in (``None`` on PostgreSQL)."""
        return self.database.path if isinstance(self.database, SqliteDatabase) else None

    @cached_property
    def _dummy_hash(self) -> str:
        # Verified against when the name is unknown, so a wrong name costs the same time
        # as a wrong password and the response time does not tell which names exist.
        return self._hasher.hash(secrets.token_hex(16))

    # --- accounts -------------------------------------------------------------------------

    def add_user(self, name: str, password: str, role: str = "user") -> User:
        """Create an account; raises ``UserError`` when the name is taken or invalid."""
        check_name(name)
        valid_role = check_role(role)
        _check_password(password)
        digest = self._hasher.hash(password)
        now = time.time()
        with self.database.session() as db:
            # ON CONFLICT rather than catching the driver's own IntegrityError type.
            cur = db.execute(
                "INSERT INTO users (name, password_hash, role, created_at, last_login_at) "
                "VALUES (?,?,?,?,NULL) ON CONFLICT (name) DO NOTHING",
                (name, digest, valid_role, now),
            )
            added = cur.rowcount > 0
        if not added:
            raise UserError(f"user {name!r} already exists; use `users passwd` or `users role`")
        return User(name=name, role=valid_role, created_at=now, last_login_at=None)

    def get_user(self, name: str) -> User | None:
        """The account called ``name``, if any."""
        with self.database.session() as db:
            row = db.execute(
                "SELECT name, role, created_at, last_login_at FROM users WHERE name = ?", (name,)
            ).fetchone()
        return _user(row) if row else None

    def list_users(self) -> list[User]:
        """Every account, by name."""
        with self.database.session() as db:
            rows = db.execute(
                "SELECT name, role, created_at, last_login_at FROM users ORDER BY name"
            ).fetchall()
        return [_user(r) for r in rows]

    def set_password(self, name: str, password: str) -> None:
        """Replace a password; every session of the account ends (a stolen one stops working)."""
        _check_password(password)
        digest = self._hasher.hash(password)
        with self.database.session() as db:
            cur = db.execute("UPDATE users SET password_hash = ? WHERE name = ?", (digest, name))
            found = cur.rowcount > 0
            db.execute("DELETE FROM sessions WHERE username = ?", (name,))
        if not found:
            raise UserError(f"no user {name!r}; add it with `switchyard users add {name}`")

    def set_role(self, name: str, role: str) -> None:
        """Change an account's role (takes effect on the user's next page action)."""
        valid_role = check_role(role)
        with self.database.session() as db:
            cur = db.execute("UPDATE users SET role = ? WHERE name = ?", (valid_role, name))
            found = cur.rowcount > 0
        if not found:
            raise UserError(f"no user {name!r}; add it with `switchyard users add {name}`")

    def remove_user(self, name: str) -> bool:
        """Delete an account and end its sessions; False when there was none."""
        with self.database.session() as db:
            cur = db.execute("DELETE FROM users WHERE name = ?", (name,))
            removed = cur.rowcount > 0
            db.execute("DELETE FROM sessions WHERE username = ?", (name,))
        return removed

    def verify_password(self, name: str, password: str) -> User | None:
        """The account when ``password`` is right, else ``None`` (same work either way)."""
        with self.database.session() as db:
            row = db.execute("SELECT password_hash FROM users WHERE name = ?", (name,)).fetchone()
        stored = str(row[0]) if row else self._dummy_hash
        try:
            self._hasher.verify(stored, password)
        except (VerificationError, InvalidHashError):
            return None
        if row is None:
            return None
        if self._hasher.check_needs_rehash(stored):
            # Parameters were raised since this hash was made: upgrade it now we have the password.
            with self.database.session() as db:
                db.execute(
                    "UPDATE users SET password_hash = ? WHERE name = ?",
                    (self._hasher.hash(password), name),
                )
        return self.get_user(name)

    # --- sessions -------------------------------------------------------------------------

    def new_session(self, *, username: str | None = None, address: str = "") -> str:
        """Create a session and return its token (the only time the token exists in clear).

        Args:
            username: the account it belongs to; ``None`` for an anonymous visitor, who gets
                a fresh random user id.
            address: the client's address, kept for the admin's activity view.
        """
        token = secrets.token_urlsafe(32)
        user_id = account_id(username) if username else ANONYMOUS_PREFIX + secrets.token_hex(8)
        now = time.time()
        row = (token_digest(token), user_id, username, address, now, now, now + self.session_ttl_s)
        with self.database.session() as db:
            db.execute(f"INSERT INTO sessions ({_SESSION_COLUMNS}) VALUES (?,?,?,?,?,?,?)", row)
            if username:
                db.execute("UPDATE users SET last_login_at = ? WHERE name = ?", (now, username))
            # Expired rows go on the way: anonymous sessions pile up otherwise.
            db.execute("DELETE FROM sessions WHERE expires_at < ?", (now,))
        return token

    def session(self, token: str) -> Session | None:
        """The live session of ``token``; ``None`` for an unknown, ended or expired one."""
        if not token:
            return None
        digest = token_digest(token)
        now = time.time()
        with self.database.session() as db:
            row = db.execute(
                "SELECT s.user_id, s.username, u.role, s.created_at, s.expires_at, "
                "s.last_seen_at, u.name FROM sessions s LEFT JOIN users u ON u.name = s.username "
                "WHERE s.token_hash = ?",
                (digest,),
            ).fetchone()
        if row is None or float(row[4]) < now:
            return None
        if row[1] is not None and row[6] is None:
            return None  # the account was removed while this session was open
        expires_at = float(row[4])
        if now - float(row[5]) > LAST_SEEN_EVERY_S:
            if row[1] is None:
                # An anonymous session is the only key to its conversations: it lives on
                # while used. A login keeps its fixed end (a stolen one runs out).
                expires_at = now + self.session_ttl_s
            # A write transaction of its own: the lookup above stays a plain read, so
            # page actions never queue behind each other for a lock.
            with self.database.session() as db:
                db.execute(
                    "UPDATE sessions SET last_seen_at = ?, expires_at = ? WHERE token_hash = ?",
                    (now, expires_at, digest),
                )
        return Session(
            user_id=str(row[0]),
            username=row[1],
            role=cast(RoleName, row[2]) if row[2] in ROLES else None,
            created_at=float(row[3]),
            expires_at=expires_at,
        )

    def end_session(self, token: str) -> None:
        """Forget a session (log out); unknown tokens are ignored."""
        with self.database.session() as db:
            db.execute("DELETE FROM sessions WHERE token_hash = ?", (token_digest(token),))

    def activity(self) -> list[dict[str, object]]:
        """Per account: role, last login, open sessions and the addresses they came from."""
        addresses = (
            "GROUP_CONCAT(DISTINCT s.address)"
            if self.database.backend == "sqlite"
            else "STRING_AGG(DISTINCT s.address, ',')"
        )
        with self.database.session() as db:
            rows = db.execute(
                f"SELECT u.name, u.role, u.last_login_at, COUNT(s.token_hash), {addresses}, "
                "MAX(s.last_seen_at) FROM users u LEFT JOIN sessions s "
                "ON s.username = u.name AND s.expires_at >= ? "
                "GROUP BY u.name, u.role, u.last_login_at ORDER BY u.name",
                (time.time(),),
            ).fetchall()
        return [
            {
                "name": r[0],
                "user_id": account_id(r[0]),
                "role": r[1],
                "last_login_at": r[2],
                "open_sessions": int(r[3]),
                "addresses": sorted(a for a in (r[4] or "").split(",") if a),
                "last_seen_at": r[5],
            }
            for r in rows
        ]


def _check_password(password: str) -> None:
    if len(password) < 8:
        raise UserError("password too short: use at least 8 characters")


def _user(row: tuple[object, ...]) -> User:
    role = str(row[1])
    return User(
        name=str(row[0]),
        role=check_role(role),
        created_at=float(cast(float, row[2])),
        last_login_at=float(cast(float, row[3])) if row[3] is not None else None,
    )


def open_user_store(where: Path | StorageSettings, *, session_days: float = 30.0) -> UserStore:
    """The accounts and sessions of an installation.

    Args:
        where: the settings (``storage_url`` picks SQLite or PostgreSQL), or a data dir
            for its ``users.sqlite`` file.
        session_days: how long a new session lives.
    """
    target = where / USERS_FILE if isinstance(where, Path) else open_store(where, SCHEMA)
    return UserStore(target, session_ttl_s=session_days * 24 * 3600)
