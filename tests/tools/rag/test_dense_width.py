"""The e5 embedder and the router's difficulty feature agree on one vector width."""

from __future__ import annotations

from core.difficulty import load_model
from core.difficulty_embedding import EMBED_DIM
from tools.rag.dense import E5Embedder


def test_the_e5_vectors_have_the_width_the_difficulty_feature_expects() -> None:
    embedder = E5Embedder()
    assert embedder.dimension == EMBED_DIM
    assert embedder.embed_query("몇 시에 문을 여나요?").shape == (EMBED_DIM,)
    assert embedder.embed_passages(["The shop opens at nine."]).shape == (1, EMBED_DIM)
    assert embedder.embed_passages([]).shape == (0, EMBED_DIM)
    assert len(load_model().embed_weights) == EMBED_DIM
