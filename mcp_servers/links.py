"""Links from tool results to the sections they quote (``switchyard://sections/...``).

Kept apart from ``resources`` so the tools that link (search, ``ask``) do not
depend on the resource handlers, which depend on them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any
from urllib.parse import quote

from mcp.types import ResourceLink

SECTIONS_TEMPLATE = "switchyard://sections/{chunk_id}"


def section_uri(chunk_id: str) -> str:
    """The resource URI of one cited section."""
    return f"switchyard://sections/{quote(chunk_id, safe='')}"


def section_links(hits: Iterable[Any]) -> list[ResourceLink]:
    """Resource links to the sections behind search hits or citations (those with a ``chunk_id``).

    Args:
        hits: Passages or citations as JSON dicts with ``chunk_id`` and ``source``.
    """
    links: list[ResourceLink] = []
    seen: set[str] = set()
    for hit in hits:
        data = hit if isinstance(hit, dict) else {}
        chunk_id = str(data.get("chunk_id") or "")
        if not chunk_id or chunk_id in seen:
            continue
        seen.add(chunk_id)
        source = str(data.get("source") or chunk_id)
        locator = str(data.get("locator") or "")
        links.append(
            ResourceLink(
                type="resource_link",
                uri=section_uri(chunk_id),
                name=f"{source} {locator}".strip(),
                mime_type="text/markdown",
                description="The cited passage with the text around it",
            )
        )
    return links
