"""Build the long-lived objects once from ``Settings`` and hand them to the graph.

The CLI, the Streamlit app and the MCP assistant server all start here, so
they share one model registry (the embedded model loads once per process),
one document store and one trace store.
"""

from __future__ import annotations

import atexit
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from langchain_core.language_models import BaseChatModel
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.graph.state import CompiledStateGraph

from agents.toolbox import ToolBox
from core.errors import ConfigError
from core.models.registry import ModelRegistry
from core.privacy import mask
from core.router import Router
from core.settings import Settings, load_settings
from core.trace_store import TraceStore
from graphs.assistant import build_graph
from graphs.state import Context, State
from tools.builtin import builtin_tools
from tools.faq import FaqBook

_DEFAULT = object()


@dataclass
class Services:
    """Everything a front end needs, built once per process."""

    settings: Settings
    models: ModelRegistry
    router: Router
    toolbox: ToolBox
    faq: FaqBook | None
    docs: Any | None
    traces: TraceStore
    checkpointer: BaseCheckpointSaver[Any] | None
    graph: CompiledStateGraph[State, Context, State, State]
    extras: dict[str, Any] = field(default_factory=dict)


def open_checkpointer(settings: Settings) -> BaseCheckpointSaver[Any]:
    """SQLite in the data directory, or PostgreSQL when ``checkpoint_url`` says so."""
    url = settings.checkpoint_url
    if url:
        if not url.startswith(("postgresql://", "postgres://")):
            raise ConfigError(
                f"checkpoint_url {url!r}: use a postgresql:// URL, or leave it empty for SQLite"
            )
        from langgraph.checkpoint.postgres import PostgresSaver
        from psycopg import Connection
        from psycopg.rows import dict_row

        pg = Connection.connect(url, autocommit=True, prepare_threshold=0, row_factory=dict_row)
        saver = PostgresSaver(pg)
        saver.setup()
        return saver
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(settings.data_dir / "checkpoints.sqlite", check_same_thread=False)
    saver_sqlite = SqliteSaver(conn)
    saver_sqlite.setup()
    return saver_sqlite


def open_mcp(settings: Settings) -> Any | None:
    """Start the configured MCP servers (one persistent session each), if any are configured."""
    path = Path(settings.mcp.config_path)
    if not path.is_file():
        return None
    from agents.mcp import McpManager

    manager = McpManager(
        path,
        settings.data_dir,
        request_timeout_s=settings.mcp.request_timeout_s,
        startup_timeout_s=settings.mcp.startup_timeout_s,
    )
    manager.start()
    atexit.register(manager.stop)
    return manager


def open_documents(settings: Settings) -> Any | None:
    """The document store under the data directory (lazy: nothing loads until used)."""
    from tools.rag import DocumentStore

    return DocumentStore(
        settings.data_dir, dense=settings.rag.dense, max_file_bytes=settings.rag.max_file_bytes
    )


def build_services(
    settings: Settings | None = None,
    *,
    checkpointer: BaseCheckpointSaver[Any] | object | None = _DEFAULT,
    fakes: dict[str, BaseChatModel] | None = None,
    docs: Any | object | None = _DEFAULT,
    mcp: bool = True,
) -> Services:
    """Build every long-lived object from the settings.

    Args:
        settings: validated settings (loaded from the usual sources when omitted).
        checkpointer: override the checkpointer; ``None`` compiles without one.
        fakes: scripted test models to register as ``test:<name>``.
        docs: override the document store (``None`` switches RAG off).
        mcp: start the MCP servers named in ``mcp.config_path`` (when the file exists).
    """
    settings = settings or load_settings()
    models = ModelRegistry(settings, fakes=fakes)
    router = Router(models, settings.router, settings.budget)
    manager = open_mcp(settings) if mcp else None
    toolbox = ToolBox(builtin=builtin_tools(), external_source=manager)
    faq = FaqBook.load(settings.faq_path) if Path(settings.faq_path).is_file() else None
    store = open_documents(settings) if docs is _DEFAULT else docs
    traces = TraceStore(settings.data_dir / "traces.sqlite", mask=mask)
    saver = open_checkpointer(settings) if checkpointer is _DEFAULT else checkpointer
    if saver is not None and not isinstance(saver, BaseCheckpointSaver):
        raise TypeError("checkpointer must be a LangGraph checkpoint saver or None")
    graph = build_graph(
        models=models,
        tools=toolbox,
        checkpointer=saver,
        router=router,
        faq=faq,
        docs=store,
        traces=traces,
    )
    return Services(
        settings=settings,
        models=models,
        router=router,
        toolbox=toolbox,
        faq=faq,
        docs=store,
        traces=traces,
        checkpointer=saver,
        graph=graph,
        extras={"mcp": manager} if manager is not None else {},
    )
