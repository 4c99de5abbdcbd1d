"""A throw-away PostgreSQL cluster for tests: initdb in a temp dir, loopback only.

The server binaries come from Debian's ``postgresql`` package (``make system-deps``);
they are found through ``pg_config --bindir`` or ``/usr/lib/postgresql/*/bin``.
PostgreSQL refuses to run as root, so under root the cluster runs as the
``postgres`` user the package creates.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

from bench.loopback import free_port

MISSING = (
    "PostgreSQL server binaries (initdb, pg_ctl) were not found: run `make system-deps` "
    "(installs Debian's postgresql package) and run the tests again"
)


def find_bindir() -> Path | None:
    """Where ``initdb`` and ``pg_ctl`` live, or ``None``."""
    candidates: list[str] = []
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False)
        candidates.append(out.stdout.strip())
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(str(Path(initdb).resolve().parent))
    for folder in candidates:
        if folder and (Path(folder) / "initdb").is_file() and (Path(folder) / "pg_ctl").is_file():
            return Path(folder)
    return None


@dataclass
class PgCluster:
    """A running cluster; ``url`` reaches its ``postgres`` database as the superuser."""

    bindir: Path
    root: Path
    port: int
    user: str
    run_as: str | None

    @property
    def url(self) -> str:
        """The maintenance database's URL (over TCP on loopback)."""
        return self.url_for("postgres")

    def url_for(self, dbname: str) -> str:
        """The URL of ``dbname`` on this cluster."""
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{dbname}"

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bindir / args[0]), *args[1:]]
        if self.run_as:
            cmd = ["runuser", "-u", self.run_as, "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=120)

    def start(self) -> None:
        """initdb and start on a free loopback port; the socket stays in the temp dir."""
        data = self.root / "data"
        done = self._run("initdb", "-D", str(data), "-U", self.user, "--auth=trust", "-E", "UTF8",
                         "--no-locale")  # fmt: skip
        if done.returncode != 0:
            raise RuntimeError(f"initdb failed: {done.stderr}")
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.port} "
            f"-c unix_socket_directories={self.root} "
            # A throw-away cluster: durability buys nothing, speed does.
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off "
            "-c max_connections=200"
        )
        done = self._run("pg_ctl", "-D", str(data), "-l", str(self.root / "server.log"),
                         "-o", options, "-w", "-t", "60", "start")  # fmt: skip
        if done.returncode != 0:
            log = (self.root / "server.log").read_text(errors="replace")[-2000:]
            raise RuntimeError(f"pg_ctl start failed: {done.stderr}\n{log}")

    def stop(self) -> None:
        """Stop the server and delete the cluster."""
        self._run("pg_ctl", "-D", str(self.root / "data"), "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.root, ignore_errors=True)

    def create_database(self) -> str:
        """A new empty database; returns its URL."""
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url_for(name)


def start_cluster() -> PgCluster:
    """Start a cluster (raises RuntimeError with the fix when PostgreSQL is missing)."""
    bindir = find_bindir()
    if bindir is None:
        raise RuntimeError(MISSING)
    run_as = None
    # Not under pytest's tmp dir: that is private to root, and the server may run as postgres.
    root = Path(tempfile.mkdtemp(prefix="switchyard-pg-"))
    if os.geteuid() == 0:
        run_as = "postgres"
        entry = pwd.getpwnam(run_as)
        os.chown(root, entry.pw_uid, entry.pw_gid)
    cluster = PgCluster(bindir=bindir, root=root, port=free_port(), user="switchyard",
                        run_as=run_as)  # fmt: skip
    try:
        cluster.start()
    except BaseException:
        shutil.rmtree(root, ignore_errors=True)
        raise
    return cluster
