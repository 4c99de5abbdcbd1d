"""The routing replays as one table: prompt, qualities and where each row came from.

MMLU holds two thirds of all rows; fitting on all of it would teach the score
"what is hard in MMLU". One MMLU row in three (by a hash of the prompt) joins the
training union, the rest stay unseen and are scored by ``bench router``.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from pathlib import Path

MMLU_KEEP_MODULUS = 3
# Embedding a prompt costs ~0.5-1 s on the shared, loaded 2-core machine, so the
# e5 part is fitted on a subset of about 1,800 prompts: every arena_hard_v1 row,
# one in two of ko_arena_hard and routerarena, one in twelve of the large sets.
EMBED_SUBSET_MODULUS = {"mmlu": 12, "llmrouter_mix": 12, "routerarena": 2, "ko_arena_hard": 2}


@dataclass(frozen=True)
class ReplayRow:
    """One replay row with its provenance."""

    prompt: str
    weak: float
    strong: float
    file: str
    source: str
    domain: str
    lang: str


def _file_label(path: Path) -> str:
    return path.name.removesuffix(".jsonl").removesuffix("_replay")


def read_rows(path: Path) -> list[ReplayRow]:
    """All rows of a replay file; ``domain`` falls back to ``source``, ``lang`` to ``en``.

    Raises:
        ValueError: A row lacks ``prompt``, ``weak`` or ``strong``.
    """
    label = _file_label(path)
    rows: list[ReplayRow] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            raw = json.loads(line)
            try:
                source = str(raw.get("source", label))
                rows.append(
                    ReplayRow(
                        prompt=str(raw["prompt"]),
                        weak=float(raw["weak"]),
                        strong=float(raw["strong"]),
                        file=label,
                        source=source,
                        domain=str(raw.get("domain", source)),
                        lang=str(raw.get("lang", "en")),
                    )
                )
            except (KeyError, TypeError, ValueError) as exc:
                raise ValueError(f"{path}:{lineno}: bad replay row ({exc})") from exc
    return rows


def in_training_union(row: ReplayRow) -> bool:
    """Whether a row is used for fitting (every row except two MMLU rows in three)."""
    if row.file != "mmlu":
        return True
    return zlib.crc32(row.prompt.encode("utf-8")) % MMLU_KEEP_MODULUS == 0


def training_rows(path: Path) -> list[ReplayRow]:
    """The rows of one file that join the training union."""
    return [row for row in read_rows(path) if in_training_union(row)]


def in_embedding_subset(row: ReplayRow) -> bool:
    """Whether a training row is embedded to fit the e5 part (a subset of the union)."""
    modulus = EMBED_SUBSET_MODULUS.get(row.file, 1)
    # MMLU training rows already have crc % 3 == 0, so test the quotient, not the rest.
    return (zlib.crc32(row.prompt.encode("utf-8")) // 3) % modulus == 0


def embedding_rows(path: Path) -> list[ReplayRow]:
    """The rows of one file whose embeddings fit the e5 part."""
    return [row for row in training_rows(path) if in_embedding_subset(row)]
