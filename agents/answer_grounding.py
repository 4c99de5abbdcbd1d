"""Whether a model's answer to a document question is grounded in the passages it read.

A grounded step hands a model the passages that are about the question when no
sentence states the answer outright. A small model then invents: "When was the
clinic founded?" came back as "founded in 2018." with the passages cited, and "How
much does a health check-up cost?" with a price no document names. Shown with
citations, an invention reads as the documents' answer: the worst kind of wrong.

Two checks, plain code over the answer, the question and the passages:

- **Nothing new**: every figure (number, date, time, amount) and every name-like
  token (a capitalised word inside a sentence, an e-mail address, a web address) of
  the answer appears in the passages or the question, or, when the question may ask
  for one (a total, a gap, a figure of its own), a sum, difference, product or ratio
  of two figures there.
- **It answers this question**: when the question asks for a kind of thing (a date,
  an amount, a person...), the answer holds one
  (:func:`tools.rag.answer_types.has_answer_type`), and so does each of several
  questions asked at once that asks for one; any other lookup (yes/no, what,
  how; not a comparison or summary, worded freely) must have at least half of its topic
  terms named in the answer (in either language), so an unrelated passage sentence
  repeated back is no answer.

A failure is a reason, never an answer: the graph escalates the step once or says
the documents do not answer it (``graphs.output_checks``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from agents.affirmed_predicates import unsupported_predicate
from agents.answer_forms_54g import bare_yes_no, half_of_a_range, list_number_answer
from agents.asked_thing_named import names_only_the_place
from agents.document_declines import says_documents_lack_it
from agents.echoed_answers import echoed_question
from agents.grounded_figures import (
    attached_elsewhere,
    from_another_answer,
    new_clock_times,
    new_figures,
)
from agents.per_rates_62x import unqualified_rates
from agents.permitted_acts import unsupported_permission
from agents.service_object_answers import misses_service_object
from agents.unheld_answer_terms import states_unheld_term
from agents.yes_no_predicate_55t import act_unstated_of_subject
from tools.rag import needs_synthesis
from tools.rag.answer_types import has_answer_type
from tools.rag.crosslingual import equivalents
from tools.rag.question import QuestionAnalysis, analyze_question
from tools.rag.textutil import tokenize

__all__ = ["invented_contacts", "says_documents_lack_it", "ungrounded"]

# "[1]", "[2, 3]": the citation markers a grounded answer is asked to write.
_CITATION_MARK = re.compile(r"\[\d+(?:\s*,\s*\d+)*\]")
# "1.", "2)" opening a line: list numbering, not a figure.
_ENUMERATOR = re.compile(r"^\s*\d{1,2}\s*[.)]\s+", re.MULTILINE)
# A capitalised word inside a sentence (after a lower-case word or a comma): a name.
_NAME = re.compile(r"(?<=[a-z,;] )[A-Z][A-Za-z'-]{2,}")
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+|https?://\S+|www\.\S+")
# Words capitalised inside English sentences that name nothing the documents must hold.
_COMMON_CAPITALISED = frozenset({"I", "OK", "Korean", "English"})
# An answer must name at least this share of the question's topic terms.
_TOPIC_SHARE = 0.5


def _new_names(answer: str, sources: str) -> list[str]:
    folded = sources.casefold()
    names = [m.group(0) for m in _NAME.finditer(answer) if m.group(0) not in _COMMON_CAPITALISED]
    addresses = [m.group(0).rstrip(".,)") for m in _ADDRESS.finditer(answer)]
    return [n for n in [*names, *addresses] if n.casefold() not in folded]


# Where one question of several ends: "오토바이도 등록해야 해요? 등록비는 얼마예요?"
_QUESTION_MARK = re.compile(r"[?？]")


def _questions(text: str) -> list[str]:
    """The questions of ``text``, each up to its question mark.

    A "?" inside a web address opens its query string ("…/order?id=88&price=12000"):
    split there, the address's tail read as a question of its own ("price": an amount
    asked) and a right answer to the real question was refused for lacking one.
    """
    # Inside an address means more of it follows: "see https://…/faq? And …" ends there.
    queries = [(m.start(), m.end() - 1) for m in _ADDRESS.finditer(text)]
    parts, start = [], 0
    for mark in _QUESTION_MARK.finditer(text):
        if not any(begin < mark.start() < end for begin, end in queries):
            parts.append(text[start : mark.end()])
            start = mark.end()
    parts.append(text[start:])
    return [part.strip() for part in parts if part.strip()]


def _unanswered_part(answer: str, question: str) -> str | None:
    """The kind of answer one of several questions asks for that the answer lacks.

    Several questions at once count as a synthesis, so the whole is worded freely;
    each part that asks for a kind of thing (an amount, a date...) must still get one.
    """
    parts = _questions(question)
    if len(parts) < 2:
        return None
    for part in parts:
        asked = analyze_question(part)
        if asked.answer_type is not None and not has_answer_type(
            answer, asked.answer_type, asked.counter, recurring=asked.recurring, question=part
        ):
            return f"it states no {asked.answer_type}, which {part!r} asks for"
    return None


def _off_question(answer: str, question: str, asked: QuestionAnalysis) -> str | None:
    unanswered = _unanswered_part(answer, question)
    if unanswered is not None:
        return unanswered
    if asked.answer_type is not None:
        # A terse answer ("Weekdays 10:00–20:00") need not repeat the question's words.
        if has_answer_type(
            answer, asked.answer_type, asked.counter, recurring=asked.recurring, question=question
        ):
            return None
        return f"it states no {asked.answer_type}, which the question asks for"
    topics = asked.topic_terms
    # A comparison or summary words its answer freely ("의원은 18시, 약국도 18시까지").
    if not topics or needs_synthesis(question)[0]:
        return None
    said = set(tokenize(answer))
    named = [t for t in topics if equivalents(t) & said]
    if len(named) < math.ceil(_TOPIC_SHARE * len(topics)):
        return f"it names {len(named)} of the question's {len(topics)} topic terms"
    return None


def invented_contacts(answer: str, question: str) -> list[str]:
    """The phone numbers, e-mail and web addresses of ``answer`` that ``question`` does not give.

    Asked for a place's own contact ("whats the phone number to book at the hair salon")
    after its documents were searched and did not answer, a small model wrote
    "1-800-221-1111": no general knowledge holds one organisation's number, so such a
    detail in a reply that read no passage is invented, never to be shown as an answer.
    """
    from core.privacy import scan
    from core.privacy.contact import detect_phone

    given = question.casefold()
    # An organisation's number (a toll-free line, a labelled main line) is no personal data,
    # so scan leaves it out; invented, it is as wrong as anyone's: detect_phone finds it.
    spans = [(f.start, answer[f.start : f.end]) for f in scan(answer) if f.type in _CONTACT_TYPES]
    spans += [(h.start, answer[h.start : h.end]) for h in detect_phone(answer)]
    spans += [(m.start(), m.group(0).rstrip(".,)")) for m in _ADDRESS.finditer(answer)]
    found = [text for _, text in sorted(spans)]
    digits = re.sub(r"\D", "", question)
    return [
        c
        for c in dict.fromkeys(found)
        if c.casefold() not in given and not (_digits_of(c) and _digits_of(c) in digits)
    ]


def _digits_of(contact: str) -> str:
    # "031 777 2040" in the question is the reply's "031-777-2040".
    return re.sub(r"\D", "", contact) if "@" not in contact and "." not in contact else ""


# Which findings of :func:`core.privacy.scan` are contact details.
_CONTACT_TYPES = frozenset({"phone", "email"})


def ungrounded(answer: str, question: str, passages: Sequence[str]) -> str | None:
    """Why ``answer`` is not grounded in ``passages`` as an answer to ``question``.

    Args:
        answer: The model's reply to a document step.
        question: The step's question.
        passages: The texts of the passages the model read.

    Returns:
        ``None`` for a grounded answer; otherwise the reason ("2018 is in no passage").
    """
    text = _ENUMERATOR.sub("", _CITATION_MARK.sub(" ", answer))
    sources = "\n".join([question, *passages])
    figures = [*new_clock_times(text, sources), *new_figures(text, sources, question)]
    if figures:
        return f"ungrounded: {', '.join(figures[:3])} in no passage nor the question"
    if rates := unqualified_rates(text, question, passages):  # "£18." for "£18 per metre" (set 52)
        return f"ungrounded: the passages state {', '.join(rates[:3])} only as a rate"
    # One analysis of the question for every check below (each used to run its own).
    asked = analyze_question(question)
    misread = from_another_answer(text, question, passages) or attached_elsewhere(
        text, question, passages, asked
    )
    if misread:
        return f"ungrounded: the passages state {misread} of something else than the question asks"
    if half := half_of_a_range(text, question, passages):
        return f"ungrounded: the passages give {half} only as one end of a span"
    if bare := bare_yes_no(text, question, passages):
        return f"ungrounded: a yes/no stating none of the passages' times or figures ({bare} asked)"
    if act := act_unstated_of_subject(text, question, passages, asked):  # set 47
        return f"ungrounded: no passage says whether to {act} of the subject asked"
    asks_count = asked.answer_type == "count"
    if listed := list_number_answer(text, question, passages, asks_count=asks_count):
        return f"ungrounded: the passages write {listed} only as list numbering"
    names = _new_names(text, sources)
    if names:
        return f"ungrounded: {', '.join(names[:3])} in no passage nor the question"
    unsaid = echoed_question(text, question, passages, asked)
    if unsaid:
        return f"ungrounded: the answer restates the question; no passage names {unsaid} together"
    if predicate := unsupported_predicate(text, question, passages, asked):
        return f"ungrounded: no passage sentence about the subject says it is {predicate}"
    if act := unsupported_permission(text, question, passages):
        return f"ungrounded: no passage sentence permits the act asked about ({act})"
    if unheld := states_unheld_term(text, question, passages, asked):
        return f"ungrounded: the answer speaks of {unheld}, which no passage names"
    if service := misses_service_object(text, question):
        return f"does not answer the question: it never names {service}"
    off = _off_question(text, question, asked)
    if off is None and not asked.answer_type:
        # "do u take cash at the pottery studio": "Answer: yes" after sentences naming only
        # the studio (agents.asked_thing_named).
        unnamed = names_only_the_place(text, question, asked)
        off = f"it never names {unnamed}, only the place" if unnamed else None
    return f"does not answer the question: {off}" if off else None
