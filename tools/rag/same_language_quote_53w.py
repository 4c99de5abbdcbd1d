"""A quote in the question's language, when a retrieved passage in it says the same.

Why this exists: the samples state many facts twice, once in each language (the English
check-up page and the Korean clinic guide both say results take 2 to 3 days). Either
path may quote the other language's sentence for a question: the dense path finds it
when the lexical one declined ("when do checkup results come back": no document says
"come back"), and the lexical path prefers it when the word lists link one more question
word to it ("tell" -> 알리 in "결과는 전화로 알려 드리지 않으며", while the English sentence
says "given"). The answer is then the right fact in a language the asker did not use,
from another document than the one written for them; the workload counts it wrong.

The rule: each quoted sentence in the other language is replaced by a sentence of a
retrieved passage in the question's language that says the same thing, so far as code
can tell without translating:

- it states the same figures (the same numbers, or none on both sides),
- it is negated exactly when the quoted one is ("not given", "않으며"),
- it (with its heading) names every question word the quoted sentence names, in either
  language through the word lists (tools.rag.crosslingual), and at least one,
- it holds the kind of answer asked for (a duration, a time, ...).

When several qualify, the dense model's closest to the quoted sentence is taken. A quoted
sentence with no such twin stays as it was: a cross-lingual quote is the right one when
no same-language passage states it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from core.types import Citation
from tools.rag.answer_sentences import is_heading, sentence_text
from tools.rag.answer_types import has_answer_type
from tools.rag.crosslingual import concept_groups
from tools.rag.models import AnswerSentence, ExtractiveAnswer, Passage
from tools.rag.quantity_note import quantity_note
from tools.rag.question import QuestionAnalysis
from tools.rag.sentence_match import match_sentences
from tools.rag.subjects import passage_sentences
from tools.rag.textutil import language_of, tokenize

__all__ = ["in_question_language", "same_statement"]

# A number as written: "30,000", "2", "1.5" (thousands commas dropped before comparing).
_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")
# Negation in either language. Korean 안 is left out: "2~3일 안에" is "within", not "not".
_NEGATION = re.compile(
    r"\b(?:not|no|never|cannot|without|nor)\b|n't\b|않|못\s?하|못\s|없|금지|불가|마세요|마십시오|말아"
)


def _figures(text: str) -> frozenset[str]:
    """The numbers a sentence states, as values ("09" and "9" alike)."""
    return frozenset(str(float(m.replace(",", ""))) for m in _NUMBER.findall(text))


def _negated(text: str) -> bool:
    return _NEGATION.search(text.lower()) is not None


def _named(groups: Sequence[frozenset[str]], text: str) -> frozenset[int]:
    """Which of the question's words (by index) the text names, in either language."""
    tokens = set(tokenize(text))
    return frozenset(i for i, group in enumerate(groups) if group & tokens)


def same_statement(
    quoted: str,
    candidate: str,
    candidate_heading: str,
    asked: QuestionAnalysis,
    question: str,
    quoted_heading: str = "",
) -> bool:
    """Whether ``candidate`` says what ``quoted`` says, as far as figures and words show.

    Args:
        quoted: The sentence the answer quotes (in the other language).
        candidate: A sentence in the question's language.
        candidate_heading: Its section heading.
        asked: The question's analysis.
        question: The question.
        quoted_heading: The quoted sentence's section heading.
    """
    # Quantities in words count too: "one hour of free parking" states 1 (its note reads
    # "one hour = 1시간"), and "건물 지하 주차장을 이용하실 수 있습니다" states none.
    figures = _figures(quoted) | _figures(quantity_note(language_of(question), [quoted]))
    if figures != _figures(candidate) or _negated(quoted) != _negated(candidate):
        return False
    groups = concept_groups(asked.terms)
    # The quoted sentence's own words: headings word a section each their own way ("진료
    # 시간" names a time, "Opening hours" none), so only the twin's heading may help it.
    wanted = _named(groups, quoted)
    if not figures:
        # With no figure to confirm it, a sentence is a twin only of the same subject: the
        # pharmacy guide's "일요일과 공휴일에는 쉽니다" (under "약국 운영 시간") is not the
        # clinic's "Sundays and public holidays: closed", for "is the pharmacy open on
        # Sundays?"; so the question words its heading names must be named too.
        wanted |= _named(groups, quoted_heading)
    named = _named(groups, f"{candidate_heading} {candidate}")
    if not named or not wanted <= named:
        return False
    return has_answer_type(
        candidate, asked.answer_type, asked.counter, recurring=asked.recurring, question=question
    )


def _twin(
    quoted: AnswerSentence,
    own: Sequence[Passage],
    asked: QuestionAnalysis,
    question: str,
    embedder: Any,
    quoted_heading: str,
) -> tuple[int, str] | None:
    """(passage index in ``own``, sentence) saying what ``quoted`` says, or ``None``."""
    lang = language_of(question)
    found: list[tuple[int, str]] = []
    for index, p in enumerate(own):
        for start, end, _ in passage_sentences(p):
            text = sentence_text(p, start, end)
            if (
                text
                and language_of(text) == lang
                and not is_heading(p, start, end)
                and same_statement(
                    quoted.text, text, p.heading or "", asked, question, quoted_heading
                )
            ):
                found.append((index, text))
    if len(found) <= 1 or embedder is None:
        return found[0] if found else None
    # Several say it: the one the dense model places closest to the quoted sentence.
    closeness = {
        (m.rank, " ".join(m.text.split())): m.similarity
        for m in match_sentences(quoted.text, own, embedder)
    }
    return max(found, key=lambda f: closeness.get((f[0], " ".join(f[1].split())), 0.0))


def in_question_language(
    store: Any,
    question: str,
    asked: QuestionAnalysis,
    answer: ExtractiveAnswer,
    passages: Sequence[Passage],
) -> ExtractiveAnswer:
    """``answer``, with each other-language sentence a same-language passage states replaced.

    A sentence with no twin in the question's language stays as it was; a twin the answer
    already quotes is not quoted twice.

    Args:
        store: The document store (its ``embedder``, when it has one, breaks ties).
        question: The user's question.
        asked: The question's analysis.
        answer: The answer found (lexical or dense).
        passages: The retrieved passages the twins are looked for in.
    """
    lang = language_of(question)
    own = [p for p in passages if language_of(p.text) == lang]
    if not answer.covered or not own:
        return answer
    cited = {c.chunk_id: c for c in answer.citations}
    embedder = getattr(store, "embedder", None)
    # (chunk id, sentence) -> (citation to renumber, score), in the answer's order.
    quoted: dict[tuple[str, str], tuple[Citation, float]] = {}
    replaced = False
    for sentence in answer.sentences:
        citation = cited.get(sentence.chunk_id)
        if citation is None:
            return answer  # a sentence whose source is unknown: leave the answer whole
        twin = None
        if language_of(sentence.text) != lang:
            heading = citation.locator.removeprefix("§")
            twin = _twin(sentence, own, asked, question, embedder, heading)
        if twin is None:
            quoted.setdefault((sentence.chunk_id, sentence.text), (citation, sentence.score))
            continue
        replaced = True
        p = own[twin[0]]
        quoted.setdefault((p.chunk_id, twin[1]), (p.citation(0), sentence.score))
    if not replaced:
        return answer
    ids = {c: i for i, c in enumerate(dict.fromkeys(k[0] for k in quoted), start=1)}
    sentences = tuple(
        AnswerSentence(text=text, citation_id=ids[chunk], chunk_id=chunk, score=score)
        for (chunk, text), (_, score) in quoted.items()
    )
    citations = {
        chunk: c.model_copy(update={"id": ids[chunk]}) for (chunk, _), (c, _) in quoted.items()
    }
    text = " ".join(f"{s.text} [{s.citation_id}]" for s in sentences)
    note = quantity_note(lang, (s.text for s in sentences))
    return ExtractiveAnswer(
        text=f"{text} {note}" if note else text,
        sentences=sentences,
        citations=tuple(citations[chunk] for chunk in ids),
        confidence=answer.confidence,
        covered=True,
        language=lang,
    )
