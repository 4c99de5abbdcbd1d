"""The assistant graph as mermaid, with the path one run took highlighted."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

_EDGE = re.compile(r"^\s*([\w]+)\s+(-->|-\.->|==>)\s+([\w]+)")
VISITED_STYLE = "fill:#fde68a,stroke:#b45309,stroke-width:3px,color:#111"
EDGE_STYLE = "stroke:#b45309,stroke-width:3px"


def highlight_path(mermaid: str, path: Sequence[str]) -> str:
    """Add a ``visited`` class to the nodes in ``path`` and thicken the edges it took.

    Args:
        mermaid: the graph's ``draw_mermaid()`` text.
        path: node names in the order the run visited them (``RunRecord.path``).

    Returns:
        The mermaid text with ``classDef``/``class``/``linkStyle`` lines appended.
    """
    if not path:
        return mermaid
    walked = ["__start__", *path]
    if path[-1] == "record":
        walked.append("__end__")
    taken = set(itertools.pairwise(walked))
    edges: list[int] = []
    index = 0
    for line in mermaid.splitlines():
        match = _EDGE.match(line)
        if match is None:
            continue
        if (match.group(1), match.group(3)) in taken:
            edges.append(index)
        index += 1
    lines = [mermaid.rstrip(), f"\tclassDef visited {VISITED_STYLE}"]
    lines.append(f"\tclass {','.join(dict.fromkeys(path))} visited")
    if edges:
        lines.append(f"\tlinkStyle {','.join(str(i) for i in edges)} {EDGE_STYLE}")
    return "\n".join(lines) + "\n"


_NODE_LABEL = re.compile(r"^(\s*)(\w+)(\(\[?)(?:<p>)?([^)\]]*?)(?:</p>)?(\]?\))(.*)$")


def clean_labels(mermaid: str, names: dict[str, str]) -> str:
    """Node labels people can read: no ``<p>`` tags, ``__start__``/``__end__`` named.

    Args:
        mermaid: ``draw_mermaid()`` text.
        names: display names by node id (e.g. ``{"__start__": "시작"}``); other nodes keep
            their id with underscores shown as spaces.

    Returns:
        The same drawing with only the node labels changed (ids and edges untouched, so
        ``highlight_path`` still applies).
    """
    out = []
    for line in mermaid.splitlines():
        match = _NODE_LABEL.match(line)
        if match is None or "-->" in line or "-.->" in line:
            out.append(line)
            continue
        indent, node, open_, _label, close, rest = match.groups()
        label = names.get(node) or node.replace("_", " ")
        out.append(f'{indent}{node}{open_}"{label}"{close}{rest}')
    return "\n".join(out) + ("\n" if mermaid.endswith("\n") else "")
