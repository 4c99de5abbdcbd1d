"""A verb the question asks of an object counts in a sentence only with that object.

"아이 이름은 어디에 써요?" asks where the name is written. "앱을 쓸 수 없는 보호자는 종이
의뢰서를 현관에서 받아 쓰시면 됩니다" writes 쓰다 twice, once of the app (쓰다 'use') and
once of the paper form, and held a place: quoted as the answer, it matched the question
by its verb alone. Where the question gives its verb an object ("이름은 … 써요") and a
sentence gives every use of that verb another object marked 을/를 ("앱을 쓸") without
naming the question's, the verb is about something else there. Verbs with no object
in the question, or none written in the sentence, are left as they are; so are longer
verbs, which have one sense whatever word names their object.
"""

from __future__ import annotations

from collections.abc import Sequence

from tools.rag.crosslingual import concept_groups
from tools.rag.models import Passage
from tools.rag.name_object import names_of_others_apart
from tools.rag.subjects import passage_sentences
from tools.rag.textutil import kiwi_tokenize

_NOUNS = frozenset({"NNG", "NNP"})
# A question's object may be marked as its topic ("이름은 어디에 써요?"). A bare noun is
# not read: "문 열어요" is the act of opening, answered by "카운터를 열지 않습니다".
_QUESTION_OBJECT_MARKS = frozenset({"JKO", "JX"})
# Tokens that end the clause a verb's object must be in.
_CLAUSE_ENDS = frozenset({"EC", "EF", "SF", "SP"})
_SERIAL = frozenset({"아", "어"})


def _tagged(text: str) -> list[tuple[str, str]]:
    return [(str(t.form), str(t.tag).split("-", 1)[0]) for t in kiwi_tokenize(text)]


def _verb_objects(tokens: Sequence[tuple[str, str]], marks: frozenset[str]) -> dict[str, set[str]]:
    """Each verb stem with the nouns marked as its object in the clause before it."""
    asking = marks is _QUESTION_OBJECT_MARKS
    found: dict[str, set[str]] = {}
    for i, (form, tag) in enumerate(tokens):
        if tag != "VV":
            continue
        objects = found.setdefault(form, set())
        found_here = ""
        for j in range(i - 1, 0, -1):
            # "받아 쓰시면": verbs joined by -아/-어 share their object.
            if tokens[j][1] in _CLAUSE_ENDS and tokens[j][0] not in _SERIAL:
                break
            if tokens[j][1] in marks and tokens[j - 1][1] in _NOUNS:
                found_here = tokens[j - 1][0]
                break
        # "" marks a use with no object written: such a use may be the asked one.
        if found_here or not asking:
            objects.add(found_here)
    return found


def asked_objects(question: str, terms: Sequence[str]) -> dict[str, frozenset[str]]:
    """The question's verb terms with the object words (and their equivalents) it gives them."""
    objects = _verb_objects(_tagged(question), _QUESTION_OBJECT_MARKS)
    return {
        verb: frozenset().union(*concept_groups(sorted(nouns)))
        for verb, nouns in objects.items()
        # One-syllable stems are the ones with many senses (쓰다 write/use/wear, 타다, 차다);
        # a longer verb names one act, whatever word its object is put in ("키를 잃어버렸는데"
        # for "열쇠를 잃어버리면").
        if verb in terms and nouns and len(verb) == 1
    }


def other_object_verbs_apart(
    question: str, terms: Sequence[str], passages: Sequence[Passage]
) -> Sequence[Passage]:
    """The passages, each sentence without the asked verbs it writes only of other objects."""
    asked = asked_objects(question, terms)
    if not asked:
        return passages
    kept: list[Passage] = []
    for passage in passages:
        apart = []
        for start, end, tokens in passage_sentences(passage):
            verbs = [v for v in asked if v in tokens and not asked[v] & set(tokens)]
            if verbs:
                written = _verb_objects(_tagged(passage.text[start:end]), frozenset({"JKO"}))
                other = {
                    v for v in verbs if "" not in written.get(v, {""}) and not written[v] & asked[v]
                }
                tokens = tuple(t for t in tokens if t not in other)
            apart.append((start, end, tokens))
        kept.append(passage.model_copy(update={"sentences": tuple(apart)}))
    return kept


def owned_words_apart(
    question: str, terms: Sequence[str], passages: Sequence[Passage]
) -> Sequence[Passage]:
    """Both checks of whose word a sentence writes: another's name (약 이름 for 아이 이름,
    :mod:`tools.rag.name_object`) and a verb of another object (앱을 쓰다 for 이름을 쓰다)."""
    return other_object_verbs_apart(question, terms, names_of_others_apart(question, passages))
