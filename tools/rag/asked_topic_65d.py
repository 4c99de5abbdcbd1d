"""A yes/no or open question is not answered by a line sharing only its verb.

Blind set 56: "수강권 친구한테 넘겨도 돼?" (may I hand my course ticket to a friend) was
answered "분실물은 안내데스크에서 2주 동안 보관한 뒤 백화점 고객센터(1층)로 넘깁니다." (lost
property is handed on to the customer centre): the only word the two share is the verb
넘기다, while the question's subject (수강권) and the person it is handed to (친구) are
nowhere in the sentence, its heading or the sentence before. A question asking no kind of
figure ("can I …", "…돼?") has no figure to vouch for a sentence: one whose words, heading
and sentence before name none of the question's weighted topic nouns (in either
language, through their word groups) answers another question that uses the same verb
("can I transfer my ticket" is not "lost bags are transferred to the office").
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

__all__ = ["names_no_asked_topic"]

#: Switch: a sentence must name one of an untyped question's topic nouns.
use_asked_topic = True


def names_no_asked_topic(
    typed: bool,
    topics: Sequence[tuple[str, frozenset[str]]],
    context: Collection[str],
    verbs: Sequence[frozenset[str]],
    own: Collection[str],
) -> bool:
    """Whether an untyped question's sentence names none of its topic nouns.

    Args:
        typed: Whether the question asks for a kind of figure (a sum, a time, ...).
        topics: The question's weighted topic terms, each with its word group.
        context: The sentence's tokens with its heading's and the sentence before's.
        verbs: The word groups of the question's other weighted terms (its verbs): only a
            sentence matching one of them in its own words (``own``) is read; one matching
            nothing of the question itself ("만 13세 미만은 보호자와 함께 입장해야
            합니다" for "애들도 수영장 이용할 수 있나요?", vouched by its title) is left
            to the other checks.
        own: The sentence's own tokens.

    >>> ticket = [("ticket", frozenset({"ticket", "티켓"}))]
    >>> moves = [frozenset({"transfer"})]
    >>> names_no_asked_topic(False, ticket, {"bag", "transfer"}, moves, {"bag", "transfer"})
    True
    >>> names_no_asked_topic(False, ticket, {"티켓", "transfer"}, moves, {"티켓", "transfer"})
    False
    >>> names_no_asked_topic(False, ticket, {"bag"}, moves, {"bag"})  # no verb shared
    False
    """
    if not use_asked_topic or typed or not topics:
        return False
    if not any(group & set(own) for group in verbs):
        return False  # no verb of the question shared: not this rule's case
    tokens = set(context)
    return not any(group & tokens for _, group in topics)
