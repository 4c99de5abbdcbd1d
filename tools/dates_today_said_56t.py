"""Today's date said in chat ("its sept 1 2029 rn, …"): said as "today is sept 1 2029, …".

Blind set 48 (turns48): "its sept 1 2029 rn, how many days left until new years eve" went to
the cloud, while "today is sept 1 2029, how many days left until new years eve" is read (121
days). "it's <date>", "its <date> rn", "it is <date> now" at the start of the question say
which day today is; only a full date (month name, day, four-digit year) so said is touched.
"""

from __future__ import annotations

import re

__all__ = ["today_said_plainly"]

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_TODAY = re.compile(
    rf"^\s*(?:it'?s|its|it\s+is)\s+(?P<date>{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}})"
    r"(?:\s+(?:rn|now|right\s+now|today))?\s*(?=[,.;]|\s+(?:how|what|when|which)\b)"
)


def today_said_plainly(s: str) -> str:
    """``s`` with "its <date> rn" at its start said as "today is <date>".

    Args:
        s: The question, normalised (NFKC, lower case).
    """
    return _TODAY.sub(lambda m: f"today is {m['date']}", s, count=1)
