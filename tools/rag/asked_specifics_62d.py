"""What a question specifies that a sentence must write: a re-issue, a kept thing, a priced act.

Blind set 53 (a district health centre's guide, an EV charging network's terms) had three
wrong answers of one kind: the question narrowed its subject by a word the sentence never
writes, and nothing read that word.

- A re-issue. "보건증 잃어버렸는데 재발급 비용은 얼마예요?" was answered with the fee row
  "건강진단결과서(옛 보건증) 3,000원 …": the tokenizer cuts 재발급 to 발급, so the first
  issue's fee looked like the re-issue's. A question asking for a re-issue, a replacement
  or a duplicate (재발급, 재발행, 재교부, 다시 발급, replacement, reissue, duplicate) is
  answered only by a sentence (with its row's column headings and its section heading)
  that speaks of one: a re-issue word, a loss (분실, 잃어버린, lost) or a new one.
- The thing kept. "how long do you keep my payment card details" was answered "We keep
  session records for 6 years for tax purposes.": a retention period of another record.
  "how long do you keep/store/retain X", "how long is X kept", "X 얼마나 보관해요",
  "X 보관 기간" is answered only by a sentence (with the sentence before and its heading)
  naming a word of X, in the question's language (the word lists are too thin across).
- The act priced. "how much does it cost to install a home charger" was answered with the
  per-kWh off-peak price and a reservation's £1: sums, but of other acts. "how much does
  it cost to VERB", "what does it cost to VERB", "how much is it to VERB" and Korean
  "VERB하는 데 얼마", "VERB하려면 얼마" price the act: a sentence not writing it (any word
  form, "installation" for install, "rental" for rent, or a word the lists tie to it) prices
  something else. Acts a document names otherwise are left alone: light and general verbs
  (get, use, do), and the ways in (join, enter, visit, attend, which a document prices as
  membership, admission or a ticket).
- The act a deadline is asked for ("평일 진료 접수 몇시까지 해요" answered with the sample
  clinic's hours) is read by :mod:`tools.rag.act_deadline_62m`, one rule with the quote of
  the act's own deadline sentence.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from lemminflect import getAllLemmas

from tools.rag.crosslingual import equivalents
from tools.rag.textutil import language_of, tokenize

__all__ = [
    "costed_act",
    "kept_thing",
    "misses_asked_specifics",
    "misses_costed_act",
    "misses_kept_thing",
    "misses_reissue",
]

use_reissue = True
use_kept_thing = True
use_costed_act = True

# --- a re-issue ---------------------------------------------------------------------------

_ASKS_REISSUE = re.compile(
    r"재발급|재발행|재교부|다시\s*(?:발급|발행|만들)|"
    r"\breplacements?\b|\bre-?issu\w*|\bduplicates?\b|\breplac(?:e|ing)\s+(?:my|a|the|our)\b",
    re.IGNORECASE,
)
_STATES_REISSUE = re.compile(
    r"재발급|재발행|재교부|다시\s*(?:발급|발행|만들)|새로\s*(?:발급|발행|만들)|새\s*(?:카드|증)|"
    r"분실|잃어버|잃으|"
    r"\breplac\w*|\bre-?issu\w*|\bduplicates?\b|\blost\b|\blos(?:e|ing)\b|\bnew\b|\bcop(?:y|ies)\b",
    re.IGNORECASE,
)


def misses_reissue(question: str, sentence: str) -> bool:
    """Whether ``question`` asks about a re-issue and ``sentence`` speaks of none.

    ``sentence`` should carry what vouches for it: the row's column headings, the section
    heading.

    >>> misses_reissue("보건증 재발급 비용은?", "건강진단결과서(옛 보건증) 3,000원")
    True
    >>> misses_reissue("how much is a replacement card", "A replacement costs £5.")
    False
    """
    if not use_reissue or not _ASKS_REISSUE.search(question):
        return False
    return not _STATES_REISSUE.search(sentence)


# --- the thing kept -----------------------------------------------------------------------

_KEEP_VERBS = r"(?:keep|store|retain|hold(?:\s+on\s+to)?|save|delete|destroy)"
_EN_KEPT_ACTIVE = re.compile(
    rf"\bhow\s+long\s+(?:do|does|will|would|can|are|is)\s+(?:you|they|we|it|the\s+\w+)\s+"
    rf"(?:going\s+to\s+)?{_KEEP_VERBS}\s+(?P<thing>.+?)"
    r"(?=\s+(?:for|after|before|if|when|once|at|in|on|on\s+file)\b|[?.!,]|$)",
    re.IGNORECASE,
)
_EN_KEPT_PASSIVE = re.compile(
    r"\bhow\s+long\s+(?:is|are|will|do|does|would)\s+(?P<thing>.+?)\s+(?:be\s+|get\s+)?"
    r"(?:kept|stored|retained|held|saved)\b",
    re.IGNORECASE,
)
_KO_KEPT = re.compile(
    r"(?P<thing>[가-힣A-Za-z0-9]+(?:\s+[가-힣A-Za-z0-9]+)?)\s*"
    r"(?:(?:은|는|을|를|이|가)\s*)?"
    r"(?:(?:얼마나|며칠|몇\s*(?:일|달|개월|년)|언제까지)\s*(?:동안\s*)?(?:보관|보존|저장|맡아)|"
    r"(?:의\s*)?(?:보관|보존)\s*기간)"
)
# Words of the kept thing that name no thing of its own.
_EMPTY = frozenset(
    {"my", "our", "your", "the", "a", "an", "of", "all", "any", "personal", "stuff", "thing", "것"}
)


def kept_thing(question: str) -> frozenset[str]:
    """The index tokens of the thing a "how long do you keep X" question asks about.

    >>> sorted(kept_thing("how long do you keep my payment card details"))
    ['card', 'detail', 'payment']
    >>> sorted(kept_thing("분실물 얼마나 보관해요"))
    ['분실물']
    """
    if not use_kept_thing:
        return frozenset()
    m = (
        _EN_KEPT_ACTIVE.search(question)
        or _EN_KEPT_PASSIVE.search(question)
        or _KO_KEPT.search(question)
    )
    if m is None:
        return frozenset()
    return frozenset(t for t in tokenize(m["thing"]) if t not in _EMPTY and not t.isdigit())


def _named(word: str, tokens: Collection[str]) -> bool:
    forms = equivalents(word)
    return any(
        t in forms or (len(word) >= 4 and t.startswith(word[:4])) or (word in t and len(word) >= 2)
        for t in tokens
    )


def misses_kept_thing(question: str, sentence: str, context: Collection[str]) -> bool:
    """Whether ``sentence`` gives no retention of the thing ``question`` asks is kept.

    ``context``: the sentence's tokens with those of the sentence before and the heading.
    """
    thing = kept_thing(question)
    if not thing or language_of(sentence) != language_of(question):
        return False
    return not any(_named(word, context) for word in thing)


# --- the act priced -----------------------------------------------------------------------

_EN_COST_TO = re.compile(
    r"\b(?:how\s+much\s+(?:does|would|will|do|did)\s+it\s+cost|what\s+(?:does|would|will)\s+it\s+"
    r"cost|how\s+much\s+(?:is|would\s+it\s+be|will\s+it\s+be)\s+it|how\s+much\s+(?:money\s+)?"
    r"(?:do|would)\s+(?:i|we)\s+(?:need|pay)|what\s+(?:is|'s)\s+the\s+(?:cost|price|fee)|"
    r"how\s+much\s+is\s+the\s+(?:cost|price|fee)|how\s+much)"
    r"\s+(?:(?:for\s+(?:me|us|one|a\s+\w+)\s+)?)to\s+(?P<verb>[a-z]+)"
    # The act's object: the words up to a preposition, a clause or the end.
    r"(?P<object>(?:\s+(?!(?:to|for|in|at|on|from|with|by|if|when|and|or|per)\b)[a-z0-9'-]+)*)",
    re.IGNORECASE,
)
_KO_COST_TO = re.compile(
    r"(?P<object>(?:[가-힣A-Za-z0-9]+\s+){0,2})(?P<act>[가-힣]{2,})(?:하는\s*(?:데|데에|거|것)|하려면)\s*(?:드는\s*)?"
    r"(?:비용|돈|요금|얼마)"
)
# Acts a document prices under other names, and light verbs.
_LEFT_ALONE = frozenset(
    {
        "be", "get", "go", "come", "do", "have", "make", "use", "take", "try", "see", "stay",
        "join", "enter", "visit", "attend", "watch", "play", "sign", "buy", "pay", "keep", "add",
        "bring", "book",
    }
)  # fmt: skip
_KO_LEFT_ALONE = frozenset({"이용", "사용", "가입", "입장", "방문", "참가", "참여", "예약", "구매"})


def costed_act(question: str) -> str | None:
    """The act whose price ``question`` asks ("how much does it cost to install …"), if any.

    >>> costed_act("how much does it cost to install a home charger")
    'install'
    >>> costed_act("how much does it cost to join")
    """
    if not use_costed_act:
        return None
    m = _EN_COST_TO.search(question)
    if m is not None:
        word = m["verb"].lower()
        lemmas = getAllLemmas(word).get("VERB")
        if not lemmas:
            return None
        verb = lemmas[0]
        return None if verb in _LEFT_ALONE or word in _LEFT_ALONE else verb
    k = _KO_COST_TO.search(question)
    if k is not None:
        act = k["act"]
        return None if act in _KO_LEFT_ALONE else act
    return None


def _costed_object(question: str) -> frozenset[str]:
    m = _EN_COST_TO.search(question) or _KO_COST_TO.search(question)
    if m is None:
        return frozenset()
    return frozenset(t for t in tokenize(m["object"]) if t not in _EMPTY and not t.isdigit())


def misses_costed_act(question: str, sentence: str, context: Collection[str]) -> bool:
    """Whether ``sentence`` (with ``context``, its and its heading's tokens) prices another act.

    It does when the act has an object and the sentence names neither the act nor every
    word of that object: "Parcels to Japan cost £30" prices sending a parcel to Japan in
    other words, "Standard chargers cost £0.35 per kWh" is no home charger's installation.
    """
    act = costed_act(question)
    if act is None or language_of(sentence) != language_of(question):
        return False
    thing = _costed_object(question)
    if not thing or _named(act, context):
        # An act with no object ("to swim … for a day", "to park") is priced as a ticket
        # or an entry, in words of its own ("Day ticket: 8,000 won"): left alone.
        return False
    return not all(_named(word, context) for word in thing)


def misses_asked_specifics(
    question: str, sentence: str, vouched: str, context: Collection[str]
) -> bool:
    """Whether ``sentence`` misses a re-issue, the thing kept or the act priced ``question`` asks.

    Args:
        question: The question.
        sentence: The sentence as quoted.
        vouched: The sentence with its row's column headings and its section heading.
        context: The tokens of the sentence, the sentence before and the heading.
    """
    return (
        misses_reissue(question, vouched)
        or misses_kept_thing(question, sentence, context)
        or misses_costed_act(question, sentence, context)
    )
