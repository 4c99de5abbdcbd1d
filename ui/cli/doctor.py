"""``switchyard doctor``: tiers (provider, endpoint, egress class) and why, memory,
which concrete local models fit this machine, with their licences and languages,
and the storage backend with each store's schema version."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Any

from rich.table import Table

from core.models.recommend import fitting_models
from ui.cli.common import console
from ui.cli.db import storage_report
from ui.cli.model_servers import model_servers

# Rough resident size of a 4-bit GGUF model: ~0.6 bytes/parameter with KV cache and runtime.
_SIZES_B = (0.135, 1.0, 3.0, 7.0, 8.0, 13.0, 32.0, 70.0)
_GB_PER_B_PARAMS_Q4 = 0.6


def _meminfo_gb() -> tuple[float, float]:
    fields: dict[str, float] = {}
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            key, _, value = line.partition(":")
            fields[key] = float(value.split()[0]) / 1024 / 1024
    except OSError:
        return 0.0, 0.0
    return fields.get("MemTotal", 0.0), fields.get("MemAvailable", 0.0)


def _gpus() -> list[dict[str, Any]]:
    if shutil.which("nvidia-smi") is None:
        return []
    try:
        out = subprocess.run(
            [
                "nvidia-smi",
                "--query-gpu=name,memory.total,memory.free",
                "--format=csv,noheader,nounits",
            ],
            capture_output=True,
            text=True,
            timeout=5,
            check=True,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    gpus = []
    for line in out.strip().splitlines():
        name, total, free = (part.strip() for part in line.split(","))
        gpus.append(
            {
                "name": name,
                "memory_total_gb": float(total) / 1024,
                "memory_free_gb": float(free) / 1024,
            }
        )
    return gpus


def doctor_report(services: Any) -> dict[str, Any]:
    """Everything ``doctor`` knows, as plain data."""
    tiers = [
        {
            "tier": "deterministic",
            "model": None,
            "available": True,
            "reason": "plain Python tools, FAQ and extractive answers are always on",
        }
    ]
    for tier in ("local", "cloud"):
        status = services.models.status(tier, load=tier == "local")
        endpoint = status.endpoint
        tiers.append(
            {
                "tier": tier,
                "model": status.model,
                "available": status.available,
                "reason": status.reason,
                "provider": endpoint.provider if endpoint else None,
                "endpoint": endpoint.where if endpoint else None,
                "egress": status.egress,
                "egress_reason": endpoint.egress_reason if endpoint else "",
            }
        )
    total, available = _meminfo_gb()
    gpus = _gpus()
    budget = max([g["memory_free_gb"] for g in gpus] + [available])
    fits = [
        {
            "params_b": size,
            "q4_gb": round(size * _GB_PER_B_PARAMS_Q4, 2),
            "fits": size * _GB_PER_B_PARAMS_Q4 < budget * 0.8,
        }
        for size in _SIZES_B
    ]
    report: dict[str, Any] = {
        "tiers": tiers,
        "memory": {"total_gb": round(total, 1), "available_gb": round(available, 1)},
        "gpus": gpus,
        "local_models_q4": fits,
        "recommended_models": [
            {
                "name": m.name,
                "ram_gb": m.ram_gb,
                "licence": m.licence,
                "commercial_use": m.commercial_use,
                "writes": m.writes,
                "languages": list(m.languages),
                "pull": m.pull_command,
                "note": m.note,
            }
            for m in fitting_models(budget)
        ],
        "data_dir": str(services.settings.data_dir),
        # Backend, where, and each store's schema version (the services migrated them).
        "storage": storage_report(services.settings),
        "model_servers": model_servers(services.models),
    }
    manager = services.extras.get("mcp")
    if manager is not None:
        # Servers start in the background; a diagnosis waits for each to come up or fail.
        manager.await_starts()
        report["mcp_servers"] = [
            {"name": s.name, "state": s.state, "reason": s.reason, "tools": s.tools}
            for s in manager.status()
        ]
    return report


def print_doctor(report: dict[str, Any]) -> None:
    """Human-readable doctor output."""
    table = Table(title="Tiers")
    for col in ("tier", "model", "available", "endpoint", "egress", "reason"):
        table.add_column(col, overflow="fold")
    for row in report["tiers"]:
        mark = "[green]yes[/]" if row["available"] else "[red]no[/]"
        egress = row.get("egress") or "—"
        if row.get("egress_reason"):
            egress += f" ({row['egress_reason']})"
        endpoint = f"{row.get('provider') or '—'} @ {row.get('endpoint') or '—'}"
        if row["tier"] == "deterministic":
            endpoint, egress = "in-process", "local"
        table.add_row(row["tier"], row["model"] or "—", mark, endpoint, egress, row["reason"])
    console.print(table)
    mem = report["memory"]
    console.print(f"RAM: {mem['available_gb']} GB free of {mem['total_gb']} GB")
    if report["gpus"]:
        for gpu in report["gpus"]:
            console.print(
                f"GPU: {gpu['name']} {gpu['memory_free_gb']:.1f} GB free "
                f"of {gpu['memory_total_gb']:.1f} GB"
            )
    else:
        console.print("GPU: none found (nvidia-smi not present)")
    fits = ", ".join(
        f"{f['params_b']:g}B ({f['q4_gb']} GB)" for f in report["local_models_q4"] if f["fits"]
    )
    console.print(f"Local models that fit at 4-bit: {fits or 'none'}")
    suggested = report.get("recommended_models", [])
    if suggested:
        console.print("Recommended local models for this machine (largest first):")
    for model in suggested:
        licence = model["licence"] if model["commercial_use"] else f"[yellow]{model['licence']}[/]"
        console.print(
            f"  {model['name']} — {licence}; writes {model['writes']}; needs ~{model['ram_gb']} GB",
            markup=True,
            highlight=False,
        )
        console.print(f"    {model['pull']}", markup=False, highlight=False, soft_wrap=True)
    storage = report.get("storage")
    if storage:
        versions = ", ".join(f"{s['store']} {s['version']}" for s in storage["stores"])
        state = "up to date" if storage["up_to_date"] else "[yellow]run `switchyard db migrate`[/]"
        console.print(
            f"Storage: {storage['backend']} ({storage['where']}); schema {versions}; {state}"
        )
    for row in report.get("model_servers", []):
        reach = {True: "[green]reachable[/]", False: "[red]unreachable[/]", None: "not probed"}
        console.print(
            f"Model server ({row['tier']}, {row['provider']}) {row['url']}: "
            f"{reach[row['reachable']]} {row['detail']}",
            highlight=False,
        )
    for server in report.get("mcp_servers", []):
        console.print(
            f"MCP {server['name']}: {server['state']} — {server['reason']} "
            f"({server['tools']} tools)"
        )
