"""Korean questions told as a story, and time words that place the asker's story.

"지난주에 독감 걸려서 6일 쉬었거든요 회사에 뭐 따로 내야 되나요?" asks its last clause
(what must be handed in); the clauses before it, closed by a connective ending of cause or
explanation (-거든요, -어서, -니까), tell what happened. A -는데 clause sets up the case
asked ("프린터가 안 되는데 어디로 연락해요?"): only its figures may be the asker's own.
Like the English story of :func:`tools.rag.scene_words.story_terms`, such a clause's words
are the scene of the question, not its topic, when the documents never hold them: a word
they do hold (결혼 of "아들이 결혼해서") still names the case asked about, so only the
unheld ones are excused by the caller, and only when the asked clause names something the
documents hold (agents.documents).

A time word placing the story relative to the asker's today (지난주, 다음 달, 어제, last
week) is never a topic: no document's rule is about "next month" as the asker means it
("우리 아들 다음 달에 결혼하는데 휴가 며칠 받아요?" asks the rule for a child's wedding).
Years (올해, 내년) are left alone: a policy writes "다음 해로 이월", the asked case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lemminflect import getAllLemmas, getInflection

from tools.rag.relative_times import KO_POINTERS, KO_SPANS, STORY_KO_DAYS
from tools.rag.textutil import detect_script, english_tokens, kiwi_tokenize, tokenize

__all__ = [
    "korean_story_terms",
    "korean_workplace_terms",
    "relative_time_terms",
    "told_actions",
    "without_limit_story_figures",
    "word_mates",
]
_EN_WORD = re.compile(r"[a-z]+")

# Kiwi's forms of the connective endings that close a background clause: -는데/-ㄴ데/-은데
# (EC), -거든요/-거든 (a sentence of its own, EF), -어서/-아서/-서 (EC), -니까/-으니까.
_BACKGROUND_ENDINGS = frozenset(
    {"는데", "ᆫ데", "은데", "거든요", "거든", "어서", "아서", "여서", "서", "니까", "으니까", "니깐"}
)
# Of these, the ones whose clause tells a cause or an explanation (-거든요, -어서, -니까).
# A clause closed by -는데 sets up the case the question is about ("프린터가 안 되는데 어디로
# 연락해요?", "전기요금 밀려서 끊겼는데 다시 연결하는 비용"): its nouns stay topics, and
# only its figures may be the asker's own (:func:`without_limit_story_figures`).
_CAUSE_ENDINGS = _BACKGROUND_ENDINGS - {"는데", "ᆫ데", "은데"}
_ENDING_TAGS = frozenset({"EC", "EF"})
# A sentence closed before the story ends ("대학생 할인 돼요? 우리 딸 …") asked already.
_SENTENCE_END = re.compile(r"[.?!]")


def _story_end(question: str, endings: frozenset[str] = _BACKGROUND_ENDINGS) -> int:
    """Where the last background clause ends, when a clause with content follows it (else 0).

    Only in one sentence: a question asked before the story's end is no story of it.
    """
    end = 0
    for token in kiwi_tokenize(question):
        if token.tag in _ENDING_TAGS and token.form in endings:
            after = token.start + token.len
            if tokenize(question[after:]):
                end = after
    return 0 if _SENTENCE_END.search(question[:end]) else end


def korean_story_terms(question: str) -> frozenset[str]:
    """Index tokens of a Korean question's background clauses, not in its asked clause.

    Args:
        question: The user's question as typed.

    Returns:
        The tokens (Kiwi's content morphemes) of the clauses before the last one closed
        by a background ending, minus those the asked clause also holds; empty for an
        English question or one told in a single clause.
    """
    if detect_script(question) != "ko":
        return frozenset()
    end = _story_end(question, _CAUSE_ENDINGS)
    if not end:
        return frozenset()
    return frozenset(set(tokenize(question[:end])) - set(tokenize(question[end:])))


def word_mates(question: str, held: Iterable[str]) -> frozenset[str]:
    """Tokens written in one word with a held term ("전기요금": 전기 with 요금).

    Such a token says which of the held things is meant (electricity's 요금, the
    picture-book club): no story's scenery, even when the documents never hold it.
    """
    wanted = set(held)
    mates: set[str] = set()
    for word in question.split():
        tokens = set(tokenize(word))
        if tokens & wanted:
            mates |= tokens - wanted
    return frozenset(mates)


# Days, weeks and months counted from the asker's today (the Korean words are
# tools.rag.relative_times's); the English ones past only ("last week"), since "next month"
# in English may be a rule's own wording ("from next month the fee rises").
# One before a day of the week ("이번주 토요일에 … 몇시까지 열어요?") names the date asked
# about with it, which a schedule's exceptions may concern: that one is left a topic.
_RELATIVE_TIME = re.compile(
    rf"(?:(?:{'|'.join(KO_POINTERS)})\s?(?:{'|'.join(KO_SPANS)})|{'|'.join(STORY_KO_DAYS)}"
    r"|\byesterday\b|\blast\s+(?:week|month)\b)"
    r"(?!\s*(?:[월화수목금토일]\s?요일|[월화수목금토일]욜|주말|평일"
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend))",
    re.IGNORECASE,
)


def relative_time_terms(question: str) -> frozenset[str]:
    """Index tokens of the question's time words relative to the asker's today (see above)."""
    return frozenset(t for m in _RELATIVE_TIME.finditer(question) for t in tokenize(m.group()))


# "회사에 뭐 내야 돼요?", "직장에서 쓰는 거": the asker's workplace as the place of the
# story, the setting of any workplace rule (as "at work" is in English); excused, like the
# rest of the scenery, only when the documents never hold the word.
_KO_WORKPLACE = re.compile(r"(?:회사|직장)(?=\s?에)")


def korean_workplace_terms(question: str) -> frozenset[str]:
    """Index tokens of 회사/직장 written as where something happens (회사에, 직장에서)."""
    return frozenset(t for m in _KO_WORKPLACE.finditer(question) for t in tokenize(m.group()))


# A limit asked for in the asked clause ("하루에 얼마까지", "최대 며칠"), and the story's
# figures of the same kind: money for 얼마, days for 며칠, the counter's unit for 몇 X.
_LIMIT_ASKED = re.compile(r"까지|최대|한도")
_MONEY_FIGURE = r"\d[\d,.]*\s*(?:[만천백]\s*)?원"
_ASKED_KINDS = (
    (re.compile(r"얼마"), _MONEY_FIGURE),
    (re.compile(r"며칠"), r"\d+\s*일"),
    (re.compile(r"몇\s*(?P<unit>[가-힣])"), r"\d+\s*{unit}"),
)


def without_limit_story_figures(question: str) -> str:
    """The question without its story's own figures that an asked limit is held against.

    "출장 가서 밥값 4만원 썼는데 다 안 준대요 하루에 얼마까지 돼요?" quotes what the asker
    spent, to compare with the limit asked for: the 4만원 is theirs, no figure the rule
    must state (its 30,000 won per day answers). Only a figure of the kind the limit is
    asked in: "입사 2년인데 연차 최대 며칠이에요?" keeps its 2년, the case it selects.
    """
    end = _story_end(question) if detect_script(question) == "ko" else 0
    asked = question[end:]
    if not end or not _LIMIT_ASKED.search(asked):
        return question
    story = question[:end]
    for kind, figure in _ASKED_KINDS:
        if found := kind.search(asked):
            pattern = figure.format(unit=re.escape(found.groupdict().get("unit") or ""))
            story = re.sub(pattern, " ", story)
    return story + asked


def told_actions(story: Iterable[str], asked: str) -> frozenset[str]:
    """Stems of the past-tense verbs of an English story, not repeated in the asked sentence.

    "drove to the client site and paid highway tolls, do i get that back": what the asker
    did (drove, paid) is what happened, told in the past; the rule asked about states the
    case in its own present ("Parking and tolls are reimbursed"), and the documents'
    "Claims are paid with the next monthly salary" is no reason to hold "paid" against it.
    A past form is one the lexicon inflects from a verb's lemma (paid of pay, said of say).
    """
    asked_stems = set(english_tokens(asked))
    found: set[str] = set()
    for sentence in story:
        for word in _EN_WORD.findall(sentence.lower()):
            lemmas = getAllLemmas(word).get("VERB", ())
            if any(word != lemma and word in getInflection(lemma, "VBD") for lemma in lemmas):
                found.update(english_tokens(word))
    return frozenset(found - asked_stems)
