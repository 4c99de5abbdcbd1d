"""Kinds of a category the documents write a rule for: beer is an alcohol, 맥주 is 술.

Why: "can i expense a beer with dinner on a business trip" names the kind, the policy the
category ("Alcohol is never reimbursed."): no synonym list may link the two both ways,
for a sentence about beer says nothing of every alcohol. The ``[kinds]`` lines of
``vocabulary.tsv`` (a category's words, a tab, its kinds' words, both languages) are read
one way: a kind counts as present where a document writes its category. Kinds are not
linked to one another, and a link is one step (a kind's category is never chained on to
the category's own synonyms), so no question word is dropped, only read as its category.
"""

from __future__ import annotations

from functools import cache

from tools.rag.textutil import detect_script, normalize_latin
from tools.vocabulary import word_lines

__all__ = ["category_links"]


def _token(word: str) -> str:
    # English words as the index's stemmer writes them (wines -> wine); Korean as written.
    return word if detect_script(word) == "ko" else normalize_latin(word) or ""


@cache
def category_links() -> dict[str, frozenset[str]]:
    """Each kind's index token and the tokens of its categories' words."""
    links: dict[str, set[str]] = {}
    for line in word_lines("kinds"):
        categories = {t for w in line.korean if (t := _token(w))}
        for kind in line.english:
            if token := _token(kind):
                links.setdefault(token, set()).update(categories - {token})
    return {k: frozenset(v) for k, v in links.items()}
