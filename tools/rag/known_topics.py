"""Whether a sentence in the other language names every topic of a question it may answer.

Split from :mod:`tools.rag.crosslingual_dense`, which asks it of a yes/no or what-question
(no answer type to check a sentence against) before quoting another language's sentence.
"""

from __future__ import annotations

from tools.rag.crosslingual import equivalents, translations
from tools.rag.qualifiers import untranslatable
from tools.rag.question import QuestionAnalysis
from tools.rag.textutil import tokenize


def names_an_unheld_translated_topic(asked: QuestionAnalysis, unknown: set[str]) -> bool:
    """Whether a yes/no question names a topic the word lists translate that no document holds.

    Such a topic (강아지 -> dog, held in neither language) is a thing the documents never
    mention, not a paraphrase the dense match may bridge: "강아지 데리고 가도 돼요?" is
    not answered by the clinic's address. Only a real translation counts, not a word's
    derivational forms (cake -> cakment) every English word has: an English word the lists
    do not know may be written the other language's way in the document (gluten free ->
    글루텐프리), and the sentence gates decide that.
    """
    return asked.answer_type is None and any(
        t in asked.topic_terms and translations(t) for t in unknown
    )


def names_every_known_topic(
    asked: QuestionAnalysis, unknown: set[str], sentence: str, heading: str
) -> bool:
    """Whether the sentence and its heading name each known topic of the question.

    "Is there an elevator in the building?" is answered by "건물 입구에 …, 엘리베이터는
    …": elevator/엘리베이터 and building/건물 are both there. Words no document holds in
    either language are left out (the dense match vouches for those), but they may not
    outnumber the named ones; at least one topic must be named.
    """
    # The document's title (the first of several headings) says what the whole document
    # covers: it may lend a sentence the document's subject ("health" of "Health Check-ups"
    # over "Before your check-up: do not eat or drink except water"), but not several
    # topics ("Enrolment, Fees and Refund Rules" over the rule on retaking the level test,
    # for "처음 등록할 때 보는 레벨 테스트 돈 내야 돼요?").
    title, _, section = heading.partition(" > ") if " > " in heading else ("", "", heading)
    held = set(tokenize(sentence)) | (set(tokenize(section)) if section else set())
    from_title = set(tokenize(title)) if title else set()
    # One-syllable morphemes are mostly fragments of a word Kiwi cut, except the ones the
    # vocabulary lists as words of their own (돈, 애): "레벨 테스트 돈 내야 돼요?" asks
    # about a fee, which a sentence on retaking the level test does not name.
    words = [t for t in asked.topic_terms if len(t) > 1 or len(equivalents(t)) > 1]
    # A word with no other-language form ("adult", "one") cannot be named by the other
    # language's sentence: it counts as unnamed, like an unknown one.
    silent = untranslatable(words, sentence)
    topics = [t for t in words if t not in unknown | silent]
    # Unknown topics may not outnumber the named ones: "주말에 VPN을 쓰면 수당이
    # 나오나요?" names only VPN of its three, and the VPN hours do not answer it.
    unnamed = [t for t in asked.topic_terms if t in unknown | silent]
    lent = [t for t in topics if not equivalents(t) & held and equivalents(t) & from_title]
    return (
        bool(topics)
        and all(equivalents(t) & (held | from_title) for t in topics)
        and len(lent) <= 1
        and len(unnamed) <= len(topics)
    )


def names_a_known_topic(
    asked: QuestionAnalysis, unknown: set[str], sentence: str, heading: str
) -> bool:
    """Whether the sentence or its own section heading names at least one topic of the
    question that the documents hold, in either language.

    A sentence let through on its lead over its passage's others alone
    (``tools.rag.crosslingual_dense.clearly_closest``) must at least be about something
    asked: "지하철 타면 얼마나 아껴?" led just as far on the expense policy's hotel rate,
    which names no subway.
    """
    _title, _, section = heading.partition(" > ") if " > " in heading else ("", "", heading)
    held = set(tokenize(sentence)) | set(tokenize(section))
    return any(
        equivalents(t) & held
        for t in asked.topic_terms
        if t not in unknown and (len(t) > 1 or len(equivalents(t)) > 1)
    )
