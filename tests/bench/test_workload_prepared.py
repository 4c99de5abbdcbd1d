"""The workload's once-per-process preparations give each run what it would build itself."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bench.workload import prepared
from bench.workload.runner import _seed_documents
from core.settings import load_settings
from graphs.services import open_documents

LEAVE = "# 휴가 규정\n\n연차는 입사 1년 후 15일이 주어집니다. 반차는 오전과 오후로 나눠 씁니다.\n"
PARKING = "# Parking\n\nVisitors park free for the first 30 minutes in the basement lot.\n"
PAGE = "<html><body><h1>Lunch</h1><p>The canteen serves lunch from 11:30 to 13:30.</p></body>"


def _docs(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _store(data_dir: Path, folders: list[Path], *, seeded: bool) -> Any:
    """A store of ``folders`` as ``run_workload`` makes it: seeded (or not), then ingested."""
    settings = load_settings(data_dir=data_dir)
    if seeded:
        _seed_documents(settings, folders)
    store: Any = open_documents(settings)
    for folder in folders:
        store.ingest_path(folder)
    store.embed_pending()
    return store


def _contents(store: Any) -> tuple[Any, ...]:
    documents = sorted(
        (d.source, d.content_hash, d.fmt, d.size, d.chunks) for d in store.list_documents()
    )
    ids, vectors = store.dense_vectors("default")
    hits = [
        [(p.chunk_id, p.text, round(p.score, 6)) for p in store.search(q)]
        for q in ("연차 며칠", "parking basement", "lunch time")
    ]
    return documents, ids, vectors.tolist() if vectors is not None else None, hits


def test_a_seeded_store_is_the_store_a_fresh_ingest_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prepared, "_STORES", {})
    docs = _docs(tmp_path / "docs", {"leave.md": LEAVE, "parking.md": PARKING, "lunch.html": PAGE})
    fresh = _store(tmp_path / "fresh", [docs], seeded=False)
    first = _store(tmp_path / "first", [docs], seeded=True)  # builds the template
    later = _store(tmp_path / "later", [docs], seeded=True)  # copies it
    assert len(prepared._STORES) == 1
    assert len(fresh.list_documents()) == 3
    assert _contents(first) == _contents(fresh)
    assert _contents(later) == _contents(fresh)
    # Nothing was left to parse or embed in the copy.
    assert later.pending_count() == 0 and (tmp_path / "later" / "rag" / "rag.sqlite3").is_file()
    for store in (fresh, first, later):
        store.close()


def test_a_changed_or_removed_document_is_never_served_from_an_earlier_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prepared, "_STORES", {})
    docs = _docs(tmp_path / "docs", {"leave.md": LEAVE, "parking.md": PARKING})
    _store(tmp_path / "before", [docs], seeded=True).close()
    (docs / "parking.md").write_text(PARKING.replace("30 minutes", "2 hours"), encoding="utf-8")
    (docs / "leave.md").unlink()
    after = _store(tmp_path / "after", [docs], seeded=True)
    fresh = _store(tmp_path / "fresh", [docs], seeded=False)
    assert [d.source.rsplit("/", 1)[-1] for d in after.list_documents()] == ["parking.md"]
    assert "2 hours" in after.search("parking")[0].text
    assert _contents(after) == _contents(fresh)
    assert len(prepared._STORES) == 2
    after.close()
    fresh.close()


def test_the_key_names_every_file_its_bytes_and_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = _docs(tmp_path / "docs", {"a.md": "alpha", "b.md": "beta"})
    key = prepared.folders_key([docs], True)
    linked = tmp_path / "suite_docs"
    linked.symlink_to(docs)
    # A suite's docs folder is a symlink to the shared one: the same files, the same key.
    assert prepared.folders_key([linked], True) == key
    assert prepared.folders_key([docs], False) != key
    (docs / "b.md").write_text("beta!", encoding="utf-8")
    changed = prepared.folders_key([docs], True)
    assert changed != key
    (docs / "c.md").write_text("", encoding="utf-8")
    assert prepared.folders_key([docs], True) != changed
    monkeypatch.chdir(tmp_path)
    assert prepared.folders_key([docs], True) not in (key, changed)


def test_the_pins_are_taken_once_per_server_and_copied_to_later_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prepared, "_PINS", {})
    script = tmp_path / "server.py"
    script.write_text("print('tools')", encoding="utf-8")
    starts: list[Path] = []

    def pin(folder: Path) -> None:
        starts.append(folder)
        pins = {"version": 1, "servers": {"drift": {"echo": "abc"}}}
        (folder / prepared.PINS_FILE).write_text(json.dumps(pins), encoding="utf-8")

    folders = [tmp_path / name for name in ("one", "two")]
    for folder in folders:
        folder.mkdir()
        server = {"command": "python", "args": [str(script), f"{folder}/description.txt"]}
        key = prepared.server_key(server, folder, "Echo the text back.")
        prepared.seed_pins(folder, "drift", key, pin)
    assert starts == folders[:1]
    assert (folders[1] / prepared.PINS_FILE).read_bytes() == (
        folders[0] / prepared.PINS_FILE
    ).read_bytes()
    # Another script (or description) is another server: it is started for its own pins.
    script.write_text("print('other tools')", encoding="utf-8")
    server = {"command": "python", "args": [str(script), f"{folders[1]}/description.txt"]}
    assert prepared.server_key(server, folders[1], "Echo the text back.") != key
    assert prepared.server_key(server, folders[1], "Echo it.") != prepared.server_key(
        server, folders[1], "Echo the text back."
    )


def test_a_start_that_pinned_nothing_is_tried_again_next_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prepared, "_PINS", {})
    starts: list[Path] = []

    def failed_start(folder: Path) -> None:
        starts.append(folder)
        pins = {"version": 1, "servers": {}}
        (folder / prepared.PINS_FILE).write_text(json.dumps(pins), encoding="utf-8")

    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        prepared.seed_pins(tmp_path / name, "drift", "key", failed_start)
    assert starts == [tmp_path / "one", tmp_path / "two"]
