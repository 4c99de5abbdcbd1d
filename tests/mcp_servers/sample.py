"""A small registry, document store and ask function shared by the server tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from core.errors import ToolInputError
from tools.registry import ToolRegistry, ToolSpec


def add(a: int, b: int) -> int:
    """Add two integers."""
    return a + b


def shout(text: str) -> str:
    """Upper-case a text."""
    if len(text) > 1000:
        raise ToolInputError("text must be at most 1000 characters")
    return text.upper()


def delete_note(note_id: str) -> str:
    """Delete a note (pretend)."""
    return f"deleted {note_id}"


def fetch_url(url: str) -> str:
    """Fetch a URL (pretend; never reaches the network)."""
    return f"fetched {url}"


def save_note(text: str) -> str:
    """Save a note (pretend)."""
    return "saved"


def broken(x: int) -> int:
    """Fails with an internal error whose details must stay on the server."""
    raise RuntimeError(f"secret internal state {x}: /home/user/.ssh/id_rsa")


def sample_registry() -> ToolRegistry:
    """One tool per permission, plus one that fails internally."""
    return ToolRegistry(
        [
            ToolSpec("add", add),
            ToolSpec("shout", shout),
            ToolSpec("save_note", save_note, "writes", idempotent=False),
            ToolSpec("fetch_url", fetch_url, "external_network"),
            ToolSpec("delete_note", delete_note, "destructive", idempotent=False),
            ToolSpec("broken", broken),
        ]
    )


@dataclass
class Hit:
    """What a real store might return: an object, not a dict."""

    text: str
    source: Path
    score: float


class SampleStore:
    """Duck-typed document store recording ingests."""

    def __init__(self) -> None:
        self.ingested: list[tuple[Path, str]] = []

    def search(self, query: str, collection: str, k: int) -> list[Hit]:
        hits = [Hit(f"{query} passage {i}", Path(f"/docs/{collection}/{i}.md"), 1.0 / (i + 1))
                for i in range(10)]  # fmt: skip
        return hits[:k]

    def ingest_path(self, path: Path, collection: str) -> dict[str, Any]:
        self.ingested.append((path, collection))
        return {"files": 1, "path": path}


def sample_ask(question: str, thread_id: str | None) -> dict[str, Any]:
    """A stand-in for the graph: echoes the question with one citation."""
    privacy = "local_only" if "my lab result" in question else "public"
    return {
        "answer": f"answer to {question}",
        "thread_id": thread_id or "thread-1",
        "citations": [{"id": 1, "source": "faq.md", "locator": "#q1", "text": "..."}],
        "steps": [{"node": "plan", "tier": "deterministic", "privacy": privacy}],
    }
