"""A Korean question asking whether something can be changed, and the words for that change.

"소포 보관기간 좀 늘려달라고 할 수 있나요?" asks whether the holding period can be
extended. A post office guide that states the period ("5일 동안 보관합니다") and never
an extension was quoted as if it said yes or no: the question's nouns (소포, 보관, 기간)
are all there, and the verb of the change (늘리다) is no topic, so nothing held the
answer to it. English verbs of an untyped question are held to the documents already
(:func:`agents.unheld_terms.unheld_predicates`); Korean verbs vary too much in form for
that in general, but a change to a period, a date or an amount is a closed class, each
with the nouns a policy writes it with (연장, 연기, 단축, 변경). When no document holds
the verb or one of those nouns, the documents cannot say whether the change is allowed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

__all__ = ["CHANGE_WORDS", "asked_changes"]

#: Verb stems of a change (Kiwi's index tokens) and the words a document may state it with.
CHANGE_WORDS: Mapping[str, tuple[str, ...]] = {
    "늘리": ("늘리", "연장", "늘어나"),
    "미루": ("미루", "연기", "변경", "늦추"),
    "늦추": ("늦추", "연기", "변경", "미루"),
    "앞당기": ("앞당기", "변경", "당기"),
    "줄이": ("줄이", "단축", "줄어들"),
}


def asked_changes(terms: Sequence[str], topics: Sequence[str]) -> dict[str, tuple[str, ...]]:
    """The change verbs among a question's non-topic terms, each with its document words.

    Args:
        terms: The question's content terms (index tokens).
        topics: Its topic nouns: a noun is never read as a verb of change.

    Returns:
        ``{verb stem: words a document states that change with}``, empty when none.
    """
    return {t: CHANGE_WORDS[t] for t in terms if t in CHANGE_WORDS and t not in topics}
