"""A public office-holder asked about by their office: ``is Christine Lagarde still
President of the ECB?``, ``when did Satya Nadella become Microsoft's CEO?`` (redteam34).

:func:`core.privacy.intro_names.detect_name_pairs` reads a listed given name and family
name in running text as a person, and :mod:`core.privacy.public_figures` lets one pass when
the question asks who someone was and names their fame. A question about who holds a public
office is the other common shape: the name stands right beside the office of a named
institution (``President of the ECB``, ``Governor of the Bank of England``, ``CEO of
Microsoft``, ``the UN Secretary-General``), the sentence asks (it ends in ``?``) and says
nothing of the writer (``my``, ``our``, ``I``). ``is Tom Baker still our team's head?`` or
``my boss Jane Reed, CEO of a startup`` stay personal: the first has the writer, the second no
question; an office with no institution of capital-letter name (``manager of the shop``) is
not a public one. An agency's head is often written in lower case before its acronym (``was
Dr. Anthony Fauci director of NIAID until 2022?``, redteam35); the honorific rule of
:mod:`core.privacy.names` asks this module too.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = ["asks_about_a_public_office_holder"]

_OFFICE = (
    r"(?:President|Vice[- ]President|Prime[ \t]+Minister|Chancellor|Governor|Chair(?:man|woman)?|"
    r"Chief[ \t]+Executive|CEO|CFO|COO|Secretary[- ]General|Secretary|Minister|Mayor|Senator|"
    r"Speaker|Director[- ]General|Commissioner|Premier|Pope|King|Queen|Emperor|Chief[ \t]+Justice)"
)
# "President of the ECB", "Governor of the Bank of England": an office of a capitalised body.
_OFFICE_OF = LazyPattern(
    r"(?i:still|now|the|as|become|became|named|remain|remains)?[ \t]*" + _OFFICE + r"[ \t]+of[ \t]+"
    r"(?:the[ \t]+)?[A-Z][A-Za-z&.]+"
)
# "Microsoft's CEO", "the ECB's President", "UN Secretary-General".
_BODY_OFFICE = LazyPattern(r"[A-Z][A-Za-z&.]+(?:'s|’s)?[ \t]+" + _OFFICE + r"\b")
# "director of NIAID", "head of the CDC" (redteam35): a lower-case office of a public agency
# written as an acronym of three or more capitals; a hospital's own units (ICU, NICU) are not.
_AGENCY_HEAD = LazyPattern(
    r"(?:(?i:still|now|the|as|become|became|named|remain|remains)[ \t]+)*"
    r"(?i:director|head|chief|administrator|commissioner)[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"(?!(?:ICU|NICU|PICU|CCU|OPD|ENT|OBGYN|EMS)\b)[A-Z]{3,}\b"
)
_WRITER = LazyPattern(r"(?i:\b(?:my|our|ours|we|me|us|mine)\b)|\bI\b")
# How far the office may stand from the name: "Christine Lagarde still President of the ECB".
_REACH = 40


def asks_about_a_public_office_holder(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` sits beside a named institution's office in a
    writer-free question (see the module)."""
    lo = max(text.rfind(ch, 0, start) for ch in ".!?\n") + 1
    his = [i for i in (text.find(ch, end) for ch in ".!?\n") if i >= 0]
    hi = min(his) if his else len(text)
    if text[hi : hi + 1] != "?":
        return False
    sentence = text[lo : hi + 1]
    if _WRITER.search(sentence) is not None:
        return False
    after = text[end : min(hi, end + _REACH)]
    before = text[max(lo, start - _REACH) : start]
    return (
        _OFFICE_OF.search(after) is not None
        or _AGENCY_HEAD.match(after.lstrip()) is not None
        or _BODY_OFFICE.search(after) is not None
        or _BODY_OFFICE.search(before) is not None
    )
