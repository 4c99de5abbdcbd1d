"""The replay embeddings are cached in the data directory's cache folder unless told otherwise."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from bench.router_embeddings import _cache_path, cache_dir, cached_embeddings, embed_and_cache
from core.difficulty_embedding import EMBED_DIM

PROMPTS = ["What is 2+2?", "Prove that there are infinitely many primes."]


def test_the_cache_lives_in_the_data_dir_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SWITCHYARD_EMBED_CACHE", raising=False)
    monkeypatch.setenv("SWITCHYARD_DATA_DIR", str(tmp_path / "data"))
    assert cache_dir() == tmp_path / "data" / "cache" / "router-embeddings"
    assert cached_embeddings(PROMPTS) is None
    # A cache file placed in that folder is what a later run reads: nothing is embedded.
    rows = np.arange(len(PROMPTS) * EMBED_DIM, dtype=np.float32).reshape(len(PROMPTS), EMBED_DIM)
    cache_dir().mkdir(parents=True)
    # The file's name is a digest of the prompts; only its folder is under test here.
    np.save(cache_dir() / _cache_path(PROMPTS).name, rows)
    assert np.array_equal(embed_and_cache(PROMPTS, log=False), rows)


def test_the_variable_still_chooses_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SWITCHYARD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SWITCHYARD_EMBED_CACHE", str(tmp_path / "elsewhere"))
    assert cache_dir() == tmp_path / "elsewhere"
