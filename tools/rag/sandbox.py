"""Parse files behind an error boundary, in a worker process with memory and time limits.

Every failure of a parser, whatever its type, becomes that file's rejection
with a reason; the batch goes on. Binary and packaged formats are parsed in a
child process whose address space is capped (``RLIMIT_AS``) and whose answer
is awaited for at most ``seconds_per_file``: a parser that runs away is killed
and the file is rejected, and a fresh worker takes the next file.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path

from tools.rag.decode import FileRejected
from tools.rag.limits import IngestLimits
from tools.rag.packages import check_hwp_container, check_zip_package
from tools.rag.parsers import ParsedDocument, parse_bytes

logger = logging.getLogger(__name__)

_ZIP_FORMATS = {".docx": "DOCX", ".xlsx": "XLSX", ".pptx": "PPTX", ".hwpx": "HWPX"}
# Formats whose parsers build trees or inflate streams: these run in the worker.
ISOLATED_SUFFIXES = frozenset({*_ZIP_FORMATS, ".hwp", ".pdf", ".html", ".htm"})


def parse_checked(name: str, data: bytes, limits: IngestLimits) -> ParsedDocument:
    """Structural checks, then the format's parser, with every error turned into a rejection.

    Args:
        name: File name (its suffix picks the format).
        data: File content.
        limits: Unpacked-size and element limits for packages.

    Returns:
        The parsed document.

    Raises:
        FileRejected: for any reason the file cannot be ingested.
    """
    suffix = Path(name).suffix.lower()
    try:
        if suffix in _ZIP_FORMATS and data.startswith(b"PK"):
            check_zip_package(data, _ZIP_FORMATS[suffix], limits)
        elif suffix == ".hwp" and data.strip():
            check_hwp_container(data, limits)
        return parse_bytes(name, data)
    except FileRejected:
        raise
    except MemoryError as exc:
        raise FileRejected("parsing needed more memory than the per-file limit allows") from exc
    except RecursionError as exc:
        raise FileRejected("structure nested too deeply to parse") from exc
    # This is the one boundary where any parser failure, of any type a third-party
    # library may raise, becomes this file's rejection instead of ending the batch.
    except Exception as exc:  # noqa: BLE001
        detail = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
        raise FileRejected(f"cannot parse {suffix or 'file'}: {type(exc).__name__}"
                           + (f": {detail}" if detail else "")) from exc


def _serve(conn: Connection, limits: IngestLimits) -> None:
    """Worker loop: cap the address space, then parse requests until the pipe closes."""
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
    while True:
        try:
            name, data = conn.recv()
        except (EOFError, OSError):
            return
        try:
            reply: tuple[str, object] = ("ok", parse_checked(name, data, limits))
        except FileRejected as exc:
            reply = ("rejected", exc.reason)
        del data
        try:
            conn.send(reply)
        except MemoryError:
            conn.send(("rejected", "parsed text is larger than the per-file memory limit"))


class ParserWorker:
    """A reusable parser process; restarted after a file kills it or runs out of time.

    Args:
        limits: The limits to apply; with ``isolate=False`` parsing happens in-process.
    """

    def __init__(self, limits: IngestLimits) -> None:
        self.limits = limits
        self._lock = threading.Lock()
        self._process: BaseProcess | None = None
        self._conn: Connection | None = None

    def parse(self, name: str, data: bytes) -> ParsedDocument:
        """Parse one file under the limits.

        Raises:
            FileRejected: the file is bad, too big, too slow or crashed its parser.
        """
        if not self.limits.isolate or Path(name).suffix.lower() not in ISOLATED_SUFFIXES:
            return parse_checked(name, data, self.limits)
        with self._lock:
            conn = self._ensure_started()
            try:
                conn.send((name, data))
                if not conn.poll(self.limits.seconds_per_file):
                    self._stop()
                    raise FileRejected(
                        f"parsing took longer than the {self.limits.seconds_per_file:g} s "
                        "per-file limit"
                    )
                kind, payload = conn.recv()
            except (EOFError, OSError, BrokenPipeError) as exc:
                self._stop()
                mib = self.limits.memory_bytes // (1024 * 1024)
                raise FileRejected(f"the parser crashed or exceeded the {mib} MiB memory "
                                   "limit on this file") from exc
        if kind == "ok" and isinstance(payload, ParsedDocument):
            return payload
        raise FileRejected(str(payload))

    def _ensure_started(self) -> Connection:
        if self._conn is not None and self._process is not None and self._process.is_alive():
            return self._conn
        self._stop()
        # "spawn": a fresh interpreter, never a fork of a process that runs threads.
        context = multiprocessing.get_context("spawn")
        parent, child = context.Pipe()
        process = context.Process(target=_serve, args=(child, self.limits),
                                  name="switchyard-parser", daemon=True)
        process.start()
        child.close()
        self._process, self._conn = process, parent
        return parent

    def _stop(self) -> None:
        if self._conn is not None:
            self._conn.close()
        if self._process is not None:
            if self._process.is_alive():
                self._process.kill()
            self._process.join(5)
        self._process, self._conn = None, None

    def close(self) -> None:
        """Stop the worker process (it is started again on the next parse)."""
        with self._lock:
            self._stop()
