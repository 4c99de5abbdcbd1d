"""Reading a workflow file's YAML while remembering where every value was written.

PyYAML's compose step yields nodes that carry ``start_mark``; we walk them once
to map each path in the document (``("steps", 2, "agent", "tier")``) to its line,
so every problem can name the line a human has to fix.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import yaml

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a workflow file, precise enough to fix without guessing.

    Attributes:
        file: The file (or ``<text>``).
        line: 1-based line of the offending value.
        step: The id of the step it belongs to (``None`` for top-level fields).
        field: The dotted field path inside the step (or the file).
        message: What is wrong and, where it helps, what would be right.
        code: A stable name of the problem class (``unknown_step``, ``cycle``...).
    """

    file: str
    line: int
    step: str | None
    field: str
    message: str
    code: str

    def __str__(self) -> str:
        where = f"step {self.step!r}, " if self.step else ""
        return f"{self.file}:{self.line}: {where}field {self.field!r}: {self.message} [{self.code}]"


@dataclass
class LineMap:
    """Line numbers by document path; a path not found falls back to its nearest parent."""

    lines: dict[Path_, int] = field(default_factory=dict)

    def line(self, path: Sequence[str | int]) -> int:
        """The 1-based line of ``path`` (or of its closest recorded ancestor)."""
        key = tuple(path)
        while key:
            if key in self.lines:
                return self.lines[key]
            key = key[:-1]
        return self.lines.get((), 1)


class YamlSyntaxError(Exception):
    """The text is not YAML; carries the line of the fault."""

    def __init__(self, message: str, line: int) -> None:
        super().__init__(message)
        self.line = line


def parse_yaml(text: str) -> tuple[Any, LineMap]:
    """The document's data and the line of each value.

    Raises:
        YamlSyntaxError: the text does not parse as YAML.
    """
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        # Running off the end of the text (an unclosed quote or bracket) is reported
        # where the unclosed thing started: that is the line to fix.
        at_end = exc.problem_mark is not None and exc.problem_mark.index >= len(text.rstrip())
        if at_end and exc.context_mark is not None:
            mark = exc.context_mark
        line = mark.line + 1 if mark is not None else 1
        message = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        raise YamlSyntaxError(message or "invalid YAML", line) from exc
    except yaml.YAMLError as exc:
        raise YamlSyntaxError(str(exc), 1) from exc
    lines = LineMap()
    if node is not None:
        _walk(node, (), lines)
    return data, lines


def _walk(node: yaml.Node, path: Path_, lines: LineMap) -> None:
    lines.lines.setdefault(path, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = str(key_node.value)
            # A field's line is where its key is written, which is what a reader looks for.
            lines.lines[(*path, key)] = key_node.start_mark.line + 1
            _walk(value_node, (*path, key), lines)
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _walk(item, (*path, index), lines)
