"""Personal data named by its key: a URL's query string and a JSON object.

A link or a pasted record carries a person's details under field names, with nothing
around them that the other rules read: ``?first=Imogen&last=Fairweather&mobile=4479…``,
``{"name": "배수아", "phone": "01093318820"}``, ``{"given": "Sunniva", "family": "Halvorsen"}``
(masked30), a builder's ``.firstName("Isadora").lastName("…")`` (redteam44). The key says
what the value is, as a form's label does. A value under a key for a name, a phone, an
e-mail, a birth date or an address is that personal data, whatever its shape; an empty value
or a placeholder (``null``, ``""``) is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import plausible_korean_name
from core.privacy.person_shaped import latin_person_words
from core.privacy.types import Hit, PiiType

__all__ = ["detect_keyed_values"]

# Keys that always hold a person's name, and "name"-like keys that hold one only when the
# value is shaped like it (a tool's schema has "name": "get_weather", a package "name").
_PERSON_KEYS = frozenset(
    {
        "fullname", "full_name", "first", "firstname", "first_name", "fname", "last",
        "lastname", "last_name", "lname", "surname", "customer_name", "patient_name",
        "customer", "patient",
        # redteam44: a Messenger export's '"sender_name": "…"' and its kin.
        "sender_name", "recipient_name", "receiver_name",
        # blind54p: a Korean form's export ('{"성명": "…"}', "환자명", "예금주", "수령인").
        "성명", "성함", "환자명", "고객명", "보호자명", "예금주", "수령인", "받는사람",
    }
)  # fmt: skip
# blind54p: "이름" as "name" is (a product's or a pet's too): read when the value is shaped.
_GENERIC_NAME_KEYS = frozenset({"name", "nm", "이름"})
# redteam33: a shop's order link names its buyer and receiver by their role
# ("?buyer=%EB%B4%89…", URL-encoded Hangul). A Hangul value there is a person's (or a
# firm's) name, read as surely as under a person key; a Latin value is left alone, as under
# "name" ('"receiver": "webhook"').
_ROLE_NAME_KEYS = frozenset({"buyer", "orderer", "receiver", "recipient"})
# masked30: a person's name split as FHIR and vCard-like JSON split it, '"given": "Sunniva",
# "family": "Halvorsen"'. Alone either key is other data's ('"family": "Rosaceae"' in a
# taxonomy, '"given": "2 doses"'): a name only when the record has both halves' keys.
_PAIRED_KEYS = frozenset(
    {"given", "given_name", "givenname", "family", "family_name", "familyname"}
)
_PAIR_PRESENT_RE = LazyPattern(r"(?i:[\"'](?:given|given_?name)[\"'][ \t]*:)")
_PAIR_OTHER_RE = LazyPattern(r"(?i:[\"'](?:family|family_?name)[\"'][ \t]*:)")
_KEYS: dict[str, PiiType] = {
    **dict.fromkeys(
        _PERSON_KEYS | _GENERIC_NAME_KEYS | _ROLE_NAME_KEYS | _PAIRED_KEYS, "person_name"
    ),
    **dict.fromkeys(
        (
            "phone",
            "tel",
            "mobile",
            "cell",
            "phone_number",
            "phonenumber",
            "연락처",
            "전화번호",
            "휴대폰",
        ),
        "phone",
    ),
    **dict.fromkeys(("email", "email_address"), "email"),
    **dict.fromkeys(
        ("dob", "birth", "birthday", "birthdate", "birth_date", "date_of_birth", "생년월일"),
        "birth_date",
    ),
}
_KEY_ALT = "|".join(sorted(_KEYS, key=len, reverse=True))
# "?first=Imogen&" or "&tel=01055287714": a query key, "=", the value up to "&", "#" or a space.
_QUERY_RE = LazyPattern(r"(?i:[?&](?P<key>" + _KEY_ALT + r")=)(?P<value>[^&#\s\"'<>]+)")
# '"name": "배수아"': a quoted key, a colon, a quoted string value.
_JSON_RE = LazyPattern(
    r"(?i:[\"'](?P<key>" + _KEY_ALT + r")[\"'])[ \t]*:[ \t]*[\"'](?P<value>[^\"'\n]+)[\"']"
)
# redteam44: a builder's or a setter's call, '.firstName("Isadora").lastName("…")',
# '.setSurname("…")': the method names the field as a key does. Only the person keys count
# here ('.name("Adam Savage")' on a docs' builder is a generic key's, left as for JSON).
_CALL_RE = LazyPattern(
    r"\.(?i:set|with)?(?P<key>(?i:" + _KEY_ALT + r"))\([ \t]*[\"'](?P<value>[^\"'\n]+)[\"'][ \t]*\)"
)
# redteam50: a ticket or CRM link names a person by the login built from their name,
# "?requester=ingrid.vasquez-oyelowo", under a key for a person's role. Only the
# given.family shape counts (two words of letters joined by a dot or an underscore), not a
# service account ("svc.backup", "ci_bot") or a host ("intra.example").
# redteam51: a manifest's person field, '"author": "Philippa Stavros-Quigley"' (npm's
# package.json; '"maintainer"' in Debian-like metadata). npm allows "Name <mail> (url)": the
# name is what stands before the address or the link. Only two to four capitalised words that
# are no organisation's ("The Chromium Authors", "Google LLC") or a Korean name count; a
# one-word handle ("sindresorhus") is left alone.
_AUTHOR_JSON_RE = LazyPattern(
    r"(?i:[\"'](?:author|maintainer|creator)[\"'])[ \t]*:[ \t]*[\"']"
    r"(?P<value>[^\"'\n<(]+?)[ \t]*(?:<[^\"'\n]*|\([^\"'\n]*)?[\"']"
)
_HANDLE_QUERY_RE = LazyPattern(
    r"[?&](?i:requester|assignee|reporter|owner|author|assigned_?to|submitter|applicant|"
    r"employee|member|agent|user|username|user_?id|uid|login)="
    r"(?P<value>[a-z]{2,}[._][a-z]{2,}(?:-[a-z]{2,})?)(?=[&#\s\"'<>]|\Z)"
)
_NOT_HANDLE_WORDS = frozenset(
    {
        "svc", "service", "admin", "root", "system", "sys", "bot", "ci", "cd", "test", "demo",
        "team", "ops", "dev", "prod", "qa", "noreply", "support", "help", "info", "backup",
        "deploy", "build", "robot", "guest", "user", "example", "com", "net", "org", "io",
        "co", "kr", "local", "internal", "intra", "app", "api", "web", "mail", "group",
    }
)  # fmt: skip
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:[-'][A-Za-z]+)?(?:[ +][A-Z][a-z]+(?:[-'][A-Za-z]+)?){0,2}")
_HANGUL_NAME = re.compile(r"[가-힣]{2,4}")
_PLACEHOLDERS = frozenset(
    {"null", "none", "n/a", "na", "-", "tbd", "unknown", "string", "test", "foo", "bar"}
)


def _shaped_as(kind: PiiType, key: str, value: str, *, query: bool = False) -> bool:
    """Whether ``value`` looks like what its key says (a name, a phone, an e-mail, a date)."""
    if kind == "phone":
        return sum(ch.isdigit() for ch in value) >= 7
    if kind == "birth_date":
        return sum(ch.isdigit() for ch in value) >= 4
    if kind == "email":
        return "@" in value or "%40" in value
    if _HANGUL_NAME.fullmatch(value):
        return plausible_korean_name(value, strong=key in _PERSON_KEYS | _ROLE_NAME_KEYS)
    # A generic key holds a person's name in Latin letters too often as a product's or a
    # tool's ("Switchyard", "Hanbit Clinic"): only the person keys are read there.
    if key in _PAIRED_KEYS:
        return latin_person_words(value.split())
    if key in _GENERIC_NAME_KEYS and query:
        # redteam36: "?name=Bartholomew+Achterberg": a form's query string joins a full
        # name's words with "+" or "%20"; one word ("?name=widget") stays a thing's.
        words = value.replace("%20", " ").replace("+", " ").split()
        return len(words) >= 2 and latin_person_words(words)
    return key in _PERSON_KEYS and _LATIN_NAME.fullmatch(value) is not None


def detect_keyed_values(text: str) -> Iterator[Hit]:
    """Values of personal keys in query strings and JSON objects (see the module)."""
    if "=" not in text and ":" not in text and "(" not in text:
        return
    # Both halves of a split name's keys, or neither half counts (see _PAIRED_KEYS).
    paired = _PAIR_PRESENT_RE.search(text) is not None and _PAIR_OTHER_RE.search(text) is not None
    for pattern in (_QUERY_RE, _JSON_RE, _CALL_RE):
        for m in pattern.finditer(text):
            value = m.group("value").strip()
            if not value or value.lower() in _PLACEHOLDERS:
                continue
            key = m.group("key").lower()
            if key in _PAIRED_KEYS and (pattern is _QUERY_RE or not paired):
                continue
            if pattern is _CALL_RE and key not in _PERSON_KEYS:
                continue
            kind = _KEYS[key]
            if not _shaped_as(kind, key, value, query=pattern is _QUERY_RE):
                continue
            # A whole "+"-joined name outranks a name rule's read of its first word alone.
            joined = pattern is _QUERY_RE and "+" in value
            yield Hit(kind, m.start("value"), m.end("value"), 0.95 if joined else 0.8, False)
    for m in _AUTHOR_JSON_RE.finditer(text):
        value = m.group("value")
        words = value.split()
        if _HANGUL_NAME.fullmatch(value):
            shaped = plausible_korean_name(value, strong=True)
        else:
            shaped = len(words) >= 2 and latin_person_words(words)
        if shaped:
            yield Hit("person_name", m.start("value"), m.end("value"), 0.8, False)
    if "?" in text or "&" in text:
        for m in _HANDLE_QUERY_RE.finditer(text):
            words = re.split(r"[._-]", m.group("value"))
            if not any(w in _NOT_HANDLE_WORDS for w in words):
                yield Hit("person_name", m.start("value"), m.end("value"), 0.75, False)
