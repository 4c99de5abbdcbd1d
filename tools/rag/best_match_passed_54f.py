"""An answer quoted past the best-matched passage, from a document in the other language.

Why this exists: "do students get a discount" (held-out 43, over an English ice rink's
guide and a Korean photo studio's) matched the rink's "Concessions" passage best, and
the answer quoted the studio's "고등학생 이하 학생은 증명사진 20% 할인": the rink's
sentence ("Students with a valid student card ... pay the child price") never says
"discount", and the word lists linked both question words to the Korean line. The
asker wrote in English and named no place; the document written in their language that
matched best is the one they are most likely asking about, and the quoted line is about
another place. Which place is meant is not something code can settle here.

The rule: when the question names no place (tools.rag.unnamed_owner_53h), the
best-matched passage is one of the user's own documents (not a bundled sample), written
in the question's language, and the answer cites none of it, quoting only documents in
the other language, the documents decline (no model is handed the other place's
passages to write from either); on the lexical path and on the other-language (dense)
path alike. A question naming its place ("how much is a passport photo at the photo
studio") is the usual cross-lingual question and is left alone. A cross-lingual quote
stays when no passage of the question's language outranks it, or when the best match is
a sample (the samples sit close to many questions), or when the question writes a word
the quote transcribes ("카약 투어" for the "Kayak Tour": the thing is named).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.rag.addressed_place_52x import is_bundled_sample
from tools.rag.loanwords import transcribes
from tools.rag.models import ExtractiveAnswer, Passage
from tools.rag.place_kinds_54f import names_a_place_kind
from tools.rag.textutil import detect_script
from tools.rag.unmatched_best_59y import names_no_asked_topic
from tools.rag.unnamed_owner_53h import names_no_place

__all__ = ["PASSED_BEST_MATCH", "quotes_past_best_match"]

PASSED_BEST_MATCH = (
    "documents: the answer quotes another language's document past the best-matched one"
    " written in the question's language; which place is meant is unknown"
)


def quotes_past_best_match(
    question: str, answer: ExtractiveAnswer, passages: Sequence[Passage]
) -> bool:
    """Whether the answer quotes only the other language, passing a better own match.

    Args:
        question: The question as searched.
        answer: The extractive answer about to be given.
        passages: The retrieved passages, best first.
    """
    if not passages or not answer.citations or not names_no_place(question):
        return False
    if names_a_place_kind(question):  # "at the laundry": the usual cross-lingual question
        return False
    script = detect_script(question)
    best = passages[0]
    if is_bundled_sample(best) or detect_script(best.text) != script:
        return False
    if names_no_asked_topic(question, best):  # a neighbour of the wording (unmatched_best_59y)
        return False
    if any(c.source == best.source for c in answer.citations):
        return False
    if _named_by_transcription(question, " ".join(c.text for c in answer.citations)):
        return False  # "카약 투어 점심 줘요?": the quote's "Kayak Tour" is the thing named
    return all(detect_script(c.text) != script for c in answer.citations)


_HANGUL_WORD = re.compile(r"[가-힣]{2,}")
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def _named_by_transcription(question: str, quoted: str) -> bool:
    """Whether a word of ``question`` is a Hangul transcription of one the quote writes,
    or the reverse: the question then names the quoted document's own thing."""
    pairs = [
        (korean, english)
        for korean in _HANGUL_WORD.findall(question)
        for english in _LATIN_WORD.findall(quoted)
    ] + [
        (korean, english)
        for korean in _HANGUL_WORD.findall(quoted)
        for english in _LATIN_WORD.findall(question)
    ]
    return any(transcribes(korean, english) for korean, english in pairs)
