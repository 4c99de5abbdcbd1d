"""A share asked as what each one owes: "what does everyone owe" is "how much does everyone pay".

Set 51: "dinner came to two hundred and forty dollars for six of us, what does everyone
owe" was declined, while "…, how much each" is read (240 / 6). The English order readers
(tools.calculator_english_orders) know the share asked as "how much does each pay" or
"what's everyone's share"; "what does everyone owe", "what do we each pay" and "what does
each of us owe" ask the same share with "what" for the amount. Only that closing question,
at the very end of the message, is rewritten to the form the readers know; the readers
still place every figure or decline ("what does everyone owe the owner for cleaning" is
not a closing share question and stays as it is).
"""

from __future__ import annotations

import re

__all__ = ["each_owed_as_asked"]

# Off only to show what the rule changes (its tests switch it off).
use_each_owed = True

_OWED_EACH = re.compile(
    r"\bwhat\s+(?:does|do|will|would|should)\s+(?:each(?:\s+(?:of\s+us|person|one))?"
    r"|every\s*one(?:\s+of\s+us)?|everybody|we\s+each|we\s+all\s+each)\s+"
    r"(?:pay|owe|chip\s+in|put\s+in)(?=\s*[?.!]*$)",
    re.IGNORECASE,
)


def each_owed_as_asked(text: str) -> str:
    """``text`` with a closing "what does everyone owe" written "how much does everyone pay"."""
    if not use_each_owed:
        return text
    return _OWED_EACH.sub("how much does everyone pay", text)
