"""Fusion keeps a confident dense match when the lexical match is almost empty."""

from __future__ import annotations

from tools.rag.crosslingual import equivalents, expand_terms, query_coverage
from tools.rag.fusion import fuse


def test_an_almost_empty_lexical_match_does_not_outrank_a_confident_dense_one() -> None:
    # The Korean question shares only "필요" with a wheelchair passage (lexical top);
    # the dense model ranks the English insurance FAQ first by a clear margin.
    lexical, lexical_scores = ["wheelchair"], [2.1]
    dense, dense_scores = ["insurance", "parking", "wheelchair"], [0.86, 0.80, 0.79]
    full = fuse(lexical, dense, lexical_scores=lexical_scores, dense_scores=dense_scores)
    assert full[0].chunk_id == "wheelchair"  # max-normalising made one shared word a 1.0
    scaled = fuse(
        lexical,
        dense,
        lexical_scores=lexical_scores,
        dense_scores=dense_scores,
        lexical_coverage=0.15,
    )
    assert scaled[0].chunk_id == "insurance"
    assert [f.chunk_id for f in scaled[1:]] == ["wheelchair", "parking"]


def test_full_coverage_leaves_the_fusion_unchanged() -> None:
    args = (["a", "b"], ["b", "a"])
    kwargs = {"lexical_scores": [3.0, 1.0], "dense_scores": [0.9, 0.7]}
    assert fuse(*args, **kwargs) == fuse(*args, **kwargs, lexical_coverage=1.0)  # type: ignore[arg-type]


def test_query_coverage_counts_a_term_in_either_language() -> None:
    idf = {"보험": 2.0, "필요": 1.0, "insurance": 2.0, "need": 1.0}.get
    present = {"insurance", "need"}.__contains__
    assert query_coverage(["보험", "필요"], present, lambda t: idf(t) or 0.0) == 1.0
    only_need = {"필요"}.__contains__
    assert query_coverage(["보험", "필요"], only_need, lambda t: idf(t) or 0.0) == 1.0 / 3.0


def test_expansion_adds_translations_after_the_original_terms() -> None:
    assert expand_terms(["보험", "청구"])[:2] == ["보험", "청구"]
    assert {"insurance", "claim"} <= set(expand_terms(["보험", "청구"]))
    assert "주차" in equivalents("park") and "park" in equivalents("주차")
    assert expand_terms(["touchdown"]) == ["touchdown"]
