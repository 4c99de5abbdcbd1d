"""Build the long-lived objects once from ``Settings`` and hand them to the graph.

The CLI, the Streamlit app and the MCP assistant server all start here, so
they share one model registry (the embedded model loads once per process),
one document store and one trace store.
"""

from __future__ import annotations

import atexit
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar, cast

from langchain_core.language_models import BaseChatModel
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.checkpoint.sqlite import SqliteSaver
from langgraph.graph.state import CompiledStateGraph

from agents.toolbox import ToolBox
from core import answer_cache as cache_schema
from core import audit as audit_schema
from core import trace_store as trace_schema
from core.answer_cache import AnswerCache
from core.audit import AuditLog
from core.difficulty_user import model_for
from core.egress import allow_public_contacts, audit_listener
from core.errors import ConfigError
from core.model_settings import apply_stored
from core.models.registry import ModelRegistry
from core.privacy import mask
from core.router import Router
from core.settings import Settings, ensure_data_dir, load_settings
from core.storage import open_store, storage_url_of
from core.storage.advisory_locks import AdvisoryThreadLocks
from core.storage.url import split_schema
from core.thread_lock import FileThreadLocks, ThreadLocks
from core.trace_store import TraceStore
from core.tracing_export import tracer_for
from graphs.assistant import AssistantGraph
from graphs.engine import Engine
from graphs.registry import AnyGraph, build_registered
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
    graph: AssistantGraph
    # Optional per-process objects by name (the MCP manager, tracing clients): any type.
    extras: dict[str, Any] = field(default_factory=dict)
    audit: AuditLog | None = None
    cache: AnswerCache | None = None
    # The services every graph's nodes read (``graphs.engine``); ``None`` only for a
    # hand-built ``Services`` whose graph brings its own.
    engine: Engine | None = None
    # One turn at a time per conversation (``graphs.runner``); ``None`` only when hand-built.
    thread_locks: ThreadLocks | None = None
    _graphs: dict[str, AnyGraph] = field(default_factory=dict, repr=False)

    def graph_named(self, name: str) -> AnyGraph:
        """The registered graph ``name`` on these services (built once, masked tracing bound).

        Raises:
            ConfigError: no graph has that name, or these services have no engine.
        """
        if name == "assistant":
            return self.graph
        if name not in self._graphs:
            if self.engine is None:
                raise ConfigError(f"graph {name!r}: these services were built without an engine")
            graph = build_registered(name, self.engine, self.checkpointer)
            self._graphs[name] = attach_masked_tracing(self.settings, graph, self.extras)
        return self._graphs[name]


def open_checkpointer(settings: Settings) -> BaseCheckpointSaver[Any]:
    """SQLite in the data directory, or PostgreSQL when ``storage_url`` says so.

    ``checkpoint_url`` is still read as an alias of ``storage_url``.
    """
    url = storage_url_of(settings)
    if url is not None:
        from langgraph.checkpoint.postgres import PostgresSaver
        from psycopg import Connection, sql
        from psycopg.rows import dict_row

        dsn, schema = split_schema(url)
        pg = Connection.connect(dsn, autocommit=True, prepare_threshold=0, row_factory=dict_row)
        if schema is not None:
            pg.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(schema)))
            pg.execute(sql.SQL("SET search_path TO {}").format(sql.Identifier(schema)))
        saver = PostgresSaver(pg)
        saver.setup()
        return saver
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(settings.data_dir / "checkpoints.sqlite", check_same_thread=False)
    saver_sqlite = SqliteSaver(conn)
    saver_sqlite.setup()
    return saver_sqlite


def open_thread_locks(settings: Settings) -> ThreadLocks:
    """One turn at a time per conversation, for every process that shares the storage.

    File locks serialise this host's processes (SQLite); advisory locks serialise every
    replica sharing PostgreSQL.
    """
    url = storage_url_of(settings)
    if url is not None:
        return AdvisoryThreadLocks(url)
    return FileThreadLocks(settings.data_dir / "locks")


def _share_pins(manager: Any, settings: Settings) -> None:
    # Replicas share pins and approvals; SQLite setups keep the JSON file beside the data.
    if storage_url_of(settings) is not None:
        from agents.mcp.pins import PINS_SCHEMA, TablePinStore

        manager.pins = TablePinStore(open_store(settings, PINS_SCHEMA))


def open_mcp(settings: Settings, *, deferred: bool = False) -> Any | None:
    """The MCP manager for the configured servers, if any, starting them in the background.

    Nothing here waits for a server: a question that needs no MCP tool is answered
    while the servers start (or hang); a step that needs one waits for it then.
    ``deferred`` (one-shot CLI commands) goes further: the ``mcp`` SDK is not even
    imported, nor any server started, until a step first needs MCP.
    """
    path = Path(settings.mcp.config_path)
    if not path.is_file():
        return None
    options: dict[str, Any] = {  # McpManager keyword arguments
        "request_timeout_s": settings.mcp.request_timeout_s,
        "startup_timeout_s": settings.mcp.startup_timeout_s,
        "max_call_s": settings.mcp.max_call_s,
    }
    manager: Any  # McpManager or its deferred stand-in (same methods)
    if deferred:
        from agents.mcp.deferred import DeferredMcpManager

        manager = DeferredMcpManager(
            path, settings.data_dir, configure=lambda m: _share_pins(m, settings), **options
        )
    else:
        from agents.mcp import McpManager

        manager = McpManager(path, settings.data_dir, **options)
        _share_pins(manager, settings)
        manager.start_background()
    atexit.register(manager.stop)
    return manager


def open_documents(settings: Settings, *, background_embedding: bool = False) -> Any | None:
    """The document store under the data directory (lazy: nothing loads until used).

    Background embedding suits a long-running app; a one-shot CLI command leaves it off
    so the embedder never competes with the local model for the same cores.
    """
    from tools.rag import DocumentStore
    from tools.rag.shared_collection import SharedCollectionStore

    store = DocumentStore(
        settings.data_dir,
        storage_url=storage_url_of(settings),
        dense=settings.rag.dense,
        max_file_bytes=settings.rag.max_file_bytes,
        background_embedding=background_embedding,
    )
    # Every workspace's search also reads the shared sample documents.
    return SharedCollectionStore(store)


# Environment switches with which LangChain would trace every run with its own,
# unmasked LangSmith client.
_AMBIENT_TRACING_VARS = (
    "LANGSMITH_TRACING",
    "LANGSMITH_TRACING_V2",
    "LANGCHAIN_TRACING",
    "LANGCHAIN_TRACING_V2",
)


GraphT = TypeVar("GraphT", bound=CompiledStateGraph[Any, Any, Any, Any])


def attach_masked_tracing(
    settings: Settings,
    graph: GraphT,
    extras: dict[str, Any],  # ``Services.extras``
) -> GraphT:
    """Make the masked LangSmith tracer the only way runs reach LangSmith.

    Settings have already read ``LANGSMITH_*``; the ambient switches are turned off so
    LangChain never adds its default tracer, which would export raw inputs. When export
    is configured, the masked, wire-guarded tracer is bound to the graph itself, so a
    direct ``graph.invoke`` (``langgraph dev``, MCP, tests) is covered as well as the runner.
    """
    import langsmith.utils

    for name in _AMBIENT_TRACING_VARS:
        if name in os.environ:
            os.environ[name] = "false"
    # langsmith memoises environment lookups (functools.lru_cache); forget the old answer.
    clear: Any = getattr(langsmith.utils.get_env_var, "cache_clear", None)
    if callable(clear):
        clear()
    tracer = tracer_for(settings, extras)
    if tracer is None:
        return graph
    return graph.with_config(callbacks=[tracer])


def build_services(
    settings: Settings | None = None,
    *,
    checkpointer: BaseCheckpointSaver[Any] | object | None = _DEFAULT,
    fakes: dict[str, BaseChatModel] | None = None,
    docs: Any | object | None = _DEFAULT,
    mcp: bool = True,
    mcp_deferred: bool = False,
    background_embedding: bool = False,
    toolbox: ToolBox | None = None,
) -> Services:
    """Build every long-lived object from the settings.

    Args:
        settings: validated settings (loaded from the usual sources when omitted).
        checkpointer: override the checkpointer; ``None`` compiles without one.
        fakes: scripted test models to register as ``test:<name>``.
        docs: override the document store (``None`` switches RAG off).
        mcp: start the MCP servers named in ``mcp.config_path`` (when the file exists).
        mcp_deferred: start them (and import the MCP SDK) only when a step first needs
            MCP; one-shot CLI commands do, so an ``ask`` a calculator answers never pays.
        background_embedding: fill in dense vectors on a worker thread (the app does).
        toolbox: a tool box to use instead of the built-in tools and configured MCP servers
            (tests pass instrumented tools).
    """
    # The tiers chosen on the settings page apply to every surface (app, doctor, ask).
    settings = apply_stored(settings or load_settings())
    ensure_data_dir(settings)
    allow_public_contacts(settings.privacy.public_contacts)
    audit = AuditLog(open_store(settings, audit_schema.SCHEMA, wal=True))
    models = ModelRegistry(settings, fakes=fakes, egress_listener=audit_listener(audit))
    router = Router(models, settings.router, settings.budget, model_for(settings.data_dir))
    manager = open_mcp(settings, deferred=mcp_deferred) if mcp else None
    toolbox = toolbox or ToolBox(builtin=builtin_tools(), external_source=manager)
    faq = FaqBook.load(settings.faq_path) if Path(settings.faq_path).is_file() else None
    store = (
        open_documents(settings, background_embedding=background_embedding)
        if docs is _DEFAULT
        else docs
    )
    traces = TraceStore(open_store(settings, trace_schema.SCHEMA, foreign_keys=True), mask=mask)
    cache = AnswerCache(open_store(settings, cache_schema.SCHEMA, wal=True))
    saver = open_checkpointer(settings) if checkpointer is _DEFAULT else checkpointer
    if saver is not None and not isinstance(saver, BaseCheckpointSaver):
        raise TypeError("checkpointer must be a LangGraph checkpoint saver or None")
    engine = Engine(
        models=models,
        router=router,
        tools=toolbox,
        docs=store,
        traces=traces,
        cache=cache,
        audit=audit,
        faq=faq,
    )
    extras: dict[str, Any] = {"mcp": manager} if manager is not None else {}  # Services.extras
    graph = attach_masked_tracing(
        settings, cast(AssistantGraph, build_registered("assistant", engine, saver)), extras
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
        extras=extras,
        audit=audit,
        cache=cache,
        engine=engine,
        thread_locks=open_thread_locks(settings),
    )
