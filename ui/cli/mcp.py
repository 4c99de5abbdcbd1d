"""``switchyard mcp serve|tools|approve``."""

from __future__ import annotations

from typing import Annotated, Any, Literal

import typer
from rich.table import Table

from core.errors import ConfigError
from ui.cli.common import console, handle_errors, print_json

mcp_app = typer.Typer(
    help="MCP: serve Switchyard, inspect and approve external servers.", no_args_is_help=True
)


@mcp_app.command("serve")
@handle_errors
def serve_command(
    transport: Annotated[str, typer.Option(help="stdio or http.")] = "stdio",
    port: Annotated[int, typer.Option(help="HTTP port.")] = 8765,
    host: Annotated[
        str, typer.Option(help="HTTP bind address (non-loopback needs SWITCHYARD_MCP_TOKEN).")
    ] = "127.0.0.1",
    stateless: Annotated[
        bool,
        typer.Option(
            "--stateless",
            help="HTTP: keep no session in this process, so replicas behind a load balancer "
            "can serve any request.",
        ),
    ] = False,
    allow_origin: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-origin",
            help="A browser origin (https://app.example) allowed to call the HTTP server; "
            "repeatable. Localhost origins are always allowed.",
        ),
    ] = None,
) -> None:
    """Serve the deterministic tools, document search and the routed `ask` over MCP."""
    from core.privacy.release import configure_release
    from graphs.runner import Assistant
    from graphs.services import build_services
    from graphs.workflow.registry import register_workflow_files
    from mcp_servers.serve import serve
    from tools.builtin import builtin_tools
    from ui.bootstrap import ensure_sample_documents

    if transport not in ("stdio", "http"):
        raise ConfigError(f"--transport {transport!r}: use stdio or http")
    mode: Literal["stdio", "http"] = "stdio" if transport == "stdio" else "http"
    # Our own server never consumes MCP servers itself: that could loop back into this process.
    services = build_services(mcp=False)
    ensure_sample_documents(services)
    assistant = Assistant(services)

    def ask_fn(question: str, thread_id: str | None) -> dict[str, Any]:
        return assistant.ask(question, thread_id=thread_id).to_json()

    settings = services.settings
    configure_release(settings.mcp.trusted_clients, settings.privacy.public_contacts)
    # Invalid workflow files are `switchyard workflow validate`'s to report; the
    # valid ones still become prompts.
    workflows = register_workflow_files(settings).workflows.values()
    serve(
        mode,
        host=host,
        port=port,
        registry=builtin_tools(),
        doc_store=services.docs,
        ask_fn=ask_fn,
        allow_ingest=settings.mcp.allow_ingest_tool,
        ingest_roots=[settings.samples_dir] if settings.mcp.allow_ingest_tool else [],
        allowed_origins=allow_origin or [],
        workflows=[loaded.workflow for loaded in workflows],
        stateless=stateless,
    )


def _manager() -> Any:
    from agents.mcp import McpManager
    from core.settings import load_settings

    settings = load_settings()
    if not settings.mcp.config_path.is_file():
        raise ConfigError(
            f"{settings.mcp.config_path} not found: copy mcp_servers.example.json there and edit it"
        )
    return McpManager(
        settings.mcp.config_path,
        settings.data_dir,
        request_timeout_s=settings.mcp.request_timeout_s,
        startup_timeout_s=settings.mcp.startup_timeout_s,
        max_call_s=settings.mcp.max_call_s,
    )


@mcp_app.command("tools")
@handle_errors
def tools_command(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Start the configured servers and list their tools and health."""
    manager = _manager()
    try:
        statuses = manager.start()
        tools = manager.list_tools()
    finally:
        manager.stop()
    if as_json:
        print_json(
            {
                "servers": [
                    {
                        "name": s.name,
                        "state": s.state,
                        "reason": s.reason,
                        "tools": s.tools,
                        "pending_changes": list(s.pending_changes),
                    }
                    for s in statuses
                ],
                "tools": [
                    {
                        "server": t.server,
                        "name": t.name,
                        "enabled": t.enabled,
                        "disabled_reason": t.disabled_reason,
                        "destructive": t.destructive,
                        "description": t.description,
                    }
                    for t in tools
                ],
            }
        )
        return
    for s in statuses:
        colour = "green" if s.state == "running" else "red"
        line = f"[{colour}]{s.name}: {s.state}[/] ({s.tools} tools)"
        if s.reason:
            line += f" — {s.reason}"
        if s.pending_changes:
            changed = ", ".join(s.pending_changes)
            line += f" — changed, disabled until `switchyard mcp approve {s.name}`: {changed}"
        console.print(line)
    table = Table()
    for col in ("server", "tool", "enabled", "description"):
        table.add_column(col, overflow="fold")
    for t in tools:
        enabled = "yes" if t.enabled else f"no ({t.disabled_reason})"
        table.add_row(t.server, t.name, enabled, t.description[:120])
    console.print(table)


@mcp_app.command("approve")
@handle_errors
def approve_command(
    name: Annotated[str, typer.Argument(help="Server whose changed tools to approve.")],
) -> None:
    """Accept a server's changed tool definitions and re-enable them."""
    manager = _manager()
    try:
        approved = manager.approve(name)
    finally:
        manager.stop()
    console.print(
        f"approved {len(approved)} changed tool(s) of {name}: {', '.join(approved) or '—'}"
    )
