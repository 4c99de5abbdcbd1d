"""An e-mail address asked for is answered only by a sentence holding one.

"whats the rink email address" was answered with "Address: 14 Mill Lane, Northgate NG4 7RT"
(blind set 43): "address" read the question as asking for a place, so the contact list's
"Email: hello@…" line, which holds no place, was never a candidate, and the postal address
line was. An e-mail address is asked for by naming e-mail next to the address (or e-mail
alone, with "what is"/"주소"): its answer is a sentence holding an e-mail address, not a
place.
"""

from __future__ import annotations

import re

__all__ = ["asks_email_address", "misses_email_address"]

_EMAIL_ASKED = re.compile(
    # "email address", "e-mail addy", "이메일 주소", "메일주소".
    r"\b(?:e-?mail)\s*(?:address|addy)\b|(?:이메일|메일)\s*주소|"
    # "whats the rink email", "what is your e-mail?": the e-mail itself asked for.
    r"\bwhat(?:'?s|\s+is)\s+(?:the\s+|your\s+|ur\s+)?(?:[a-z]+\s+)?e-?mail\b",
    re.IGNORECASE,
)
_EMAIL_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def asks_email_address(question: str) -> bool:
    """Whether the question asks for an e-mail address ("email address", "이메일 주소").

    Args:
        question: The user's question.

    Returns:
        True when it asks for the address itself; "can I cancel by email?" asks whether
        e-mail may be used and is answered by a sentence without one.
    """
    return bool(_EMAIL_ASKED.search(question))


def misses_email_address(question: str, sentence: str) -> bool:
    """Whether ``sentence`` holds no e-mail address where the question asks for one.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the question asks for an e-mail address and the sentence holds none.
    """
    return asks_email_address(question) and not _EMAIL_ADDRESS.search(sentence)
