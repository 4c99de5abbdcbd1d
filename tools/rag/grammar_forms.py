"""English question tokens that are grammar, not a topic a document must hold.

Why: a question is declined as "not in the documents: X" when no chunk holds its term
X. Some English tokens are no topic at all but pieces of grammar the tokenizer leaves
behind, and casual questions are full of them:

- the tail of a contraction ("we're" leaves "re", "you've" "ve");
- an indefinite pronoun, which stands for the thing the rest of the question names
  ("return something I never opened": the light stemmer leaves "someth");
- "ok"/"okay", which asks for permission as "allowed" would ("is it ok to pay cash?");
- an adverb of time that qualifies the asked act ("can I still claim it");
- an irregular verb form the light stemmer cannot bring back to the form a document
  writes ("got" for "get", "paid" for "pay"), or a doubled consonant it leaves
  ("getting" gives "gett", "running" "runn").

The first four are never unknown. A verb form is held when the documents hold its
base form (or the base is a stop word, as "do" of "done"): the question's other terms
still have to be held, so only the grammar is excused, never a topic.
"""

from __future__ import annotations

from collections.abc import Callable

from tools.rag.textutil import english_tokens

_CONTRACTION_TAILS = frozenset({"re", "ve", "ll", "d", "m"})
# As the light stemmer leaves them ("something" -> "someth", "anyone" stays).
_INDEFINITE_PRONOUNS = frozenset(
    {"someth", "anyth", "noth", "everyth", "someone", "anyone", "everyone", "somebody",
     "anybody", "everybody", "nobody"}
)  # fmt: skip
_ASSENT = frozenset({"ok", "okay"})
# Adverbs of time that qualify the asked act, never name it ("can I still claim").
_ASPECT_ADVERBS = frozenset({"still", "already", "yet"})
_GRAMMAR_WORDS = _CONTRACTION_TAILS | _INDEFINITE_PRONOUNS | _ASSENT | _ASPECT_ADVERBS

# Irregular past forms and participles, each with its base form.
_IRREGULAR: dict[str, str] = {
    "got": "get", "gotten": "get", "paid": "pay", "came": "come", "done": "do", "did": "do",
    "went": "go", "gone": "go", "took": "take", "taken": "take", "gave": "give",
    "given": "give", "bought": "buy", "brought": "bring", "sent": "send", "spent": "spend",
    "made": "make", "told": "tell", "kept": "keep", "held": "hold", "met": "meet", "ran": "run",
    "wrote": "write", "written": "write", "chose": "choose", "chosen": "choose",
    "forgot": "forget", "forgotten": "forget", "ate": "eat", "eaten": "eat", "drank": "drink",
    "drunk": "drink", "fell": "fall", "fallen": "fall", "found": "find", "stole": "steal",
    "stolen": "steal", "sold": "sell", "slept": "sleep", "woke": "wake", "woken": "wake",
    "began": "begin", "begun": "begin", "broke": "break", "broken": "break", "froze": "freeze",
    "frozen": "freeze", "tore": "tear", "torn": "tear", "wore": "wear", "worn": "wear",
    "rode": "ride", "ridden": "ride", "drove": "drive", "driven": "drive", "flew": "fly",
    "flown": "fly", "threw": "throw", "thrown": "throw", "seen": "see", "knew": "know",
    "known": "know", "grew": "grow", "grown": "grow", "shown": "show", "hid": "hide",
    "hidden": "hide", "bitten": "bite", "understood": "understand", "stood": "stand",
    "laid": "lay", "built": "build", "lent": "lend", "meant": "mean", "heard": "hear",
    "caught": "catch", "taught": "teach", "thought": "think", "fought": "fight",
    "sought": "seek", "lost": "lose", "spoke": "speak", "spoken": "speak", "rang": "ring",
    "sang": "sing", "swam": "swim", "shook": "shake", "shaken": "shake", "mistook": "mistake",
    "mistaken": "mistake", "withdrew": "withdraw", "withdrawn": "withdraw",
}  # fmt: skip
# A consonant English doubles before -ing/-ed ("get" -> "getting", "plan" -> "planned"):
# not l, s, f or z, whose double belongs to the word itself ("fall", "pass", "staff").
_DOUBLED = frozenset("bdgkmnprt")


def _base_forms(term: str) -> list[str]:
    """The forms a document may write for ``term`` when the stemmer misses them."""
    bases: list[str] = []
    if term in _IRREGULAR:
        bases.append(_IRREGULAR[term])
    if len(term) >= 4 and term[-1] == term[-2] and term[-1] in _DOUBLED:
        bases.append(term[:-1])
    return bases


def grammar_held(term: str, held: Callable[[str], bool]) -> bool:
    """Whether an English question term is grammar, or a verb form of a held base.

    Args:
        term: One index token of the question (stemmed, lowercase).
        held: Whether the collection holds an index token.

    Returns:
        True for contraction tails, indefinite pronouns, "ok" and "still"; for an irregular
        verb form or a doubled-consonant stem whose base the documents hold, or whose
        base is a stop word; False for every other term.
    """
    if term in _GRAMMAR_WORDS:
        return True
    for base in _base_forms(term):
        tokens = english_tokens(base)
        if not tokens or all(held(t) for t in tokens):
            return True
    return False
