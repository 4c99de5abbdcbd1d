"""A placeholder person's address on a reserved example domain: ``jane.doe@example.org`` in
an API's documentation (redteam32).

RFC 2606 and RFC 6761 reserve ``example.com``/``.net``/``.org``, any ``.example``, ``.test``,
``.invalid`` and ``.localhost`` domains for documentation: no mail to them is delivered.
Documentation fills them with the law's and the forms' stand-ins for an unknown person
(``john.doe``, ``jane.doe``) or with the field's own name (``user``, ``username``,
``your.name``, ``firstname.lastname``). Such an address names no one. Only the two together
count: a real-looking local part on an example domain (``minsu.kim88@example.com``, which
tests and bug reports use for real people's data too) stays personal, and so does
``jane.doe@gmail.com``. A writer who calls the address theirs (``My email is
jane.doe@example.com``) is believed: the sentence must say nothing of the writer, unless it
says the addresses are test data (``can I use alice@example.net in our test fixtures?``,
redteam33): a fixture's address is nobody's, whoever owns the fixtures; so is the sample of
the writer's own documentation (``our API docs show jane.doe@example.org as the sample
sender``, blind53p).
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = ["is_placeholder_mailbox"]

_PLACEHOLDER_LOCALS = frozenset(
    {
        "john.doe",
        "jane.doe",
        "johndoe",
        "janedoe",
        "john_doe",
        "jane_doe",
        "jdoe",
        "j.doe",
        "joe.bloggs",
        "max.mustermann",
        "user",
        "username",
        "user.name",
        "your.name",
        "yourname",
        "your_name",
        "you",
        "someone",
        "somebody",
        "name",
        "firstname.lastname",
        "first.last",
        "firstname",
        "email",
        "your.email",
        "youremail",
        # The cryptography and protocol texts' cast, RFCs' and test suites' stand-ins for
        # any two parties (redteam33: "alice@example.net and bob@test.invalid").
        # blind52p: a commit's roles, as git's own test suite writes them ("A U Thor
        # <author@example.com>", "C O Mitter <committer@example.com>").
        "author",
        "committer",
        "reviewer",
        "tester",
        "alice",
        "bob",
        "carol",
        "dave",
        "eve",
        "mallory",
    }
)
_RESERVED_SUFFIXES = (".example", ".test", ".invalid", ".localhost")
_RESERVED_DOMAINS = frozenset({"example.com", "example.net", "example.org", "localhost"})


def _reserved(domain: str) -> bool:
    domain = domain.casefold().rstrip(".")
    if domain in _RESERVED_DOMAINS or domain.endswith(_RESERVED_SUFFIXES):
        return True
    return any(domain.endswith("." + d) for d in _RESERVED_DOMAINS)


_WRITER = LazyPattern(
    r"(?i:\b(?:my|me|mine|our|us)\b)|\bI\b|(?<![가-힣])(?:내|제|저|우리)(?![가-힣])"
)
_SENTENCE_END = (". ", "!", "?", "\n")
_TEST_DATA = LazyPattern(
    r"(?i:\b(?:fixtures?|test[ \t]+(?:data|users?|accounts?|cases?|suites?)|mock(?:s|ed)?|"
    r"dummy|seed[ \t]+data|sample[ \t]+(?:data|users?)|"
    # blind53p: the writer's documentation shows it as its sample ("our API docs show
    # jane.doe@example.org as the sample sender"): the docs are theirs, the address no one's.
    r"docs|documentation|readme|sample[ \t]+(?:sender|recipient|address|e-?mail)|"
    r"example[ \t]+(?:sender|recipient|address|e-?mail)|placeholder)\b)"
    r"|테스트[ \t]?(?:데이터|계정|코드)|더미|문서[ \t]?예시|예시[ \t]?(?:주소|메일)"
)


def _sentence(text: str, start: int, end: int) -> str:
    # A dot inside the address is no sentence end: look outside it.
    lo = max(text.rfind(ch, 0, start) for ch in "!?\n")
    lo = max(lo, text.rfind(". ", 0, start)) + 1
    # Nor is a dot inside a later address ("bob@test.invalid"): only a dot before a space.
    his = [i for i in (text.find(ch, end) for ch in _SENTENCE_END) if i >= 0]
    return text[lo : min(his) if his else len(text)]


def is_placeholder_mailbox(text: str, start: int, end: int) -> bool:
    """Whether the address at ``text[start:end]`` is a stand-in person's on a domain
    reserved for examples, in a sentence that does not call it the writer's."""
    local, _, domain = text[start:end].partition("@")
    if local.casefold() not in _PLACEHOLDER_LOCALS or not _reserved(domain):
        return False
    sentence = _sentence(text, start, end)
    return _WRITER.search(sentence) is None or _TEST_DATA.search(sentence) is not None
