"""Password-guessing brake: failed logins counted per account name and per client address.

Counts live on the storage layer next to the accounts (the ``users.sqlite`` file, or
PostgreSQL shared by every replica), so neither restarting the server nor sending the
next guess to another replica resets them. A name or address with too many failures inside the
window is refused *before* its password is checked, so guessing on gets no
answer at all until the oldest failure leaves the window. Names are counted
whether or not such an account exists: the brake does not reveal which do.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from core.settings import AuthSettings
from core.storage import Database, Migration, SqliteDatabase, StoreSchema, migrate
from core.users import USERS_FILE

SCHEMA = StoreSchema(
    "login_throttle",
    USERS_FILE,  # the same file as the accounts, a version row of its own
    (
        Migration(
            1,
            (
                "CREATE TABLE IF NOT EXISTS login_failures (kind TEXT NOT NULL, "
                "subject TEXT NOT NULL, at {real} NOT NULL)",
                "CREATE INDEX IF NOT EXISTS login_failures_subject "
                "ON login_failures(kind, subject, at)",
            ),
        ),
    ),
)


@dataclass(frozen=True)
class ThrottleLimits:
    """How many failures each kind of subject may have inside ``window_s``."""

    per_user: int = 5
    per_address: int = 20
    window_s: float = 900.0


def limits_from(auth: AuthSettings) -> ThrottleLimits:
    """The limits configured in ``[auth]``."""
    return ThrottleLimits(
        per_user=auth.max_failures_per_user,
        per_address=auth.max_failures_per_address,
        window_s=auth.failure_window_s,
    )


class LoginThrottle:
    """Failed-login counter; thread-safe, persisted.

    Args:
        target: a SQLite file path, or a ``core.storage`` database (usually the
            ``UserStore``'s own ``database``).
        limits: how many failures are allowed inside the window.
    """

    def __init__(self, target: Path | Database, limits: ThrottleLimits | None = None) -> None:
        self.database = SqliteDatabase(target) if isinstance(target, Path) else target
        self.limits = limits or ThrottleLimits()
        migrate(self.database, SCHEMA)

    def wait_s(self, username: str, address: str, *, now: float | None = None) -> float:
        """Seconds until another attempt for this name from this address is allowed (0: now).

        Args:
            username: the name typed into the form (normalised by the caller).
            address: the client's address.
            now: the current time (tests pass a fixed clock).
        """
        now = time.time() if now is None else now
        since = now - self.limits.window_s
        wait = 0.0
        with self.database.session() as db:
            for kind, subject, limit in (
                ("user", username, self.limits.per_user),
                ("address", address, self.limits.per_address),
            ):
                rows = db.execute(
                    "SELECT at FROM login_failures WHERE kind = ? AND subject = ? AND at > ? "
                    "ORDER BY at DESC LIMIT ?",
                    (kind, subject, since, limit),
                ).fetchall()
                if len(rows) >= limit:
                    # Allowed again once the limit-th newest failure leaves the window.
                    wait = max(wait, float(rows[-1][0]) + self.limits.window_s - now)
        return max(wait, 0.0)

    def record_failure(self, username: str, address: str, *, now: float | None = None) -> None:
        """Count one failed attempt against both the name and the address."""
        now = time.time() if now is None else now
        with self.database.session() as db:
            db.executemany(
                "INSERT INTO login_failures (kind, subject, at) VALUES (?,?,?)",
                [("user", username, now), ("address", address, now)],
            )
            db.execute("DELETE FROM login_failures WHERE at < ?", (now - self.limits.window_s,))

    def record_success(self, username: str) -> None:
        """A right password clears the name's count (the address keeps its own)."""
        with self.database.session() as db:
            db.execute(
                "DELETE FROM login_failures WHERE kind = 'user' AND subject = ?", (username,)
            )
