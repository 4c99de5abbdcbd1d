"""Loading workflow files: one file, a folder of them, or a stored snapshot.

Each loaded workflow keeps its source text and a content hash: a run stores both,
so it can resume on the definition it started with after the file changed. A file
with any problem is not loaded at all, and never stops the others from loading.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from core.errors import ConfigError
from core.workflow.schema import Workflow
from core.workflow.source import Problem
from core.workflow.validate import Known, validate_text

SUFFIXES = (".yaml", ".yml")


class WorkflowInvalidError(ConfigError):
    """A workflow file has problems; the message lists each with its line."""

    def __init__(self, file: str, problems: list[Problem]) -> None:
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{file} is not a valid workflow ({len(problems)} problems):\n{lines}")
        self.problems = problems


@dataclass(frozen=True)
class LoadedWorkflow:
    """A valid workflow with where it came from and what it was, byte for byte."""

    workflow: Workflow
    source: str
    file: str
    content_hash: str

    @property
    def name(self) -> str:
        """The workflow's name (its registry key)."""
        return self.workflow.name

    @property
    def version(self) -> str:
        """The author's version, as text."""
        return str(self.workflow.version)


def content_hash(source: str) -> str:
    """The hash a run records to tell definitions apart (sha256 of the text, 16 hex)."""
    return hashlib.sha256(source.encode("utf-8")).hexdigest()[:16]


def load_text(source: str, file: str = "<text>", known: Known | None = None) -> LoadedWorkflow:
    """A workflow from its text (a file's contents or a run's snapshot).

    Raises:
        WorkflowInvalidError: the text has problems (all of them are listed).
    """
    workflow, problems = validate_text(source, file, known)
    if workflow is None:
        raise WorkflowInvalidError(file, problems)
    return LoadedWorkflow(workflow, source, file, content_hash(source))


def load_file(path: Path, known: Known | None = None) -> LoadedWorkflow:
    """A workflow from a file.

    Raises:
        WorkflowInvalidError: the file has problems.
        ConfigError: the file cannot be read.
    """
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read workflow file {path}: {exc}") from exc
    return load_text(source, str(path), known)


@dataclass
class Folder:
    """What loading a folder gave: the valid workflows, and the problems of the others."""

    workflows: dict[str, LoadedWorkflow] = field(default_factory=dict)
    problems: dict[str, list[Problem]] = field(default_factory=dict)


def load_folder(folder: Path, known: Known | None = None) -> Folder:
    """Every ``*.yaml``/``*.yml`` file in ``folder`` (not recursive), by workflow name.

    An invalid file, or a second file claiming a name already loaded, is reported in
    ``problems`` and skipped; the other files still load.
    """
    result = Folder()
    if not folder.is_dir():
        return result
    for path in sorted(p for p in folder.iterdir() if p.suffix in SUFFIXES):
        try:
            loaded = load_file(path, known)
        except WorkflowInvalidError as exc:
            result.problems[str(path)] = exc.problems
            continue
        if loaded.name in result.workflows:
            first = result.workflows[loaded.name].file
            result.problems[str(path)] = [
                Problem(str(path), 1, None, "name", f"name also used by {first}", "duplicate_name")
            ]
            continue
        result.workflows[loaded.name] = loaded
    return result
