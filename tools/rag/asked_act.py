"""The act a yes/no permission question asks about, and sentences that state another one.

"토요일에 여권 신청할 수 있어요?" asks whether one may APPLY on a Saturday; the Saturday
hours row ("토요 민원 … 09:00–13:00") names the day and the topic but not the act, and a
line "여권 수령만 가능하고 여권 신청은 받지 않습니다" settles it. "부모가 대신 받아도
돼요?" asks about collecting (받다), not the line letting a parent apply (신청). "can
guests bring dogs?" is not answered by "members may enter early". A permission question
("…할 수 있어요?", "…해도 돼요/괜찮아요?", "can/may I …", "am I allowed to …") names its
act as the verb before the modal. A sentence not naming that act (in any word the
vocabulary ties to it) is no answer when it names no act at all (a verbless Korean row)
or permits another act in the same form (see :meth:`AskedAct.missed_by` for where).

An object the question names bare ("안경 써도 돼요?") is also not settled by a sentence
about a narrower class of it, set apart by a clause before the noun ("색이 들어간 안경은
쓸 수 없습니다"); "일반 안경은 … 써도 됩니다" (a plain noun before it) still speaks of
glasses in general.

A Korean question naming its object ("EMS로 햄 보낼 수 있어요?") is also screened by
:mod:`tools.rag.korean_act_objects`: where a passage rules on the act for that object, a
sentence about another object or act does not answer.

Light verbs (가다, 오다, 하다, be, go, get …) are left alone: documents write such acts
in too many other words (방문, 입장, visit) for a missing stem to say much.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from tools.rag.act_objects import (
    english_object,
    english_rules_on,
)
from tools.rag.conditional_case_57h import tells_another_case
from tools.rag.crosslingual import concept_groups
from tools.rag.kiwi_tags import morpheme_tags
from tools.rag.korean_act_objects import KoreanObjectScreen, korean_object_screen, same_acts
from tools.rag.models import Passage
from tools.rag.other_object_acts import rules_on_another_act
from tools.rag.ruled_act_57h import passes_over
from tools.rag.textutil import language_of, tokenize

__all__ = ["AskedAct", "asked_act"]

_PERMISSIVE_ENDINGS = frozenset({"어도", "아도", "여도"})
_PERMITTING = frozenset({"되", "괜찮"})
_ABLE_ENDINGS = frozenset({"ᆯ", "을", "ㄹ"})
_LIGHT_KOREAN = frozenset({"가", "오", "하", "되", "있", "보", "이", "들"})
# Nouns of the scene, not of the object ("사진 찍을 때 안경"): no part of its compound.
_SCENE_NOUNS = frozenset({"때", "동안", "중", "전", "후", "날"})
_LIGHT_ENGLISH = frozenset(
    {"be", "go", "get", "come", "do", "have", "make", "still", "also", "just"}
)
# English permission forms: the word after the modal and its subject, or after "allowed to".
_ENGLISH_ALLOWED_TO = re.compile(
    r"\b(?:allowed|permitted|ok|okay|fine)\s+(?:for\s+\w+\s+)?to\s+(?:also\s+|still\s+)?([a-z]+)",
    re.IGNORECASE,
)
# What an English sentence permits or forbids: "members may enter", "guests are allowed to
# park", "drones may not be flown" (the participle names the act).
_ENGLISH_PERMITS = re.compile(
    r"\b(?:may|can|(?:allowed|permitted)\s+to)\s+(?:also\s+|still\s+|only\s+|not\s+(?:be\s+)?)?"
    r"([a-z]+)\b",
    re.IGNORECASE,
)
# An act named as the subject of a rule: "Sledging is allowed only in the sledge area",
# "Smoking is not permitted". Such a sentence rules on its own act, whatever it names.
_ENGLISH_GERUND_RULE = re.compile(
    r"^\W*([a-z]+ing)\s+(?:is|are)\s+(?:only\s+|not\s+|also\s+)*(?:allowed|permitted)\b",
    re.IGNORECASE,
)
_PREDICATE_TAGS = frozenset({"VV", "VA", "VX", "XSV", "XSA", "VCP", "VCN"})
_MODALS = frozenset({"can", "may", "could"})
_DETERMINERS = frozenset({"my", "our", "the", "a", "an", "his", "her", "their"})
_ADVERBS = frozenset({"also", "still", "just", "even"})
# A question word: the question asks when, where or how, not whether.
_ASKS_WHICH = re.compile(
    r"언제|어디|뭐|무엇|무슨|몇|어떻게|어떤|어느|왜|누가|누구|얼마|"
    r"\b(?:what|when|where|how|which|who|whom|why)\b",
    re.IGNORECASE,
)
# Past forms the light stemmer leaves apart from the verb a question asks with.
_IRREGULAR = {
    "bring": "brought",
    "wear": "worn",
    "take": "taken took",
    "keep": "kept",
    "leave": "left",
    "eat": "eaten ate",
    "drive": "driven drove",
    "ride": "ridden rode",
    "pay": "paid",
    "send": "sent",
    "buy": "bought",
    "sell": "sold",
    "fly": "flown flew",
    "light": "lit",
}


@dataclass(frozen=True)
class AskedAct:
    """A permission question's act: its words, the bare noun it acts on and the nouns
    before it (Korean), and its stem."""

    words: frozenset[str]
    bare_object: str | None = None
    nouns: frozenset[str] = frozenset()
    stem: str = ""
    # English: the question itself and its object's stems (see tools.rag.act_objects).
    question: str = ""
    objects: frozenset[str] = frozenset()
    # Korean: the object the question names and the act's same-act words
    # (see tools.rag.korean_act_objects).
    korean: KoreanObjectScreen | None = None
    # A retrieved passage on the topic rules on this act in its own words (ruled_act_57h).
    ruled: bool = False

    def seeing(self, passages: Sequence[Passage]) -> AskedAct:
        """The act with what the retrieved passages say of a Korean question's object."""
        if self.korean is None:
            return self
        return replace(self, korean=self.korean.seeing(passages))

    def named_in(self, tokens: set[str]) -> bool:
        """Whether a sentence's tokens name the act."""
        return bool(self.words & tokens)

    def missed_by(self, tokens: set[str], sentence: str, passage: set[str]) -> bool:
        """Whether a sentence speaks of another act than one its passage names, or of a
        narrower object.

        A sentence without the act is passed over only when it says nothing of any act (a
        verbless Korean row: "토요 민원 토요일 09:00–13:00") or permits another in the
        question's own form ("members may enter"; in Korean, "대신 신청할 수 있습니다",
        only where the passage names the asked act elsewhere: "김밥 먹어도 돼요?" is
        answered by "… 음식은 휴게실에서 드세요" beside "음료만 가지고 들어올 수 있고").
        One granting the act in other words ("Cash is accepted" for "can I pay in cash?")
        still answers.

        Args:
            tokens: The sentence's tokens.
            sentence: The sentence's text.
            passage: The tokens of the sentence's whole passage (with its heading).
        """
        if self.narrower_object(sentence):
            return True
        if self.question and language_of(sentence) == "en":
            # An English question: only a rule on its act or object answers it.
            return not english_rules_on(
                sentence, self.words, self.objects, self.question
            ) or rules_on_another_act(sentence, self.words, self.objects)  # wear ≠ buy
        if self.korean is not None and language_of(sentence) == "ko":
            verdict = self.korean.misses(sentence, tokens, passage)
            if verdict is not None:
                return verdict
        if self.stem and tells_another_case(sentence, self.words | same_acts(self.stem)):
            return True  # "…가 부러지면 … 뺍니다": another case's outcome (conditional_case_57h)
        acts = self.words | same_acts(self.stem)
        if self.ruled and not acts & tokens and passes_over(sentence, acts):
            return True  # a full sentence naming no word of a ruled act (ruled_act_57h)
        if self.named_in(tokens):
            return False
        if _verbless_korean(sentence) or language_of(sentence) == "en":
            return _verbless_korean(sentence) or _permits_another_act(sentence, self.words)
        return self.named_in(passage) and _permits_another_act(sentence, self.words)

    def narrower_object(self, sentence: str) -> bool:
        """Whether ``sentence`` names the object only behind a clause narrowing it."""
        if self.bare_object is None:
            return False
        tokens = morpheme_tags(sentence)
        at = [i for i, (form, _) in enumerate(tokens) if form == self.bare_object]
        return bool(at) and all(_modified_by_clause(tokens, i, self.nouns) for i in at)


def _modified_by_clause(tokens: Sequence[tuple[str, str]], at: int, nouns: frozenset[str]) -> bool:
    """Whether a clause ending in a modifier (-ㄴ/-는/-ㄹ) stands before the noun at ``at``,
    past the nouns of its compound the question also names (빛을 반사하는 [물]안경)."""
    while at and tokens[at - 1][1] == "NNG" and tokens[at - 1][0] in nouns:
        at -= 1
    return bool(at) and tokens[at - 1][1] == "ETM"


def _verbless_korean(sentence: str) -> bool:
    """Whether a Korean sentence (a table row, a label) holds no verb nor adjective."""
    if language_of(sentence) != "ko":
        return False
    return not any(tag in _PREDICATE_TAGS for _, tag in morpheme_tags(sentence))


def _permits_another_act(sentence: str, words: frozenset[str]) -> bool:
    """Whether a sentence permits an act (-ㄹ 수 있다, -어도 되다, may VERB) not in ``words``."""
    if korean := _korean_act(sentence):
        return korean[0] not in words
    if language_of(sentence) == "ko":
        return False
    if gerund := _ENGLISH_GERUND_RULE.match(sentence):
        return not _names_gerund(gerund.group(1), words)
    if not (match := _ENGLISH_PERMITS.search(sentence)):
        return False
    stems = tokenize(match.group(1).lower())
    return bool(stems) and stems[0] not in _LIGHT_ENGLISH and not words & set(stems)


def _names_gerund(gerund: str, words: frozenset[str]) -> bool:
    """Whether an "-ing" word names one of the act's words: the light stemmer leaves
    "smoking" as smok and "swimming" as swimm, apart from smoke and swim."""
    stems = tokenize(gerund.lower())
    stem = stems[0] if stems else gerund.lower()[:-3]
    bases = {stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem}
    return bool(bases & words)


def _korean_act(question: str) -> tuple[str, str | None, frozenset[str]] | None:
    tokens = morpheme_tags(question)
    for i, (form, tag) in enumerate(tokens[:-2]):
        ending, after = tokens[i + 1][0], tokens[i + 2][0]
        permits = ending in _PERMISSIVE_ENDINGS and after in _PERMITTING
        able = ending in _ABLE_ENDINGS and after == "수" and i + 3 < len(tokens)
        if not (permits or (able and tokens[i + 3][0] == "있")):
            continue
        stem, at = form, i
        if tag in ("XSV", "XSA") and i and tokens[i - 1][1] == "NNG":
            stem, at = tokens[i - 1][0], i - 1
        elif tag != "VV":
            return None
        if stem in _LIGHT_KOREAN:
            return None
        before = tokens[at - 1] if at else ("", "")
        # The noun acted on ("안경 써도", "안경을 써도"), when no clause narrows it.
        j = at - 1 if before[1] != "JKO" else at - 2
        nouns = frozenset(f for f, t in tokens[:at] if t == "NNG")
        if j < 0 or tokens[j][1] != "NNG" or _modified_by_clause(tokens, j, nouns - _SCENE_NOUNS):
            return stem, None, nouns
        return stem, tokens[j][0], nouns
    return None


def _english_verb(question: str) -> str | None:
    """The verb of "can/may I|members|my kid VERB …" or "allowed/ok to VERB"."""
    if match := _ENGLISH_ALLOWED_TO.search(question):
        return match.group(1).lower()
    words = re.findall(r"[a-z0-9']+", question.lower())
    if len(words) < 3 or words[0] not in _MODALS:
        return None
    at = 2 if words[1] in _DETERMINERS else 1
    if at + 1 >= len(words) or words[at] == "you" or not words[at].isalpha():
        return None  # "can you tell me …" asks a favour, not a permission
    at += 1
    # "can plus members book": a plural noun is still the subject, not its verb.
    if at + 1 < len(words) and re.search(r"[^su]s$", words[at]):
        at += 1
    at += at + 1 < len(words) and words[at] in _ADVERBS
    verb = words[at] if at < len(words) else None
    # "can the tool shed be used", "can my assistance dog come": a verb follows the word
    # read as the verb, so it was a noun of the subject.
    return None if at + 1 < len(words) and words[at + 1] in _LIGHT_ENGLISH else verb


@cache
def asked_act(question: str) -> AskedAct | None:
    """The act a yes/no permission question asks about, or ``None`` for other questions.

    Args:
        question: The user's question, in Korean or English.

    Returns:
        The act's words (its stem and the vocabulary's equivalents) and, for Korean, the
        bare noun it acts on; ``None`` when the question asks no permission or its act
        is a light verb.
    """
    if _ASKS_WHICH.search(question):
        return None  # "택시는 언제 탈 수 있나요?" asks when, not whether
    if korean := _korean_act(question):
        stem, bare, nouns = korean
        words = concept_groups([stem])[0] | {stem}
        return AskedAct(
            words,
            bare,
            nouns,
            stem,
            korean=korean_object_screen(question, stem),
        )
    verb = _english_verb(question) if language_of(question) == "en" else None
    stems = tokenize(verb) if verb else []
    if not verb or not stems or verb in _LIGHT_ENGLISH or stems[0] in _LIGHT_ENGLISH:
        return None
    stem = stems[0]
    words = concept_groups([stem])[0] | {stem, *_IRREGULAR.get(stem, "").split()}
    return AskedAct(words, stem=stem, question=question, objects=english_object(question, words))
