"""Parse files behind an error boundary, in a worker process with memory and time limits.

Every failure of a parser, whatever its type, becomes that file's rejection
with a reason; the batch goes on. Binary and packaged formats are parsed in a
child process whose address space is capped (``RLIMIT_AS``) and whose answer
is awaited for at most ``seconds_per_file``: a parser that runs away is killed
and the file is rejected, and a fresh worker takes the next file.
"""

from __future__ import annotations

import dataclasses
import json
import os
import select
import struct
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, Any, BinaryIO

from tools.rag.decode import FileRejected
from tools.rag.limits import IngestLimits
from tools.rag.packages import check_hwp_container, check_zip_package
from tools.rag.parsers import ParsedDocument, Section, parse_bytes

_REPO_ROOT = Path(__file__).resolve().parents[2]

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
    except Exception as exc:
        detail = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
        raise FileRejected(
            f"cannot parse {suffix or 'file'}: {type(exc).__name__}"
            + (f": {detail}" if detail else "")
        ) from exc


def _section_json(section: Section) -> dict[str, Any]:
    return dataclasses.asdict(section)


def _to_json(doc: ParsedDocument) -> dict[str, Any]:
    return {
        "text": doc.text,
        "fmt": doc.fmt,
        "encoding": doc.encoding,
        "sections": [_section_json(s) for s in doc.sections],
    }


def _from_json(payload: dict[str, Any]) -> ParsedDocument:
    sections = tuple(
        Section(
            int(s["start"]),
            int(s["end"]),
            tuple(str(h) for h in s["heading_path"]),
            str(s["locator"]),
            None if s["page"] is None else int(s["page"]),
        )
        for s in payload["sections"]
    )
    return ParsedDocument(
        str(payload["text"]), sections, str(payload["fmt"]), str(payload["encoding"])
    )


def _read_exact(stream: IO[bytes], size: int) -> bytes:
    chunks: list[bytes] = []
    while size:
        chunk = stream.read(size)
        if not chunk:
            raise EOFError("parser worker closed its pipe")
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def serve(stdin: BinaryIO, stdout: BinaryIO, limits: IngestLimits) -> None:
    """Worker loop: cap the address space, then answer parse requests until stdin closes.

    A request is ``<u32 name length><name><u64 data length><data>``; the answer is
    ``<u64 length>`` and a JSON object, ``{"ok": document}`` or ``{"rejected": reason}``.
    JSON rather than pickle: the parent never unpickles what a parser produced.
    """
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (limits.memory_bytes, limits.memory_bytes))
    while True:
        try:
            (name_len,) = struct.unpack("<I", _read_exact(stdin, 4))
            name = _read_exact(stdin, name_len).decode("utf-8")
            (data_len,) = struct.unpack("<Q", _read_exact(stdin, 8))
            data = _read_exact(stdin, data_len)
        except EOFError:
            return
        try:
            reply: dict[str, Any] = {"ok": _to_json(parse_checked(name, data, limits))}
        except FileRejected as exc:
            reply = {"rejected": exc.reason}
            # Libraries report an allocation failure in many ways (lxml says "unknown
            # error"); a resident peak near the cap means that is what happened.
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
            if peak > limits.memory_bytes // 2:
                mib = limits.memory_bytes // (1024 * 1024)
                reply = {
                    "rejected": f"parsing hit the {mib} MiB per-file memory limit ({exc.reason})",
                    "exhausted": True,
                }
        del data
        # Ask for a fresh worker after any file that grew this one past half its cap,
        # so the peak above always belongs to the file being judged.
        if resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 > limits.memory_bytes // 2:
            reply["exhausted"] = True
        try:
            body = json.dumps(reply, ensure_ascii=False).encode("utf-8")
        except MemoryError:
            body = json.dumps(
                {"rejected": "parsed text is larger than the per-file memory limit"}
            ).encode("utf-8")
        stdout.write(struct.pack("<Q", len(body)) + body)
        stdout.flush()


class ParserWorker:
    """A reusable parser process; restarted after a file kills it or runs out of time.

    The worker is a plain ``python -m tools.rag.sandbox`` subprocess (not
    ``multiprocessing``), so it never re-imports the caller's main module (the
    CLI, Streamlit or pytest) and starts the same way from every entry point.

    Args:
        limits: The limits to apply; with ``isolate=False`` parsing happens in-process.
    """

    def __init__(self, limits: IngestLimits) -> None:
        self.limits = limits
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None

    def parse(self, name: str, data: bytes) -> ParsedDocument:
        """Parse one file under the limits.

        Raises:
            FileRejected: the file is bad, too big, too slow or crashed its parser.
        """
        if not self.limits.isolate or Path(name).suffix.lower() not in ISOLATED_SUFFIXES:
            return parse_checked(name, data, self.limits)
        with self._lock:
            reply = self._exchange(name, data)
            if reply.get("exhausted"):
                self._stop()  # start the next file in a fresh process, not a bloated heap
        if "ok" in reply:
            return _from_json(reply["ok"])
        raise FileRejected(str(reply.get("rejected", "parser gave no answer")))

    def _exchange(self, name: str, data: bytes) -> dict[str, Any]:
        process = self._ensure_started()
        assert process.stdin is not None and process.stdout is not None
        encoded = name.encode("utf-8")
        try:
            process.stdin.write(
                struct.pack("<I", len(encoded)) + encoded + struct.pack("<Q", len(data))
            )
            process.stdin.write(data)
            process.stdin.flush()
            ready, _, _ = select.select([process.stdout], [], [], self.limits.seconds_per_file)
            if not ready:
                self._stop()
                raise FileRejected(
                    f"parsing took longer than the "
                    f"{self.limits.seconds_per_file:g} s per-file limit"
                )
            (size,) = struct.unpack("<Q", _read_exact(process.stdout, 8))
            reply: dict[str, Any] = json.loads(_read_exact(process.stdout, size))
            return reply
        except (EOFError, OSError, ValueError, struct.error) as exc:
            self._stop()
            mib = self.limits.memory_bytes // (1024 * 1024)
            raise FileRejected(
                f"the parser crashed or exceeded the {mib} MiB memory limit on this file"
            ) from exc

    def _ensure_started(self) -> subprocess.Popen[bytes]:
        if self._process is not None and self._process.poll() is None:
            return self._process
        self._stop()
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (str(_REPO_ROOT), env.get("PYTHONPATH", "")) if p
        )
        args = json.dumps(dataclasses.asdict(self.limits))
        self._process = subprocess.Popen(
            [sys.executable, "-m", "tools.rag.sandbox", args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            cwd=str(_REPO_ROOT),
        )
        return self._process

    def _stop(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        for pipe in (process.stdin, process.stdout):
            if pipe is not None:
                pipe.close()
        if process.poll() is None:
            process.kill()
        process.wait(5)

    def close(self) -> None:
        """Stop the worker process (it is started again on the next parse)."""
        with self._lock:
            self._stop()


if __name__ == "__main__":
    serve(sys.stdin.buffer, sys.stdout.buffer, IngestLimits(**json.loads(sys.argv[1])))
