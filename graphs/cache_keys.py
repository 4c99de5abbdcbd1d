"""The version of everything a cached answer depended on (part of its cache key).

An answer is only as current as its inputs: the workspace's documents, the
curated FAQ file, the MCP servers with their pinned and approved tool
definitions, and which models serve which tier. ``dependency_version`` hashes
all of them, so a change to any one makes every earlier answer miss
(``core.answer_cache``) instead of being served again.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from graphs.engine import Engine

__all__ = ["dependency_version"]

# The pin file the MCP manager keeps in the data directory (``agents.mcp.pins``).
_PINS_FILE = "mcp_pins.json"


def _file_digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "absent"


def _documents(engine: Engine, workspace: str) -> str:
    if engine.docs is None:
        return "none"
    listing = getattr(engine.docs, "list_documents", None)
    if listing is None:
        # A stand-in store without a listing cannot tell its version: never equal twice.
        return f"unversioned:{id(engine.docs)}"
    docs = listing(workspace)
    return ";".join(sorted(f"{d.source}={d.content_hash}@{d.ingested_at}" for d in docs))


def dependency_version(engine: Engine, workspace: str) -> str:
    """A short fingerprint of what an answer in ``workspace`` depends on right now.

    Args:
        engine: The run's services (settings, documents).
        workspace: The workspace whose documents count.

    Returns:
        ``"v1:"`` and 20 hex digits; equal only while documents, FAQ file, MCP
        configuration, tool pins/approvals and tier configuration are all unchanged.
    """
    settings = engine.settings
    parts = [
        "docs=" + _documents(engine, workspace),
        "faq=" + _file_digest(Path(settings.faq_path)),
        "mcp=" + _file_digest(Path(settings.mcp.config_path)),
        "pins=" + _file_digest(Path(settings.data_dir) / _PINS_FILE),
        "mcp_tools=" + settings.mcp.model_dump_json(),
        "tiers=" + settings.tiers.model_dump_json(),
        "models=" + repr(sorted((k, v.model_dump_json()) for k, v in settings.models.items())),
        "router=" + settings.router.model_dump_json(),
        # Whether the cloud tier can run at all, and where the model servers are.
        f"cloud_key={settings.openai_api_key is not None}",
        f"endpoints={settings.openai_base_url}|{settings.ollama_host}",
    ]
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    return f"v1:{digest[:20]}"
