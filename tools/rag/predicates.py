"""Nouns a Korean question uses as its predicate (what is done), not as a thing it is about.

"건강보험이 적용되나요?" asks whether health insurance applies: 적용 is a noun only in
form, made a verb by 되다, and a document answers it with "National health insurance is
accepted" without ever writing 적용. A document question is declined as "not in the
documents: X" when X is a topic the collection never holds; in a yes/no question the
predicate is what the sentence stating the rule answers, not a thing the documents must
name (Korean verb roots are no topics already, see :mod:`tools.rag.question`). The signal
is grammatical, no word list: a noun Kiwi reads with a verb- or adjective-deriving suffix
right after it (XSV/XSA: 하다, 되다, 시키다; 편리하다).

Measured and not adopted (2026-11-30): the same excuse in a question asking for a
place, time or amount ("교체된 노트북은 어디에 기부되나요?" then got where laptops are
handed out: there the predicate says which fact is asked), and English words the
lemminflect lexicon lists only as verbs ("What should I do with medicine that has
expired?" then quoted the clinic's "bring your medicines" first); nor the English word
right after a subject pronoun read as a verb ("if I drop out", "if I skip"): 1 more right
answer, 2 new wrong ones, since such a verb often names the case asked (skipping an
appointment is not changing it).
"""

from __future__ import annotations

from tools.rag.textutil import detect_script, kiwi_tokenize

# Kiwi's tags for the suffixes that make a noun a verb or an adjective.
_PREDICATE_SUFFIXES = frozenset({"XSV", "XSA"})
_NOUN_TAGS = frozenset({"NNG", "NNP"})


def predicate_terms(question: str) -> frozenset[str]:
    """Index tokens of the question's words that are its predicates, not its topics.

    Args:
        question: The user's question as typed.

    Returns:
        Korean nouns Kiwi reads with a verb- or adjective-deriving suffix right after
        them ("적용" of "적용되나요", "계산" of "계산해도"); none for English.
    """
    if detect_script(question) != "ko":
        return frozenset()
    tokens = kiwi_tokenize(question)
    tags = [str(tok.tag).split("-", 1)[0] for tok in tokens]
    forms = [str(tok.form).strip() for tok in tokens]
    # A noun with a deriving suffix right after it; the same noun used as a plain noun
    # elsewhere in the question is a topic there.
    nouns = [(i, f) for i, (f, t) in enumerate(zip(forms, tags, strict=True)) if t in _NOUN_TAGS]
    found = {f for i, f in nouns if i + 1 < len(tags) and tags[i + 1] in _PREDICATE_SUFFIXES}
    plain = {f for i, f in nouns if i + 1 >= len(tags) or tags[i + 1] not in _PREDICATE_SUFFIXES}
    return frozenset(found - plain)
