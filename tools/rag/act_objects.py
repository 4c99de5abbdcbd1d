"""What a permission question acts on, and whether a sentence rules on that act or object.

"can i record the film on my phone?" is not answered by "Doors open 20 minutes before the
film" (no act, no rule) nor by "Groups … get 15% off … if booked by phone" (a rule about
another thing). An English sentence answers an English permission question only when it
states a rule - a permission, a prohibition or a condition ("may", "not allowed", "only
if", "accepted") - about the asked act or about the object the question names ("Dogs are
not allowed" for "can i bring my dog?"). The act counts only where the sentence does not
give it another object: "Members do not pay the booking fee" rules on paying a fee, not on
paying by card. English is read by word order: no tagger is installed.

The Korean side lives in :mod:`tools.rag.korean_act_objects`: permit27's first version
(any permission for another object passed over) turned right answers on held-out 7 and 8
into declines and one wrong answer; that one passes over only where the documents rule on
the act for the asked object, and ties same-act words (만들: 가입, 발급).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from tools.rag.crosslingual import equivalents
from tools.rag.own_objects import asks_own_object, writer_owned
from tools.rag.payment_cards_52d import rules_on_bare_payment_card
from tools.rag.textutil import tokenize

__all__ = ["english_object", "english_rules_on"]

# A rule stated: permission, prohibition or condition ("needs a signed note" is one).
_RULE_FORM = re.compile(
    r"\b(?:may|can|cannot|could|allow(?:s|ed)?|permit(?:s|ted)?|prohibited|forbidden|"
    r"banned|not|no|never|must|needs?|require[sd]?|only|if|unless|provided|"
    r"accept(?:s|ed)?|available|welcome|fine|ok|okay)\b|n't\b",
    re.IGNORECASE,
)
_DETERMINERS = frozenset(
    {"the", "a", "an", "my", "our", "your", "their", "his", "her", "its", "this", "that"}
    | {"these", "those", "any", "some", "each", "every", "one"}
)
# "pay by card", "pay in cash": the instrument is what the question asks about.
_INSTRUMENT = frozenset({"by", "in", "with"})
# Words that end an object phrase or never start one.
_NOT_OBJECT = frozenset(
    {
        "to", "for", "at", "on", "in", "into", "by", "with", "within", "before", "after",
        "during", "until", "from", "of", "about", "over", "under", "up", "back", "out",
        "off", "and", "or", "but", "if", "unless", "is", "are", "was", "were", "be", "been",
        "here", "there", "now", "today", "tomorrow", "tonight", "again", "early", "late",
        "online", "only", "also", "still", "later", "instead", "please", "free", "without",
        "as", "than", "when", "while", "where", "so", "too", "not", "once", "twice",
        "i", "we", "you", "me", "us", "it", "they", "he", "she", "u", "w",
        "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
        # Chat fillers after the object ("my selfie stick lol") are no part of it.
        "lol", "lmao", "haha", "pls", "plz", "thx", "thanks", "btw", "tho", "rn", "ok", "okay",
    }
)  # fmt: skip


# Words that narrow a noun when before it ("free tickets"), though they end no phrase.
_DESCRIBING = frozenset({"free", "online", "early", "late", "only"})
_ADVERBS = frozenset({"only", "also", "just", "even", "still"})
# "your own snacks": own belongs to the possessive before it, not to the object. Read as
# the object, the question's "our own beer" made "bring your own snacks" the asked act.
_POSSESSIVE_OWN = frozenset({"own"})
# Words before the object's noun that leave it the asked object ("no dogs", "may bring cards").
_OPEN_BEFORE = frozenset({"no", "not", "may", "can", "cannot", "all", "both", "other"})
# ...and an exception's word: "anything except water" names water itself (docopens52).
_OPEN_BEFORE |= {"except"}


def _words(text: str) -> list[str]:
    # "co-payment" is one word: its second half is not the act "payment".
    return [w.strip("-") for w in re.findall(r"[a-z0-9'-]+", text.lower())]


def _stem(word: str) -> str:
    stems = tokenize(word)
    return stems[0] if stems else word


def english_object(question: str, verb_words: frozenset[str]) -> frozenset[str]:
    """The stem of the head noun of the object phrase after the asked verb ("my gold
    ticket" → ticket; "by card" → card), or none when the verb takes no object there."""
    # The asking sentence only: "can i pay cash? i only have a …" ends at the mark.
    # A comma ends the phrase too: "pay with my phone, like a wallet" asks about the phone.
    words = _words(re.split(r"[?.!,;]", question, maxsplit=1)[0])
    at = next((i for i, w in enumerate(words) if i and _stem(w) in verb_words), None)
    if at is None:
        return frozenset()
    at += 1
    if at < len(words) and words[at] in _INSTRUMENT:
        at += 1
    while at < len(words) and (words[at] in _DETERMINERS or words[at] in _DESCRIBING):
        at += 1  # "my free member tickets": the phrase goes on past "free"
    found: list[str] = []
    while (
        at < len(words)
        and words[at][:1].isalpha()
        and words[at] not in _NOT_OBJECT
        and words[at] not in _DETERMINERS  # "cash w a … bill": a new phrase
    ):
        found.append(_stem(words[at]))
        at += 1
    # The head noun: "my booking deposit" is answered by a rule on "the deposit".
    return frozenset(found[-1:])


def _act_of_another_object(words: list[str], at: int, question: set[str]) -> bool:
    """Whether the act word at ``at`` is followed by an object the question never names."""
    at += 1
    while at < len(words) and (
        words[at] in _DETERMINERS or words[at] in _ADVERBS or words[at] in _POSSESSIVE_OWN
    ):
        at += 1
    if at >= len(words) or not words[at][:1].isalpha() or words[at] in _NOT_OBJECT:
        return False
    return _stem(words[at]) not in question


def _names_unnarrowed(
    words: list[str], objects: frozenset[str], asked: set[str], own: Collection[str] = ()
) -> bool:
    """Whether some mention of the object's nouns is not narrowed by a word before it the
    question never says ("ID card", "tinted glasses" for "card", "glasses"), nor is the
    writer's where the question asks of the asker's own (``own``: its words, see
    :mod:`tools.rag.own_objects`)."""
    for i, word in enumerate(words):
        if not any(_stem(word).startswith(o) and (len(o) > 3 or _stem(word) == o) for o in objects):
            continue
        if own and writer_owned(words, i, own):
            continue
        before = words[i - 1] if i else ""
        if (
            not before
            or not before.isalpha()
            or before in _DETERMINERS
            or (before in _NOT_OBJECT and before not in _DESCRIBING)
            or before in _OPEN_BEFORE
            # "We do not accept cash": a rule's verb before the object is no narrowing word.
            or bool(_RULE_FORM.fullmatch(before))
            or _stem(before) in asked
            # A participle tells the object's state (amplified music), not another kind.
            or before.endswith("ed")
        ):
            return True
    return False


def _names_act(word: str, act_words: frozenset[str]) -> bool:
    """Whether ``word`` is the act's word or its past participle the stemmer leaves whole
    ("used" for "use", "played" for "play")."""
    past = [word[:-1], word[:-2]] if word.endswith("ed") else []
    return any(_stem(w) in act_words for w in (word, *past))


def _asked_kind(words: list[str], at: int, asked: set[str]) -> bool:
    """Whether the word before ``words[at]`` is one the question says itself."""
    return at > 0 and words[at - 1].isalpha() and _stem(words[at - 1]) in asked


def _object_readings(objects: frozenset[str]) -> list[frozenset[str]]:
    """The object as asked and, for a one-word object, as each of its English vocabulary
    words: "pics" in chat are photos, answered by a rule on photography."""
    if len(objects) != 1:
        return [objects] if objects else []
    (head,) = objects
    others = sorted(w for w in equivalents(head) if w != head and w.isascii() and w.isalpha())
    return [objects, *(frozenset({w}) for w in others)]


def english_rules_on(
    sentence: str, act_words: frozenset[str], objects: frozenset[str], question: str
) -> bool:
    """Whether an English sentence states a rule about the asked act or its object.

    Args:
        sentence: The candidate sentence.
        act_words: The asked act's words (:class:`tools.rag.asked_act.AskedAct`).
        objects: The stems of the object the question names (may be empty).
        question: The question, whose words an act's object may repeat.
    """
    if not _RULE_FORM.search(sentence):
        return False
    if rules_on_bare_payment_card(sentence, objects, question):
        return True  # "credit cards" for "pay by card" (tools.rag.payment_cards_52d)
    words = _words(sentence)
    asked = {_stem(w) for w in _words(question)}
    own = set(_words(question)) if asks_own_object(question) else set()
    for reading in _object_readings(objects):
        # A longer word of the object's stem names it too ("photography" for "photos").
        stems = {o for w in words for o in reading if _stem(w).startswith(o) and len(o) > 3}
        stems |= {_stem(w) for w in words}
        if reading <= stems and _names_unnarrowed(words, reading, asked, own):
            return True
    # A plural noun of the act ("Same-day changes are possible") names cases of it, often
    # another place's: only the verb, its participles and its singular noun count, unless
    # the word before it is the question's own ("mobile payments" for "like a mobile wallet").
    return any(
        _names_act(w, act_words)
        and not (w.endswith("s") and not w.endswith("ss") and not _asked_kind(words, i, asked))
        and not _act_of_another_object(words, i, asked)
        for i, w in enumerate(words)
    )
