"""Verbs a question negates: what the asker did not (or will not) do is no content to match.

Why this exists: "예약 안 잡고 그냥 가면 진료 해주나요?" asks about coming *without*
booking. As a term, 잡 (예약을 잡다, to book) matched "새 날짜와 시간을 바로 잡아 드립니다"
(a change/cancel line that affirms it), and that line was quoted over "예약 없이 방문하셔도
진료를 받을 수 있지만 …", the walk-in rule, which names the act only by its absence. The
same in English: "what if I didn't book an appointment?" quoted "we will book a new time
for you". A negated verb says what did not happen; a sentence affirming the verb answers
another question, and one writing the absence ("N 없이", "without") never holds the verb.
So the question's negated verbs are no terms; its nouns (예약, appointment) still are.

Only verbs: a negated noun-predicate ("신청 안 하고") keeps its noun, the topic asked
about, and the light verb 하 is no term anyway.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from tools.rag.textutil import detect_script, english_tokens, kiwi_tokenize


class _Token(Protocol):
    @property
    def form(self) -> str: ...

    @property
    def tag(self) -> object: ...


# 안 잡고, 못 가면: an adverb of negation right before the verb.
_KO_NEGATING_ADVERBS = frozenset({"안", "못"})
# 잡지 않고, 가지 못해: the verb, the connective 지, then a negating auxiliary. (Not 말:
# "먹지 말아야" asks for a prohibition, which the documents write negated too.)
_KO_NEGATING_AUXILIARIES = frozenset({"않", "못"})
# "안 먹어야 해요?": an obligation not to act asks for a prohibition as well.
_KO_OBLIGATION_ENDINGS = frozenset({"어야", "아야", "야"})


def _tag(token: _Token) -> str:
    return str(token.tag).split("-", 1)[0]


def korean_negated_verbs(tokens: Sequence[_Token]) -> frozenset[int]:
    """Indices of the verbs (VV) a negation governs in Kiwi ``tokens``.

    Args:
        tokens: Kiwi tokens of a question, in order.

    Returns:
        The index of each verb read negated: after 안/못 (an adverb), or before 지 and
        않/못 (an auxiliary); not one the asker must not do ("안 먹어야").
    """
    negated: set[int] = set()
    for index, token in enumerate(tokens):
        if _tag(token) != "VV":
            continue
        after = tokens[index + 1 : index + 3]
        if after and after[0].form in _KO_OBLIGATION_ENDINGS:
            continue
        before = tokens[index - 1] if index else None
        if before is not None and _tag(before) == "MAG" and before.form in _KO_NEGATING_ADVERBS:
            negated.add(index)
            continue
        if (
            len(after) == 2
            and after[0].form == "지"
            and _tag(after[0]) == "EC"
            and _tag(after[1]) == "VX"
            and after[1].form in _KO_NEGATING_AUXILIARIES
        ):
            negated.add(index)
    return frozenset(negated)


# "without booking", "didn't book", "if I don't register", "never paid": the verb after
# a negation of what the asker did. After "without" only an -ing form is a verb ("without
# an appointment" names a noun, the topic). Only do-support, have and never negate a
# deed: a modal's negation ("what can't I bring", "should I not eat") asks for a
# prohibition, which the documents write negated too ("Do not eat …").
_EN_NEGATED_VERB = re.compile(
    r"\bwithout\s+(?P<gerund>[a-z]+ing)\b|"
    r"\b(?:(?:do|does|did|have|has|had)(?:n'?t|\s+not)|never)\s+"
    r"(?:(?:i|you|we|they|he|she|it|even|yet|just|really|already)\s+)?(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
# Words after a negation that are no verb of the asker's ("don't have to", "not sure").
_EN_NOT_VERBS = frozenset({"a", "an", "the", "my", "your", "to", "be", "been", "have",
                           "has", "had", "do", "does", "need", "sure", "enough", "only",
                           "yet", "all"})  # fmt: skip


def english_negated_verbs(question: str) -> frozenset[str]:
    """Index tokens of the verbs ``question`` negates ("didn't book" -> book).

    Args:
        question: An English question.

    Returns:
        Stemmed index tokens of each negated verb (empty when none is negated).
    """
    found: set[str] = set()
    for match in _EN_NEGATED_VERB.finditer(question):
        if match["gerund"]:
            found.update(english_tokens(match["gerund"]))
            continue
        verb = match["verb"].lower()
        if verb not in _EN_NOT_VERBS:
            found.update(english_tokens(verb))
    return frozenset(found)


# What a sentence writes when it speaks of an act not done or a thing gone without:
# 없이/없어도 (without), 않/안/못 (not), 말고/마세요 (don't); without, no, not, never.
_ABSENCE = re.compile(
    r"없[이어으는을]|않|(?:^|\s)(?:안|못)(?=\s|[되돼하해])|말고|마세요|말아|"
    r"(?i:\bwithout\b|\bno\b|\bnot\b|n't\b|\bnever\b|\bunless\b|\bwalk-?ins?\b)"
)


def negates_an_act(question: str) -> bool:
    """Whether ``question`` asks about an act not done ("예약 안 잡고", "didn't book").

    Returns:
        True when a verb of it is negated (see the two readers above).
    """
    if detect_script(question) == "en":
        return bool(english_negated_verbs(question))
    return bool(korean_negated_verbs(kiwi_tokenize(question)))


def states_absence(sentence: str) -> bool:
    """Whether ``sentence`` writes a negation or an absence (없이, 않으면, without, not).

    A question about an act not done ("예약 안 잡고 그냥 가면 진료 해주나요?") is answered
    by a sentence about going without it ("예약 없이 방문하셔도 …") or about not doing it
    ("예약에 오지 않으시면 …"); one affirming the act ("새 날짜와 시간을 바로 잡아
    드립니다") answers another question, however many of its words it shares.
    """
    return bool(_ABSENCE.search(sentence))
