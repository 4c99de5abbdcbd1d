"""A rule refusing another item says nothing about the item asked (docwrongs56).

"can i get reimbursed for meals?" was answered with "Alcohol is never reimbursed.": the
sentence sits in the Meals section and names the asked act (reimbursed), so its heading
and its act covered the question, but its subject is alcohol. A refusal stated of one item
("Alcohol is never reimbursed", "주류는 환급되지 않습니다") excludes that item only; shown as
the answer to a yes/no question about another item, it reads as "no" for the thing asked,
while the section's other sentence ("may claim up to 30,000 won per day for meals") says yes.

The rule, for a question asking no kind of figure (yes/no, what happens): a negative
sentence whose subject (English: the words before its first verb; Korean: the nouns before
the topic or subject particle opening it) names none of the question's terms, and which
itself leaves some of the question's terms unnamed, every one of them named by its heading
(the section is the asked item's: "Meals"), is about another item of that section. Only the
clauses that refuse count ("Boots are required; trainers are not allowed" refuses the
trainers asked about), and a subject the heading names is the section's own item ("세신은
…" under "세신(때밀이)", asked about 때밀이). A term
no heading names either leaves it alone: "Pets are not allowed" under "Visiting", asked
"can i bring my dog?", may be the category the asked item falls in. People and pronouns as
subjects ("Staff cannot claim …", "It is not …") are left alone too: they state who may
not, or go on about the thing named before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.rag.textutil import detect_script, english_tokens, kiwi_tokenize, tokenize

__all__ = ["negates_another_item"]

_EN_NEGATION = re.compile(r"\b(?:never|not|no|cannot|can't|won't|isn't|aren't|don't|doesn't)\b")
# The subject: the words before its first verb or auxiliary (tools.rag.other_kind_subject).
_EN_SUBJECT = re.compile(
    r"^\s*(?:[-*]\s*)?(?P<subject>[A-Za-z][A-Za-z' -]*?)\s+"
    r"(?:cannot|can't|can|may|must|will|won't|is|isn't|are|aren't|was|were|does|doesn't|do|"
    r"don't|has|have|shall|should)\b",
    re.IGNORECASE,
)
# Clause breaks: a semicolon or colon, ", but/and/while", Korean -며/-고/-지만 and a comma.
_CLAUSES = re.compile(r"[;:]|,\s*(?:but|and|while)\s+|(?<=[가-힣])(?:며|고|지만|는데),?\s+|,\s+")
# Subjects that name who acts or point back, not an item of the rule.
_NOT_ITEMS = frozenset(
    {"i", "you", "we", "they", "he", "she", "it", "this", "that", "these", "those", "there",
     "staff", "employee", "visitor", "patient", "customer", "guest", "member", "user",
     "anyone", "everyone", "nobody", "people", "person", "worker", "student"}
)  # fmt: skip
# "없이" (without: "위약금 없이 취소") is no refusal; "없습니다", "없어요" are.
_KO_NEGATION = re.compile(r"않|없(?!이)|못|안\s*되|안됩|금지|불가")
# Korean people and pointers as subjects: 직원, 환자, 방문객, 이것, 그것.
_KO_NOT_ITEMS = frozenset(
    {"직원", "환자", "방문객", "고객", "회원", "보호자", "이것", "그것", "이"}
)


def _english_subject(sentence: str) -> list[str]:
    found = _EN_SUBJECT.match(sentence)
    return english_tokens(found["subject"]) if found else []


def _korean_subject(sentence: str) -> list[str]:
    """The nouns opening a Korean sentence before its topic or subject particle ([] if none)."""
    nouns: list[str] = []
    for token in kiwi_tokenize(sentence):
        if token.tag in {"NNG", "NNP"}:
            nouns.append(token.form)
            continue
        if token.tag in {"JX", "JKS"} and nouns:
            return nouns
        return []
    return []


def negates_another_item(
    sentence: str, heading: str, groups: Sequence[frozenset[str]], answer_type: str | None
) -> bool:
    """Whether a negative sentence refuses another item than the one a question asks about.

    Args:
        sentence: A candidate answer sentence.
        heading: The heading of its passage.
        groups: The question's terms, each with its equivalents in either language.
        answer_type: The kind of answer asked (None: yes/no, what happens).

    Returns:
        True for "Alcohol is never reimbursed." under "Meals", asked "can i get reimbursed
        for meals?";
        False for "Staff cannot claim meals." or a question asking a figure.
    """
    if answer_type is not None or not groups:
        return False
    korean = detect_script(sentence) == "ko"
    negation, people = (_KO_NEGATION, _KO_NOT_ITEMS) if korean else (_EN_NEGATION, _NOT_ITEMS)
    # Only the clauses that refuse: "Boots … are required; trainers … are not allowed"
    # refuses trainers, whatever the sentence opens with.
    refusing = [c for c in _CLAUSES.split(sentence) if c and negation.search(c.lower())]
    if not refusing:
        return False
    asked = frozenset().union(*groups)
    headed = set(tokenize(heading))
    for clause in refusing:
        subject = _korean_subject(clause) if korean else _english_subject(clause)
        if not subject or any(word in people for word in subject):
            return False
        if asked & set(subject):
            return False
        # The section's own item ("세신은 …" under "세신(때밀이)") is the one asked about.
        if headed & set(subject) or any(word in heading for word in subject if len(word) > 1):
            return False
    own = set(tokenize(sentence))
    unnamed = [group for group in groups if not group & own]
    # Naming every term itself, it states the asked item's case, whatever its grammar.
    if not unnamed:
        return False
    headed = set(tokenize(heading))
    # Kiwi cuts a heading's lone word by no context ("식대" -> 식, 대): Korean words count
    # where the heading writes them.
    return all(
        group & headed or any(w in heading for w in group if detect_script(w) == "ko")
        for group in unnamed
    )
