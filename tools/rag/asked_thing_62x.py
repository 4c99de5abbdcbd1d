"""The thing a Korean question asks about, named by the other-language answer's document.

Why this exists: "출장 중에 택시비 나와요?" and "출장 가면 항공료 얼마까지 나와요" reached
the other-language path (:mod:`tools.rag.crosslingual_dense`), which quoted the expense
policy's "Staff travelling on business may claim up to 30,000 won per day for meals."
(sentence similarity 0.78-0.81): the sentence is close to the question's trip (출장 is
business travel), and nothing held the answer to the thing asked, the taxi or the flight,
which the policy writes in neither language. :func:`tools.rag.compound_pieces.
lacks_translation` holds an English passage to a leading Korean noun's translation on the
lexical path; here the same is asked of the other-language answer, for the thing whose
cost the question asks: the stem of a cost compound (택시비 = 택시 + 비, 항공료 = 항공 + 료,
버스요금, 기차표) or the noun a cost word follows (Kiwi's 주차 + 비), whatever the
collection holds of it. (Measured and not adopted: every topic noun no document holds;
it took the kind of answer asked, 번호 of "병원 대표번호 몇번이에요", for a thing the
English page must write, and declined its "call 02-555-0100".)

A thing counts only where the word lists translate it (its concept group has an English
word): a word they do not know gives no evidence either way, and the dense match may
bridge a paraphrase. A document writing the thing in either language keeps its answer
("숙박비" is the policy's hotels, "주차비" its parking).

The claimed thing is the same rule (once ``tools.rag.unheld_claim_item_62m``, blind set 54):
"출장중에 탄 택시비도 청구돼?" asks whether a taxi fare is paid back, and what a claiming
question asks about is the object of its claiming verb (청구돼, 환급돼, 정산돼, 돌려받아,
지원돼, 경비 처리; claim, expense, reimburse). When that word holds a term the collection
holds in neither language (우버, laundry: no translation needed), the pick answers another
question (:func:`asks_unheld_claim_item`), in either language.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from tools.rag.crosslingual import concept_groups
from tools.rag.textutil import english_tokens

__all__ = ["asked_things", "asks_unheld_claim_item", "lacks_asked_thing", "use_asked_things"]

# Off only in the switch-off tests (the priced thing and the claimed one together).
use_asked_things = True

# Suffixes naming what a thing costs (택시비, 항공료, 기차값, 버스요금) or the ticket for it
# (기차표, 비행기표), longest first.
_COST_SUFFIXES = ("요금", "비", "료", "값", "삯", "표")
# A stem of one syllable (식 of 식비, 회 of 회비) names no thing of its own.
_MIN_STEM = 2
# An English translation shorter than this is written inside too many other words.
_MIN_ENGLISH = 3


def _cost_stem(term: str) -> str | None:
    for suffix in _COST_SUFFIXES:
        stem = term.removesuffix(suffix)
        if stem != term and len(stem) >= _MIN_STEM:
            return stem
    return None


def asked_things(topics: Collection[str]) -> Iterator[str]:
    """The Korean things whose cost the question asks: 택시 of 택시비, 주차 of 주차 + 비.

    Args:
        topics: The question's topic terms, in order.
    """
    seen: set[str] = set()
    ordered = list(topics)
    for i, term in enumerate(ordered):
        if term.isascii() or len(term) < _MIN_STEM:
            continue
        # Kiwi may cut the compound itself: 주차비 as 주차 + 비, 버스요금 as 버스 + 요금.
        priced = i + 1 < len(ordered) and ordered[i + 1] in _COST_SUFFIXES
        # 기차표 + 값: the ticket's own stem names the thing (기차).
        for thing in (_cost_stem(term), term if priced else None):
            if thing is not None and thing not in seen:
                seen.add(thing)
                yield thing


def _forms(thing: str) -> tuple[set[str], set[str]]:
    """The thing's Korean spellings and its English translations' index tokens."""
    group = concept_groups([thing])[0]
    korean = {w for w in group if not w.isascii()}
    english = {
        tok
        for w in group
        if w.isascii() and len(w) >= _MIN_ENGLISH
        for tok in english_tokens(w)
        if len(tok) >= _MIN_ENGLISH
    }
    return korean, english


def lacks_asked_thing(
    question_language: str,
    topics: Collection[str],
    document_tokens: Collection[str],
) -> str | None:
    """The asked-about thing the answer's document writes in neither language, or ``None``.

    Args:
        question_language: The question's language ("ko" or "en"); only Korean is read.
        topics: The question's topic terms, in order.
        document_tokens: The index tokens of the answering passage's whole document.
    """
    if not use_asked_things or question_language != "ko":
        return None
    held = set(document_tokens)
    for thing in asked_things(topics):
        korean, english = _forms(thing)
        if not english:
            continue  # no translation known: no evidence the document lacks it
        # A Korean spelling may sit inside a longer token (택시 in 택시비).
        if not english & held and not any(k in tok for k in korean for tok in held):
            return thing
    return None


# The word before a claiming verb, with its particle: "택시비도 청구돼", "세탁비를 환급",
# "우버 요금 돌려받을 수", "노트북 경비처리".
_CLAIMED_KO = re.compile(
    r"(?P<object>[가-힣A-Za-z]{2,})\s*(?:을|를|은|는|도|이|가)?\s*"
    r"(?:청구|환급|정산|돌려\s*받|환불\s*받|지원\s*(?:돼|되|받|해)|경비\s*(?:로|처리)|비용\s*처리)"
)
# "can i claim a taxi", "expense my uber rides", "get reimbursed for the laundry".
_CLAIMED_EN = re.compile(
    r"\b(?:claim|expense|reimburse[ds]?|reimbursed\s+for|paid\s+back\s+for)\s+"
    r"(?:for\s+)?(?:(?:my|the|a|an|our|any)\s+)?(?P<object>[a-z]+(?:\s+[a-z]+){0,2})",
    re.IGNORECASE,
)


def asks_unheld_claim_item(question: str, unknown: Collection[str]) -> bool:
    """Whether the thing a claiming question names holds a term no document holds.

    Args:
        question: The user's question.
        unknown: The question's terms the collection holds in neither language.

    >>> asks_unheld_claim_item("출장 중 세탁비도 청구돼?", ["세탁"])
    True
    >>> asks_unheld_claim_item("can i claim parking if i took a taxi", ["taxi"])
    False
    """
    if not use_asked_things or not unknown:
        return False
    found = [m["object"] for m in _CLAIMED_KO.finditer(question)]
    found += [m["object"].lower() for m in _CLAIMED_EN.finditer(question)]
    return any(term.lower() in thing for thing in found for term in unknown)
