"""An IBAN after its label, whole or in part: ``the first half of my IBAN is NL91 ABNA
0417``, ``IBAN: DE44 5001 0517`` (redteam29); the part named between the label and the
value, ``my landlord's IBAN, the first part is DE23 5001 0517`` (blind53p).

:mod:`core.privacy.iban` reads an IBAN by its mod-97 checksum, which only a whole one
passes. People give an account in halves over two turns, or mistype one digit; the label
then says what the value is. The shape after "IBAN" (and up to a few words, "is", a colon
or a Korean particle): a country code, two check digits and at least one more group of
letters and digits. A mention with no value ("what is an IBAN?", "IBAN and BIC") stays
public, as does a documentation placeholder of X's or zeros.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.documented_examples import is_documented_example
from core.privacy.types import Hit

__all__ = ["detect_iban_parts"]

_LABELLED_RE = LazyPattern(
    r"(?<![A-Za-z])(?:IBAN|iban|Iban)(?:[ \t]+(?:number|no\.?))?"
    # blind53p: the part named between the label and its value ("IBAN, the first part is …",
    # "IBAN 앞부분은 …").
    r"(?:[ \t]*,)?(?:[ \t]+(?:the|its|first|second|last|front|other|part|half|bit|four|"
    r"characters|digits))*(?:[ \t]*(?:앞부분|뒷부분|앞자리|앞쪽|첫[ \t]?부분))?"
    r"(?:[ \t]+(?:is|starts|starts[ \t]+with|begins[ \t]+with|was)|[ \t]*:|은|는|이|가|[ \t]+)?"
    r"[ \t]*(?P<value>[A-Z]{2}[0-9]{2}(?:[ ]?[A-Z0-9]{2,4}){1,7}(?:[ ]?[A-Z0-9]{1,3})?)"
    r"(?![A-Za-z0-9])"
)
_PLACEHOLDER_RE = LazyPattern(r"[A-Z]{2}[0-9]{2}[ 0X]*")


def detect_iban_parts(text: str) -> Iterator[Hit]:
    """A labelled IBAN or part of one, checksum or not (see the module)."""
    if "iban" not in text.lower():
        return
    for m in _LABELLED_RE.finditer(text):
        value = m.group("value")
        if _PLACEHOLDER_RE.fullmatch(value) is None and not is_documented_example(
            text, m.start("value"), m.end("value")
        ):
            yield Hit("bank_account", m.start("value"), m.end("value"), 0.8, False)
