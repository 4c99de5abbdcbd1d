"""The word bridge links terms in the index's own token space (tools.rag.crosslingual)."""

from __future__ import annotations

from tools.rag.crosslingual import equivalents
from tools.rag.textutil import tokenize


def test_a_hyphenated_entry_links_to_the_tokens_the_index_holds() -> None:
    # The index never holds "check-up": it splits the word and drops "up".
    indexed = set(tokenize("Hanbit Family Clinic offers basic health check-ups."))
    assert "check-up" not in indexed
    assert equivalents("검진") & indexed
    # A fragment too short to name anything ("co" of co-payment) is not linked.
    assert "payment" in equivalents("본인부담금")
    assert "co" not in equivalents("본인부담금")
