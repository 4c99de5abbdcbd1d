"""A note of a stated sum is a banknote, which documents also call a bill.

Why: "if i pay cash with a 100,000 won note can you give me change" asks what the payment
FAQ states as "we cannot give change for bills larger than 50,000 won". "note" and "bill"
are no synonyms on their own (a doctor's note, a phone bill): only a note named by its sum
("a 100,000 won note", "$50 notes", "a fifty-pound note") is money, and only then is it
linked, for that question alone (:func:`tools.rag.crosslingual.learned_links`), to the
bill and banknote a document writes. The sum itself is still the question's: a sentence
must state a limit it can be read against, the coverage check's figures rule unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

__all__ = ["banknote_links"]

_CURRENCY = r"(?:won|krw|dollars?|usd|euros?|eur|pounds?|gbp|yen|jpy|yuan)"
# A count alone ("2 notes from my doctor") names no sum: a currency sign or word must.
_SUM = rf"(?:[$€£¥₩]\s?\d[\d,.]*k?|\d[\d,.]*\s*k?[\s-]?{_CURRENCY})"
_NUMBER_WORD = r"(?:five|ten|twenty|fifty|hundred|thousand)"
# "a 100,000 won note", "$50 notes", "a fifty-pound note", "10,000-won notes".
_SUM_NOTE = re.compile(
    rf"(?:{_SUM}|{_NUMBER_WORD}[\s-]{_CURRENCY})[\s-]*(?:notes?|banknotes?)\b", re.IGNORECASE
)
_MONEY_NAMES = frozenset({"bill", "bills", "banknote", "banknotes", "note", "notes"})


def banknote_links(question: str) -> Mapping[str, frozenset[str]]:
    """``note`` linked to ``bill`` and ``banknote`` when the question names a note by its sum."""
    if not _SUM_NOTE.search(question):
        return {}
    return {"note": _MONEY_NAMES - {"note"}, "banknote": _MONEY_NAMES - {"banknote"}}
