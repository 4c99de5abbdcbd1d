"""A person's name pre-filled in an HTML form field: ``<input type="text" name="fullname"
value="Marguerite Okonjo-Waithaka">`` (redteam33).

People paste a form's markup to ask why pre-filling does not work, the customer's details
in its ``value`` attributes. The field's ``name`` (or ``id``) says what the value is, as a
JSON key does (:mod:`core.privacy.keyed_values`), but the attribute sits inside a tag
(``name="fullname" value="…"``), which the key rule does not read. An ``<input>`` whose name
or id is a name field (``name``, ``fullname``, ``first_name``, ``surname``, ``customer_name``…)
has its non-empty value held, unless the value is a template variable (``{{ user.name }}``,
``<?= $name ?>``, ``${name}``) or a placeholder word.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_html_form_values"]

_INPUT_RE = LazyPattern(r"(?i:<input)\b[^<>]{0,600}>")
_ATTR_RE = LazyPattern(
    r"(?P<key>[A-Za-z_:][A-Za-z0-9_:.-]*)[ \t]*=[ \t]*(?:\"(?P<dq>[^\"]*)\"|'(?P<sq>[^']*)')"
)
_NAME_FIELDS = frozenset(
    {
        "name", "fullname", "full_name", "full-name", "firstname", "first_name", "first-name",
        "fname", "lastname", "last_name", "last-name", "lname", "surname", "givenname",
        "given_name", "given-name", "familyname", "family_name", "family-name",
        "customer_name", "customername", "username", "user_name", "holder", "cardholder",
        "cc-name", "cardname", "recipient", "receiver",
    }
)  # fmt: skip
_TEMPLATE_MARKS = ("{{", "{%", "<?", "${", "#{", "<%")
_PLACEHOLDERS = frozenset({"", "name", "your name", "full name", "none", "null", "n/a"})


def detect_html_form_values(text: str) -> Iterator[Hit]:
    """Values of name fields in pasted HTML inputs (see the module)."""
    if "value" not in text.lower() or "<" not in text:
        return
    for tag in _INPUT_RE.finditer(text):
        field = None
        value_span: tuple[int, int] | None = None
        for a in _ATTR_RE.finditer(text, tag.start(), tag.end()):
            key = a.group("key").lower()
            group = "dq" if a.group("dq") is not None else "sq"
            if key in ("name", "id", "autocomplete") and a.group(group).lower() in _NAME_FIELDS:
                field = a.group(group)
            elif key == "value":
                value_span = (a.start(group), a.end(group))
        if field is None or value_span is None:
            continue
        value = text[value_span[0] : value_span[1]].strip()
        if value.lower() in _PLACEHOLDERS or any(m in value for m in _TEMPLATE_MARKS):
            continue
        yield Hit("person_name", value_span[0], value_span[1], 0.75, False)
