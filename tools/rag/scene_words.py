"""Words that set the scene of a question rather than name its topic.

"할머니 모시고 가는데 토요일엔 몇 시까지 해요?" asks for Saturday opening hours: the
grandmother is who comes along, not what the documents must name. A document
question is declined as "not in the documents: X" when X is a topic the collection never
holds; these are the words that may not be that X, because they describe the asker, the
people around them or the situation, not the thing asked about:

- a person named by their relation to the asker (엄마, 남편, my wife, a friend): a short
  list of general kinship vocabulary, the one closed list here;
- an English word a dictionary lists only as an adjective or adverb (exactly, together,
  since, drowsy, early), unless it stands before a noun it modifies ("unpaid leave"):
  such words say how or when, a topic is a thing or an action (a comparative before
  "than" is no scenery: "Is the bakery older than the café?" asks that). The dictionary is
  lemminflect's lexicon, which tags each lemma it knows by part of speech; a word it does
  not know at all (a brand, a name) may be a topic and is kept.

- a purpose naming the asker's work ("at work", "for my job", 회사에) and the asker's own
  verb before it ("when i drive for work"): why and what they do there, the setting of
  any workplace rule, not what the rule is about;
- a penalty asked about in general (불이익, 페널티: "연락 없이 안 가면 불이익 있어요?"): it
  asks what follows from the condition, which a rule states in its own words ("이후
  예약이 제한될 수 있습니다"); Kiwi also cuts 불이익 into 불 and 이익, a profit;
- taking something on an empty stomach (빈속, 공복): it asks when to take it against
  meals, which a rule states as a meal timing ("식사 후에 복용하세요").

- the sentences told before the asked one ("my boss says i sent my claim too late?? whats
  the deadline anyway"), in Korean the clauses closed by -거든요, -어서, -니까 (not -는데,
  which sets up the case asked; :mod:`tools.rag.story_clauses`): :func:`story_terms`,
  which unlike the rest leaves a story word the documents hold counting as a topic; and
  "supposed" of "be supposed to", a modal like "should".

The penalty and empty-stomach words are answered only by a sentence of the kind they ask
for (a consequence of a condition, a meal timing): see :func:`asked_kind_unstated`.

Such a word is only excused from the veto when the collection never holds it; a word the
documents do use keeps counting (a leave policy's 배우자 or "parents" is its topic).

Measured and not adopted before (recall10-era): treating the nouns of any clause Kiwi
reads as closed by -는데 ("아들이 군대 가는데 회원권을 얼마 동안 정지할 수 있나요?") as
scenery: that clause often carries the condition that selects the rule (군대, refrigerated
김치), and excusing it quoted the general rule twice on the held-out sets. The story rule
now adopted (story12) is narrower: only a connective ending Kiwi tags as such (-는데 EC,
-거든요, -어서, -니까; "가는 데" read as a noun 데 is no story), and only the clauses before the
last one. Also measured and not adopted
(recall10): excusing a Korean yes/no question's predicate noun (적용 of 적용되나요, a noun
Kiwi reads with 하다/되다 after it) the same way: +1 right on the development set, +1
wrong on blind set 7; in a typed question it had also quoted where laptops are handed out
for "교체된 노트북은 어디에 기부되나요?". English words the lexicon lists only as verbs
("expired") and the word after a subject pronoun ("if I skip") gave new wrong answers too:
such predicates often name the very case asked.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from lemminflect import getAllLemmas

from tools.rag.kind_for_whom_57h import relations_naming_kinds
from tools.rag.permission_words_57h import PERMISSION_WORD
from tools.rag.relative_times import KO_RELATIVE_TIMES
from tools.rag.story_clauses import korean_story_terms, korean_workplace_terms, told_actions
from tools.rag.textutil import detect_script, english_tokens, tokenize
from tools.rag.two_questions_55h import earlier_sentence_asks

# People named by their relation to the asker, in general vocabulary (index tokens:
# Kiwi's nouns for Korean; the English ones are matched before stemming).
_KO_RELATIONS = frozenset(
    {"엄마", "아빠", "어머니", "아버지", "어머님", "아버님", "부모님", "남편", "아내", "와이프",
     "아들", "딸", "아이", "애", "애들", "친구", "친정", "시댁", "처가", "시어머니", "시아버지",
     "장모", "장인", "동생", "형", "누나", "언니", "오빠", "할머니", "할아버지", "손자", "손녀",
     "조카", "삼촌", "이모", "고모", "윗집", "아랫집", "옆집", "이웃",
     # The mother's side and the parents' siblings, as relatives sign on ("하린이 외할머니인데요").
     "외할머니", "외할아버지", "큰아빠", "큰엄마", "작은아빠", "작은엄마", "외삼촌", "이모부",
     "고모부", "숙모", "외숙모",
     # The asker's small child as parents call it ("애기 이유식 챙겨가도 돼요?"), like 아이, 애.
     "아기", "애기", "아가"}
)  # fmt: skip
_EN_RELATIONS = frozenset(
    {
        *("mom", "mum", "mother", "dad", "father", "parents", "husband", "wife", "son"),
        *("daughter", "kid", "kids", "friend", "friends", "brother", "sister", "grandma"),
        *("grandpa", "grandmother", "grandfather", "landlord", "landlady", "neighbour"),
        *("neighbor", "boyfriend", "girlfriend", "partner", "colleague", "roommate"),
        *("grandad", "granddad", "nan", "nana", "granny", "aunt", "auntie", "uncle"),
        *("stepdad", "stepmum", "stepmom", "guardian"),
    }
)
# A penalty asked about in general, as written in a question (see the module docstring).
_KO_PENALTY = re.compile(r"불이익|페널티|패널티")
# An empty stomach, as written in a question.
_KO_EMPTY_STOMACH = re.compile(r"빈\s?속|공복")
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


@lru_cache(maxsize=8192)
def _parts_of_speech(word: str) -> frozenset[str]:
    return frozenset(getAllLemmas(word.lower()))


def _only_modifies(word: str) -> bool:
    # Known to the lexicon, and only as an adjective or adverb: no thing is named and no
    # action ("expired", "speak" may be what is asked; "exactly", "drowsy" are not).
    parts = _parts_of_speech(word)
    return bool(parts) and parts <= {"ADJ", "ADV"}


def _may_be_noun(word: str) -> bool:
    # A word the lexicon does not know (a name, a brand) may name a thing too.
    parts = _parts_of_speech(word)
    return not parts or "NOUN" in parts or "PROPN" in parts


def scene_terms(question: str) -> frozenset[str]:
    """Index tokens of the question that describe the asker or the scene, not the topic.

    Args:
        question: The user's question as typed.

    Returns:
        Korean relation nouns as Kiwi's morphemes give them, and for English the stems
        (as :func:`tools.rag.textutil.english_tokens` gives them) of relation nouns and
        of words the dictionary never lists as a noun. A stem that any other word of the
        question also yields as a noun is left out ("reach" the noun keeps "reaches").
    """
    found: set[str] = set()
    if detect_script(question) == "ko":
        # 올해, 담달: counted from the day asked, while a rule is written for every year.
        found = set(_KO_RELATIONS | KO_RELATIVE_TIMES)
        found.update(_answered_words(question))
    kept: set[str] = set()
    words = [m.group().lower().strip("'-") for m in _EN_WORD.finditer(question)]
    for word, after in zip(words, [*words[1:], ""][: len(words)], strict=True):
        stems = english_tokens(word)
        # Before a noun it could modify, an adjective is part of what is asked ("unpaid
        # leave" is not any leave); after the noun or alone it describes ("make me drowsy").
        attributive = bool(english_tokens(after)) and _may_be_noun(after)
        # Before "than" it is what two things are compared by ("older than the clinic"),
        # the very thing asked, not how the asker describes the scene.
        compared = after == "than"
        if word in _EN_RELATIONS or (_only_modifies(word) and not attributive and not compared):
            found.update(stems)
        else:
            kept.update(stems)
    # Korean relation nouns are only candidates: the caller intersects with the terms.
    setting = _purpose_words(question) | korean_workplace_terms(question)
    # "아이용 구명조끼": a kind for the child, not the asker's child (kind_for_whom_57h).
    kept |= relations_naming_kinds(question, _KO_RELATIONS | _EN_RELATIONS)
    return frozenset((found - kept) | setting | _modal_words(question))


# A question told as a story: "my boss says i sent my claim too late?? whats the deadline
# anyway" asks its last sentence; the sentences before it say what happened (boss, sent),
# the scene of the question, not its topic. English only, and only when the last sentence
# is a question of its own: a wh-word or auxiliary starts it, or a question mark ends it.
_SENTENCE_END = re.compile(r"[.?!;]+(?:\s+|$)")
_ASKS = re.compile(
    r"^(?:what|whats|what's|when|where|which|who|whom|whose|why|how|is|are|am|do|does|did|"
    r"can|could|will|would|should|shall|may|must|have|has)\b",
    re.IGNORECASE,
)


# "drove to the client site and paid tolls, do i get that back": after a comma, a clause
# opened by an auxiliary and its subject asks as a sentence of its own would.
_ASKING_CLAUSE = re.compile(
    r",\s+(?=(?:do|does|did|can|could|will|would|should|is|are)\s+(?:i|we|you|they|it)\b)",
    re.IGNORECASE,
)


# "If I drop out before the course starts, do I get the fee back?": a clause opened by a
# condition is the case the rule is asked for, not a story told before the question.
_CONDITION = re.compile(r"\s*(?:if|when|whenever|unless|once|suppose|in case)\b", re.IGNORECASE)


def _sentences(question: str) -> list[str]:
    parts = (
        c
        for s in _SENTENCE_END.split(question)
        for c in ([s] if _CONDITION.match(s) else _ASKING_CLAUSE.split(s))
    )
    return [s.strip() for s in parts if s.strip()]


def _asked_sentence(question: str) -> str | None:
    # The last sentence, when it asks and a story comes before it.
    parts = _sentences(question)
    if len(parts) < 2 or detect_script(question) == "ko" or earlier_sentence_asks(question):
        return None  # two questions in one, no story (tools.rag.two_questions_55h)
    last = parts[-1]
    ends_with_mark = question.rstrip().endswith("?")
    return last if _ASKS.match(last) or ends_with_mark else None


def story_terms(question: str) -> frozenset[str]:
    """Stems of the sentences told before the asked one, and not in it (empty if none).

    Unlike :func:`scene_terms`, a story word the documents hold still names the topic
    ("expense claim" in the story); only one they never hold is excused.
    """
    if detect_script(question) == "ko":
        return korean_story_terms(question)  # the clauses closed by -거든요, -어서, -니까
    asked = _asked_sentence(question)
    if asked is None:
        return frozenset()
    story = {t for part in _sentences(question)[:-1] for t in english_tokens(part)}
    if _BACK_REFERENCE.search(asked):
        # "left my pills on the metro, do you have them": the asked sentence points back
        # at the asker's thing, which is its topic, not the scene (blind set 50).
        story -= {
            t
            for part in _sentences(question)[:-1]
            for m in _POSSESSED.finditer(part)
            for t in english_tokens(m["thing"])
        }
    return frozenset(story - set(english_tokens(asked)))


# An object pronoun of the asked sentence, and a thing the story says is the asker's.
_BACK_REFERENCE = re.compile(r"\b(?:it|them|those|these|that\s+one)\b", re.IGNORECASE)
_POSSESSED = re.compile(r"\b(?:my|our|his|her|their)\s+(?P<thing>[a-z]+)", re.IGNORECASE)


def story_actions(question: str) -> frozenset[str]:
    """Stems of the story's past-tense verbs (see :func:`tools.rag.story_clauses.told_actions`).

    Unlike the rest of the story, never a topic even when the documents hold the word.
    """
    asked = _asked_sentence(question)
    return frozenset() if asked is None else told_actions(_sentences(question)[:-1], asked)


# "am i supposed to fast": "be supposed to" is a modal (should), no action of its own.
_EN_SUPPOSED_TO = re.compile(r"\bsupposed\s+to\b", re.IGNORECASE)


def _modal_words(question: str) -> set[str]:
    found = set(english_tokens("supposed")) if _EN_SUPPOSED_TO.search(question) else set()
    # "is that ok": asks a permission, like "allowed" (tools.rag.permission_words_57h).
    return found | {
        t for m in PERMISSION_WORD.finditer(question) for t in english_tokens(m["verb"])
    }


# Doing something "for work" (at work, for my job) says why the asker does it, the
# setting of any workplace rule: "are tolls covered when i drive for work" asks about
# tolls, and the asker's own verb before it ("i drive", "we travel") is what they do there.
# Like the other scenery, excused only when the collection never holds the word itself.
# The verb only in a clause of circumstance ("when i ...", "if we ..."): "can i park at
# work" asks about parking. The noun ends its clause: "for my job interview" is no setting.
_EN_FOR_WORK = re.compile(
    r"(?:\b(?:when|if|while|whenever)\s+(?:i|we)\s+(?P<verb>[a-z]+)(?:\s+[a-z']+){0,3}?\s+)?"
    r"\b(?:for|at)\s+(?:my\s+|our\s+)?(?P<noun>work|job)"
    r"(?=\s*(?:[?.!,;]|$)|\s+(?:and|or|but|when|if|too)\b)",
    re.IGNORECASE,
)


# A "work trip" (a work visit, work travel) is a trip made for work: the same setting as
# "for work", said as the trip's modifier ("how much can i spend on food on a work trip"
# asks about the meal rule for travel, which a policy writes as "travelling on business").
_EN_WORK_TRIP = re.compile(
    r"\b(?:work|job)(?=\s+(?:trips?|travel|travelling|traveling|visits?)\b)", re.IGNORECASE
)


def _purpose_words(question: str) -> set[str]:
    trip = {t for m in _EN_WORK_TRIP.finditer(question) for t in english_tokens(m.group())}
    return trip | {
        t
        for m in _EN_FOR_WORK.finditer(question)
        for word in (m["verb"] or "", m["noun"])
        for t in english_tokens(word)
    }


# A condition and what follows it: "오지 않으시면 ... 제한될 수 있습니다", "if you miss".
# "-려면" states a purpose ("취소하려면 전화하세요"), how to do it, not what follows.
_CONDITION = re.compile(r"(?<!려)면(?=[\s,])|\b(?:if|unless|once)\b", re.IGNORECASE)
# When to take something against meals: "식사 후에", "식전", "빈속에", "with food".
_MEAL_TIMING = re.compile(
    r"식사\s?(?:전|후|중|와|때)|식[전후]|빈\s?속|공복|\b(?:with|after|before)\s+(?:food|meals?)\b",
    re.IGNORECASE,
)
# Words a question asks with, each with the kind of sentence that answers it.
_ASKED_BY_KIND = ((_KO_PENALTY, _CONDITION), (_KO_EMPTY_STOMACH, _MEAL_TIMING))


def _answered_words(question: str) -> set[str]:
    return {
        t
        for asked, _ in _ASKED_BY_KIND
        for m in asked.finditer(question)
        for t in tokenize(m.group())
    }


def asked_kind_unstated(question: str, excused: Collection[str], best_sentence: str) -> bool:
    """Whether an excused penalty or empty-stomach word gets a sentence not of its kind.

    "예약 취소하면 페널티 있어요?" is not answered by how to cancel ("취소하려면 전날까지
    전화해 주세요"), nor "빈속에 먹어도 돼요?" by a dose: once such a word is excused, only a
    sentence saying what follows a condition, or when to take it against meals, may answer.
    """
    if not best_sentence:
        return False
    for asked, kind in _ASKED_BY_KIND:
        words = {t for m in asked.finditer(question) for t in tokenize(m.group())}
        if words & set(excused) and not kind.search(best_sentence):
            return True
    return False
