"""A question asking whether a thing is needed, and sentences that say nothing of needing it.

"do i need an appointment" asks whether one must have an appointment at all. Over the
clinic's English page the best match was "To change or cancel an appointment, call
02-555-0100 by 6 p.m. on the day before your visit." and it was quoted: it names the
appointment, but only as what one changes or cancels, and says nothing of whether one is
needed (the Korean guide's "예약 없이 방문하셔도 진료를 받을 수 있지만" does). Once screened, the
next was "Same-day changes are possible only when a slot is free.", which names no
appointment at all: its heading ("Changing your appointment") carried the word.

The form, closed class only: a yes/no question whose predicate is "do/does … need (a/an …)
N", "is N required/necessary" or "N 필요해요?" / "N 해야 돼요?" / "N 있어야 돼요?", with no
answer type of its own, is answered only by a sentence that

- names N (in either language, through the word lists) and states a rule of need: a modal
  of need, obligation or permission, an absence, a thing being free or optional, or an
  order to bring, wear or book something ("Please bring your ID", "신분증을 꼭 가져오세요"),
  or a condition of having it ("reimbursed with a receipt", "영수증을 첨부해");
  Across languages naming N is not demanded: the word lists are too thin for it;
- or, naming no N, says that something is needed outright, not needed, or free of charge
  ("every member must finish a safety orientation", "Children under 3 watch free",
  "| Under 4 | Free |", "예약 없이", "입장료가 없습니다"), never a bare permission.

"need to VERB" ("do i need to book first") and "what do i need" are left alone: the verb is
the act, which :mod:`tools.rag.asked_act` and the lead-time modules read.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from tools.rag.answer_types import answer_type
from tools.rag.crosslingual import equivalents
from tools.rag.textutil import language_of, tokenize

__all__ = [
    "asks_whether_needed",
    "misses_needed_amount",
    "misses_stated_need",
    "needed_amount_thing",
    "states_need",
]

_DETERMINER = r"(?:(?:a|an|any|the|my|our|his|her|their|its|own|all|some|separate|extra)\s+){0,3}"
# "do i need an appointment", "does my 6 yr old need a helmet", ", does she need a ticket".
_EN_NEED = re.compile(
    r"(?:^|[,.;:!?]\s*|\b(?:so|and|but|then)\s+)(?:do|does|did|will|would)\s+"
    r"(?:[a-z0-9'-]+\s+){1,4}?needs?\s+" + _DETERMINER + r"(?!to\b)(?P<noun>[a-z][a-z-]+)",
    re.IGNORECASE,
)
# "is an appointment required", "are referrals really necessary".
_EN_REQUIRED = re.compile(
    r"(?:^|[,.;:!?]\s*)(?:is|are)\s+" + _DETERMINER + r"(?P<noun>[a-z][a-z -]*?)\s+"
    r"(?:really\s+|actually\s+|still\s+)?(?:required|necessary|needed|mandatory|compulsory)\b",
    re.IGNORECASE,
)
# "예약 필요해요?", "예약이 꼭 필요한가요", "예약해야 돼요?", "신분증 있어야 하나요?": the
# question's own predicate, at its end ("운전해야돼서" is the asker's reason, not a question).
_KO_NEED = re.compile(
    r"(?P<noun>[가-힣A-Za-z]{2,}?)(?:이|가|은|는|을|를|도)?\s*(?:꼭\s*|반드시\s*|미리\s*)?"
    r"(?:필요(?:해요|한가요|하나요|합니까|할까요|해|한지|하죠)|"
    r"(?:해|있어)야\s*(?:돼요|되나요|돼|되요|하나요|해요|합니까|할까요|되죠|하죠))"
    r"\s*[?？]*\s*$"
)
# Question words: "뭐가 필요해요?" asks which thing, "며칠 전까지 해야 돼요?" when: not whether.
_KO_WH = re.compile(r"뭐|무엇|무슨|어떤|어떻게|언제|어디|얼마|몇|며칠|누가|누구|왜")

# A rule of need, obligation or permission (closed-class words only).
_EN_STATES = re.compile(
    r"\b(?:needs?|needed|require[sd]?|required|requirement|necessary|mandatory|compulsory|"
    r"essential|optional|recommended|advised|must|have to|has to|can(?:not|'t)?|may|"
    r"allowed|permitted|welcome|walk-ins?|without|free|only|please|no\s+[a-z]+|"
    # "reimbursed with a receipt", "with the original receipts attached": a condition.
    r"with|attached|enclosed)\b|"
    r"^\s*(?:bring|wear|show|book|make|take|carry|present|have|get|submit|send|attach|keep)\b",
    re.IGNORECASE,
)
_KO_STATES = re.compile(
    r"필요|필수|반드시|꼭|없이|없(?:어도|는|습|어요|음)|수\s*(?:있|없)|(?:안|못)\s*(?:됩|돼|되)|"
    r"마세요|(?:해|내|가|와|어|아)야|하셔야|금지|불가|가능|무료|권장|권해|가져오|가져와|지참|챙겨|"
    r"첨부|제출|함께|(?:받|하|내|쓰|보)지\s*않"
)
# That something is needed outright, or is not needed, or costs nothing: all a sentence
# naming no N may say ("every member must finish a safety orientation", asked about training).
# Not a bare permission: "changes are possible only when a slot is free" rules on another act.
_SETTLES_NEED = re.compile(
    r"\b(?:must|required|requires?|mandatory|compulsory|have to|has to)\b|필수|반드시|하셔야|"
    r"\bwithout\b|\bnot\s+(?:required|needed|necessary|compulsory|mandatory)\b|\bno need\b|"
    r"\boptional\b|\bwalk-ins?\b|\bfree of charge\b|\bno charge\b|\bfor free\b|"
    r"\b(?:enter|ride|rides|travel|travels|watch|stay|go|are|get in|admitted)\s+free\b|"
    r"(?:^|\|)\s*free\s*(?:\||$)|"
    r"없이|없어도|필요\s*(?:없|하지\s*않)|무료|(?:료|금|비)가\s*없|"
    # "서명을 받지 않습니다", "따로 내지 않습니다": the thing is not asked of anyone.
    r"(?:받|하|내|쓰|보)지\s*않",
    re.IGNORECASE,
)


def asks_whether_needed(question: str) -> str | None:
    """The thing a yes/no question asks whether one needs, as written, or ``None``."""
    if answer_type(question) is not None:
        return None
    if re.search(r"[가-힣]", question):
        if _KO_WH.search(question):
            return None
        m = _KO_NEED.search(question)
        return m.group("noun") if m else None
    m = _EN_REQUIRED.search(question) or _EN_NEED.search(question)
    return m.group("noun").strip() if m else None


# "pay only their co-payment", "only costs £3", "is only half price": "only" limits an
# amount, it rules on no need (blind set 51: "is insurance compulsory" was answered
# "Patients enrolled in the national health insurance pay only their co-payment …").
_ONLY_AN_AMOUNT = re.compile(
    r"\b(?:pays?|paid|paying|costs?|charged?|charges)\s+only\b|"
    r"\bonly\s+(?:(?:pays?|paid|costs?|charged?|charges)\b|[£$€₩]|\d|half\b)",
    re.IGNORECASE,
)


def states_need(sentence: str) -> bool:
    """Whether a sentence states a rule of need, obligation, permission or absence."""
    english = _ONLY_AN_AMOUNT.sub(" ", sentence)
    return bool(_EN_STATES.search(english) or _KO_STATES.search(sentence))


# "do i need to unlock my phone to report it lost", "do I have to show ID to collect it":
# the act needed and the act it is needed for (blind set 50 quoted "the owner … must
# unlock the device at the counter", a rule for collecting, asked about reporting).
_EN_NEED_FOR = re.compile(
    r"\b(?:need|needs|have|has)\s+to\s+(?P<act>[a-z]+)\s+"
    r"(?:(?:(?:my|the|a|an|your|our|his|her|their|some|any)\s+)?(?P<thing>[a-z'-]+)"
    r"(?:\s+[a-z'-]+){0,3}?\s+)?"
    r"(?:to|in\s+order\s+to|so\s+(?:that\s+)?(?:i|we)\s+can)\s+(?P<purpose>[a-z]+)",
    re.IGNORECASE,
)
# "분실 신고하려면 잠금 풀어야 돼요?", "찾으려면 신분증 있어야 하나요?": the purpose before 려면.
_KO_NEED_FOR = re.compile(
    r"(?P<purpose>[가-힣]{2,}?)(?:하|으)?려면\s.*(?:[어아해여]야|필요)", re.DOTALL
)


# "what do I need to bring to my check-up" asks what is needed, not whether an act is; and
# "to my check-up" is where, not an act it is needed for (set 21's ID card was declined).
_ASKS_WHAT_IS_NEEDED = re.compile(r"\s*what\b", re.IGNORECASE)
_NO_PURPOSE = frozenset(
    {"my", "the", "a", "an", "your", "our", "his", "her", "their", "this", "that", "it"}
)

# A Korean question word: the question asks what, when or how much, not whether.
_KO_ASKS_WHICH = re.compile(r"언제|어디|얼마|몇|뭐|무엇|무슨|누가|누구|어떻게|어떤")

# Verbs that name no act of their own ("have to be 18 to volunteer", "need to get there").
_NO_ACT = frozenset({"be", "get", "have", "do", "go", "come"})


def _named(word: str, tokens: Collection[str]) -> bool:
    return any(e in tokens for t in tokenize(word) for e in equivalents(t))


def misses_purpose_of_need(question: str, tokens: Collection[str]) -> bool:
    """Whether a question asking if an act is needed for another names an act the sentence lacks.

    Args:
        question: The user's question.
        tokens: A candidate sentence's index tokens.

    Returns:
        True when the question asks "need to A (a thing) … to P" (or "P하려면 … 해야")
        and the sentence does not name P (it may rule on A, but for another act), or in
        English names neither A nor its thing (it tells P, not whether A is needed).
    """
    m = None if _ASKS_WHAT_IS_NEEDED.match(question) else _EN_NEED_FOR.search(question)
    if m is not None and m["purpose"].lower() not in _NO_PURPOSE:
        if not _named(m["purpose"], tokens):
            return True
        if m["act"].lower() in _NO_ACT:
            return False  # "how old do you have to be to volunteer": no act to name
        acted = [w for w in (m["act"], m["thing"]) if w]
        return not any(_named(w, tokens) for w in acted)
    if _KO_ASKS_WHICH.search(question):
        return False  # "들으려면 언제까지 신청해야돼요": when, not whether, the act is needed
    m = _KO_NEED_FOR.search(question)
    return m is not None and not _named(m["purpose"], tokens)


def misses_stated_need(question: str, sentence: str, tokens: Collection[str]) -> bool:
    """Whether the question asks if a thing is needed and the sentence does not say.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.
        tokens: The sentence's index tokens (with the pairs Kiwi cut apart).

    Returns:
        True when the sentence names the asked thing but states no rule of need, or names
        it not at all and does not say that something is needed, not needed or free.
    """
    if language_of(sentence) == language_of(question) and misses_purpose_of_need(question, tokens):
        return True
    noun = asks_whether_needed(question)
    if noun is None:
        return False
    names = {e for t in tokenize(noun) for e in equivalents(t)}
    # Across languages the word lists are too thin to demand N's own word ("shots" and
    # "종합백신 접종"): a rule of need is enough there.
    other_language = language_of(sentence) != language_of(question)
    if other_language or names & set(tokens) or noun in sentence:
        return not states_need(sentence)
    return not _SETTLES_NEED.search(sentence)


# "how much insurance do i need", "how many life jackets does each boat need": the amount of
# a thing required (blind set 52: the samples' "Patients enrolled in the national health
# insurance pay only their co-payment" answered, naming insurance but requiring nothing).
_EN_HOW_MUCH_NEEDED = re.compile(
    r"\bhow\s+(?:much|many)\s+(?P<noun>[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?)\s+"
    r"(?:do|does|did|will|would)\s+"
    r"(?:[a-z0-9'-]+\s+){1,3}?(?:need|require)\b",
    re.IGNORECASE,
)
# Amounts that are measures of their own, answered by a figure with no rule word
# ("The tour takes about 2 hours" for "how much time do i need"): left alone.
_MEASURE_NOUNS = frozenset({"time", "money", "cash", "space", "room", "hours", "days", "minutes"})
# A requirement: a modal of obligation, a need, or a least amount.
_REQUIREMENT = re.compile(
    r"\b(?:must|required|requires?|requirement|needs?|needed|mandatory|compulsory|"
    r"have to|has to|at least|minimum|no less than|not less than|pay|pays|payable)\b",
    re.IGNORECASE,
)
# Off only in the test that shows what the needed amount's reading changes.
use_needed_amount = True


def needed_amount_thing(question: str) -> str | None:
    """The thing of "how much/many N do I need" (its amount required), or ``None``."""
    if not use_needed_amount:
        return None
    m = _EN_HOW_MUCH_NEEDED.search(question)
    if m is None or m["noun"].split()[0].lower() in _MEASURE_NOUNS:
        return None
    return m["noun"]


def misses_needed_amount(question: str, sentence: str, tokens: Collection[str]) -> bool:
    """Whether "how much N do I need" meets a sentence stating no requirement of N.

    The amount asked is the one required: a sentence answers only when it names N (in
    either language) and states a requirement ("must have third-party insurance of at
    least £3 million"). One naming N with another figure (what is paid, what is covered)
    states no need of it.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.
        tokens: The sentence's index tokens.
    """
    noun = needed_amount_thing(question)
    if noun is None:
        return False
    if not any(_named(word, tokens) for word in noun.split()):
        return True
    # "pay only their co-payment": "only" limits a sum, it requires nothing.
    return not _REQUIREMENT.search(_ONLY_AN_AMOUNT.sub(" ", sentence))
