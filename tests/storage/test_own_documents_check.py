"""The fast path's own-documents check on both backends: one scan, case folded on each."""

from __future__ import annotations

from pathlib import Path

from bench.own_documents_lookup import COLLECTION, _fill_index
from core.settings import load_settings
from core.storage.scratch import scratch_schema
from graphs.own_documents_check_55o import own_documents_mention
from tests.storage.pg_cluster import PgCluster


def _check(tmp_path: Path, storage_url: str | None) -> None:
    settings = load_settings(data_dir=tmp_path, storage_url=storage_url)
    assert not own_documents_mention(settings, COLLECTION, "What are your opening hours?")
    _fill_index(settings, 3)
    # "Holidays" and "RECEIPTS" are stored lower-case; the last word alone is in a chunk.
    assert own_documents_mention(settings, COLLECTION, "Is the rooftop open on HOLIDAYS?")
    assert own_documents_mention(settings, COLLECTION, "Where do RECEIPTS go?")
    assert own_documents_mention(settings, COLLECTION, "영수증은 어디에 내요?")
    assert not own_documents_mention(settings, COLLECTION, "Is the rooftop garage heated?")


def test_sqlite(tmp_path: Path) -> None:
    _check(tmp_path, None)


def test_postgresql(tmp_path: Path, pg_cluster: PgCluster) -> None:
    with scratch_schema(pg_cluster.url, "owndocs") as url:
        _check(tmp_path, url)
