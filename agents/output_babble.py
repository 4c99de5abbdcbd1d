"""Babble that circles words of its own and ignores the request (the output guard's check).

A small model sometimes answers with words about nothing asked: "The words 'The words of
the words' are a classic example of a two-line poem." for a poem about three friends.
Two signals at once flag it, so a terse or freely worded good answer never is.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["STOPWORDS", "off_topic_reason"]

_HANGUL = re.compile(r"[가-힣]")
_LATIN = re.compile(r"[A-Za-z]")

# The reply names at most this share of the request's content words ...
_OFF_TOPIC_COVERAGE = 0.5
# ... and is degenerate in itself: a content word that is not the request's makes up
# this share of its content words (at least this many times) ...
_BABBLE_WORD_SHARE = 0.3
_BABBLE_MIN_REPEATS = 3
# ... or two such words, each repeated as often, circled in turn ("a reference to a
# document that is a reference to a document") make up this share together ...
_BABBLE_PAIR_SHARE = 0.4
# ... or this share of its tokens are no word of any language.
_NON_WORD_SHARE = 0.2
_TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]*|[가-힣]+|\S*\d\S*|[^\sA-Za-z가-힣\d]+")
#: English function words and request verbs: they say nothing about the topic.
STOPWORDS = frozenset(
    re.findall(
        r"\w+",
        "a an the and or but of to in on at for with by from as is are was were be been it its "
        "this that these those what which who whom how why when where about me my you your we "
        "our they their he she his her them us i do does did can could would should will shall "
        "may might please write tell give make show let some any all there here than then so "
        "just also very",
    )
)


def _content_words(text: str) -> list[str]:
    """Lower-cased content words; Latin words cut to 5 letters so 'friend' meets 'friends'."""
    words: list[str] = []
    for token in _TOKEN.findall(text.casefold()):
        if _HANGUL.match(token):
            # A Korean word's first two syllables are its stem more often than not
            # (친구들과 / 친구); particles and endings follow them.
            if len(token) >= 2:
                words.append(token[:2])
        elif token[0].isalpha() and len(token) >= 3 and token not in STOPWORDS:
            words.append(token[:5])
    return words


def _non_word(token: str) -> bool:
    """A token no language writes: letters mixed with digits or scripts, or no vowel at all."""
    if token[0].isdigit() or not any(c.isalpha() for c in token):
        return False  # numbers and punctuation are fine
    latin = bool(_LATIN.search(token))
    if latin and (_HANGUL.search(token) or any(c.isdigit() for c in token)):
        return True
    return latin and len(token) > 3 and not re.search(r"[aeiouy]", token, re.IGNORECASE)


def off_topic_reason(text: str, question: str) -> str | None:
    """Why ``text`` is babble that ignores ``question`` (``None``: it is not)."""
    asked = set(_content_words(question))
    said = _content_words(text)
    if not asked or not said:
        return None
    coverage = len(asked & set(said)) / len(asked)
    if coverage > _OFF_TOPIC_COVERAGE:
        return None
    # A good answer may repeat the request's subject ("friends"); babble circles its own word.
    own = [(w, n) for w, n in Counter(said).most_common() if w not in asked]
    word, times = own[0] if own else ("", 0)
    pair = [(w, n) for w, n in own[:2] if n >= _BABBLE_MIN_REPEATS]
    tokens = [t for t in _TOKEN.findall(text) if any(c.isalnum() for c in t)]
    odd = sum(_non_word(t) for t in tokens) / max(1, len(tokens))
    if times >= _BABBLE_MIN_REPEATS and times / len(said) >= _BABBLE_WORD_SHARE:
        why = f"{word!r} is {times} of its {len(said)} content words"
    elif len(pair) == 2 and sum(n for _, n in pair) / len(said) >= _BABBLE_PAIR_SHARE:
        words = " and ".join(repr(w) for w, _ in pair)
        why = f"{words} are {sum(n for _, n in pair)} of its {len(said)} content words"
    elif odd >= _NON_WORD_SHARE:
        why = f"{odd:.0%} of its tokens are not words"
    else:
        return None
    return f"off-topic babble: names {coverage:.0%} of the request's content words and {why}"
