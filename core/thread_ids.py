"""Generated conversation (thread) ids.

A thread id travels in trace exports and telemetry, which the egress wire screen
reads for personal data. Twelve random hex characters are all digits about one
time in 285, and a run of twelve digits is rightly read as phone- or card-like:
that conversation's export would be refused or its id masked. A generated id
therefore always starts with a hex letter, so it stays a hex id (same length and
alphabet as before) and is never all digits. Ids a user passes are not touched.
"""

from __future__ import annotations

import secrets
import uuid

THREAD_ID_LENGTH = 12
_HEX_LETTERS = "abcdef"


def new_thread_id() -> str:
    """A fresh random thread id: a hex letter, then hex characters (12 in all)."""
    return secrets.choice(_HEX_LETTERS) + uuid.uuid4().hex[: THREAD_ID_LENGTH - 1]
