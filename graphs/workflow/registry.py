"""Workflow files in ``workflows_dir`` joined to the graph registry, next to Python graphs.

The folder is read on use, so a new file needs no code change: ``register_workflow_files``
registers each valid workflow under its name (its builder always compiles the file's
current version), and keeps the problems of invalid files for ``switchyard workflow
list``/``validate`` to show. A name a Python graph already has is reported, not replaced.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import yaml
from langgraph.checkpoint.base import BaseCheckpointSaver

from agents.toolbox import ToolBox
from core.errors import ConfigError
from core.settings import Settings
from core.workflow.loader import SUFFIXES, Folder, LoadedWorkflow, load_folder
from core.workflow.source import Problem
from core.workflow.validate import Known
from graphs.engine import Engine
from graphs.registry import AnyGraph, register, registered
from tools.builtin import builtin_tools

# Names this module registered (a Python graph's name is never taken over by a file).
_FROM_FILES: set[str] = set()


def known_names(settings: Settings, tools: ToolBox | None = None) -> Known:
    """What workflow files may name here: built-in tools, configured MCP servers' tools
    (``server.*``: their lists are only known once the servers run), document collections
    and the other workflows in the folder."""
    names = set((tools.builtin if tools is not None else builtin_tools()).names())
    source = tools.external_source if tools is not None else None
    if source is not None:
        names.update(f"{server}.{tool}" for server, tool, _ in source.known_tools())
    config = Path(settings.mcp.config_path)
    if config.is_file():
        try:
            servers = json.loads(config.read_text(encoding="utf-8")).get("mcpServers", {})
        except (OSError, json.JSONDecodeError):
            servers = {}
        names.update(f"{name}.*" for name in servers)
    return Known(
        tools=frozenset(names),
        collections=frozenset(_collections(settings.data_dir)),
        workflows=frozenset(_folder_names(settings.workflows_dir)),
    )


def _collections(data_dir: Path) -> set[str]:
    names = {"default"}
    path = data_dir / "rag" / "rag.sqlite3"
    if path.is_file():
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            names.update(r[0] for r in db.execute("SELECT DISTINCT collection FROM documents"))
        except sqlite3.Error:
            pass  # an older or empty index: only the default collection is known
        finally:
            db.close()
    return names


def _folder_names(folder: Path) -> set[str]:
    names: set[str] = set()
    if not folder.is_dir():
        return names
    for path in folder.iterdir():
        if path.suffix not in SUFFIXES:
            continue
        try:
            data: Any = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError):
            continue
        if isinstance(data, dict) and isinstance(data.get("name"), str):
            names.add(data["name"])
    return names


def file_graph_names() -> frozenset[str]:
    """Names in the graph registry that came from workflow files (not Python graphs)."""
    return frozenset(_FROM_FILES)


def register_workflow_files(settings: Settings, tools: ToolBox | None = None) -> Folder:
    """Load ``settings.workflows_dir`` and register every valid workflow by name.

    Returns:
        The folder's valid workflows and the problems of the invalid files.
    """
    folder = load_folder(settings.workflows_dir, known_names(settings, tools))
    taken = {entry.name for entry in registered()}
    for name, loaded in list(folder.workflows.items()):
        if name in taken and name not in _FROM_FILES:
            folder.problems[loaded.file] = [
                Problem(loaded.file, 1, None, "name", f"a graph named {name!r} exists", "taken")
            ]
            del folder.workflows[name]
            continue
        _FROM_FILES.add(name)
        if name not in taken:
            register(name, loaded.workflow.description or name, _builder(name))
    return folder


def _builder(name: str) -> Any:
    def build(engine: Engine, checkpointer: BaseCheckpointSaver[Any] | None) -> AnyGraph:
        from graphs.workflow.compile import compile_workflow

        loaded = loaded_workflow(engine.settings, name, engine.tools)
        return compile_workflow(loaded, engine, checkpointer)

    return build


def loaded_workflow(settings: Settings, name: str, tools: ToolBox | None = None) -> LoadedWorkflow:
    """The current definition of workflow ``name`` from the folder.

    Raises:
        ConfigError: no valid workflow has that name (the message says why when its
            file is invalid).
    """
    # Reading, not registering: a run needs the definition, not a registry entry.
    folder = load_folder(settings.workflows_dir, known_names(settings, tools))
    found = folder.workflows.get(name)
    if found is not None:
        return found
    for file, problems in folder.problems.items():
        if Path(file).stem == name:
            raise ConfigError(
                f"workflow {name!r} is invalid:\n" + "\n".join(f"  {p}" for p in problems)
            )
    known = ", ".join(sorted(folder.workflows)) or "none"
    raise ConfigError(f"no workflow named {name!r} in {settings.workflows_dir} (known: {known})")
