"""What ``switchyard doctor`` checks, built when first asked for instead of every service.

``doctor`` reads the settings, the model registry (each tier's status and its model
server) and the MCP servers; it never runs the graph. Building the full services
imported LangGraph and LangChain for nothing (about 3 s of its start-up). The parts
here are built as ``graphs.services.build_services`` builds them, so the report is the
same: the tiers chosen on the settings page apply, a blocked request reaches the audit
log, and the stores every command opens on start are opened (and so migrated) first.
"""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from core.models.registry import ModelRegistry
    from core.settings import Settings

# The stores a command's services open on start: the storage line reports them as a
# command leaves them (the others are opened by the commands that use them).
_OPENED_ON_START = ("traces", "audit", "answer_cache", "documents")


class DoctorServices:
    """The settings, model registry and MCP manager ``doctor_report`` reads, built lazily."""

    @cached_property
    def settings(self) -> Settings:
        """The settings with the settings page's stored choices applied."""
        from core.model_settings import apply_stored
        from core.settings import ensure_data_dir, load_settings

        settings = apply_stored(load_settings())
        ensure_data_dir(settings)
        _open_start_stores(settings)
        return settings

    @cached_property
    def models(self) -> ModelRegistry:
        """The model registry, reporting blocked requests to the audit log."""
        from core import audit
        from core.egress import audit_listener
        from core.models.registry import ModelRegistry
        from core.storage import open_store

        log = audit.AuditLog(open_store(self.settings, audit.SCHEMA, wal=True))
        return ModelRegistry(self.settings, egress_listener=audit_listener(log))

    @cached_property
    def extras(self) -> dict[str, Any]:
        """``{"mcp": manager}`` when MCP servers are configured (``Services.extras``)."""
        if not Path(self.settings.mcp.config_path).is_file():
            return {}
        # Only with servers configured: the manager is opened exactly as the services do.
        from graphs.services import open_mcp

        manager = open_mcp(self.settings, deferred=True)
        return {"mcp": manager} if manager is not None else {}


def _open_start_stores(settings: Settings) -> None:
    from core.storage import migrate, open_store, storage_url_of
    from ui.cli.db import stores

    for entry in stores():
        if entry.schema.name not in _OPENED_ON_START:
            continue
        # Each store migrates its tables when it opens; so does this stand-in for it.
        db = open_store(settings, entry.schema, wal=entry.wal, foreign_keys=entry.foreign_keys)
        migrate(db, entry.schema)
        if storage_url_of(settings) is None:
            db.close()
