"""A heading's words that only spell the organisation's name are not its topic.

Why this exists: "family ticket how much" (blind set 42) was answered with the clinic's
"ask for a parking ticket at the reception desk": the sentence sits under "Visitor
Information (Hanbit Family Clinic) > Address and parking", and the heading's "Family",
part of the clinic's name, vouched for the asked "family" as if the section were about
families. The rule: a run of two or more capitalised words in parentheses in a heading
that the document's body also writes, with the same capitals, is a name said aside, whose
page this is (headings are title-cased by style, body text only capitalises names). Its
words still count when the question names it (its first word, "hanbit …", or two of its
words, "family clinic"), and a word of it the body also uses outside the name is the
document's topic as well; a word met only inside the name vouches for nothing. A name that
is the heading's subject ("Loft Nine Rehearsal Studios: Booking Terms") is left alone: the
kind of place it names is what the whole document is about.
"""

from __future__ import annotations

import functools
import re

from tools.rag.textutil import tokenize

__all__ = ["heading_terms"]

_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)+")
_ASIDE = re.compile(r"\(([^()]*)\)")


@functools.lru_cache(maxsize=64)
def _body(document: str) -> str:
    # Markdown heading lines and HTML heading elements are where title case is a style.
    lines = (line for line in document.splitlines() if not line.lstrip().startswith("#"))
    return re.sub(r"<(h[1-6]|title)\b.*?</\1>", " ", "\n".join(lines), flags=re.S | re.I)


@functools.lru_cache(maxsize=64)
def _tokens_outside(document: str, name: str) -> frozenset[str]:
    return frozenset(tokenize(_body(document).replace(name, " ")))


def _names_it(question: list[str], name: list[str]) -> bool:
    written = set(question) & set(name)
    return bool(name) and (name[0] in written or len(written) >= 2)


def heading_terms(question: str, heading: str | None, document: str | None) -> set[str]:
    """The heading's index tokens, less the words met only in a name the question does not write.

    Args:
        question: The user's question.
        heading: The passage's heading path.
        document: The whole text of the passage's document, when known.
    """
    if not heading:
        return set()
    if not document:
        return set(tokenize(heading))
    asked = tokenize(question)
    kept = heading
    asides = " ".join(_ASIDE.findall(heading))
    for run in _CAPITALISED_RUN.findall(asides):
        words = tokenize(run)
        if run not in _body(document) or _names_it(asked, words):
            continue
        kept = kept.replace(run, " ")
        outside = _tokens_outside(document, run)
        kept += " " + " ".join(w for w in words if w in outside)
    return set(tokenize(kept))
