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
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
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
# "안 먹어야 해요?": an obligation not to act asks for a prohibition as well. And
# "룸메랑 안 맞아서 …": a reason the asker gives is their story, not an act the answer
# must speak of.
_KO_NOT_AN_ACT_ENDINGS = frozenset({"어야", "아야", "야", "어서", "아서", "서", "니까", "으니까"})


def _tag(token: _Token) -> str:
    return str(token.tag).split("-", 1)[0]


def _asks_if_done_for_you(rest: Sequence[_Token]) -> bool:
    """Whether the verb ends the question as a favour asked of the provider ("안 해주나요?").

    "방문 수리 안 해주나요?" asks whether repairs are done, as "해주나요?" does: the
    negation is the question's tone, not an act the asker left undone, so a sentence
    affirming the repair answers it (while "안 해주면 …" is a condition, still read).
    """
    forms = [t.form for t in rest if _tag(t) != "EP"]  # 주시나요: the honorific 시
    tags = [_tag(t) for t in rest if _tag(t) != "EP"]
    return (
        len(forms) >= 3
        and forms[0] in ("어", "아")
        and forms[1] == "주"
        and tags[1] == "VX"
        and tags[2] == "EF"
    )


def korean_negated_verbs(tokens: Sequence[_Token]) -> frozenset[int]:
    """Indices of the verbs (VV) a negation governs in Kiwi ``tokens``.

    Args:
        tokens: Kiwi tokens of a question, in order.

    Returns:
        The index of each verb read negated: after 안/못 (an adverb), or before 지 and
        않/못 (an auxiliary); not one the asker must not do ("안 먹어야") nor a reason
        they give ("안 맞아서").
    """
    negated: set[int] = set()
    for index, token in enumerate(tokens):
        if _tag(token) != "VV":
            continue
        after = tokens[index + 1 : index + 3]
        if (after and after[0].form in _KO_NOT_AN_ACT_ENDINGS) or _asks_if_done_for_you(
            tokens[index + 1 :]
        ):
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


def _korean_acts(tokens: Sequence[_Token]) -> set[str]:
    """The acts a Korean question negates: the verb, or the noun a light 하 makes one."""
    acts: set[str] = set()
    for index in korean_negated_verbs(tokens):
        form = tokens[index].form
        # "예약 안 하고": the act is 예약; 하 alone says nothing.
        noun = tokens[index - 2] if form == "하" and index >= 2 else None
        if form != "하":
            acts.add(form)
            # "못 갔는데" is, from the place's side, "오지 않으시면" (tools.rag.question).
            acts.update(("오",) if form == "가" else ())
        elif noun is not None and _tag(noun) in _KO_NOUN_TAGS:
            acts.add(noun.form)
    for index, token in enumerate(tokens[1:-2], start=1):
        # "예약하지 않고": a noun made a verb by 하 (XSV), then 지 and 않/못.
        if (
            token.form == "하"
            and _tag(token) == "XSV"
            and _tag(tokens[index - 1]) in _KO_NOUN_TAGS
            and tokens[index + 1].form == "지"
            and tokens[index + 2].form in _KO_NEGATING_AUXILIARIES
        ):
            acts.add(tokens[index - 1].form)
    return acts


_KO_NOUN_TAGS = frozenset({"NNG", "NNP"})


def negated_acts(question: str) -> frozenset[str]:
    """The acts ``question`` asks about as not done ("예약 안 잡고" -> 잡, "didn't book" -> book).

    Returns:
        Index tokens: the negated verb, or for "N 안 하고" / "N하지 않고" the noun N.
    """
    asked = _asked_sentences(question)
    if detect_script(asked) == "en":
        return english_negated_verbs(asked)
    return frozenset(_korean_acts(kiwi_tokenize(asked)))


def _asked_sentences(question: str) -> str:
    """The sentences that ask (end in "?"), when the question has others around them.

    "피검사 결과 전화로 알려주시나요? 바빠서 못갈거같은데": the negation after the asked
    sentence is the asker's story, not an act the answer must speak of.
    """
    parts = [p.strip() for p in re.split(r"(?<=[.?!？。])\s+", question) if p.strip()]
    asked = [p for p in parts if p.endswith(("?", "？"))]
    return " ".join(asked) if asked and len(parts) > 1 else question


# Prepositions that make a noun another word's object ("not responsible for", "not aware
# of"). Not "to" ("don't need to pay" negates the act after it), nor those of time and
# place ("not open on Sundays" does say the Sunday goes without).
_PREPOSITIONS = "(?:for|of|about|by|from)"


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True) if w)


@dataclass(frozen=True)
class NegatedAct:
    """What a question about an act not done asks of an answering sentence.

    ``active`` when the question negates an act the passages name: then a sentence must
    write the absence of the act or of a thing the question names ("예약 없이", "오지
    않으시면", "without an appointment"); one naming them without it affirms them
    ("바로 잡아 드립니다") or speaks of another act ("예약을 변경하거나 취소하려면").
    ``unweighted``: the negated verbs, no content a sentence must share (its nouns are).
    """

    active: bool = False
    unweighted: frozenset[str] = frozenset()
    things: tuple[str, ...] = ()
    acts: tuple[str, ...] = ()

    def answered_by(self, sentence: str) -> bool:
        """Whether ``sentence`` may answer (always, when the check is not active)."""
        if not self.active:
            return True
        things = _alternation(self.things)
        either = _alternation((*self.things, *self.acts))
        patterns = [
            # "예약 없이", "예약이 없어도", "예약이 필요 없는"
            rf"(?:^|[^가-힣])(?:{things})\S{{0,3}}\s*(?:필요\s*)?없" if things else "",
            # "오지 않으시면", "예약하지 않으면", "안 잡아도"
            rf"(?:^|[^가-힣])(?:{either})\S{{0,2}}지\s*(?:않|못)|(?:안|못)\s*(?:{either})",
            # "without an appointment", "not booked", "don't need to pay"; not "not
            # responsible for pieces": a preposition hands the thing to another word the
            # negation is of (liability, not the pieces' absence).
            rf"(?i:(?:\bwithout|\bno|\bnot|\bnever|n't)\s+"
            rf"(?:(?!{_PREPOSITIONS}\b)[a-z-]+\s+){{0,2}}?(?:{either}))",
        ]
        return any(p and re.search(p, sentence) for p in patterns)


def negated_act(
    question: str,
    topic_groups: Sequence[frozenset[str]],
    act_groups: Mapping[str, frozenset[str]],
    held: Collection[str],
) -> NegatedAct:
    """The check a question about an act not done puts on answering sentences.

    Args:
        question: The question.
        topic_groups: Each topic's word group (the topic and its linked words).
        act_groups: Term -> word group, for every term of the question.
        held: The index tokens of the passages searched.

    Returns:
        An inactive check when the question negates no act, or none the passages name
        (a negated "wait" the documents never write is left to the usual checks).
    """
    acts = negated_acts(question)
    groups = [act_groups.get(a, frozenset({a})) for a in acts]
    if not acts or not any(g & set(held) for g in groups):
        return NegatedAct()
    return NegatedAct(
        active=True,
        unweighted=frozenset(a for a in acts if not any(a in g for g in topic_groups)),
        things=tuple(w for g in topic_groups for w in g if len(w) > 1 or not w.isascii()),
        acts=tuple(w for g in groups for w in g if len(w) > 1 or not w.isascii()),
    )
