"""A one-syllable Korean predicate stem and a noun spelled alike are different words.

Kiwi reads "문 열어요" as the stem 열 of 열다 (to open) and "열이 나면" as the noun 열
(fever), but an index token keeps only the form: "어린이집 몇 시에 문 열어요?" matched
the fever rule "열이 38도 이상이면 등원할 수 없으며 …" and quoted it as the opening
time. Likewise 차다/차 (to fill, a car), 자다/자 (to sleep, a ruler), 피다/피 (to bloom,
blood), 물다/물 (to bite, water), and the numeral 열 ("한 반에 열 명까지", ten). The
index tokens stay as they are (every rule, the lexicon and the stored indexes speak
them); for one question, a sentence that writes such a term only in another word class
no longer holds it. Longer words rarely collide this way, and a word the question
itself uses both ways is left alone.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from typing import Literal

from tools.rag.models import Passage
from tools.rag.subjects import passage_sentences
from tools.rag.textutil import kiwi_tokenize

WordClass = Literal["noun", "predicate", "numeral"]

_CLASS_OF_TAG: dict[str, WordClass] = {
    "NNG": "noun",
    "NNP": "noun",
    "VV": "predicate",
    "VA": "predicate",
    # The index keeps numerals too: "열 명" (ten people) is neither 열다 nor a fever.
    "NR": "numeral",
}


def _is_syllable(form: str) -> bool:
    return len(form) == 1 and "\uac00" <= form <= "\ud7a3"


def word_classes(text: str) -> dict[str, set[WordClass]]:
    """Each one-syllable noun or predicate stem of a Korean text, with the classes it takes.

    Args:
        text: A question or a document sentence.

    Returns:
        Form -> the word classes Kiwi read it as ("noun", "predicate", "numeral").
    """
    classes: dict[str, set[WordClass]] = {}
    for token in kiwi_tokenize(text):
        form = str(token.form).strip()
        # "VV-R", "VA-I": irregular conjugation marks, still a predicate.
        word_class = _CLASS_OF_TAG.get(str(token.tag).split("-", 1)[0])
        if word_class is not None and _is_syllable(form):
            classes.setdefault(form, set()).add(word_class)
    return classes


def asked_classes(question: str, terms: Collection[str]) -> dict[str, WordClass]:
    """The question's one-syllable terms that it uses in one word class only.

    A numeral is no content term of a question (its figure is), so only nouns and
    predicate stems are asked about.
    """
    found = word_classes(question)
    return {
        form: next(iter(kinds))
        for form, kinds in found.items()
        if form in terms and len(kinds) == 1 and kinds != {"numeral"}
    }


def other_class_words(asked: Mapping[str, WordClass], sentence: str) -> frozenset[str]:
    """Asked terms the sentence writes only as the other word class (열 fever for 열다)."""
    held = word_classes(sentence)
    return frozenset(f for f, kind in asked.items() if f in held and kind not in held[f])


def homographs_apart(
    question: str, terms: Collection[str], passages: Sequence[Passage]
) -> Sequence[Passage]:
    """The passages, each sentence without the asked terms it holds only as a homograph.

    Only sentences whose tokens hold a one-syllable term of the question are analysed
    again, so most questions and passages cost nothing.

    Args:
        question: The user's question.
        terms: Its content terms (index-token space).
        passages: Retrieved passages.

    Returns:
        The same passages, their sentence tokens without the other word class's homographs.
    """
    asked = asked_classes(question, terms) if any(map(_is_syllable, terms)) else {}
    if not asked:
        return passages
    kept: list[Passage] = []
    for passage in passages:
        sentences = passage_sentences(passage)
        if not any(asked.keys() & set(tokens) for _, _, tokens in sentences):
            kept.append(passage)
            continue
        apart = []
        for start, end, tokens in sentences:
            hit = {f: kind for f, kind in asked.items() if f in tokens}
            other = other_class_words(hit, passage.text[start:end]) if hit else frozenset()
            apart.append((start, end, tuple(t for t in tokens if t not in other)))
        kept.append(passage.model_copy(update={"sentences": tuple(apart)}))
    return kept
