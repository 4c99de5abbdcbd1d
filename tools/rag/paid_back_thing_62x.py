"""What an English question asks to be paid back for ("pay me back for breakfast").

Why this exists: "does the hotel pay me back for breakfast" was answered with the expense
policy's "Hotel stays are reimbursed up to 120,000 won per night …" (dense-confirmed:
the dense pick and the lexical pick on the question's other words agreed). Breakfast, in
no document, is what the question asks to be paid back for: the hotel line states the cap
of another cost. Like the object an asker acts on (:func:`tools.rag.dense_confirmed.
_objects`), the thing a repayment is for is what the question is about; a word no document
holds there means the documents do not answer it.

The thing is the head of the noun phrase after "pay (me) back for", "do you/they/does the
company pay for" (not the asker's own "can i pay for"), "reimburse (me) for", "(get)
reimbursed/refunded for", "i/we/to claim (back) (for)" (not the noun: "my claim ticket"),
"compensate (me) for", "cover (my)":
its last word, or the word before a charge word ("taxi fares" -> taxi).
"""

from __future__ import annotations

import re

from tools.rag.textutil import english_tokens

__all__ = ["paid_back_things", "use_paid_back_thing"]

# Off only in the switch-off test.
use_paid_back_thing = True

_PRONOUN = r"(?:(?:me|us|you|them|him|her|staff|employees)\s+)?"
# Who pays the asker back: "do you/they pay for", "does the company pay for" (not "can i
# pay for …", the asker paying).
_PAYER = r"(?:you|u|they|it|company|firm|employer|office|school|insurer|insurance|hotel|policy)"
_REPAID = re.compile(
    r"\b(?:pay\s+" + _PRONOUN + r"back\s+for|" + _PAYER + r"\s+(?:still\s+|also\s+)?pay\s+for"
    r"|reimburses?\s+" + _PRONOUN + r"for"
    r"|(?:reimbursed|refunded|repaid|compensated)\s+for"
    r"|refund\s+(?:me|us|you|them)\s+for|compensate\s+" + _PRONOUN + r"for"
    r"|(?:i|we|to)\s+claim(?:\s+back)?(?:\s+for)?|cover)\s+"
    r"(?:(?:the|my|our|a|an|any|your|their|his|her)\s+)?"
    r"(?P<phrase>[a-z]+(?:[\s-][a-z]+){0,2}?)"
    r"(?=\s+(?:on|in|at|during|when|if|while|after|before|with|from|by|as|too|also|or|and"
    r"|for|of|to)\b|\s*[?.,!]|\s*$)",
    re.IGNORECASE,
)
# Words naming the charge, not what it is for ("taxi fares", "my parking fees").
_CHARGE_WORDS = frozenset(
    {"fare", "fares", "fee", "fees", "cost", "costs", "bill", "bills", "charge", "charges"}
    | {"expense", "expenses", "price", "prices", "receipt", "receipts", "money", "it", "that"}
    | {"this", "them", "everything", "anything", "something", "back", "one"}
)


def paid_back_things(question: str) -> set[str]:
    """Index tokens of what the question asks to be paid back for ("breakfast")."""
    if not use_paid_back_thing:
        return set()
    things: set[str] = set()
    for match in _REPAID.finditer(question):
        words = [w.lower() for w in re.split(r"[\s-]+", match["phrase"]) if w]
        head = next((w for w in reversed(words) if w not in _CHARGE_WORDS), None)
        if head is not None:
            things.update(english_tokens(head))
    return things
