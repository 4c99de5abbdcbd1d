"""Ingested documents and their cited sections as MCP resources.

- ``resources/list``: every document of the served collections, read at request
  time (documents are added while the server runs).
- ``switchyard://documents/{collection}/{source}``: a document's record (format,
  size, chunks, when it was indexed) as JSON.
- ``switchyard://sections/{chunk_id}``: one passage with the text around it, the
  same section a citation opens; search results and ``ask`` answers link to it.

The store is duck-typed (``DocumentCatalog``) like ``documents.DocumentStore``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any, Protocol, runtime_checkable
from urllib.parse import quote

from mcp.server.mcpserver import ResourceSecurity
from mcp.server.mcpserver.exceptions import ResourceNotFoundError
from mcp.types import (
    Completion,
    CompletionArgument,
    CompletionContext,
    PromptReference,
    Resource,
    ResourceTemplateReference,
)

from mcp_servers.base import SwitchyardMCPServer
from mcp_servers.documents import to_jsonable
from mcp_servers.links import SECTIONS_TEMPLATE

DOCUMENTS_TEMPLATE = "switchyard://documents/{collection}/{source}"
# Completion answers are for a picker, not a dump of the index.
MAX_COMPLETIONS = 100


@runtime_checkable
class DocumentCatalog(Protocol):
    """What document resources need from the store (``tools.rag.store.DocumentStore`` has it)."""

    def list_documents(self, collection: str) -> Sequence[Any]:
        """Documents of ``collection``: objects with ``source``, ``fmt``, ``size``, ``chunks``."""
        ...

    def cited_section(self, chunk_id: str) -> Any:
        """The passage ``chunk_id`` with its surroundings, or ``None`` when it is gone."""
        ...


def document_uri(collection: str, source: str) -> str:
    """The resource URI of one document; the source is one percent-encoded segment."""
    return f"switchyard://documents/{quote(collection, safe='')}/{quote(source, safe='')}"


def add_document_resources(
    server: SwitchyardMCPServer, catalog: DocumentCatalog, *, collections: Sequence[str]
) -> None:
    """Serve the documents of ``collections`` and their sections as resources.

    Args:
        server: The server to extend.
        catalog: The document store.
        collections: Collections whose documents are listed and readable.
    """
    served = tuple(collections)

    def current() -> list[Resource]:
        return [
            Resource(
                uri=document_uri(collection, doc.source),
                name=str(doc.source),
                title=str(doc.source).rsplit("/", 1)[-1],
                description=f"{doc.fmt} document in {collection!r}, {doc.chunks} passages",
                mime_type="application/json",
            )
            for collection in served
            for doc in catalog.list_documents(collection)
        ]

    server.resource_catalogs.append(current)

    # The source is a lookup key in our index, never opened as a path, so an
    # absolute-looking value ("/srv/docs/a.md") is allowed here.
    @server.resource(
        DOCUMENTS_TEMPLATE,
        name="document",
        description="An indexed document's record: format, size, passages, when it was indexed.",
        mime_type="application/json",
        security=ResourceSecurity(exempt_params={"source"}),
    )
    def read_document(collection: str, source: str) -> str:
        if collection in served:
            for doc in catalog.list_documents(collection):
                if doc.source == source:
                    return json.dumps(to_jsonable(doc), ensure_ascii=False)
        raise ResourceNotFoundError(f"no document {source!r} in collection {collection!r}")

    @server.resource(
        SECTIONS_TEMPLATE,
        name="section",
        description="A passage of an indexed document with the text around it.",
        mime_type="text/markdown",
    )
    def read_section(chunk_id: str) -> str:
        section = catalog.cited_section(chunk_id)
        if section is None:
            raise ResourceNotFoundError(f"no passage {chunk_id!r} (deleted or re-indexed)")
        return _section_markdown(to_jsonable(section))

    async def complete(
        ref: PromptReference | ResourceTemplateReference,
        argument: CompletionArgument,
        context: CompletionContext | None,
    ) -> Completion | None:
        if not isinstance(ref, ResourceTemplateReference) or ref.uri != DOCUMENTS_TEMPLATE:
            return None
        if argument.name == "collection":
            return matching(served, argument.value)
        if argument.name == "source":
            chosen = (context.arguments or {}).get("collection") if context else None
            sources = [
                str(doc.source)
                for collection in served
                if chosen in (None, collection)
                for doc in catalog.list_documents(collection)
            ]
            return matching(sources, argument.value)
        return None

    server.completers.append(complete)


def matching(values: Iterable[str], prefix: str) -> Completion:
    """The values starting with ``prefix`` (case-insensitive), capped for a picker."""
    found = [v for v in dict.fromkeys(values) if v.lower().startswith(prefix.lower())]
    return Completion(
        values=found[:MAX_COMPLETIONS], total=len(found), has_more=len(found) > MAX_COMPLETIONS
    )


def _section_markdown(section: Any) -> str:
    if not isinstance(section, dict):
        return str(section)
    title = " ".join(str(section.get(k) or "") for k in ("source", "locator")).strip()
    heading = str(section.get("heading") or "")
    parts = [f"# {title}", f"## {heading}" if heading else ""]
    parts += [str(section.get("before") or ""), f"**{section.get('cited', '')}**"]
    parts.append(str(section.get("after") or ""))
    return "\n\n".join(p for p in parts if p)
